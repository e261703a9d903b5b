/**
 * "Prepare for sharing" and "Restore add-in formulas" through the Excel host, on the fake Excel
 * whose cells compute on IronCalc, with the add-in's functions running (test/support/
 * addinFunctions.ts stands in for them). A workbook with the article loaded and the analyst's
 * own sheets full of AICOST formulas (nested, lower case, inside other functions, with quoted
 * sheet names), decoys (a string holding "AICOST.RATIO(", a text typed as "=AICOST.RATIO(1,2)"),
 * numbers, text, empty cells and ordinary formulas.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  annualSaving,
  costRatio,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "../../src/model";
import { RECORD_MARKER, scanFormula } from "../../src/workbook/sharing";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import type { CellValue } from "./support/fakeBook";
import { ExcelSharing } from "../../src/excel/sharing";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

const ANALYSIS = "Analysis";
const QUOTED = "My 'quoted' sheet";

/** The analyst's cells: what they typed, and what prepare should make of it. */
const CELLS: readonly {
  sheet: string;
  address: string;
  typed: string | number;
  becomes: "twin" | "frozen" | "same";
}[] = [
  { sheet: ANALYSIS, address: "A1", typed: "Cash (USD)", becomes: "same" },
  { sheet: ANALYSIS, address: "B1", typed: 40e9, becomes: "same" },
  { sheet: ANALYSIS, address: "B2", typed: 7.5e9, becomes: "same" },
  { sheet: ANALYSIS, address: "B3", typed: 0.3, becomes: "same" },
  { sheet: ANALYSIS, address: "C1", typed: "=AICOST.BURN.YEARS(B1,B2)", becomes: "twin" },
  { sheet: ANALYSIS, address: "C2", typed: "=aicost.burn.years(B1,B2,B3)", becomes: "twin" },
  {
    sheet: ANALYSIS,
    address: "C3",
    typed: "=IFERROR(AICOST.RATIO(6000000,500000000)*100,0)",
    becomes: "twin",
  },
  {
    sheet: ANALYSIS,
    address: "C4",
    typed: "=AICOST.RATIO(AICOST.EQUIVALENT(B2,0.075),B2)",
    becomes: "twin",
  },
  {
    sheet: ANALYSIS,
    address: "C5",
    typed: "=AICOST.STAKE(B1,'My ''quoted'' sheet'!B1)",
    becomes: "twin",
  },
  { sheet: ANALYSIS, address: "C6", typed: '="AICOST.RATIO("&"1,2)"', becomes: "same" },
  { sheet: ANALYSIS, address: "C7", typed: "'=AICOST.RATIO(1,2)", becomes: "same" },
  {
    sheet: ANALYSIS,
    address: "C8",
    typed: '=AICOST.FIGURE("r1_operating_cost_share","high")',
    becomes: "frozen",
  },
  {
    sheet: ANALYSIS,
    address: "C9",
    typed: '=AICOST.SOURCE("orion_training_cost")',
    becomes: "frozen",
  },
  {
    sheet: ANALYSIS,
    address: "C10",
    typed: '=AICOST.FIGURE("openai_funding_round")/AICOST.BURN.YEARS(B1,B2)',
    becomes: "frozen",
  },
  { sheet: ANALYSIS, address: "C11", typed: "=SUM(B1:B2)", becomes: "same" },
  { sheet: ANALYSIS, address: "C12", typed: "=C1*12", becomes: "same" },
  { sheet: ANALYSIS, address: "C13", typed: "=AICOST.BURN.MONTHS(B1,B2,,0)", becomes: "twin" },
  { sheet: ANALYSIS, address: "C14", typed: '=AICOST.FIGURE("no_such_figure")', becomes: "frozen" },
  {
    sheet: ANALYSIS,
    address: "C15",
    typed: '=LEN(aicost.source("v3_training_cost"))>10',
    becomes: "frozen",
  },
  { sheet: ANALYSIS, address: "C16", typed: '=IF(C1>5,"long runway","short")', becomes: "same" },
  { sheet: ANALYSIS, address: "D1", typed: "'=1+1", becomes: "same" },
  { sheet: ANALYSIS, address: "D2", typed: "2025", becomes: "same" },
  { sheet: QUOTED, address: "B1", typed: 300e9, becomes: "same" },
  { sheet: QUOTED, address: "B2", typed: "=AICOST.SAVINGS(7500000000,0.075)", becomes: "twin" },
  { sheet: QUOTED, address: "B3", typed: "=Analysis!C1+1", becomes: "same" },
];

