// The HDR formula on IronCalc: every draw of hdrDraws() in one workbook, and each draw number
// k = u·2^32 − 0.5 (computed in the engine from the full u, so equal k means equal u to the
// last bit) equal to the model's.
import { describe, expect, it } from "vitest";
import { hdrUniformFormula } from "../../src/workbook/analysis/hdrFormula";
import { newEngineWorkbook } from "../support/ironcalc";
import { drawNumber, hdrDraws, modelUniform } from "./support/hdrDraws";

const DRAWS = hdrDraws();
/** 1-based columns: A..E the arguments, F the uniform, G its draw number. */
const U = 6;
const K = 7;
/** Excel's limit on a formula's length. */
const EXCEL_MAX_FORMULA_CHARS = 8_192;

describe("IronCalc computes the HDR formula exactly as the model", () => {
  it(`gives every one of the ${DRAWS.length} draws to the last bit`, () => {
    expect(DRAWS.length).toBeGreaterThanOrEqual(10_000);
    const model = newEngineWorkbook();
    model.pauseEvaluation();
    DRAWS.forEach((d, i) => {
      const row = i + 1;
      [d.trial, d.variable, d.entity, d.seed3, d.seed4].forEach((value, c) =>
        model.setUserInput(0, row, c + 1, String(value))
      );
      model.setUserInput(
        0,
        row,
        U,
        hdrUniformFormula({
          trial: `A${row}`,
          variable: `B${row}`,
          entity: `C${row}`,
          // The standard's optional seeds as cells only where a draw uses them.
          seed3: d.seed3 === 0 ? "0" : `D${row}`,
          seed4: d.seed4 === 0 ? "0" : `E${row}`,
        })
      );
      model.setUserInput(0, row, K, `=F${row}*4294967296-0.5`);
    });
    model.resumeEvaluation();
    model.evaluate();
    const wrong: string[] = [];
    DRAWS.forEach((d, i) => {
      // A whole number below 2^32 shows all its digits in the General format.
      const k = model.getFormattedCellValue(0, i + 1, K);
      const expected = drawNumber(modelUniform(d));
      if (k !== String(expected)) {
        wrong.push(`${JSON.stringify(d)}: ${k} vs ${expected}`);
      }
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 180_000);

  it("uses only + − × / and INT, and fits in an Excel cell", () => {
    const formula = hdrUniformFormula({ trial: "$A$1", variable: "B1", entity: "Inputs!C4" });
    expect(formula.startsWith("=")).toBe(true);
    expect([...formula.matchAll(/[A-Z][A-Z.]*(?=\()/g)].map((m) => m[0])).toSatisfy(
      (functions: string[]) => functions.every((f) => f === "INT")
    );
    expect(formula.length).toBeLessThan(EXCEL_MAX_FORMULA_CHARS);
    // Omitted seed3 and seed4 are the standard's 0: no reference to them at all.
    expect(formula).not.toMatch(/\*1796777|\*2299603|\*1918303|\*1624729/);
  });
});
