/**
 * What only Excel's load writes, on a fake Excel whose cells compute on IronCalc: its sheet
 * order after "Sheet1", text kept as text, table objects, hidden markers with comments, charts,
 * LAMBDA twins an Excel without LAMBDA refuses, the chart axis by API level. What a load
 * decides, on both hosts, is in test/contract/.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadArticle } from "../../src/excel/applyPlan";
import { DEFAULT_INPUTS, INPUT_SPECS } from "../../src/model";
import { cellAddress } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { LoadSummary } from "../../src/workbook/host";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";

/** One load of the article into a new workbook, shared (read-only or through copies) by the tests. */
let loaded: FakeExcel;
let firstSummary: LoadSummary;

beforeAll(async () => {
  loadIronCalc();
  loaded = new FakeExcel();
  firstSummary = await load(loaded);
});

const makePlan = (options: Parameters<typeof buildPlan>[0]) => buildPlan(options);

async function load(excel: FakeExcel, resetInputs = false): Promise<LoadSummary> {
  return excel.runner.run((context) =>
    loadArticle(context, makePlan, { resetInputs, requirements: excel.requirements })
  );
}

describe("loading the article into an empty workbook", () => {
  it("takes three syncs: read, write everything, write the LAMBDA twins", () => {
    expect(loaded.syncs).toBe(3);
  });

  it("creates the planned sheets after the analyst's, with each input at the article's value", async () => {
    const excel = loaded;
    const summary = firstSummary;
    expect(excel.sheetNames()).toEqual([
      "Sheet1",
      "Inputs",
      "Model",
      "Compare",
      "Sensitivity",
      "Map",
      "Trials",
      "Scenarios",
      "Figures",
      "Checks",
    ]);
    for (const spec of INPUT_SPECS) {
      const value = excel.named(`in_${spec.id.charAt(0).toUpperCase()}${spec.id.slice(1)}`).value;
      expect(sameNumber(value as number, DEFAULT_INPUTS[spec.id]), spec.id).toBe(true);
    }
    expect(summary.created).toEqual(
      expect.arrayContaining([
        "Inputs",
        "Model",
        "Compare",
        "Scenarios",
        "Figures",
        "Checks",
        "SavedScenarios",
      ])
    );
    expect(summary.updated).toEqual([]);
    expect(summary.warnings).toEqual([]);
    expect(excel.activeSheet()).toBe("Inputs");
  });

  it("keeps every text of the plan as text, even one that looks like a formula or a number", async () => {
    const excel = loaded;
    const plan = buildPlan();
    let texts = 0;
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            if (typeof cell !== "string" || cell === "") return;
            const address = cellAddress(block.row + i, block.column + j);
            expect(excel.value(sheet.name, address)).toEqual({ value: cell, type: "String" });
            texts++;
          })
        );
      }
    }
    expect(texts).toBeGreaterThan(50);
  });

  it("makes the tables, the scenario table over its whole capacity", async () => {
    const excel = loaded;
    const tables = excel.book.tables.map((t) => ({ name: t.name, rows: t.area.r1 - t.area.r0 }));
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: "ArticleCosts", rows: 5 },
        { name: "SavedScenarios", rows: buildPlan().scenarios.capacity },
      ])
    );
    expect(excel.value("Scenarios", "A5")).toEqual({ value: "Article low", type: "String" });
    expect(excel.value("Scenarios", "A8")).toEqual({ value: "", type: "Empty" });
  });

  it("hides the ownership markers and names every sheet, table and name it wrote", async () => {
    const excel = loaded;
    const plan = buildPlan();
    const names = new Map(excel.book.names().map((n) => [n.name, n]));
    for (const marker of plan.ownership) {
      expect(names.has(marker.markerName), marker.markerName).toBe(true);
      expect(excel.book.meta(marker.markerName).visible).toBe(false);
    }
    expect(excel.book.meta("in_FundingUsd").visible).toBe(true);
    expect(excel.book.meta("in_FundingUsd").comment).toMatch(/Funding round/);
  });

  it("adds the charts on the Compare sheet with every series set", async () => {
    const excel = loaded;
    const charts = excel.book.sheet("Compare").charts;
    const plan = buildPlan();
    const onCompare = plan.charts.filter((c) => c.sheet === "compare");
    expect(charts.map((c) => c.name)).toEqual(onCompare.map((c) => c.name));
    expect(excel.book.sheet("Sensitivity").charts.map((c) => c.name)).toEqual([
      "AICOST_TornadoChart",
    ]);
    const first = charts[0];
    const planned = plan.charts[0];
    expect(first?.series.map((s) => s.name)).toEqual(planned?.series.map((s) => s.name));
    expect(first?.series.every((s) => s.categories !== null && s.values !== "")).toBe(true);
    expect(first?.valueAxisFormat).toBe(planned?.valueFormat);
  });

  it("gives the Map its colour scale and the choice cells their lists, once however often it loads", async () => {
    const excel = loaded.copy();
    await load(excel);
    const plan = buildPlan();
    for (const key of ["sensitivity", "map"] as const) {
      const sheet = plan.sheets.find((s) => s.key === key);
      const rules = excel.book.sheet(sheet?.name ?? "").rules;
      for (const scale of sheet?.colorScales ?? [])
        expect(rules?.get(scale.address)).toEqual(["ColorScale"]);
      for (const list of sheet?.listValidations ?? [])
        expect(rules?.get(list.address)).toEqual([`list =${list.source}`]);
    }
  });

  it("leaves the choice cells without lists in an Excel before ExcelApi 1.8, the colour scale kept", async () => {
    const excel = new FakeExcel({ excelApi: "1.7" });
    await load(excel);
    const map = buildPlan().sheets.find((s) => s.key === "map");
    const rules = excel.book.sheet(map?.name ?? "").rules;
    expect(rules?.get(map?.colorScales?.[0]?.address ?? "")).toEqual(["ColorScale"]);
    for (const list of map?.listValidations ?? []) expect(rules?.get(list.address)).toBeUndefined();
  });

  it("writes the portable twins where LAMBDA works: =BURN.YEARS(40e9, 7.5e9) gives 5.33", () => {
    const excel = loaded.copy();
    expect(firstSummary.created.some((c) => c.startsWith("Portable functions: "))).toBe(true);
    excel.type("Sheet1", "A1", "=BURN.YEARS(40000000000,7500000000,0)");
    expect(sameNumber(excel.value("Sheet1", "A1").value as number, 40 / 7.5)).toBe(true);
  });

  it("carries on without the twins in an Excel without LAMBDA, with a warning", async () => {
    const excel = new FakeExcel({ lambda: false });
    const summary = await load(excel);
    expect(summary.warnings.join(" ")).toMatch(/did not accept the portable functions/);
    expect(excel.book.findName("BURN.YEARS")).toBeUndefined();
    expect(excel.book.findName("AICOST_OWNS_NAME_BURN.YEARS")).toBeUndefined();
    expect(sameNumber(excel.named("out_RunwayAtFrontierYears").value as number, 40 / 7.5)).toBe(
      true
    );
  });

  it("leaves the value axis in General where ExcelApi 1.8 is missing, and works otherwise", async () => {
    const excel = new FakeExcel({ excelApi: "1.7" });
    await load(excel);
    expect(excel.book.sheet("Compare").charts[0]?.valueAxisFormat).toBeNull();
  });
});
