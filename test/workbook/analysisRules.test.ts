/**
 * The analysis sheets keep to what every spreadsheet a colleague may open computes: Excel 2016,
 * LibreOffice and IronCalc. Every function their formulas call is in a short list all three
 * have (no AICOST custom function, no LAMBDA or LET, no dynamic-array function, nothing
 * volatile), no formula spills (#) or uses a structured reference, and every result the task
 * pane reads is a name whose prefix says where it lives.
 */
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/workbook";
import { isFormula, type SheetKey } from "../../src/workbook/plan";

const plan = buildPlan();
const ANALYSIS: readonly SheetKey[] = ["sensitivity", "map", "trials"];

/** Functions of Excel 2016 that LibreOffice 7.4 and IronCalc 0.8.4 compute alike. */
const PORTABLE = new Set([
  "ABS",
  "AND",
  "AVERAGE",
  "CHOOSE",
  "COUNT",
  "COUNTIF",
  "EXP",
  "IF",
  "INDEX",
  "INT",
  "ISERROR",
  "ISNUMBER",
  "ISTEXT",
  "LN",
  "MATCH",
  "MAX",
  "MIN",
  "NA",
  "OR",
  "PERCENTILE.INC",
  "SIGN",
  "SQRT",
  "SUM",
  "SUMPRODUCT",
]);

function formulasOf(key: SheetKey): string[] {
  const sheet = plan.sheets.find((s) => s.key === key);
  return (sheet?.blocks ?? []).flatMap((b) =>
    b.cells.flatMap((row) => row.flatMap((c) => (isFormula(c) ? [c.formula] : [])))
  );
}

/** The functions a formula calls (text in quotes left out). */
function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => (m[1] ?? "").toUpperCase());
}

describe.each(ANALYSIS)("the %s sheet's formulas", (key) => {
  const formulas = formulasOf(key);

  it("are there (the sheet computes)", () => {
    expect(formulas.length).toBeGreaterThan(100);
  });

  it("call only functions Excel 2016, LibreOffice and IronCalc all compute", () => {
    const used = new Set(formulas.flatMap(functionsIn));
    expect([...used].filter((f) => !PORTABLE.has(f))).toEqual([]);
    // The scan sees calls: the model's own functions are among them.
    expect(used.has("SIGN") && used.has("IF")).toBe(true);
  });

  it("never spill, use a table's columns or reach another workbook", () => {
    const bare = (f: string): string =>
      f.replace(/"(?:[^"]|"")*"/g, '""').replace(/#(?:DIV\/0!|NUM!|N\/A|VALUE!)/g, "");
    const odd = formulas.filter((f) => /#|\[|AICOST/i.test(bare(f)));
    expect(odd).toEqual([]);
  });
});

describe("what the task pane reads from the analysis sheets", () => {
  const sheetName = (key: SheetKey): string => plan.sheets.find((s) => s.key === key)?.name ?? "";
  const where: [prefix: RegExp, key: SheetKey][] = [
    [/^sens_/, "sensitivity"],
    [/^map_/, "map"],
    [/^sim_/, "trials"],
    [/^in_\w+_Shape$/, "inputs"],
    [/^in_\w+_(Low|High)$/, "inputs"],
  ];

  it("is a name whose prefix says the sheet it lives on", () => {
    for (const [prefix, key] of where) {
      const names = plan.names.filter((n) => prefix.test(n.name));
      expect(names.length, String(prefix)).toBeGreaterThan(1);
      for (const n of names)
        expect(n.formula, n.name).toMatch(new RegExp(`^='${sheetName(key)}'!\\$`));
    }
  });

  it("covers the tornado, the map, the trials' summary and every input's cases and shape", () => {
    const names = new Set(plan.names.map((n) => n.name));
    for (const n of ["sens_RankedInput", "sens_RankedAtLow", "sens_RankedAtHigh", "sens_Base"])
      expect(names.has(n), n).toBe(true);
    for (const n of ["map_Values", "map_RowValues", "map_ColumnValues", "map_ArticleRow"])
      expect(names.has(n), n).toBe(true);
    for (const n of [
      "sim_Seed",
      "sim_Trials",
      "sim_Ready",
      "sim_RunwayAtEfficientYears_P5",
      "sim_RunwayAtEfficientYears_P95",
      "sim_BreakevenShare_Mean",
      "sim_ShortfallAtEfficient",
      "sim_BinCount",
    ])
      expect(names.has(n), n).toBe(true);
    expect(plan.names.filter((n) => n.kind === "shape")).toHaveLength(
      Object.keys(plan.inputCells).length
    );
    expect(plan.names.filter((n) => n.kind === "case")).toHaveLength(
      2 * Object.keys(plan.inputCells).length
    );
  });
});