const count = (becomes: string): number => CELLS.filter((c) => c.becomes === becomes).length;

/** What the model gives for the twin-rewritten cells (the functions' arguments above). */
const MODEL: Readonly<Record<string, number>> = {
  [`${ANALYSIS}!C1`]: runwayYears(40e9, 7.5e9) as number,
  [`${ANALYSIS}!C2`]: runwayYears(40e9, 7.5e9, 0.3) as number,
  [`${ANALYSIS}!C3`]: (costRatio(6e6, 500e6) as number) * 100,
  [`${ANALYSIS}!C4`]: costRatio(spendAtEfficiency(7.5e9, 0.075) as number, 7.5e9) as number,
  [`${ANALYSIS}!C5`]: stakeBought(40e9, 300e9) as number,
  [`${ANALYSIS}!C13`]: runwayMonths(40e9, 7.5e9, undefined, 0) as number,
  [`${QUOTED}!B2`]: annualSaving(7.5e9, 0.075) as number,
};

let prepared: FakeExcel;

function analystWorkbook(
  options: ConstructorParameters<typeof FakeExcel>[0] = {}
): Promise<FakeExcel> {
  const excel = new FakeExcel(options);
  return hostOn(excel)
    .loadArticle({ resetInputs: false })
    .then(() => {
      excel.installAddin();
      excel.addSheet(ANALYSIS);
      excel.addSheet(QUOTED);
      for (const c of CELLS) excel.type(c.sheet, c.address, c.typed);
      return excel;
    });
}

function values(excel: FakeExcel): Record<string, CellValue> {
  return Object.fromEntries(
    CELLS.map((c) => [`${c.sheet}!${c.address}`, excel.value(c.sheet, c.address)])
  );
}

/** The state of a sheet (cells as typed, formats, styles, widths), as the fake compares workbooks. */
function sheetState(excel: FakeExcel, name: string): unknown {
  const state = excel.state() as { sheets: { name: string }[] };
  return state.sheets.find((s) => s.name === name);
}

let workbook: FakeExcel;
beforeAll(async () => {
  loadIronCalc();
  workbook = await analystWorkbook();
  prepared = workbook.copy();
  await hostOn(prepared).sharing.prepareForSharing();
});

