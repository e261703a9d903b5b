import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_INPUTS,
  evaluate,
  INPUT_IDS,
  INPUT_SPECS,
  inputSpec,
  isDomainError,
  NEVER,
  OUTPUT_IDS,
  OUTPUT_SPECS,
  outputSpec,
  scenarioAt,
  ScenarioInputs,
  validateInputs,
} from "../../src/model";

/** Any scenario the model accepts: every input within its range, the round within the valuation. */
const validScenario = fc
  .record(
    Object.fromEntries(
      INPUT_SPECS.map((s) => [s.id, fc.double({ min: s.min, max: s.max, noNaN: true })])
    ) as Record<keyof ScenarioInputs, fc.Arbitrary<number>>
  )
  .filter((s) => s.fundingUsd <= s.valuationUsd);

function num(x: unknown): number {
  if (typeof x !== "number")
    throw new Error(`expected a number, got ${String(isDomainError(x) ? x.message : x)}`);
  return x;
}
/** Runway as an ordered number: NEVER lasts longer than any number of years. */
function years(x: unknown): number {
  return x === NEVER ? Number.POSITIVE_INFINITY : num(x);
}

describe("the scenario's inputs", () => {
  it("start from the article: midpoints of its ranges", () => {
    expect(DEFAULT_INPUTS.frontierAnnualSpendUsd).toBe(7.5e9); // $7 to 8 billion
    expect(DEFAULT_INPUTS.efficiencyShare).toBeCloseTo(0.075, 15); // 5-10%
    expect(DEFAULT_INPUTS.frontierRunCostUsd).toBe(500e6);
    expect(DEFAULT_INPUTS.efficientRunCostUsd).toBe(6e6);
    expect(DEFAULT_INPUTS.fundingUsd).toBe(40e9);
    expect(DEFAULT_INPUTS.valuationUsd).toBe(300e9);
    expect(DEFAULT_INPUTS.capexUsd).toBe(80e9);
  });

  it("low and high are the article's ends; assumptions say they are not from the article", () => {
    expect(scenarioAt("low").efficiencyShare).toBe(0.05);
    expect(scenarioAt("high").efficiencyShare).toBe(0.1);
    expect(scenarioAt("low").frontierAnnualSpendUsd).toBe(7e9);
    expect(scenarioAt("high").frontierAnnualSpendUsd).toBe(8e9);
    for (const s of INPUT_SPECS) {
      expect(Boolean(s.figureId) !== Boolean(s.assumption)).toBe(true);
      expect(s.min).toBeLessThanOrEqual(s.low);
      expect(s.low).toBeLessThanOrEqual(s.base);
      expect(s.base).toBeLessThanOrEqual(s.high);
      expect(s.high).toBeLessThanOrEqual(s.max);
    }
    expect(inputSpec("efficiencyShare").max).toBe(1); // a share stops at 100%
    expect(inputSpec("spendGrowth").assumption).toMatch(/Not in the article/);
  });

  it("every input and output has a spec with a label and a unit", () => {
    expect(INPUT_SPECS.map((s) => s.id)).toEqual([...INPUT_IDS]);
    expect(OUTPUT_SPECS.map((s) => s.id)).toEqual([...OUTPUT_IDS]);
    expect(outputSpec("runwayAtFrontierYears").unit).toBe("years");
  });
});

