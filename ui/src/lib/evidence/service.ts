// Evidence service: attaching, listing, opening and removing files on an entry.
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open } from "@tauri-apps/plugin-dialog";
import type { Evidence, EvidenceOwner } from "../ipc/bindings";
import { call, commands } from "../ipc/client";

export function listEvidence(owner: EvidenceOwner): Promise<Evidence[]> {
  return call(commands.listEvidence(owner));
}

export function attachEvidence(owner: EvidenceOwner, path: string): Promise<Evidence> {
  return call(commands.attachEvidence(owner, path));
}

export function openEvidence(id: string): Promise<null> {
  return call(commands.openEvidence(id));
}

export function removeEvidence(id: string): Promise<Evidence> {
  return call(commands.removeEvidence(id));
}

/** Asks for files with the system's file dialog; an empty list when the user cancels. */
export async function chooseFiles(): Promise<string[]> {
  const chosen = await open({ multiple: true, directory: false, title: "Attach evidence" });
  return chosen ?? [];
}

/** Calls back while files are dragged over the window and when they are dropped on it. */
export function onFileDrop(handlers: { hover: (over: boolean) => void; drop: (paths: string[]) => void }) {
  return getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    if (payload.type === "enter" || payload.type === "over") handlers.hover(true);
    else if (payload.type === "leave") handlers.hover(false);
    else {
      handlers.hover(false);
      handlers.drop(payload.paths);
    }
  });
}

/** A file size as people read it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A short word for a media type, for the file's badge. */
export function kindOf(mediaType: string, name: string): string {
  if (mediaType === "application/pdf") return "PDF";
  if (mediaType.startsWith("image/")) return "Image";
  if (mediaType.startsWith("audio/")) return "Audio";
  if (mediaType.startsWith("video/")) return "Video";
  if (mediaType.includes("wordprocessing") || mediaType.includes("msword") || mediaType.includes("opendocument.text"))
    return "Document";
  if (mediaType.includes("sheet") || mediaType.includes("excel") || mediaType === "text/csv") return "Spreadsheet";
  if (mediaType.includes("presentation") || mediaType.includes("powerpoint")) return "Slides";
  const extension = name.includes(".") ? name.split(".").pop() : "";
  return extension ? extension.toUpperCase() : "File";
}