describe("preparing a workbook for sharing", () => {
  it("rewrites every AICOST cell and reports how: twins where they exist, frozen values elsewhere", async () => {
    const excel = workbook.copy();
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(report).toMatchObject({
      changed: count("twin") + count("frozen"),
      toTwin: count("twin"),
      toNative: 0,
      frozen: count("frozen"),
      recordSheet: "Add-in formulas",
    });
    expect(report.notes.filter((n) => n.includes(": frozen to its value"))).toHaveLength(
      count("frozen")
    );
    expect(report.notes.join("\n")).toContain(
      `${ANALYSIS}!C8: frozen to its value 0.1: AICOST.FIGURE`
    );
  });

  it("takes five round trips: the outline, the used ranges' sizes, their cells, whether the cells to freeze spill, the writes", async () => {
    const excel = workbook.copy();
    await hostOn(excel).sharing.prepareForSharing();
    expect(excel.syncs).toBe(5);
    // Excel before ExcelApi 1.12 has no dynamic arrays: nothing to ask, four round trips.
    const older = workbook.copy({ excelApi: "1.11" });
    await hostOn(older).sharing.prepareForSharing();
    expect(older.syncs).toBe(4);
  });

  it("reads a big workbook in blocks of rows under the per-request limit, to the same result", async () => {
    const whole = workbook.copy();
    await hostOn(whole).sharing.prepareForSharing();
    const blocks = workbook.copy();
    const limit = 40; // cells per request: the Analysis sheet alone is 16 rows of 4 columns
    const sharing = new ExcelSharing(blocks.runner, blocks.requirements, limit);
    const report = await sharing.prepareForSharing();
    expect(report.changed).toBe(count("twin") + count("frozen"));
    expect(blocks.state()).toEqual(whole.state());
    expect(blocks.syncs).toBeGreaterThan(whole.syncs);
    expect(await sharing.restoreAddinFormulas()).toEqual({
      restored: count("twin") + count("frozen"),
      leftAlone: [],
    });
    expect(blocks.state()).toEqual(workbook.state());
  });

  it("leaves no AICOST call in any cell, and every other cell exactly as it was, value and formula", () => {
    for (const c of CELLS) {
      const now = prepared.content(c.sheet, c.address);
      if (now.startsWith("="))
        expect(scanFormula(now).calls, `${c.sheet}!${c.address}: ${now}`).toEqual([]);
      if (c.becomes === "same") {
        expect(now, `${c.sheet}!${c.address}`).toBe(workbook.content(c.sheet, c.address));
      }
    }
    const before = values(workbook);
    const after = values(prepared);
    for (const key of Object.keys(before)) {
      const [a, b] = [before[key], after[key]];
      if (a?.type === "Double" && b?.type === "Double")
        expect(sameNumber(a.value as number, b.value as number), key).toBe(true);
      else expect(b, key).toEqual(a);
    }
  });

  it("keeps the decoys: the string holding a call's text, and the text typed as =AICOST.RATIO(1,2)", () => {
    expect(prepared.content(ANALYSIS, "C6")).toBe(workbook.content(ANALYSIS, "C6"));
    expect(prepared.value(ANALYSIS, "C7")).toEqual({ value: "=AICOST.RATIO(1,2)", type: "String" });
    expect(prepared.content(ANALYSIS, "C7")).toBe("'=AICOST.RATIO(1,2)");
  });

  it("gives twin cells the model's values, computed by the twins", () => {
    for (const [key, want] of Object.entries(MODEL)) {
      const [sheet = "", address = ""] = key.split("!");
      expect(prepared.content(sheet, address), key).not.toMatch(/aicost/i);
      const got = prepared.value(sheet, address);
      expect(
        got.type === "Double" && sameNumber(got.value as number, want),
        `${key}: ${String(got.value)} vs ${want}`
      ).toBe(true);
    }
    expect(prepared.content(ANALYSIS, "C5").toUpperCase()).toBe(
      "=STAKE.BOUGHT(B1,'MY ''QUOTED'' SHEET'!B1)"
    );
  });

  it("freezes text as text, errors as errors and booleans as booleans", () => {
    expect(prepared.content(ANALYSIS, "C8")).toBe("0.1");
    expect(prepared.value(ANALYSIS, "C9").type).toBe("String");
    expect(prepared.value(ANALYSIS, "C14")).toEqual({ value: "#N/A", type: "Error" });
    expect(prepared.value(ANALYSIS, "C15")).toEqual({ value: true, type: "Boolean" });
  });

  it("leaves the add-in's own sheets as they were", () => {
    for (const name of ["Figures", "Inputs", "Model", "Scenarios", "Compare", "Checks"]) {
      expect(sheetState(prepared, name), name).toEqual(sheetState(workbook, name));
    }
  });

  it("shows a colleague without the add-in the same numbers", () => {
    const colleague = prepared.copy();
    colleague.removeAddin();
    const unprepared = workbook.copy();
    unprepared.removeAddin();
    const before = values(workbook);
    const after = values(colleague);
    for (const key of Object.keys(before)) {
      const [a, b] = [before[key], after[key]];
      if (a?.type === "Double")
        expect(b?.type === "Double" && sameNumber(a.value as number, b.value as number), key).toBe(
          true
        );
      else expect(b, key).toEqual(a);
    }
    // Without preparing, the same colleague sees #NAME? where the add-in's functions were.
    expect(unprepared.value(ANALYSIS, "C1")).toEqual({ value: "#NAME?", type: "Error" });
  });

  it("keeps a record a colleague can read: every formula stored as text, a link to each cell", () => {
    const record = "Add-in formulas";
    expect(prepared.sheetNames().at(-1)).toBe(record);
    expect(String(prepared.value(record, "A1").value)).toMatch(
      /AICOST formulas replaced for sharing/
    );
    const changed = CELLS.filter((c) => c.becomes !== "same");
    changed.forEach((c, i) => {
      const row = 6 + i;
      expect(prepared.value(record, `D${row}`)).toEqual({
        value: workbook.content(c.sheet, c.address),
        type: "String",
      });
      expect(prepared.content(record, `D${row}`).startsWith("'=")).toBe(true);
      expect(prepared.content(record, `B${row}`).toUpperCase()).toContain(c.address);
    });
    expect(prepared.book.findName(RECORD_MARKER)).toBeDefined();
    expect(prepared.book.meta(RECORD_MARKER).visible).toBe(false);
  });

  it("appends only new cells when prepared twice, and says so in the status", async () => {
    const excel = prepared.copy();
    const host = hostOn(excel);
    expect(await host.sharing.status()).toEqual({
      prepared: true,
      preparedCells: count("twin") + count("frozen"),
    });
    expect((await host.sharing.prepareForSharing()).changed).toBe(0);
    excel.type(ANALYSIS, "E1", "=AICOST.RATIO(1,4)");
    const typed = excel.content(ANALYSIS, "E1");
    const again = await host.sharing.prepareForSharing();
    expect(again).toMatchObject({ changed: 1, toTwin: 1, recordSheet: "Add-in formulas" });
    // The record keeps the formula as the workbook gave it (IronCalc writes names in lower case).
    expect(excel.value("Add-in formulas", `D${6 + count("twin") + count("frozen")}`)).toEqual({
      value: typed,
      type: "String",
    });
    expect(await host.sharing.status()).toEqual({
      prepared: true,
      preparedCells: count("twin") + count("frozen") + 1,
    });
  });
});

