/**
 * The plan's structure, without an engine: shapes, addresses, names, ownership markers, and the
 * formula rules (no AICOST. functions, no constants but the structural 0 and 1 on the sheets
 * that compute).
 */
import { describe, expect, it } from "vitest";
import { FIGURES, INPUT_IDS, INPUT_SPECS, OUTPUT_IDS } from "../../src/model";
import { TWINS } from "../../src/model/twins";
import {
  buildPlan,
  cellAddress,
  columnLetters,
  inputName,
  PLAN_VERSION,
  isFormula,
  ownershipMarkerName,
  parseCellAddress,
  rangeAddress,
  textNeedsQuote,
  typedInput,
  type PlanCell,
  type PlanName,
  type WorkbookPlan,
} from "../../src/workbook";
import { LAYOUT_STAMP_NAME } from "../../src/workbook/names";
import { LATER_LAYOUT, LATER_VERSION, laterPlan, NEW_INPUT } from "../fixtures/laterLayout";
import { OLDER_LAYOUTS, olderLayoutPlan } from "../fixtures/layouts";
import { numericConstants } from "./formulaTokens";

const plan = buildPlan();

function formulasOf(p: WorkbookPlan, sheetKey?: string): string[] {
  const fromSheets = p.sheets
    .filter((s) => sheetKey === undefined || s.key === sheetKey)
    .flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()))
    .filter(isFormula)
    .map((c) => c.formula);
  const fromTables = p.tables
    .filter((t) => sheetKey === undefined || t.sheet === sheetKey)
    .flatMap((t) => t.rows.flat())
    .filter(isFormula)
    .map((c) => c.formula);
  return [...fromSheets, ...fromTables];
}

/** Every occupied cell of a sheet as "row,column", to find overlaps. */
function occupied(p: WorkbookPlan, key: string): string[] {
  const sheet = p.sheets.find((s) => s.key === key);
  const cells: string[] = [];
  for (const b of sheet?.blocks ?? []) {
    b.cells.forEach((r, i) => r.forEach((_, j) => cells.push(`${b.row + i},${b.column + j}`)));
  }
  for (const t of p.tables.filter((t) => t.sheet === key)) {
    for (let i = 0; i <= t.rows.length; i++) {
      t.columns.forEach((_, j) => cells.push(`${t.headerRow + i},${t.column + j}`));
    }
  }
  return cells;
}

describe("the plan's shape", () => {
  it("has the nine sheets in tab order, each with a title in A1", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
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
    for (const sheet of plan.sheets) {
      expect(sheet.blocks.find((b) => b.row === 0 && b.column === 0)?.cells[0]?.[0]).toMatch(
        /^AI Cost Scenarios/
      );
    }
  });

  it("writes every block as a rectangle whose address and formats match its cells", () => {
    for (const sheet of plan.sheets) {
      for (const b of sheet.blocks) {
        const width = b.cells[0]?.length ?? 0;
        expect(b.cells.every((r) => r.length === width)).toBe(true);
        expect(b.numberFormats.length).toBe(b.cells.length);
        expect(b.numberFormats.every((r) => r.length === width)).toBe(true);
        expect(b.address).toBe(rangeAddress(b.row, b.column, b.cells.length, width));
      }
    }
  });

  it("never writes one cell twice on a sheet (blocks and tables do not overlap)", () => {
    for (const sheet of plan.sheets) {
      const cells = occupied(plan, sheet.key);
      expect(new Set(cells).size, sheet.name).toBe(cells.length);
    }
  });

  it("puts the article's figures in three tables, one row per figure, sentence verbatim", () => {
    const figureTables = plan.tables.filter((t) => t.sheet === "figures");
    expect(figureTables.map((t) => t.name)).toEqual([
      "ArticleCosts",
      "ArticleFunding",
      "ArticleCapex",
    ]);
    expect(figureTables[0]?.columns.map((c) => c.key)).toEqual([
      "id",
      "who",
      "what",
      "low",
      "high",
      "unit",
      "period",
      "qualifier",
      "sentence",
      "overridden",
    ]);
    const rows = figureTables.flatMap((t) => t.rows);
    expect(rows.map((r) => r[0])).toEqual(FIGURES.map((f) => f.id));
    rows.forEach((r, i) => {
      const f = FIGURES[i];
      expect(r[3]).toBe(f?.low);
      expect(r[4]).toBe(f?.high);
      expect(r[8]).toBe(f?.sentence);
      expect(r[9]).toBe(false);
    });
    for (const t of figureTables) {
      expect(t.address).toBe(
        rangeAddress(t.headerRow, t.column, t.rows.length + 1, t.columns.length)
      );
      expect(t.numberFormats.map((r) => r.length)).toEqual(t.rows.map(() => t.columns.length));
    }
  });

  it("starts the scenarios table with the article's low, mid and high, one column per input", () => {
    const table = plan.tables.find((t) => t.key === "scenarios");
    expect(table?.rows.map((r) => r[0])).toEqual(["Article low", "Article mid", "Article high"]);
    // One column per input, in slot order (an input's column never moves).
    const bySlot = [...INPUT_SPECS].sort((a, b) => a.slot - b.slot);
    expect(plan.scenarios.columns).toEqual(["name", "note", ...bySlot.map((s) => s.id)]);
    expect(table?.columns.map((c) => c.key)).toEqual(plan.scenarios.columns);
    expect(plan.scenarios.capacity).toBe(20);
    const mid = table?.rows[1];
    bySlot.forEach((s, i) => expect(mid?.[2 + i]).toBe(s.base));
  });
});

