// The one wrapper around the generated bindings: turns error results into thrown AppErrors
// and exposes the journal's change stream. Feature services use this; components never do.
import { commands, events, type ErrorCode, type IpcError, type JournalChanged } from "./bindings";

export { commands };

/** An error from Rust, carrying its code and (for validation) the field at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;

  constructor(error: IpcError) {
    super(error.message);
    this.name = "AppError";
    this.code = error.code;
    this.field = error.field;
  }
}

type Outcome<T> = { status: "ok"; data: T } | { status: "error"; error: IpcError };

/** Whether a rejection is Cairn's own error rather than Tauri's (a bad argument, say). */
function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** Awaits a command and returns its data, or throws its error as an AppError. */
export async function call<T>(outcome: Promise<Outcome<T>>): Promise<T> {
  const result = await outcome;
  if (result.status === "ok") return result.data;
  const error: unknown = result.error;
  if (isIpcError(error)) throw new AppError(error);
  throw new AppError({ code: "internal", message: String(error), field: null });
}

/** Calls `handler` after every write to the journal; returns a function that stops listening. */
export async function onJournalChanged(
  handler: (change: JournalChanged) => void,
): Promise<() => void> {
  return events.journalChanged.listen((event) => handler(event.payload));
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