describe("restoring the add-in formulas", () => {
  it("puts every formula back exactly and removes the record: the workbook is as before", async () => {
    const excel = prepared.copy();
    const report = await hostOn(excel).sharing.restoreAddinFormulas();
    expect(report).toEqual({ restored: count("twin") + count("frozen"), leftAlone: [] });
    expect(excel.state()).toEqual(workbook.state());
    expect(excel.syncs).toBe(4); // outline, sizes, cells (with the record's drawings), writes
    expect(await hostOn(excel).sharing.status()).toEqual({ prepared: false, preparedCells: 0 });
  });

  it("leaves cells edited since alone, says which, and keeps their rows in the record", async () => {
    const excel = prepared.copy();
    excel.type(ANALYSIS, "C1", 7);
    excel.type(ANALYSIS, "C8", "=0.2");
    const report = await hostOn(excel).sharing.restoreAddinFormulas();
    expect(report.restored).toBe(count("twin") + count("frozen") - 2);
    expect(report.leftAlone).toHaveLength(2);
    expect(report.leftAlone[0]).toMatch(
      /^Analysis!C1: edited since it was prepared \(it holds 7, not =BURN\.YEARS\(B1,B2\)\)/i
    );
    expect(excel.content(ANALYSIS, "C1")).toBe("7");
    expect(excel.content(ANALYSIS, "C2")).toBe(workbook.content(ANALYSIS, "C2"));
    expect(await hostOn(excel).sharing.status()).toEqual({ prepared: true, preparedCells: 2 });
  });

  it("follows a cell whose sheet was renamed since", async () => {
    const excel = prepared.copy();
    excel.renameSheet(QUOTED, "Renamed");
    const report = await hostOn(excel).sharing.restoreAddinFormulas();
    expect(report.leftAlone).toEqual([]);
    expect(excel.content("Renamed", "B2")).toBe(workbook.content(QUOTED, "B2"));
  });

  /** The analyst's edits since prepare that move references: Excel updates every formula. */
  const MOVES: readonly { name: string; move: (excel: FakeExcel) => void }[] = [
    { name: "a row inserted above every cell", move: (e) => e.insertRows(ANALYSIS, 1) },
    { name: "a row inserted between B1 and B2", move: (e) => e.insertRows(ANALYSIS, 2) },
    { name: "columns inserted left of A", move: (e) => e.insertColumns(ANALYSIS, "A", 2) },
    { name: "a column inserted between B and C", move: (e) => e.insertColumns(ANALYSIS, "C") },
  ];

  for (const { name, move } of MOVES) {
    it(`follows references moved since (${name}): frozen, twin and written-out cells alike`, async () => {
      for (const lambda of [true, false]) {
        const original = lambda ? workbook : await analystWorkbook({ lambda });
        const expected = original.copy();
        move(expected);
        const excel = original.copy();
        const host = hostOn(excel);
        const prepared = await host.sharing.prepareForSharing();
        expect(prepared.frozen).toBe(count("frozen"));
        move(excel);
        const report = await host.sharing.restoreAddinFormulas();
        expect(report, `lambda: ${lambda}`).toEqual({
          restored: count("twin") + count("frozen"),
          leftAlone: [],
        });
        // The same workbook as the analyst's own, had they made the same edit without preparing.
        expect(excel.state(), `lambda: ${lambda}`).toEqual(expected.state());
      }
    });
  }

  const RECORD = "Add-in formulas";
  const ADDITIONS: readonly {
    name: string;
    add: (excel: FakeExcel) => void;
    excelApi?: string;
    says: RegExp;
  }[] = [
    {
      name: "a note in column H",
      add: (e) => e.type(RECORD, "H7", "checked with finance"),
      says: /cells the add-in did not write \(H7\)/,
    },
    {
      name: "a cell beside the heading",
      add: (e) => e.type(RECORD, "J2", "=SUM(1,2)"),
      says: /\(J2\)/,
    },
    { name: "a shape", add: (e) => e.draw(RECORD, "shape"), says: /charts or shapes/ },
    { name: "a chart", add: (e) => e.draw(RECORD, "chart"), says: /charts or shapes/ },
    {
      name: "an Excel that cannot count shapes (before ExcelApi 1.9)",
      add: () => undefined,
      excelApi: "1.8",
      says: /cannot tell the add-in whether it holds charts or shapes/,
    },
  ];

  for (const { name, add, excelApi, says } of ADDITIONS) {
    it(`keeps the record sheet, clearing only the restored rows, when it holds ${name}`, async () => {
      const excel = prepared.copy(excelApi ? { excelApi } : {});
      add(excel);
      const report = await hostOn(excel).sharing.restoreAddinFormulas();
      expect(report.restored).toBe(count("twin") + count("frozen"));
      expect(report.notes).toEqual([expect.stringMatching(says)]);
      expect(excel.sheetNames()).toContain(RECORD);
      expect(excel.content(RECORD, "D6")).toBe("");
      expect(excel.content(RECORD, "A1")).toMatch(/AICOST formulas replaced/);
      if (name.startsWith("a note"))
        expect(excel.content(RECORD, "H7")).toBe("checked with finance");
      for (const c of CELLS) {
        expect(excel.content(c.sheet, c.address)).toBe(workbook.content(c.sheet, c.address));
      }
      expect(await hostOn(excel).sharing.status()).toEqual({ prepared: false, preparedCells: 0 });
    });
  }

  it("keeps a prepared workbook without the article reading as not loaded, and loadable", async () => {
    const excel = new FakeExcel();
    excel.installAddin();
    excel.type("Sheet1", "A1", "=AICOST.RATIO(1,2)");
    const host = hostOn(excel);
    expect((await host.sharing.prepareForSharing()).toNative).toBe(1);
    expect((await host.readState()).loaded).toBe(false);
    await host.loadArticle({ resetInputs: false });
    expect((await host.readState()).loaded).toBe(true);
    expect(await host.sharing.restoreAddinFormulas()).toEqual({ restored: 1, leftAlone: [] });
    expect(excel.content("Sheet1", "A1")).toBe("=aicost.ratio(1,2)");
  });

  it("reports nothing to do in a workbook never prepared, and writes nothing", async () => {
    const excel = workbook.copy();
    const before = excel.state();
    expect(await hostOn(excel).sharing.restoreAddinFormulas()).toEqual({
      restored: 0,
      leftAlone: [],
    });
    expect(excel.state()).toEqual(before);
  });
});

