import { describe, expect, test } from "vitest";
import { summaryTitle } from "../../src/taskpane/load/LoadBar";
import type { LoadSummary } from "../../src/workbook/host";

const summary: LoadSummary = { created: [], updated: ["Inputs"], kept: [], warnings: [] };

describe("the load summary's title", () => {
  test("says an older workbook was upgraded, and what of the analyst's work was kept", () => {
    expect(summaryTitle({ ...summary, upgradedFrom: 1 }, false)).toBe(
      "Upgraded from the add-in's older layout 1: your inputs and saved scenarios are kept."
    );
    expect(summaryTitle({ ...summary, upgradedFrom: 1 }, true)).toBe(
      "Upgraded from the add-in's older layout 1: inputs reset to the article, saved scenarios kept."
    );
  });

  test("otherwise says what the button did", () => {
    expect(summaryTitle(summary, false)).toBe("The article's figures are loaded.");
    expect(summaryTitle(summary, true)).toBe("Inputs reset to the article.");
  });
});