describe("names and the address map", () => {
  it("names every input and output cell, at the address the map gives", () => {
    for (const id of INPUT_IDS) {
      const cell = plan.inputCells[id];
      const name = plan.names.find((n) => n.name === cell.name);
      expect(name?.kind).toBe("input");
      expect(name?.formula).toBe(`='Inputs'!${cellAddress(cell.row, cell.column, true)}`);
      expect(cell.address).toBe(cellAddress(cell.row, cell.column));
    }
    for (const id of OUTPUT_IDS) {
      const cell = plan.outputCells[id];
      expect(plan.names.find((n) => n.name === cell.name)?.formula).toBe(
        `='Model'!${cellAddress(cell.row, cell.column, true)}`
      );
    }
    expect(plan.names.find((n) => n.name === plan.masterCheck.name)?.kind).toBe("check");
  });

  it("types each input's starting value into its cell as a constant", () => {
    const inputs = plan.sheets.find((s) => s.key === "inputs");
    for (const spec of INPUT_SPECS) {
      const cell = plan.inputCells[spec.id];
      const block = inputs?.blocks.find(
        (b) => b.column === cell.column && b.row <= cell.row && cell.row < b.row + b.cells.length
      );
      expect(block?.analystData).toBe(true);
      expect(block?.cells[cell.row - (block?.row ?? 0)]?.[0]).toBe(spec.base);
    }
  });

  it("uses unique names that look like no cell reference", () => {
    const names = [
      ...plan.names.map((n) => n.name),
      ...plan.ownership.map((m) => m.markerName),
      ...plan.tables.map((t) => t.name),
    ];
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/); // A1-style
      expect(name).not.toMatch(/^[rRcC]$|^R\d*C\d*$/i); // R1C1-style
    }
  });

  it("lists the LAMBDA twins as optional names", () => {
    const twins = plan.names.filter((n) => n.kind === "twin");
    expect(twins.map((t) => t.name)).toEqual(TWINS.map((t) => t.name));
    for (const t of twins) {
      expect(t.requires).toBe("lambda");
      expect(t.formula).toMatch(/^=LAMBDA\(/);
    }
    expect(buildPlan({ twins: [] }).names.some((n) => n.kind === "twin")).toBe(false);
  });

  it("points every name at a reference or a LAMBDA, the only things IronCalc accepts", () => {
    for (const n of [...plan.names, ...plan.ownership]) {
      expect(n.formula).toMatch(/^=('[^']+'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?|LAMBDA\()/);
    }
  });
});