describe("formulas whose result covers several cells", () => {
  it("leaves alone a cell to freeze whose result spills, rather than keep only its first value", async () => {
    const excel = workbook.copy();
    excel.type(ANALYSIS, "F1", '=AICOST.FIGURE("v3_training_cost")*SEQUENCE(3)');
    const spilled = [1, 2, 3].map((r) => excel.value(ANALYSIS, `F${r}`));
    expect(spilled.map((v) => v.value)).toEqual([6e6, 12e6, 18e6]);
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(report.frozen).toBe(count("frozen"));
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^Analysis!F1: left as it is: its result spills over several cells/)
    );
    expect(excel.content(ANALYSIS, "F1")).toMatch(/SEQUENCE\(3\)/i);
    expect([1, 2, 3].map((r) => excel.value(ANALYSIS, `F${r}`))).toEqual(spilled);
  });

  it("turns a spilling cell into its twin, which spills the same values", async () => {
    const excel = workbook.copy();
    excel.type(ANALYSIS, "G1", "=AICOST.RATIO(B1:B2,B3)");
    const before = [1, 2].map((r) => excel.value(ANALYSIS, `G${r}`));
    expect(before.every((v) => v.type === "Double")).toBe(true);
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(report.toTwin).toBe(count("twin") + 1);
    expect(excel.content(ANALYSIS, "G1").toUpperCase()).toBe("=COST.RATIO(B1:B2,B3)");
    const after = [1, 2].map((r) => excel.value(ANALYSIS, `G${r}`));
    after.forEach((v, i) =>
      expect(sameNumber(v.value as number, before[i]?.value as number)).toBe(true)
    );
  });

  it("leaves every cell of a legacy array formula alone (Excel cannot change part of one)", async () => {
    const excel = workbook.copy();
    excel.typeArray(ANALYSIS, "H1:H2", "=AICOST.RATIO(B1:B2,B3)");
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(report.changed).toBe(count("twin") + count("frozen"));
    const notes = report.notes.filter((n) => /array formula entered over several cells/.test(n));
    expect(notes.map((n) => n.split(":")[0])).toEqual(["Analysis!H1", "Analysis!H2"]);
    expect(excel.content(ANALYSIS, "H1")).toMatch(/^=aicost\.ratio/i);
  });
});

