/**
 * "Prepare for sharing" and "Restore add-in formulas" where only the Excel host can show it, on
 * the fake Excel (cells on IronCalc, the add-in's functions running). What both hosts do alike
 * is in test/contract/sharing.test.ts; here stays what the preview has no counterpart for:
 * Excel's round trips and its per-request limit, the hidden marker, legacy array formulas
 * (Excel alone says nothing of them: src/workbook/sharing/arrays.ts), charts and shapes on the
 * record sheet and an Excel too old to count shapes, and an Excel without LAMBDA, where twins
 * are written out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ExcelSharing } from "../../src/excel/sharing";
import { RECORD_MARKER } from "../../src/workbook/sharing";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import {
  ANALYSIS,
  CELLS,
  count,
  FIRST_ENTRY,
  MODEL,
  MOVES,
  QUOTED,
  RECORD,
} from "../support/sharingWorkbook";
import type { CellValue } from "./support/fakeBook";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

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

let workbook: FakeExcel;
let prepared: FakeExcel;
beforeAll(async () => {
  loadIronCalc();
  workbook = await analystWorkbook();
  prepared = workbook.copy();
  await hostOn(prepared).sharing.prepareForSharing();
});

describe("Excel's round trips", () => {
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

  it("restores in four round trips: outline, sizes, cells (with the record's drawings), writes", async () => {
    const excel = prepared.copy();
    await hostOn(excel).sharing.restoreAddinFormulas();
    expect(excel.state()).toEqual(workbook.state());
    expect(excel.syncs).toBe(4);
  });

  it("hides the record's marker from Name Manager", () => {
    expect(prepared.book.findName(RECORD_MARKER)).toBeDefined();
    expect(prepared.book.meta(RECORD_MARKER).visible).toBe(false);
  });
});

describe("legacy array formulas", () => {
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

describe("charts and shapes on the record sheet", () => {
  const ADDITIONS: readonly {
    name: string;
    add: (excel: FakeExcel) => void;
    excelApi?: string;
    says: RegExp;
  }[] = [
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
      expect(excel.content(RECORD, `D${FIRST_ENTRY}`)).toBe("");
      expect(excel.content(RECORD, "A1")).toMatch(/AICOST formulas replaced/);
      for (const c of CELLS) {
        expect(excel.content(c.sheet, c.address)).toBe(workbook.content(c.sheet, c.address));
      }
      expect(await hostOn(excel).sharing.status()).toEqual({ prepared: false, preparedCells: 0 });
    });
  }
});

describe("an Excel without LAMBDA (no twins)", () => {
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

  for (const { name, move } of MOVES) {
    it(`follows references moved since (${name}): frozen and written-out cells alike`, async () => {
      const original = await analystWorkbook({ lambda: false });
      const expected = original.copy();
      move(expected);
      const excel = original.copy();
      const host = hostOn(excel);
      expect((await host.sharing.prepareForSharing()).toNative).toBe(count("twin"));
      move(excel);
      expect(await host.sharing.restoreAddinFormulas()).toEqual({
        restored: count("twin") + count("frozen"),
        leftAlone: [],
      });
      // The same workbook as the analyst's own, had they made the same edit without preparing.
      expect(excel.state()).toEqual(expected.state());
    });
  }
});
