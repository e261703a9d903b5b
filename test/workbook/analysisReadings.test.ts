/**
 * The decode of the analysis names' cells (src/workbook/analysis/readings.ts): errors and text
 * become the text the cell shows, never NaN; a missing name leaves its part out; labels that
 * are not the model's keep their text without an id.
 */
import { describe, expect, it } from "vitest";
import { inputSpec, outputSpec } from "../../src/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import {
  analysisFromCells,
  analysisNames,
  type AnalysisCells,
} from "../../src/workbook/analysis/readings";
import type { ShownValue } from "../../src/workbook/sharing/cellValues";

const n = (value: number): ShownValue => ({ kind: "number", value });
const t = (value: string): ShownValue => ({ kind: "text", value });
const e = (value: string): ShownValue => ({ kind: "error", value });
const column = (...cells: ShownValue[]): ShownValue[][] => cells.map((c) => [c]);

const RUNWAY = outputSpec("runwayAtEfficientYears").label;
const FUNDING = inputSpec("fundingUsd").label;
const SHARE = inputSpec("efficiencyShare").label;

function cells(overrides: Record<string, ShownValue[][] | undefined> = {}): AnalysisCells {
  return new Map(
    Object.entries({
      sens_Output: [[t(RUNWAY)]],
      sens_Base: [[n(5.3)]],
      sens_RankedInput: column(t(FUNDING), t(SHARE)),
      sens_RankedLowCase: column(n(36e9), n(0.05)),
      sens_RankedHighCase: column(n(44e9), n(0.1)),
      sens_RankedAtLow: column(n(4.8), e("#NUM!")),
      sens_RankedAtHigh: column(n(5.9), t("never")),
      sens_RankedSwing: column(n(1.1), t("error")),
      sens_RankedChangeAtLow: column(n(-0.5), e("#N/A")),
      sens_RankedChangeAtHigh: column(n(0.6), e("#N/A")),
      map_Output: [[t("Something typed")]],
      map_RowInput: [[t(SHARE)]],
      map_ColumnInput: [[t(FUNDING)]],
      map_RowValues: column(n(0.05), n(0.1)),
      map_ColumnValues: [[n(30e9), e("#VALUE!"), n(50e9)]],
      map_Values: [
        [n(1), e("#N/A"), n(3)],
        [t("never"), { kind: "empty" }, { kind: "boolean", value: true }],
      ],
      map_ArticleRow: [[n(2)]],
      map_ArticleColumn: [[e("#N/A")]],
      ...overrides,
    })
  );
}

describe("the analysis readings", () => {
  it("reads the plan's names: every sens_ and map_ name the pane draws", () => {
    const names = analysisNames(buildPlan())
      .map((a) => a.name)
      .filter((name) => /^(sens|map)_/.test(name));
    expect(names).toHaveLength(18);
    expect(names).toContain("sens_RankedAtHigh");
    expect(names).toContain("map_Values");
  });

  it("keeps errors and text as the cells show them, never NaN", () => {
    const readings = analysisFromCells(cells());
    const tornado = readings?.tornado;
    expect(tornado?.outputId).toBe("runwayAtEfficientYears");
    expect(
      tornado?.rows.map((r) => [
        r.rank,
        r.input.inputId,
        r.atLow,
        r.atHigh,
        r.swing,
        r.changeAtLow,
        r.changeAtHigh,
      ])
    ).toEqual([
      [1, "fundingUsd", 4.8, 5.9, 1.1, -0.5, 0.6],
      [2, "efficiencyShare", "#NUM!", "never", "error", "#N/A", "#N/A"],
    ]);
    const map = readings?.map;
    expect(map?.columnValues).toEqual([30e9, "#VALUE!", 50e9]);
    expect(map?.cells).toEqual([
      [1, "#N/A", 3],
      ["never", "", "TRUE"],
    ]);
    expect(JSON.stringify(readings)).not.toContain("NaN");
  });

  it("an output label that is not the model's keeps its text, without an id; an article point that is an error is left out", () => {
    const map = analysisFromCells(cells())?.map;
    expect(map?.outputLabel).toBe("Something typed");
    expect(map?.outputId).toBeUndefined();
    expect(map?.articleRow).toBe(1);
    expect(map?.articleColumn).toBeUndefined();
  });

  it("a part whose name is gone is left out; with both gone there is no analysis", () => {
    expect(analysisFromCells(cells({ map_Values: undefined }))?.map).toBeUndefined();
    expect(analysisFromCells(cells({ map_Values: undefined }))?.tornado).toBeDefined();
    expect(
      analysisFromCells(cells({ map_Values: undefined, sens_RankedSwing: undefined }))
    ).toBeUndefined();
  });
});