describe("refusals", () => {
  it("stops the whole prepare at a protected sheet holding a cell to change, with nothing changed", async () => {
    const excel = workbook.copy();
    excel.protect(QUOTED);
    const before = excel.state();
    const error = await refusal(hostOn(excel).sharing.prepareForSharing());
    expect(error.problem.code).toBe("protected");
    expect(error.problem.message).toContain(`“${QUOTED}”`);
    expect(error.problem.repair).toMatch(/Unprotect/);
    expect(excel.state()).toEqual(before);
    expect(excel.syncs).toBe(4); // outline, sizes, cells, spills of the cells to freeze: no write
  });

  it("stops when the record sheet cannot be added to a workbook whose structure is protected", async () => {
    const excel = workbook.copy();
    excel.protectStructure();
    const before = excel.state();
    const error = await refusal(hostOn(excel).sharing.prepareForSharing());
    expect(error.problem.message).toMatch(/structure is protected/);
    expect(excel.state()).toEqual(before);
  });

  it("leaves the analyst's own sheet named like the record alone and uses a free name", async () => {
    const excel = workbook.copy();
    excel.addSheet("Add-in formulas");
    excel.type("Add-in formulas", "A1", "mine");
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(report.recordSheet).toBe("Add-in formulas (2)");
    expect(excel.content("Add-in formulas", "A1")).toBe("mine");
    await hostOn(excel).sharing.restoreAddinFormulas();
    expect(excel.sheetNames()).toContain("Add-in formulas");
    expect(excel.sheetNames()).not.toContain("Add-in formulas (2)");
  });
});

describe("without the add-in's twins", () => {
  it("writes the twin's formula out with LET where Excel refused LAMBDA names, with the same values", async () => {
    const excel = await analystWorkbook({ lambda: false });
    const before = values(excel);
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(report).toMatchObject({ toTwin: 0, toNative: count("twin"), frozen: count("frozen") });
    expect(excel.content(ANALYSIS, "C1")).toMatch(/^=LET\(cash,B1,annual_burn,B2,/i);
    excel.removeAddin();
    const after = values(excel);
    for (const [key, want] of Object.entries(MODEL)) {
      const got = after[key];
      expect(got?.type === "Double" && sameNumber(got.value as number, want), key).toBe(true);
    }
    expect(after[`${ANALYSIS}!C9`]).toEqual(before[`${ANALYSIS}!C9`]);
  });

  it("does not call a twin whose formula the analyst changed, though its marker is still there", async () => {
    const excel = await analystWorkbook();
    const twin = excel.book.findName("BURN.YEARS");
    expect(twin).toBeDefined();
    excel.book.setNameFormula(
      "BURN.YEARS",
      "=LAMBDA(cash,annual_burn,[burn_growth],[annual_revenue],42)"
    );
    expect(excel.book.findName("AICOST_OWNS_NAME_BURN.YEARS")).toBeDefined();
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(excel.content(ANALYSIS, "C1")).toMatch(/^=LET\(cash,B1,annual_burn,B2,/i);
    expect(excel.content(ANALYSIS, "C3").toUpperCase()).toContain("COST.RATIO(");
    excel.removeAddin();
    const got = excel.value(ANALYSIS, "C1");
    expect(
      got.type === "Double" && sameNumber(got.value as number, MODEL[`${ANALYSIS}!C1`] ?? NaN)
    ).toBe(true);
    expect(report.toNative).toBeGreaterThan(0);
  });

  it("does not call a twin name the analyst defined as their own", async () => {
    const excel = await analystWorkbook();
    excel.deleteName("AICOST_OWNS_NAME_BURN.YEARS"); // the name is theirs now
    const report = await hostOn(excel).sharing.prepareForSharing();
    expect(excel.content(ANALYSIS, "C1")).toMatch(/^=LET\(/);
    expect(excel.content(ANALYSIS, "C3").toUpperCase()).toContain("COST.RATIO(");
    expect(report.toNative).toBeGreaterThan(0);
  });
});
