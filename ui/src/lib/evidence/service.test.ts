import { expect, it } from "vitest";
import { formatSize, kindOf } from "./service";

it("reads sizes as people do", () => {
  expect(formatSize(512)).toBe("512 bytes");
  expect(formatSize(2048)).toBe("2 KB");
  expect(formatSize(5.5 * 1024 * 1024)).toBe("5.5 MB");
});

it("names common kinds of file", () => {
  expect(kindOf("application/pdf", "certificate.pdf")).toBe("PDF");
  expect(kindOf("image/jpeg", "flipchart.jpg")).toBe("Image");
  expect(kindOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "plan.docx")).toBe("Document");
  expect(kindOf("application/octet-stream", "notes.key")).toBe("KEY");
  expect(kindOf("application/octet-stream", "README")).toBe("File");
});
