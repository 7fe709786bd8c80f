import { describe, expect, it } from "vitest";
import { fade } from "./theme";

describe("fading a theme colour", () => {
  it("turns #rrggbb and #rgb into rgba at the alpha asked for", () => {
    expect(fade("#2f6b6f", 0.4)).toBe("rgba(47, 107, 111, 0.4)");
    expect(fade(" #7FBFC2 ", 0.5), "CSS variables come with spaces and any case").toBe("rgba(127, 191, 194, 0.5)");
    expect(fade("#fff", 0.25)).toBe("rgba(255, 255, 255, 0.25)");
  });

  it("leaves a colour it cannot read as it is", () => {
    expect(fade("rgb(1 2 3)", 0.4)).toBe("rgb(1 2 3)");
  });
});
