/**
 * The stand-ins that let IronCalc compute AICOST.* cells in tests (test/support/addinFunctions.ts)
 * give what the custom functions give, so a frozen value in a test is the value Excel would show.
 */
import { describe, expect, it } from "vitest";
import { BOUNDS, FIGURES } from "../../../src/model";
import { figureNumber, figureSentence } from "../../../src/functions/figureLookup";
import { STAND_INS } from "../../support/addinFunctions";
import { newEngineWorkbook, readEngineCell } from "../../support/ironcalc";

function evaluate(formulas: readonly string[]): ReturnType<typeof readEngineCell>[] {
  const model = newEngineWorkbook();
  for (const s of STAND_INS) model.newDefinedName(s.name, null, s.formula);
  formulas.forEach((f, i) => model.setUserInput(0, i + 1, 1, f));
  model.evaluate();
  return formulas.map((_, i) => readEngineCell(model, 0, i + 1, 1));
}

describe("the AICOST stand-ins on IronCalc", () => {
  it("give every figure's low, mid and high as AICOST.FIGURE does, with ids in any case", () => {
    const cases = FIGURES.flatMap((f) => BOUNDS.map((b) => [f.id, b] as const));
    const values = evaluate(
      cases.map(([id, b]) => `=AICOST.FIGURE(" ${id.toUpperCase()} ","${b}")`)
    );
    cases.forEach(([id, b], i) =>
      expect(values[i], `${id} ${b}`).toEqual({ kind: "number", value: figureNumber(id, b) })
    );
    expect(evaluate(['=AICOST.FIGURE("openai_valuation")'])[0]).toEqual({
      kind: "number",
      value: figureNumber("openai_valuation", "mid"),
    });
  });

  it("give every sentence as AICOST.SOURCE does, and #N/A for an unknown id", () => {
    const values = evaluate([
      ...FIGURES.map((f) => `=AICOST.SOURCE("${f.id}")`),
      '=AICOST.SOURCE("nope")',
      '=AICOST.FIGURE("nope")',
    ]);
    FIGURES.forEach((f, i) =>
      expect(values[i]).toEqual({ kind: "text", value: figureSentence(f.id) })
    );
    expect(values.slice(-2)).toEqual([
      { kind: "error", value: "#N/A" },
      { kind: "error", value: "#N/A" },
    ]);
  });

  it("run the twins for the finance functions: the article's runway, 5.33 years", () => {
    const [years] = evaluate(["=AICOST.BURN.YEARS(40000000000,7500000000)"]);
    expect(years?.kind === "number" && Math.abs(years.value - 40 / 7.5) < 1e-12).toBe(true);
  });
});
