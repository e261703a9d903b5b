/** Scenario names: non-empty and unique regardless of case and surrounding spaces. */
import { describe, expect, test } from "vitest";
import { copyName, nameProblem } from "../../src/taskpane/scenarios/scenarioNames";

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

  test("a scenario being renamed may keep its name or change its case", () => {
    expect(nameProblem("BASE", existing, "Base")).toBeUndefined();
    expect(nameProblem("Cheap", existing, "Base")).toMatch(/already exists/);
  });

  test("copies are named after the original, skipping names in use", () => {
    expect(copyName("Base", existing)).toBe("Base (copy)");
    expect(copyName("Base", [...existing, "base (COPY)"])).toBe("Base (copy 2)");
  });
});
