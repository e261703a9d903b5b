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
  markSharedFormulas,
  recordHeading,
  type CellContent,
  type SheetContents,
  type WorkbookContents,
} from "../../../src/workbook/sharing";
import { FIRST_ROW } from "../../../src/workbook/sharing/record";

const formula = (f: string, value = 1): CellContent => ({
  formula: f,
  value: { kind: "number", value },
});
const EMPTY: CellContent = { formula: null, value: { kind: "empty" } };
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

describe("a frozen cell's references, after a row is inserted above (the reviewer's case)", () => {
  const original = '=AICOST.FIGURE("x")/AICOST.BURN.YEARS(B1,B2)';
  const number = (value: number): CellContent => ({
    formula: null,
    value: { kind: "number", value },
  });

  it("prepare keeps a live, inert copy of them beside the text", () => {
    const plan = planPrepare(
      book([sheet("Data", [[number(40e9), EMPTY, formula(original, 5)], [number(7.5e9)]])])
    );
    const row = plan.writes.record?.rows[0]?.cells;
    expect(row?.[3]).toBe(original);
    expect(row?.[6]).toEqual({ formula: "=IF(FALSE,CHOOSE(1,'Data'!B1,'Data'!B2),\"\")" });
  });

  it("restore rebuilds the formula with the references moved to B2:B3, not the stale B1:B2", () => {
    // After Insert > Sheet Rows above row 1: the cell is C2, its inputs B2 and B3; Excel moved
    // the link and the live copy, not the text.
    const record = sheet(
      "Add-in formulas",
      [
        [
          text("Data!C1"),
          formula("=Data!C2"),
          text("frozen value"),
          text(original),
          text("5"),
          text("frozen"),
          {
            formula: '=IF(FALSE,CHOOSE(1,Data!B2,Data!B3),"")',
            value: { kind: "text", value: "" },
          },
        ],
      ],
      { top: FIRST_ROW }
    );
    const data = sheet("Data", [[number(40e9), EMPTY, number(5)], [number(7.5e9)]], { top: 1 });
    const plan = planRestore(
      book([data, record], [{ name: RECORD_MARKER, formula: "='Add-in formulas'!$A$1" }])
    );
    expect(plan.report.leftAlone).toEqual([]);
    expect(plan.writes.cells).toEqual([
      {
        cell: { sheet: "Data", row: 1, column: 2 },
        written: {
          kind: "formula",
          formula: '=AICOST.FIGURE("x")/AICOST.BURN.YEARS(B2,B3)',
        },
      },
    ]);
  });

  it("restore rebuilds a written-out (LET) cell whose references moved, rather than call it edited", () => {
    const written = "=LET(cash,B2,annual_burn,B3,cash/annual_burn)";
    const record = sheet(
      "Add-in formulas",
      [
        [
          text("Data!C1"),
          formula("=Data!C2"),
          text("formula written out"),
          text("=AICOST.BURN.YEARS(B1,B2)*2"),
          text("=LET(cash,B1,annual_burn,B2,cash/annual_burn)*2"),
          text("written out"),
        ],
      ],
      { top: FIRST_ROW }
    );
    const data = sheet("Data", [[formula(`${written}*2`, 10)]], { top: 1, left: 2 });
    const plan = planRestore(
      book([data, record], [{ name: RECORD_MARKER, formula: "='Add-in formulas'!$A$1" }])
    );
    expect(plan.report.leftAlone).toEqual([]);
    expect(plan.writes.cells).toEqual([
      {
        cell: { sheet: "Data", row: 1, column: 2 },
        written: { kind: "formula", formula: "=AICOST.BURN.YEARS(B2,B3)*2" },
      },
    ]);
  });
});

