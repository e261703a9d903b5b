/**
 * The twins as workbook names: valid Excel names that no cell reference or built-in function
 * can shadow, short enough for Name Manager, with the same arguments as the functions they
 * mirror, and working on text and ranges as Excel 365 would.
 */
import { describe, expect, it } from "vitest";
import * as finance from "../../src/model/finance";
import { TWINS, twinOf } from "../../src/model/twins";
import { newEngineWorkbook } from "../support/ironcalc";

/** Excel's limit on a defined name's comment. */
const MAX_COMMENT_CHARS = 255;
/** Excel's limit on a formula's length; a twin stays far below it (PLATFORM.md: keep them short). */
const MAX_TWIN_FORMULA_CHARS = 1024;

/** A1 references go up to XFD1048576; R1C1 references are R, C, R2, C3, R2C3. */
function looksLikeCellReference(name: string): boolean {
  return /^[a-z]{1,3}\d+$/i.test(name) || /^(r\d*|c\d*|r\d*c\d*)$/i.test(name);
}

/** The lower-case identifiers of a formula: its LAMBDA parameters and LET names (functions are upper-case). */
function localNames(formula: string): string[] {
  const withoutText = formula.replace(/"[^"]*"/g, "");
  return [...new Set(withoutText.match(/\b[a-z][a-z0-9_]*\b/g) ?? [])];
}

function evaluateOne(
  formula: string,
  names: readonly { name: string; formula: string }[] = TWINS
): string {
  const model = newEngineWorkbook();
  for (const n of names) model.newDefinedName(n.name, null, n.formula);
  model.setUserInput(0, 1, 1, formula);
  model.evaluate();
  return model.getFormattedCellValue(0, 1, 1);
}

describe("the twin names", () => {
  it("are dotted upper-case words that do not look like cell references", () => {
    for (const twin of TWINS) {
      expect(twin.name).toMatch(/^[A-Z]+(\.[A-Z]+)+$/);
      for (const part of twin.name.split("."))
        expect(looksLikeCellReference(part), twin.name).toBe(false);
    }
    expect(new Set(TWINS.map((t) => t.name)).size).toBe(TWINS.length);
  });

  it("are no built-in function of the engine: without the names, each call is #NAME?", () => {
    for (const twin of TWINS)
      expect(evaluateOne(`=${twin.name}(1,1)`, []), twin.name).toBe("#NAME?");
  });

  it("use parameter and LET names that are neither cell references nor R1C1 letters", () => {
    for (const twin of TWINS) {
      const names = localNames(twin.formula);
      expect(names, twin.name).toEqual(expect.arrayContaining(twin.params.map((p) => p.name)));
      for (const name of names)
        expect(looksLikeCellReference(name), `${twin.name}: ${name}`).toBe(false);
    }
  });

  it("fit Name Manager: a comment of at most 255 characters and a short formula without '='", () => {
    for (const twin of TWINS) {
      expect(twin.description.length, twin.name).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expect(twin.formula.length, twin.name).toBeLessThanOrEqual(MAX_TWIN_FORMULA_CHARS);
      expect(twin.formula.startsWith("LAMBDA("), twin.name).toBe(true);
    }
  });
});

describe("the twins' arguments", () => {
  it("are those of the model function: its required ones, then its optional ones", () => {
    for (const twin of TWINS) {
      const required = twin.params.filter((p) => !p.optional).length;
      // Function.length counts the parameters before the first default value.
      expect(required, twin.name).toBe(finance[twin.mirrors].length);
      expect(
        twin.params.slice(required).every((p) => p.optional),
        twin.name
      ).toBe(true);
    }
  });

  it("exist for the functions analysts use most: cost ratio, spend at efficiency and runway", () => {
    expect(twinOf("costRatio")?.name).toBe("COST.RATIO");
    expect(twinOf("spendAtEfficiency")?.name).toBe("SPEND.AT.EFFICIENCY");
    expect(twinOf("runwayYears")?.name).toBe("BURN.YEARS");
  });

  it("take numeric text and TRUE as Excel does, and give #VALUE! for other text", () => {
    expect(evaluateOne('=BURN.YEARS("40000000000","7500000000")')).toBe("5.333333333");
    expect(evaluateOne("=COST.RATIO(TRUE,2)")).toBe("0.5");
    expect(evaluateOne('=BURN.YEARS("forty billion",7500000000)')).toBe("#VALUE!");
    expect(evaluateOne('=COST.RATIO(6000000,"Orion")')).toBe("#VALUE!");
  });

  it("answer cell by cell on arrays: the runs $40B funds at Orion's $500M and V3's $6M, 80 + 6,666", () => {
    expect(evaluateOne("=SUM(RUNS.FUNDED(40000000000,{500000000,6000000}))")).toBe("6746");
    expect(evaluateOne("=SUM(COST.RATIO({1;2;3},2))")).toBe("3");
    // One bad cell is an error in that cell, which SUM then passes on.
    expect(evaluateOne("=SUM(COST.RATIO({1;2;-3},2))")).toBe("#NUM!");
  });
});
