// The space form's copy of a space: every kind's boxes as text, turned into the settings Rust
// keeps. Field names are Rust's, so an error lands beside the right box.
import type { ChatService, SmtpSecurity, Space, SpaceInput, SpaceSettings } from "../ipc/bindings";
import { AppError } from "../ipc/client";

export type SpaceKind = SpaceSettings["kind"];

/** The kinds of space, as the kind select offers them. */
export const spaceKinds: { value: SpaceKind; label: string }[] = [
  { value: "matrix", label: "Matrix room" },
  { value: "discourse", label: "Discourse forum" },
  { value: "webhook", label: "Chat webhook" },
  { value: "webdav", label: "WebDAV folder" },
  { value: "folder", label: "Shared folder" },
  { value: "email", label: "E-mail" },
];

export const chatServices: { value: ChatService; label: string }[] = [
  { value: "slack", label: "Slack" },
  { value: "mattermost", label: "Mattermost" },
  { value: "discord", label: "Discord" },
  { value: "teams", label: "Microsoft Teams" },
];

export const smtpSecurities: { value: SmtpSecurity; label: string }[] = [
  { value: "start_tls", label: "STARTTLS (port 587)" },
  { value: "tls", label: "TLS (port 465)" },
  { value: "none", label: "None (a server on this computer)" },
];

/** The text boxes any kind has, named as Rust names them. */
type TextName =
  | "homeserver" | "room" | "userId" | "baseUrl" | "apiUsername" | "category" | "topicId"
  | "url" | "user" | "signAs" | "path" | "host" | "port" | "from" | "to";

export interface SpaceDraft {
  kind: SpaceKind;
  name: string;
  /** The credential typed; empty keeps the saved one. */
  secret: string;
  text: Record<TextName, string>;
  service: ChatService;
  security: SmtpSecurity;
}

export interface FieldSpec {
  name: TextName;
  label: string;
  placeholder?: string;
  note?: string;
}

const optional = "(optional)";

/** The text boxes a kind shows, in order. */
export const kindFields: Record<SpaceKind, FieldSpec[]> = {
  matrix: [
    { name: "homeserver", label: "Homeserver", placeholder: "https://matrix.example.org" },
    { name: "room", label: "Room", placeholder: "#cpd:example.org" },
  ],
  discourse: [
    { name: "baseUrl", label: "Forum address", placeholder: "https://forum.example.org" },
    { name: "apiUsername", label: "Your user name on the forum" },
    { name: "category", label: "Category number", placeholder: "e.g. 5" },
    { name: "topicId", label: "Reply to topic number", note: optional, placeholder: "Start a new topic each time" },
  ],
  webhook: [],
  webdav: [
    { name: "url", label: "Folder address", placeholder: "https://cloud.example.org/remote.php/dav/files/me/CPD" },
    { name: "user", label: "User name" },
    { name: "signAs", label: "Sign posts as", note: optional, placeholder: "Leave empty to post without a name" },
  ],
  folder: [
    { name: "path", label: "Folder", placeholder: "/home/me/Team CPD" },
    { name: "signAs", label: "Sign posts as", note: optional, placeholder: "Leave empty to post without a name" },
  ],
  email: [
    { name: "host", label: "Mail server", placeholder: "smtp.example.org" },
    { name: "port", label: "Port" },
    { name: "user", label: "User name", note: optional },
    { name: "from", label: "From", placeholder: "you@example.org" },
    { name: "to", label: "To", placeholder: "mentor@example.org" },
  ],
};

/** What the credential box is called for each kind; null where a kind has none. */
export const secretLabels: Record<SpaceKind, string | null> = {
  // A Matrix space signs in once it is saved (a password or a pasted token), so that Cairn
  // learns who is signed in.
  matrix: null,
  discourse: "API key",
  webhook: "Webhook address",
  webdav: "App password",
  folder: null,
  email: "SMTP password",
};

/** A new space: a Matrix room, nothing typed, the usual mail port. */
export function emptySpaceDraft(): SpaceDraft {
  const text = Object.fromEntries(
    ["homeserver", "room", "userId", "baseUrl", "apiUsername", "category", "topicId", "url", "user", "signAs", "path", "host", "from", "to"].map(
      (name) => [name, ""],
    ),
  ) as Record<TextName, string>;
  return { kind: "matrix", name: "", secret: "", text: { ...text, port: "587" }, service: "slack", security: "start_tls" };
}

/** The form's copy of a saved space; the credential box starts empty (keep the saved one). */
export function toSpaceDraft(space: Space): SpaceDraft {
  const draft = emptySpaceDraft();
  const { kind, ...fields } = space.settings;
  for (const [name, value] of Object.entries(fields)) {
    if (name === "service") draft.service = value as ChatService;
    else if (name === "security") draft.security = value as SmtpSecurity;
    else if (name in draft.text) draft.text[name as TextName] = value === null || value === undefined ? "" : String(value);
  }
  return { ...draft, kind, name: space.name };
}

/** A whole number typed in a box, or an error beside that box. */
function wholeNumber(text: string, field: TextName, what: string): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) throw new AppError({ code: "invalid", field, message: `Give the ${what} as a number.` });
  return Number(trimmed);
}

/** The settings Rust keeps for the draft's kind. */
export function toSettings(draft: SpaceDraft): SpaceSettings {
  const t = draft.text;
  switch (draft.kind) {
    case "matrix":
      return { kind: "matrix", homeserver: t.homeserver, room: t.room, userId: t.userId };
    case "discourse":
      return {
        kind: "discourse",
        baseUrl: t.baseUrl,
        apiUsername: t.apiUsername,
        category: wholeNumber(t.category, "category", "category"),
        topicId: t.topicId.trim() ? wholeNumber(t.topicId, "topicId", "topic") : null,
      };
    case "webhook":
      return { kind: "webhook", service: draft.service };
    case "webdav":
      return { kind: "webdav", url: t.url, user: t.user, signAs: t.signAs };
    case "folder":
      return { kind: "folder", path: t.path, signAs: t.signAs };
    case "email":
      return { kind: "email", host: t.host, port: wholeNumber(t.port, "port", "port"), security: draft.security, user: t.user, from: t.from, to: t.to };
  }
}

/** What the form sends: an empty credential box keeps the saved credential. */
export function toSpaceInput(id: string | null, draft: SpaceDraft): SpaceInput {
  const secret = secretLabels[draft.kind] && draft.secret !== "" ? draft.secret : null;
  return { id, name: draft.name, settings: toSettings(draft), secret };
}

/** Who is signed in to a Matrix space ("Not signed in" before anyone has); null for other kinds. */
export function signedInAs(space: Space): { signedIn: boolean; line: string } | null {
  if (space.settings.kind !== "matrix") return null;
  const user = space.settings.userId ?? "";
  return { signedIn: user !== "", line: user || "Not signed in" };
}

/** The names of the boxes the form shows for the draft's kind. */
export function shownFields(draft: SpaceDraft, isNew: boolean): string[] {
  const names: string[] = ["name", ...kindFields[draft.kind].map((field) => field.name)];
  if (isNew) names.push("kind");
  if (draft.kind === "webhook") names.push("service");
  if (draft.kind === "email") names.push("security");
  if (secretLabels[draft.kind]) names.push("secret");
  return names;
}

/** An error about a box the form does not show (the settings as a whole) becomes a general one. */
export function placeError(error: unknown, draft: SpaceDraft, isNew: boolean): unknown {
  if (error instanceof AppError && error.field && !shownFields(draft, isNew).includes(error.field)) {
    return new AppError({ code: error.code, message: error.message, field: null });
  }
  return error;
}