describe("ownership markers", () => {
  it("mark every sheet, table and name the add-in creates, and nothing else", () => {
    const expected = [
      ...plan.sheets.map((s) => ownershipMarkerName("SHEET", s.key)),
      ...plan.tables.map((t) => ownershipMarkerName("TABLE", t.key)),
      ...plan.names.map((n) => ownershipMarkerName("NAME", n.name)),
    ];
    expect(plan.ownership.map((m) => m.markerName).sort()).toEqual(expected.sort());
  });

  it("point a sheet's marker at its A1, so it follows a renamed sheet", () => {
    const marker = plan.ownership.find((m) => m.markerName === "AICOST_OWNS_SHEET_inputs");
    expect(marker?.formula).toBe("='Inputs'!$A$1");
  });

  it("write a twin's marker only where the twin is written", () => {
    for (const m of plan.ownership.filter((m) => TWINS.some((t) => m.key === t.name))) {
      expect(m.requires).toBe("lambda");
    }
  });
});

describe("the formulas", () => {
  it("never call the add-in's AICOST functions", () => {
    const all = [...formulasOf(plan), ...plan.names.map((n) => n.formula)];
    expect(all.length).toBeGreaterThan(300);
    for (const f of all) expect(f).not.toMatch(/AICOST\./i);
  });

  it("hold no constants but the structural 0 and 1 on the model, compare and checks sheets", () => {
    for (const key of ["model", "compare", "checks", "inputs"]) {
      for (const f of formulasOf(plan, key)) {
        for (const constant of numericConstants(f))
          expect(["0", "1"], `${key}: ${f}`).toContain(constant);
      }
    }
  });

  it("reach the inputs on the model sheet only through their names", () => {
    for (const f of formulasOf(plan, "model")) {
      expect(f).not.toMatch(/'?Inputs'?!/);
    }
  });

  it("use no structured references (IronCalc has no tables)", () => {
    for (const f of formulasOf(plan)) expect(f).not.toMatch(/\w\[|\[#/);
  });

  it("follow the sheet names the applier chooses, never the defaults", () => {
    const renamed = buildPlan({
      sheetNames: { inputs: "AI Inputs", model: "AI Model", figures: "AI Figures" },
    });
    const everything = JSON.stringify(renamed);
    expect(everything).not.toMatch(/'Inputs'!|'Model'!|'Figures'!/);
    expect(everything).toContain("'AI Inputs'!$B$5");
  });
});

describe("text cells", () => {
  it("are plain strings, so the article's sentences can never become formulas", () => {
    const figureCells: PlanCell[] = plan.tables.flatMap((t) => t.rows.flat());
    for (const f of FIGURES) expect(figureCells).toContain(f.sentence);
  });

  it("are typed with an apostrophe exactly when Excel would read them as something else", () => {
    for (const text of [
      "=1+1",
      "+5",
      "-3",
      "@x",
      "123",
      "1.5%",
      "$40",
      "TRUE",
      "false",
      "#N/A",
      "'x",
      " lead",
      "2026-01-01",
    ]) {
      expect(textNeedsQuote(text), text).toBe(true);
      expect(typedInput(text)).toBe(`'${text}`);
    }
    for (const text of ["never", "Article low", "OpenAI’s “Orion”", ""]) {
      expect(textNeedsQuote(text), text).toBe(false);
      expect(typedInput(text)).toBe(text);
    }
    expect(typedInput({ formula: "=A1" })).toBe("=A1");
    expect(typedInput(0.075)).toBe("0.075");
    expect(typedInput(false)).toBe("FALSE");
    expect(typedInput(null)).toBe("");
  });

  it("parse back from their addresses", () => {
    expect(parseCellAddress("$AB$12")).toEqual({ row: 11, column: 27 });
    expect(cellAddress(11, 27)).toBe("AB12");
  });
});

describe("the layout stamp", () => {
  it("says on the Checks sheet which layout built the workbook: a label in A3, the number in B3", () => {
    const checks = plan.sheets.find((s) => s.key === "checks");
    const stamp = checks?.blocks.find((b) => b.address === "A3:B3");
    expect(stamp?.cells[0]?.[0]).toMatch(
      /^Workbook layout, written by the AI Cost Scenarios add-in/
    );
    expect(stamp?.cells[0]?.[1]).toBe(PLAN_VERSION);
    expect(plan.version).toBe(PLAN_VERSION);
    expect(plan.layoutStamp?.address).toBe("B3");
  });

  it("is named AICOST_LayoutVersion (a reference, as IronCalc needs), with its ownership marker", () => {
    const name = plan.names.find((n) => n.name === LAYOUT_STAMP_NAME);
    expect(name).toMatchObject({ formula: "='Checks'!$B$3", kind: "stamp" });
    const marker = plan.ownership.find((m) => m.key === LAYOUT_STAMP_NAME);
    expect(marker?.formula).toBe("='Checks'!$B$3");
    expect(marker?.requires).toBeUndefined();
  });
});

/** Every cell a plan writes on a sheet (blocks, tables' headers and rows), by "row,column". */
function cellsOf(p: WorkbookPlan, key: string): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const b of p.sheets.find((s) => s.key === key)?.blocks ?? []) {
    b.cells.forEach((r, i) => r.forEach((c, j) => cells.set(`${b.row + i},${b.column + j}`, c)));
  }
  for (const t of p.tables.filter((t) => t.sheet === key)) {
    t.columns.forEach((c, j) => cells.set(`${t.headerRow},${t.column + j}`, c.header));
    t.rows.forEach((r, i) =>
      r.forEach((c, j) => cells.set(`${t.headerRow + 1 + i},${t.column + j}`, c))
    );
  }
  return cells;
}

/**
 * The rule of every layout change (plan.ts, "Layouts"), checked of a newer plan against an older
 * one: no cell, table, column or name of the older one moved, and every cell the newer one adds
 * where the older left room says which layout added it.
 */
function keepsTheOlderLayout(older: () => WorkbookPlan, newer: () => WorkbookPlan): void {
  it("is newer than the older layout", () => {
    expect(older().version).toBeLessThan(newer().version);
  });

  it("keeps every sheet, in the same order, under the same name", () => {
    const keys = new Set(older().sheets.map((s) => s.key));
    expect(
      newer()
        .sheets.filter((s) => keys.has(s.key))
        .map((s) => [s.key, s.name])
    ).toEqual(older().sheets.map((s) => [s.key, s.name]));
  });

  it("keeps every cell it wrote where it was (analysts' formulas use addresses like Inputs!B5)", () => {
    for (const sheet of older().sheets) {
      const now = cellsOf(newer(), sheet.key);
      for (const [at, cell] of cellsOf(older(), sheet.key)) {
        expect(now.has(at), `${sheet.name} ${at}`).toBe(true);
        if (cell === null) continue;
        // Formulas and labels may change; what the analyst can type stays a thing of the same kind.
        expect(typeof now.get(at), `${sheet.name} ${at}`).toBe(typeof cell);
      }
      const blocks = newer().sheets.find((s) => s.key === sheet.key)?.blocks ?? [];
      for (const b of sheet.blocks.filter((b) => b.analystData)) {
        expect(blocks.find((n) => n.address === b.address)?.analystData, b.address).toBe(true);
      }
    }
  });

  it("marks every cell the older left empty and the newer writes with the layout that added it", () => {
    const version = older().version;
    for (const sheet of newer().sheets) {
      const before = cellsOf(older(), sheet.key);
      for (const b of sheet.blocks) {
        const added = b.cells.some((r, i) =>
          r.some((_, j) => !before.has(`${b.row + i},${b.column + j}`))
        );
        if (added) expect(b.since, `${sheet.name} ${b.address}`).toBeGreaterThan(version);
        else expect(b.since ?? 1, `${sheet.name} ${b.address}`).toBeLessThanOrEqual(version);
      }
    }
  });

  it("keeps every table where it was, its columns in order under the same headers", () => {
    for (const t of older().tables) {
      const now = newer().tables.find((n) => n.key === t.key);
      expect(now).toMatchObject({
        name: t.name,
        sheet: t.sheet,
        headerRow: t.headerRow,
        column: t.column,
        capacity: t.capacity,
        analystData: t.analystData,
      });
      expect(now?.columns.slice(0, t.columns.length)).toEqual(t.columns);
      // A column added to the right says which layout added it, and what older rows get in it.
      for (const c of now?.columns.slice(t.columns.length) ?? []) {
        expect(c.since, c.key).toBeGreaterThan(older().version);
        expect(c.fill, c.key).toBeDefined();
      }
    }
  });

  it("keeps every name (and its ownership marker) on the same cells", () => {
    // By what they refer to; a comment may change, as a label may (the stamp's says its number).
    const place = ({ comment: _, ...rest }: PlanName): Omit<PlanName, "comment"> => rest;
    const now = new Map(newer().names.map((n) => [n.name, place(n)]));
    // An analysis sheet's name over one row per input (sens_Swing) grows down by the new rows.
    const grows = new Set(
      older()
        .names.filter(
          (n) => (n.kind === "analysis" || n.kind === "simulation") && n.formula.includes(":")
        )
        .map((n) => n.name)
    );
    const sameTop = (was: string, is: string, what: string): void => {
      const [a, b] = [headerRange(was), headerRange(is)];
      expect(b.start, what).toBe(a.start);
      expect(b.end.column, what).toBe(a.end.column);
      expect(b.end.row, what).toBeGreaterThanOrEqual(a.end.row);
    };
    for (const n of older().names) {
      const found = now.get(n.name);
      if (grows.has(n.name)) {
        expect(found?.kind, n.name).toBe(n.kind);
        sameTop(n.formula, found?.formula ?? "", n.name);
      } else expect(found, n.name).toEqual(place(n));
    }
    const markers = new Map(newer().ownership.map((m) => [m.markerName, m]));
    for (const m of older().ownership) {
      const marker = markers.get(m.markerName);
      if (m.kind === "NAME" && grows.has(m.key)) {
        sameTop(m.formula, marker?.formula ?? "", m.markerName);
        continue;
      }
      if (m.kind !== "TABLE") {
        expect(marker, m.markerName).toEqual(m);
        continue;
      }
      // A table's marker covers its header row, which grows to the right with a new column.
      const [was, now] = [headerRange(m.formula), headerRange(marker?.formula ?? "")];
      expect(now.start, m.markerName).toBe(was.start);
      expect(now.end.row, m.markerName).toBe(was.end.row);
      expect(now.end.column, m.markerName).toBeGreaterThanOrEqual(was.end.column);
    }
  });

  it("keeps the address map the hosts read and write by", () => {
    const [was, now] = [older(), newer()];
    expect(now.inputCells).toMatchObject(was.inputCells);
    expect(now.outputCells).toMatchObject(was.outputCells);
    expect(now.masterCheck).toEqual(was.masterCheck);
    const { columns, ...scenarios } = was.scenarios;
    expect(now.scenarios).toMatchObject(scenarios);
    expect(now.scenarios.columns.slice(0, columns.length)).toEqual(columns);
    expect(now.compare).toMatchObject(was.compare);
  });
}

describe.each(OLDER_LAYOUTS)("layout %i, as the fixture of that layout has it", (version) => {
  keepsTheOlderLayout(
    () => olderLayoutPlan(version),
    () => plan
  );
});

describe("a later layout with one more input and one more calculation line", () => {
  const later = laterPlan();
  keepsTheOlderLayout(
    () => plan,
    () => later
  );

  it("puts the new input's row below the inputs, its column right of the scenarios and the Compare sheet's", () => {
    const cell = later.inputCells[NEW_INPUT.id];
    const lastRow = Math.max(...Object.values(plan.inputCells).map((c) => c.row));
    expect(cell.address).toBe(cellAddress(lastRow + 1, 1));
    expect(later.names.find((n) => n.name === cell.name)?.formula).toBe(
      `='Inputs'!${cellAddress(cell.row, cell.column, true)}`
    );
    const table = later.tables.find((t) => t.key === "scenarios");
    expect(table?.columns.at(-1)).toMatchObject({
      key: NEW_INPUT.id,
      since: LATER_VERSION,
      fill: NEW_INPUT.base,
    });
    expect(later.scenarios.columns.at(-1)).toBe(NEW_INPUT.id);
    expect(later.compare.inputColumns[NEW_INPUT.id]).toBe(Math.max(...compareColumns()) + 1);
  });

  it("computes the new line on the Model sheet's next row, by name, and on Compare beside the new input", () => {
    const model = later.sheets.find((s) => s.key === "model");
    const rows = model?.blocks.map((b) => b.row) ?? [];
    const row = Math.max(...rows);
    const value = model?.blocks.find((b) => b.row === row && b.column === 1);
    expect(value?.since).toBe(LATER_VERSION);
    expect(value?.cells[0]?.[0]).toEqual({
      formula: `=in_FrontierAnnualSpendUsd*${inputName(NEW_INPUT.id)}`,
    });
    const compare = cellsOf(later, "compare");
    const column = later.compare.inputColumns[NEW_INPUT.id] + 1;
    const first = later.compare.firstRow;
    expect(compare.get(`${first},${column}`)).toEqual({
      formula: `=IF($B${first + 1}="","",$${columnLetters(later.compare.inputColumns.frontierAnnualSpendUsd)}${first + 1}*$${columnLetters(column - 1)}${first + 1})`,
    });
  });

  it("checks the new input below the figures' checks, within the master check", () => {
    const checks = cellsOf(later, "checks");
    const last = Math.max(...[...checks.keys()].map((at) => Number(at.split(",")[0])));
    expect(checks.get(`${last},0`)).toBe(`${NEW_INPUT.label} is a number within its range`);
    const master = checks.get(`${later.masterCheck.row},${later.masterCheck.column}`);
    expect(master).toEqual({ formula: `=AND(B7:B${last + 1})` });
  });

  it("refuses slots that an older layout's cells would move for", () => {
    const taken = { ...NEW_INPUT, slot: 3 };
    expect(() =>
      buildPlan({ layout: { ...LATER_LAYOUT, inputs: [...INPUT_SPECS, taken] } })
    ).toThrow(`slots must be 0 to ${INPUT_SPECS.length}, each once`);
    const older = { ...NEW_INPUT, since: undefined };
    const first = INPUT_SPECS.map((s) => (s.slot === 0 ? { ...s, since: LATER_VERSION } : s));
    expect(() => buildPlan({ layout: { ...LATER_LAYOUT, inputs: [...first, older] } })).toThrow(
      /comes from layout 1, older than slot/
    );
    expect(() => buildPlan({ layout: { ...LATER_LAYOUT, version: PLAN_VERSION } })).toThrow(
      /bump PLAN_VERSION/
    );
  });
});

/** The corners of a marker's "='Sheet'!$A$4:$L$4". */
function headerRange(formula: string): { start: string; end: { row: number; column: number } } {
  const [start = "", end = start] = formula.replace(/^='[^']+'!/, "").split(":");
  return { start, end: parseCellAddress(end) };
}

/** This layout's Compare columns (its header row's). */
function compareColumns(): number[] {
  const header = cellsOf(plan, "compare");
  return [...header.keys()]
    .filter((at) => at.startsWith(`${plan.compare.firstRow - 1},`))
    .map((at) => Number(at.split(",")[1]));
}

/** The plan of layout `version`: this one's, or its fixture once a later layout came. */
function layoutPlan(version: number): WorkbookPlan {
  return version === PLAN_VERSION ? plan : olderLayoutPlan(version);
}

describe("layout 2 against layout 1", () => {
  const two = layoutPlan(2);
  it("adds one name, the stamp, with its marker, and no sheet or table", () => {
    const older = olderLayoutPlan(1);
    const added = two.names.filter((n) => !older.names.some((o) => o.name === n.name));
    expect(added.map((n) => n.name)).toEqual([LAYOUT_STAMP_NAME]);
    expect(two.names.length).toBe(older.names.length + 1);
    expect(two.ownership.length).toBe(older.ownership.length + 1);
    expect(two.tables.length).toBe(older.tables.length);
  });

  it("adds two cells, the stamp's label and number, on the Checks sheet", () => {
    const older = olderLayoutPlan(1);
    const added = two.sheets.flatMap((s) => {
      const before = cellsOf(older, s.key);
      return [...cellsOf(two, s.key).keys()]
        .filter((at) => !before.has(at))
        .map((at) => `${s.name} ${at}`);
    });
    expect(added).toEqual(["Checks 2,0", "Checks 2,1"]);
  });
});