describe("validateInputs", () => {
  it("accepts the defaults, low and high", () => {
    expect(validateInputs(DEFAULT_INPUTS)).toEqual([]);
    expect(validateInputs(scenarioAt("low"))).toEqual([]);
    expect(validateInputs(scenarioAt("high"))).toEqual([]);
  });

  it("names the input and the allowed range in the analyst's units", () => {
    const problems = validateInputs({ ...DEFAULT_INPUTS, efficiencyShare: 1.5 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.inputId).toBe("efficiencyShare");
    expect(problems[0]?.message).toBe(
      "Efficient lab's cost as a share must be between 0.5% and 100%; it is 150%."
    );
  });

  it.each([
    ["zero spend", { frontierAnnualSpendUsd: 0 }, "frontierAnnualSpendUsd"],
    ["negative run cost", { frontierRunCostUsd: -1 }, "frontierRunCostUsd"],
    ["NaN funding", { fundingUsd: Number.NaN }, "fundingUsd"],
    ["infinite capex", { capexUsd: Number.POSITIVE_INFINITY }, "capexUsd"],
    ["text in a number", { valuationUsd: "300" as unknown as number }, "valuationUsd"],
    ["growth of −100%", { spendGrowth: -1 }, "spendGrowth"],
    ["round above valuation", { fundingUsd: 100e9, valuationUsd: 50e9 }, "fundingUsd"],
  ])("refuses %s", (_name, change, inputId) => {
    const problems = validateInputs({ ...DEFAULT_INPUTS, ...change });
    expect(problems.map((p) => p.inputId)).toContain(inputId);
    for (const p of problems) expect(p.message).toMatch(/\.$/);
  });

  it("reports a missing input", () => {
    const { capexUsd: _dropped, ...rest } = DEFAULT_INPUTS;
    expect(validateInputs(rest)[0]).toEqual({
      inputId: "capexUsd",
      message: "AI infrastructure capex must be a number.",
    });
  });
});

describe("evaluate", () => {
  it("gives the article's results at its midpoints, worked by hand", () => {
    const out = evaluate(DEFAULT_INPUTS);
    expect(num(out.trainingCostRatio)).toBeCloseTo(6 / 500, 15); // $6M against $500M
    expect(num(out.spendAtEfficiencyUsd)).toBeCloseTo(7.5e9 * 0.075, 3); // $562.5M
    expect(num(out.annualSavingUsd)).toBeCloseTo(7.5e9 * 0.925, 2); // $6.9375B
    expect(num(out.runwayAtFrontierYears)).toBeCloseTo(40 / 7.5, 12); // 5.33 years
    expect(num(out.runwayAtEfficientYears)).toBeCloseTo(40 / 0.5625, 10); // 71.1 years
    expect(out.frontierRunsFunded).toBe(80); // 40,000 / 500
    expect(out.efficientRunsFunded).toBe(6666); // 40,000 / 6, whole runs
    expect(num(out.capexMultipleOfSpend)).toBeCloseTo(80 / 7.5, 12); // 10.67×
    expect(num(out.stakeBought)).toBeCloseTo(40 / 300, 15); // 13.3%
    expect(num(out.breakevenShare)).toBeCloseTo(4 / 7.5, 12); // 10 years needs $4B a year
  });

  it("low, base and high propagate in the expected direction", () => {
    const [low, mid, high] = (["low", "mid", "high"] as const).map((b) => evaluate(scenarioAt(b)));
    if (!low || !mid || !high) throw new Error("missing");
    // More spend: less runway, more spend at efficiency, a smaller goal-seek share.
    expect(years(low.runwayAtFrontierYears)).toBeGreaterThan(years(mid.runwayAtFrontierYears));
    expect(years(mid.runwayAtFrontierYears)).toBeGreaterThan(years(high.runwayAtFrontierYears));
    expect(num(low.spendAtEfficiencyUsd)).toBeLessThan(num(mid.spendAtEfficiencyUsd));
    expect(num(mid.spendAtEfficiencyUsd)).toBeLessThan(num(high.spendAtEfficiencyUsd));
    expect(num(low.breakevenShare)).toBeGreaterThan(num(high.breakevenShare));
    // High spend growth (+30%) at the high end shortens the runway further.
    expect(years(high.runwayAtFrontierYears)).toBeLessThan(40 / 8);
  });

  it("more spend never lengthens either runway", () => {
    fc.assert(
      fc.property(validScenario, fc.double({ min: 1, max: 2, noNaN: true }), (s, factor) => {
        const more = { ...s, frontierAnnualSpendUsd: s.frontierAnnualSpendUsd * factor };
        const a = evaluate(s);
        const b = evaluate(more);
        expect(years(b.runwayAtFrontierYears)).toBeLessThanOrEqual(
          years(a.runwayAtFrontierYears) * (1 + 1e-12)
        );
        expect(years(b.runwayAtEfficientYears)).toBeLessThanOrEqual(
          years(a.runwayAtEfficientYears) * (1 + 1e-12)
        );
      })
    );
  });

  it("a higher efficiency share spends more and saves less", () => {
    fc.assert(
      fc.property(validScenario, fc.double({ min: 0, max: 1, noNaN: true }), (s, t) => {
        const higher = { ...s, efficiencyShare: s.efficiencyShare + (1 - s.efficiencyShare) * t };
        expect(num(evaluate(higher).spendAtEfficiencyUsd)).toBeGreaterThanOrEqual(
          num(evaluate(s).spendAtEfficiencyUsd)
        );
        expect(num(evaluate(higher).annualSavingUsd)).toBeLessThanOrEqual(
          num(evaluate(s).annualSavingUsd)
        );
      })
    );
  });

  it("every valid scenario gives finite numbers, or never for a runway", () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const out = evaluate(s);
        for (const id of OUTPUT_IDS) {
          const v = out[id];
          const ok =
            (typeof v === "number" && Number.isFinite(v)) ||
            (v === NEVER && id.startsWith("runway"));
          expect(ok, `${id} = ${String(isDomainError(v) ? v.message : v)}`).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
  });
});
