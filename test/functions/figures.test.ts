/**
 * AICOST.FIGURE and AICOST.SOURCE: the article's figures and sentences by id, with #N/A that
 * lists every valid id when the id is unknown.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { figureNumber, figureSentence } from "../../src/functions/functions";
import { FIGURE_IDS, FIGURES } from "../../src/model";
import { callAsExcel, CallResult, installStandIn } from "./support/customFunctions";

beforeAll(() => installStandIn());

function call(fn: unknown, ...args: unknown[]): CallResult {
  return callAsExcel(fn, args);
}

describe("AICOST.FIGURE", () => {
  it("gives each figure's midpoint by default, and its low and high ends on request", () => {
    for (const f of FIGURES) {
      const mid = call(figureNumber, f.id, null) as { value: number };
      expect(mid.value).toBeCloseTo((f.low + f.high) / 2, 12);
      expect(call(figureNumber, f.id, "low")).toEqual({ value: f.low });
      expect(call(figureNumber, f.id, "high")).toEqual({ value: f.high });
    }
  });

  it("gives $7.5B for OpenAI's $7-8B a year, and 0.05 for the low end of R1's 5-10%", () => {
    expect(call(figureNumber, "openai_annual_operations")).toEqual({ value: 7.5e9 });
    expect(call(figureNumber, "r1_operating_cost_share", "low")).toEqual({ value: 0.05 });
    // The midpoint as a cell holds it (15 digits), not binary's 0.07500000000000001.
    expect(call(figureNumber, "r1_operating_cost_share")).toEqual({ value: 0.075 });
  });

  it("matches ids and bounds as Excel matches text: case and surrounding spaces ignored", () => {
    expect(call(figureNumber, " OpenAI_Funding_Round ", "HIGH")).toEqual({ value: 40e9 });
  });

  it("gives #N/A listing every valid id for an unknown id, and for a missing one", () => {
    for (const id of ["orion", null, 42]) {
      const result = call(figureNumber, id);
      expect("error" in result && result.error.code).toBe("#N/A");
      for (const valid of FIGURE_IDS)
        expect("error" in result && result.error.message).toContain(valid);
    }
  });

  it("gives #VALUE! for a bound other than low, mid or high", () => {
    const result = call(figureNumber, "openai_valuation", "middle");
    expect("error" in result && `${result.error.code}: ${result.error.message}`).toBe(
      '#VALUE!: The bound must be low, mid or high; it is "middle".'
    );
  });
});

describe("AICOST.SOURCE", () => {
  it("gives the article's sentence for every figure, verbatim", () => {
    for (const f of FIGURES) expect(call(figureSentence, f.id)).toEqual({ value: f.sentence });
  });

  it("gives #N/A listing the ids for an unknown id", () => {
    const result = call(figureSentence, "deepseek");
    expect("error" in result && result.error.message).toContain(
      `No figure has the id "deepseek". The ids are: ${FIGURE_IDS.join(", ")}.`
    );
  });
});