describe("restore", () => {
  /**
   * A record sheet as prepare leaves it, with one row about Data!A1 and the live copy of its
   * references as the spreadsheet shows it now (Other!B2 unless moved or deleted since).
   */
  function prepared(
    now: CellContent,
    sheets: string[] = ["Data"],
    live = '=IF(FALSE,CHOOSE(1,Other!B2),"")'
  ): WorkbookContents {
    const row: CellContent[] = [
      text("Data!A1"),
      formula("=Data!A1"),
      text("frozen value"),
      text('=AICOST.FIGURE("v3_training_cost")+Other!B2'),
      text("6000000"),
      text("frozen"),
      { formula: live, value: { kind: "text", value: "" } },
    ];
    const record = sheet("Add-in formulas", [row], { top: FIRST_ROW, drawings: "none" });
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

  it("leaves alone a formula whose sheet is gone since (its copy reads #REF!), rather than write a broken one", () => {
    const plan = planRestore(prepared(frozen, ["Data"], '=IF(FALSE,CHOOSE(1,#REF!),"")'));
    expect(plan.report.restored).toBe(0);
    expect(plan.report.leftAlone).toEqual([
      expect.stringMatching(/^Data!A1: a cell or range its formula refers to was deleted since/),
    ]);
    expect(plan.writes).toEqual({ cells: [], record: null });
  });

  it("puts a frozen formula back with its references as the live copy has them now", () => {
    const plan = planRestore(
      prepared(frozen, ["Data", "Renamed"], '=IF(FALSE,CHOOSE(1,Renamed!C3),"")')
    );
    expect(plan.writes.cells).toEqual([
      {
        cell: { sheet: "Data", row: 0, column: 0 },
        written: { kind: "formula", formula: '=AICOST.FIGURE("v3_training_cost")+Renamed!C3' },
      },
    ]);
  });

  it("leaves alone a frozen formula with references whose live copy is missing, rather than guess", () => {
    const plan = planRestore(prepared(frozen, ["Data", "Other"], ""));
    expect(plan.report.leftAlone).toEqual([
      expect.stringMatching(/^Data!A1: the record has no up-to-date copy of its references/),
    ]);
    expect(plan.writes.cells).toEqual([]);
  });

  it("keeps the record sheet, its rows cleared, when the analyst put something of theirs on it", () => {
    const base = prepared(frozen, ["Data", "Other"]);
    const withNote = (sheets: readonly SheetContents[]): SheetContents[] =>
      sheets.map((s) =>
        s.name === "Add-in formulas"
          ? { ...s, cells: s.cells.map((r) => [...r, text("my note")]) }
          : s
      );
    const cases: { name: string; contents: WorkbookContents; says: RegExp }[] = [
      {
        name: "a note in column H",
        contents: { ...base, sheets: withNote(base.sheets) },
        says: /holds cells the add-in did not write \(H6\)/,
      },
      {
        name: "a chart or shape",
        contents: {
          ...base,
          sheets: base.sheets.map((s) => ({ ...s, drawings: "some" as const })),
        },
        says: /holds charts or shapes/,
      },
      {
        name: "drawings it cannot count",
        contents: {
          ...base,
          sheets: base.sheets.map((s) => ({ ...s, drawings: undefined })),
        },
        says: /cannot tell the add-in whether it holds charts or shapes/,
      },
    ];
    for (const { name, contents, says } of cases) {
      const plan = planRestore(contents);
      expect(plan.report.restored, name).toBe(1);
      expect(plan.writes.record, name).toMatchObject({ action: "update", marker: "keep" });
      expect(
        plan.writes.record?.rows.map((r) => r.row),
        name
      ).toEqual([FIRST_ROW]);
      expect(plan.report.notes, name).toEqual([
        expect.stringMatching(
          /^The record sheet “Add-in formulas” was kept, its restored rows cleared: /
        ),
      ]);
      expect(plan.report.notes?.[0], name).toMatch(says);
    }
  });

  it("deletes the record sheet when its heading is as prepare wrote it and nothing else is there", () => {
    const base = prepared(frozen, ["Data", "Other"]);
    const heading = recordHeading().cells.map((r) =>
      r.map((c): CellContent => (typeof c === "string" ? text(c) : EMPTY))
    );
    const record = base.sheets.find((s) => s.name === "Add-in formulas");
    if (!record) throw new Error("no record");
    const full = { ...record, top: 0, cells: [...heading, ...record.cells] };
    const plan = planRestore({
      ...base,
      sheets: base.sheets.map((s) => (s === record ? full : s)),
    });
    expect(plan.writes.record).toMatchObject({ action: "delete" });
    // The analyst's words in the title row: theirs now, so the sheet stays.
    const edited = {
      ...full,
      cells: [[text("My title"), ...(full.cells[0]?.slice(1) ?? [])], ...full.cells.slice(1)],
    };
    const kept = planRestore({
      ...base,
      sheets: base.sheets.map((s) => (s === record ? edited : s)),
    });
    expect(kept.writes.record).toMatchObject({ action: "update" });
    expect(kept.report.notes?.[0]).toMatch(/\(A1\)/);
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

describe("arrays", () => {
  it("marks cells sharing one array formula with relative references, not filled constants", () => {
    const shared = formula("=AICOST.RATIO(B1:B2,C1)");
    const filled = formula('=AICOST.FIGURE("x")');
    const marked = markSharedFormulas(
      sheet("S", [
        [shared, filled],
        [shared, filled],
      ])
    );
    expect(marked.cells.map((r) => r.map((c) => c.array))).toEqual([
      ["legacy", undefined],
      ["legacy", undefined],
    ]);
  });

  it("leaves a spilling cell to freeze alone, and still turns a spilling twin call into its twin", () => {
    const spills = (f: string): CellContent => ({ ...formula(f), array: "spills" });
    const plan = planPrepare(
      book([
        sheet("S", [[spills('=AICOST.FIGURE("x")*SEQUENCE(3)'), spills("=AICOST.RATIO(A1:A3,2)")]]),
      ])
    );
    expect(plan.report).toMatchObject({ changed: 1, toNative: 1, frozen: 0 });
    expect(plan.report.notes[0]).toMatch(/^S!A1: left as it is: its result spills/);
  });
});
