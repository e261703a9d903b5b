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
  isFormula,
  ownershipMarkerName,
  parseCellAddress,
  rangeAddress,
  textNeedsQuote,
  typedInput,
  type PlanCell,
  type WorkbookPlan,
} from "../../src/workbook";
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
  it("has the six sheets in tab order, each with a title in A1", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Inputs",
      "Model",
      "Compare",
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
    expect(plan.scenarios.columns).toEqual(["name", "note", ...INPUT_IDS]);
    expect(table?.columns.map((c) => c.key)).toEqual(plan.scenarios.columns);
    expect(plan.scenarios.capacity).toBe(20);
    const mid = table?.rows[1];
    INPUT_SPECS.forEach((s, i) => expect(mid?.[2 + i]).toBe(s.base));
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
