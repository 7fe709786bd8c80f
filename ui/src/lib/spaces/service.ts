// Spaces service: the only way components reach the community-space, sharing and feed commands.
import { call, commands } from "../ipc/client";
import type {
  Draft,
  FeedItem,
  MatrixSignIn,
  Reflection,
  ReflectionSource,
  SharePreview,
  ShareLogEntry,
  ShareRequest,
  Space,
  SpaceInput,
} from "../ipc/bindings";

/** Every configured space, by name. */
export function listSpaces(): Promise<Space[]> {
  return call(commands.listSpaces());
}

/** Adds or changes a space; its credential goes to the keychain (a null secret keeps the saved one). */
export function saveSpace(input: SpaceInput): Promise<Space> {
  return call(commands.saveSpace(input));
}

/** Removes a space and forgets its credential; the share log keeps its name. */
export async function deleteSpace(id: string): Promise<void> {
  await call(commands.deleteSpace(id));
}

export function signInMatrix(id: string, how: MatrixSignIn): Promise<Space> {
  return call(commands.signInMatrix(id, how));
}

/** Tries the space's connection and credential; returns a sentence saying what was found. */
export function checkSpace(id: string): Promise<string> {
  return call(commands.checkSpace(id));
}

export function getRedactionNames(): Promise<string[]> {
  return call(commands.getRedactionNames());
}

/** Stores the names to take out of anything shared; returns them as kept. */
export function setRedactionNames(names: string[]): Promise<string[]> {
  return call(commands.setRedactionNames(names));
}

/** Exactly what would be posted for `request`, redaction applied. */
export function previewShare(request: ShareRequest): Promise<SharePreview> {
  return call(commands.previewShare(request));
}

/** Queues the previewed post; refused if anything changed since the preview. */
export function confirmShare(request: ShareRequest, draft: Draft, sharePrivate: boolean): Promise<ShareLogEntry> {
  return call(commands.confirmShare(request, draft, sharePrivate));
}

/** Every share, newest first. */
export function shareLog(): Promise<ShareLogEntry[]> {
  return call(commands.shareLog());
}

export function retryShare(id: string): Promise<ShareLogEntry> {
  return call(commands.retryShare(id));
}

/** The latest posts in a space, sanitised by Rust. */
export function spaceFeed(id: string): Promise<FeedItem[]> {
  return call(commands.spaceFeed(id));
}

/** Starts a reflection on a peer's post and returns it. */
export function reflectOnPost(spaceId: string, item: FeedItem): Promise<Reflection> {
  return call(commands.reflectOnPost(spaceId, item));
}

/** The post a reflection answers, if it answers one. */
export function reflectionSource(id: string): Promise<ReflectionSource | null> {
  return call(commands.reflectionSource(id));
}

/** Opens a post's web address in the system's browser or Matrix client. */
export async function openLink(url: string): Promise<void> {
  await call(commands.openLink(url));
}
