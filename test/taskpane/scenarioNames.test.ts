/** Scenario names: non-empty and unique regardless of case and surrounding spaces. */
import { describe, expect, test } from "vitest";
import {
  CELL_TEXT_LIMIT,
  copyName,
  nameProblem,
  noteProblem,
} from "../../src/taskpane/scenarios/scenarioNames";

describe("scenario names", () => {
  const existing = ["Base", "Cheap"];

  test("a new name is accepted", () => {
    expect(nameProblem("Midpoints", existing)).toBeUndefined();
  });

  test("an empty or blank name is refused", () => {
    expect(nameProblem("", existing)).toBe("Give the scenario a name.");
    expect(nameProblem("  \t", existing)).toBe("Give the scenario a name.");
  });

  test("a taken name is refused whatever its case or spaces (Excel's lookups ignore case)", () => {
    expect(nameProblem(" cheap ", existing)).toBe(
      "A scenario named “Cheap” already exists. Choose another name."
    );
  });

  test("names are compared as the hosts compare them, the same in every locale", () => {
    // Upper-cased in en-US, as src/workbook/scenarios does: "ß" is "SS", a dotless "ı" is "I".
    expect(nameProblem("STRASSE", ["straße"])).toMatch(/“straße” already exists/);
    expect(nameProblem("Iota", ["ıota"])).toMatch(/“ıota” already exists/);
  });

  test("a scenario being renamed may keep its name or change its case", () => {
    expect(nameProblem("BASE", existing, "Base")).toBeUndefined();
    expect(nameProblem("Cheap", existing, "Base")).toMatch(/already exists/);
  });

  test("copies are named after the original, skipping names in use", () => {
    expect(copyName("Base", existing)).toBe("Base (copy)");
    expect(copyName("Base", [...existing, "base (COPY)"])).toBe("Base (copy 2)");
  });
});

describe("cell limits", () => {
  test("a name or a note longer than one Excel cell holds is refused; an empty note is fine", () => {
    const long = "x".repeat(CELL_TEXT_LIMIT + 1);
    expect(nameProblem(long, [])).toBe(
      "A name can hold at most 32,767 characters (one Excel cell)."
    );
    expect(noteProblem(long)).toBe("A note can hold at most 32,767 characters (one Excel cell).");
    expect(noteProblem("")).toBeUndefined();
    expect(noteProblem("x".repeat(CELL_TEXT_LIMIT))).toBeUndefined();
  });
});
