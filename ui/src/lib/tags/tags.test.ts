import { describe, expect, it } from "vitest";
import { addTag, suggestions, tidyTagName } from "./tags";

describe("tidyTagName", () => {
  it("tidies a name as Rust stores it", () => {
    expect(tidyTagName("  group \t work ")).toBe("group work");
  });
});

describe("addTag", () => {
  it("tidies white space and ignores blanks and repeats in any case", () => {
    expect(addTag(["equity"], "  youth   work ")).toEqual(["equity", "youth work"]);
    expect(addTag(["equity"], "   ")).toEqual(["equity"]);
    expect(addTag(["Equity"], "equity")).toEqual(["Equity"]);
  });
});

describe("suggestions", () => {
  const known = ["safeguarding", "Leadership", "youth work", "group work"];
  it("offers tags that start with the text first, then those containing it", () => {
    expect(suggestions(known, [], "wo")).toEqual(["youth work", "group work"]);
    expect(suggestions(known, [], "g")).toEqual(["group work", "safeguarding"]);
  });
  it("leaves out chosen tags and offers nothing for nothing typed", () => {
    expect(suggestions(known, ["LEADERSHIP"], "lea")).toEqual([]);
    expect(suggestions(known, [], " ")).toEqual([]);
  });
});
