// Turning thrown errors into messages beside the fields they concern.
import { AppError, messageOf } from "../ipc/client";

export interface FormErrors {
  /** Message per field, keyed by the field's name as Rust spells it. */
  fields: Record<string, string>;
  /** A message that belongs to no single field. */
  general: string | null;
}

export const noErrors = (): FormErrors => ({ fields: {}, general: null });

/** Places an error beside its field when Rust named one, else as a general message. */
export function formErrors(error: unknown): FormErrors {
  if (error instanceof AppError && error.code === "invalid" && error.field) {
    return { fields: { [error.field]: error.message }, general: null };
  }
  return { fields: {}, general: messageOf(error) };
}
