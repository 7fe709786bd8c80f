import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportDraft, Mapping } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import { badRow, okRow, preview } from "./fixtures";

const service = vi.hoisted(() => ({
  openCsvImport: vi.fn(),
  previewCsvImport: vi.fn(),
  commitCsvImport: vi.fn(),
}));
vi.mock("./service", () => service);

const { CsvImport, PREVIEW_DELAY } = await import("./csvImport.svelte");

const mapping: Mapping = {
  date: 0, endDate: null, title: 1, kind: null, mode: null, hours: 2, participatory: null, provider: null,
  location: null, description: null, outcomes: null, impact: null, tags: null, durationUnit: "hours", keepUnmapped: true,
};

function draft(): ImportDraft {
  return {
    fileName: "log.csv",
    headers: ["Date", "Activity", "Hours"],
    mapping,
    order: "day_first",
    fields: [{ field: "date", label: "Date", required: true }],
    preview: preview([okRow(2), badRow(3, "Hours", "Not a time.")]),
  };
}

async function opened() {
  service.openCsvImport.mockResolvedValue(draft());
  const csv = new CsvImport();
  await csv.open("/home/ann/log.csv", "log.csv");
  return csv;
}

beforeEach(() => {
  for (const fn of Object.values(service)) fn.mockReset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("opening a file", () => {
  it("shows the guessed mapping and its preview, writing nothing", async () => {
    const csv = await opened();
    expect(csv.draft?.fileName).toBe("log.csv");
    expect(csv.mapping).toEqual(mapping);
    expect(csv.preview?.good).toBe(1);
    expect(service.commitCsvImport).not.toHaveBeenCalled();
  });

  it("reports a file Rust cannot read and stays on the cards", async () => {
    service.openCsvImport.mockRejectedValue(new AppError({ code: "invalid", message: "The file has no header row.", field: "file" }));
    const csv = new CsvImport();
    await csv.open("/tmp/empty.csv", "empty.csv");
    expect(csv.draft).toBeNull();
    expect(csv.openProblem).toEqual({ file: "empty.csv", message: "The file has no header row." });
  });
});

describe("changing the mapping", () => {
  it("asks for one preview after a pause, with the latest mapping and order", async () => {
    const csv = await opened();
    service.previewCsvImport.mockResolvedValue(preview([okRow(2), okRow(3)]));
    csv.setColumn("hours", null);
    csv.setColumn("hours", 2);
    csv.setOrder("month_first");
    expect(csv.refreshing).toBe(true);
    expect(csv.ready, "no import while the preview is out of date").toBe(false);
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY);
    expect(service.previewCsvImport).toHaveBeenCalledTimes(1);
    expect(service.previewCsvImport).toHaveBeenCalledWith("/home/ann/log.csv", mapping, "month_first");
    expect(csv.preview?.good).toBe(2);
    expect(csv.refreshing).toBe(false);
  });

  it("drops a late answer to an older mapping", async () => {
    const csv = await opened();
    let answerOld: (value: unknown) => void = () => {};
    service.previewCsvImport
      .mockReturnValueOnce(new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce(preview([okRow(9)]));
    csv.setUnit("minutes");
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY);
    csv.setKeepUnmapped(false);
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY);
    answerOld(preview([okRow(1), okRow(2), okRow(3)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(csv.preview?.rows.map((r) => r.line)).toEqual([9]);
    expect(service.previewCsvImport.mock.calls[1]?.[1]).toMatchObject({ durationUnit: "minutes", keepUnmapped: false });
  });

  it("shows why a preview failed", async () => {
    const csv = await opened();
    service.previewCsvImport.mockRejectedValue(new Error("The file has gone."));
    csv.setColumn("title", null);
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY);
    expect(csv.failure).toBe("The file has gone.");
    expect(csv.refreshing).toBe(false);
  });
});

describe("confirming", () => {
  it("needs the rows with problems left out knowingly, then imports once", async () => {
    const csv = await opened();
    expect(csv.ready).toBe(false);
    expect(await csv.commit()).toBeNull();
    expect(service.commitCsvImport).not.toHaveBeenCalled();
    csv.allowBadRows = true;
    expect(csv.ready).toBe(true);
    service.commitCsvImport.mockResolvedValue({ imported: 1, skippedDuplicates: 0 });
    expect(await csv.commit()).toEqual({ imported: 1, skippedDuplicates: 0 });
    expect(service.commitCsvImport).toHaveBeenCalledWith("/home/ann/log.csv", mapping, "day_first", true);
    expect(csv.ready, "the same rows are not imported twice").toBe(false);
    expect(await csv.commit()).toBeNull();
    expect(service.commitCsvImport).toHaveBeenCalledTimes(1);
  });

  it("keeps the mapping and shows why when Rust refuses", async () => {
    const csv = await opened();
    csv.allowBadRows = true;
    service.commitCsvImport.mockRejectedValue(new AppError({ code: "invalid", message: "Line 2: Give the activity a title. Nothing was imported.", field: "rows" }));
    expect(await csv.commit()).toBeNull();
    expect(csv.failure).toBe("Line 2: Give the activity a title. Nothing was imported.");
    expect(csv.draft).not.toBeNull();
  });

  it("forgets everything on Back, and a late preview does not bring it back", async () => {
    const csv = await opened();
    service.previewCsvImport.mockResolvedValue(preview([okRow(2)]));
    csv.setColumn("title", null);
    csv.close();
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY);
    expect(service.previewCsvImport).not.toHaveBeenCalled();
    expect(csv.draft).toBeNull();
    expect(csv.preview).toBeNull();
  });
});
