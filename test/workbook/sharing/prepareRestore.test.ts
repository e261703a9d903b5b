/**
 * prepare.ts and restore.ts on workbooks written by hand as data (no host): what each decides
 * in the cases the host tests do not reach easily.
 */
import { describe, expect, it } from "vitest";
import { HostError } from "../../../src/workbook/host";
import {
  planPrepare,
  planRestore,
  RECORD_MARKER,
  type CellContent,
  type SheetContents,
  type WorkbookContents,
} from "../../../src/workbook/sharing";
import { FIRST_ROW } from "../../../src/workbook/sharing/record";

const formula = (f: string, value = 1): CellContent => ({
  formula: f,
  value: { kind: "number", value },
});
const text = (t: string): CellContent => ({ formula: null, value: { kind: "text", value: t } });
const sheet = (
  name: string,
  cells: CellContent[][],
  extra: Partial<SheetContents> = {}
): SheetContents => ({
  name,
  protected: false,
  top: 0,
  left: 0,
  cells,
  ...extra,
});
const book = (
  sheets: SheetContents[],
  names: WorkbookContents["names"] = []
): WorkbookContents => ({
  sheets,
  names,
  structureProtected: false,
});

describe("prepare", () => {
  it("says which defined names call AICOST functions, and changes none", () => {
    const plan = planPrepare(
      book([sheet("Sheet1", [])], [{ name: "MyShare", formula: '=AICOST.FIGURE("x")' }])
    );
    expect(plan.writes).toEqual({ cells: [], record: null });
    expect(plan.report.notes).toEqual([
      expect.stringMatching(/^The name MyShare calls an AICOST function/),
    ]);
    expect(plan.report.recordSheet).toBeNull();
  });

  it("starts the record below a header and gives its marker", () => {
    const plan = planPrepare(book([sheet("Sheet1", [[formula("=AICOST.RATIO(1,2)", 0.5)]])]));
    expect(plan.writes.record).toMatchObject({
      sheet: "Add-in formulas",
      action: "create",
      marker: "add",
    });
    expect(plan.writes.record?.rows.map((r) => r.row)).toEqual([FIRST_ROW]);
    expect(plan.writes.cells).toEqual([
      {
        cell: { sheet: "Sheet1", row: 0, column: 0 },
        written: expect.objectContaining({ kind: "formula" }),
      },
    ]);
  });

  it("refuses, before any write, when a sheet to change is protected", () => {
    const contents = book([
      sheet("Locked", [[formula("=AICOST.RATIO(1,2)")]], { protected: true }),
    ]);
    expect(() => planPrepare(contents)).toThrow(HostError);
  });
});

describe("restore", () => {
  /** A record sheet as prepare leaves it, with one row about Data!A1. */
  function prepared(now: CellContent, sheets: string[] = ["Data"]): WorkbookContents {
    const row: CellContent[] = [
      text("Data!A1"),
      formula("=Data!A1"),
      text("frozen value"),
      text('=AICOST.FIGURE("v3_training_cost")+Other!B2'),
      text("6000000"),
      text("frozen"),
    ];
    const record = sheet("Add-in formulas", [row], { top: FIRST_ROW });
    return book(
      [...sheets.map((name) => sheet(name, name === "Data" ? [[now]] : [])), record],
      [{ name: RECORD_MARKER, formula: "='Add-in formulas'!$A$1" }]
    );
  }
  const frozen: CellContent = { formula: null, value: { kind: "number", value: 6e6 } };

  it("puts the formula back where the cell holds the frozen value, and removes the empty record", () => {
    const plan = planRestore(prepared(frozen, ["Data", "Other"]));
    expect(plan.report).toEqual({ restored: 1, leftAlone: [] });
    expect(plan.writes.record).toMatchObject({ action: "delete", marker: "delete" });
  });

  it("leaves alone a formula whose sheet is gone since, rather than write a broken one", () => {
    const plan = planRestore(prepared(frozen, ["Data"]));
    expect(plan.report.restored).toBe(0);
    expect(plan.report.leftAlone).toEqual([
      expect.stringMatching(/refers to “Other”, no longer in the workbook/),
    ]);
    expect(plan.writes).toEqual({ cells: [], record: null });
  });

  it("leaves alone a cell edited since and keeps its row in the record", () => {
    const edited = prepared({ formula: null, value: { kind: "number", value: 7 } }, [
      "Data",
      "Other",
    ]);
    const plan = planRestore(edited);
    expect(plan.report.leftAlone).toEqual([
      expect.stringMatching(/^Data!A1: edited since it was prepared \(it holds 7, not 6000000\)/),
    ]);
    expect(plan.writes.record).toBeNull();
  });
});
