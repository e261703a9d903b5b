import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakevenShare,
  DEFAULT_INPUTS,
  evaluate,
  goalSeek,
  inputSpec,
  NEVER,
  scanPoints,
  SCAN_POINTS,
  seek,
  type GoalSeekResult,
} from "../../src/model";

function found(r: GoalSeekResult): Extract<GoalSeekResult, { kind: "found" }> {
  if (r.kind !== "found") throw new Error(`expected a solution, got ${JSON.stringify(r)}`);
  return r;
}

const share = inputSpec("efficiencyShare");
const runwayAt = (s: number) =>
  evaluate({ ...DEFAULT_INPUTS, efficiencyShare: s }).runwayAtEfficientYears;

describe("goal seek", () => {
  it("finds the article's own case: the efficiency share for a ten-year runway is BREAKEVEN.SHARE", () => {
    const r = found(
      goalSeek({ outputId: "runwayAtEfficientYears", target: 10, inputId: "efficiencyShare" })
    );
    const expected = breakevenShare(40e9, 7.5e9, 10) as number; // the article: $40B, $7.5B a year
    expect(Math.abs(r.value - expected)).toBeLessThanOrEqual(4 * Number.EPSILON * expected);
    expect(r.value).toBeCloseTo(4 / 7.5, 14);
    expect(r.output).toBeCloseTo(10, 12);
    expect(r.solutions).toBe(1);
    expect(r.withinCases).toBe(false); // 53% is far above the article's 5-10%
  });

  /** Rounds and spends from $1B to $80B: the article's $40B and $7-8B well inside. */
  const MIN_USD = 1e9;
  const MAX_USD = 80e9;
  /** Growth up to +50% a year, beyond the +30% what-if. */
  const MAX_GROWTH = 0.5;
  /** Revenue up to $5B a year, so that some scenarios run next to "never". */
  const MAX_REVENUE_USD = 5e9;
  /** Targets up to the target runway input's own maximum. */
  const MAX_TARGET_YEARS = inputSpec("targetRunwayYears").max;
  it("agrees with BREAKEVEN.SHARE wherever it lies in range, growth and revenue included", () => {
    fc.assert(
      fc.property(
        fc.double({ min: MIN_USD, max: MAX_USD, noNaN: true }),
        fc.double({ min: MIN_USD, max: MAX_USD, noNaN: true }),
        fc.double({ min: 0, max: MAX_GROWTH, noNaN: true }),
        fc.double({ min: 0, max: MAX_REVENUE_USD, noNaN: true }),
        fc.double({ min: 1, max: MAX_TARGET_YEARS, noNaN: true }),
        (funding, spend, growth, revenue, target) => {
          const inputs = {
            ...DEFAULT_INPUTS,
            fundingUsd: funding,
            frontierAnnualSpendUsd: spend,
            spendGrowth: growth,
            annualRevenueUsd: revenue,
          };
          const expected = breakevenShare(funding, spend, target, growth, revenue);
          fc.pre(
            typeof expected === "number" &&
              expected > share.min * 1.01 &&
              expected < share.max * 0.99
          );
          const r = found(
            goalSeek({
              outputId: "runwayAtEfficientYears",
              target,
              inputId: "efficiencyShare",
              inputs,
            })
          );
          expect(Math.abs(r.value - (expected as number))).toBeLessThanOrEqual(
            1e-9 * (expected as number)
          );
        }
      ),
      { numRuns: 100 }
    );
  });

  it("reaches targets at the very ends of the range, at the ends", () => {
    const atMin = runwayAt(share.min) as number;
    const atMax = runwayAt(share.max) as number;
    expect(
      found(
        goalSeek({ outputId: "runwayAtEfficientYears", target: atMin, inputId: "efficiencyShare" })
      ).value
    ).toBe(share.min);
    expect(
      found(
        goalSeek({ outputId: "runwayAtEfficientYears", target: atMax, inputId: "efficiencyShare" })
      ).value
    ).toBe(share.max);
  });

  it("says when the target is beyond the range, and gives the end that comes closest", () => {
    const longest = runwayAt(share.min) as number;
    const shortest = runwayAt(share.max) as number;
    expect(
      goalSeek({
        outputId: "runwayAtEfficientYears",
        target: longest * 2,
        inputId: "efficiencyShare",
      })
    ).toEqual({
      kind: "unreachable",
      reason: "target above range",
      closestValue: share.min,
      closestOutput: longest,
    });
    expect(
      goalSeek({
        outputId: "runwayAtEfficientYears",
        target: shortest / 2,
        inputId: "efficiencyShare",
      })
    ).toMatchObject({
      kind: "unreachable",
      reason: "target below range",
      closestValue: share.max,
    });
  });

  it("says when the output does not move with the input, or matches the target everywhere", () => {
    expect(
      goalSeek({ outputId: "runwayAtEfficientYears", target: 10, inputId: "capexUsd" })
    ).toMatchObject({
      kind: "unreachable",
      reason: "flat",
    });
    const current = runwayAt(DEFAULT_INPUTS.efficiencyShare) as number;
    expect(
      goalSeek({ outputId: "runwayAtEfficientYears", target: current, inputId: "capexUsd" })
    ).toEqual({
      kind: "everywhere",
      value: DEFAULT_INPUTS.capexUsd,
      output: current,
    });
  });

  it("finds a runway next to never: with $3B of revenue, ten years need a 93.3% share", () => {
    const inputs = { ...DEFAULT_INPUTS, annualRevenueUsd: 3e9 };
    expect(evaluate({ ...inputs, efficiencyShare: 0.3 }).runwayAtEfficientYears).toBe(NEVER);
    const r = found(
      goalSeek({
        outputId: "runwayAtEfficientYears",
        target: 10,
        inputId: "efficiencyShare",
        inputs,
      })
    );
    // Net burn $4B a year lasts ten years: (4 + 3) / 7.5 of the spend.
    expect(r.value).toBeCloseTo(7 / 7.5, 12);
  });

  it("does not call a step over the target a solution: whole runs funded jump from 50 to 51", () => {
    expect(
      goalSeek({ outputId: "frontierRunsFunded", target: 50.5, inputId: "fundingUsd" })
    ).toMatchObject({
      kind: "unreachable",
      reason: "jumps over target",
    });
    const r = found(
      goalSeek({ outputId: "frontierRunsFunded", target: 50, inputId: "fundingUsd" })
    );
    expect(evaluate({ ...DEFAULT_INPUTS, fundingUsd: r.value }).frontierRunsFunded).toBe(50);
  });

  it("takes the solution nearest the current value when several reach the target (not monotonic)", () => {
    const parabola = (x: number) => (x - 3) ** 2; // 4 at x = 1 and x = 5
    const fromLow = found(seek(parabola, 4, 0, 10, 0.5));
    const fromHigh = found(seek(parabola, 4, 0, 10, 9));
    expect(fromLow.solutions).toBe(2);
    expect(fromLow.value).toBeCloseTo(1, 12);
    expect(fromHigh.value).toBeCloseTo(5, 12);
    // A dip between scan points still shows as two sign changes around its bottom.
    const wave = (x: number) => Math.sin(x);
    expect(found(seek(wave, 0.5, 0, 20, 0)).solutions).toBe(7);
  });

  it("treats errors as gaps and reports no number when nothing computes", () => {
    const error = evaluate({ ...DEFAULT_INPUTS, frontierRunCostUsd: 0 }).frontierRunsFunded;
    expect(seek(() => error, 1, 0, 1, 0.5)).toEqual({ kind: "unreachable", reason: "no number" });
    const half = (x: number) => (x < 0.5 ? error : x);
    expect(found(seek(half, 0.75, 0, 1, 0)).value).toBeCloseTo(0.75, 12);
  });

  it("scans evenly, and geometrically too over a range spanning a factor of ten", () => {
    expect(scanPoints(0, 1)).toHaveLength(SCAN_POINTS);
    const spend = inputSpec("frontierAnnualSpendUsd");
    const points = scanPoints(spend.min, spend.max);
    expect(points[0]).toBe(spend.min);
    expect(points.at(-1)).toBe(spend.max);
    expect(points.length).toBeGreaterThan(SCAN_POINTS);
    expect(points.filter((p) => p < spend.min * 2).length).toBeGreaterThan(10);
  });
});

describe("goal seek at the edges", () => {
  it("equals the workbook's own BREAKEVEN.SHARE output for the article's ten-year target", () => {
    // The Model sheet's breakeven cell is AICOST.BREAKEVEN.SHARE over the same inputs, and the
    // pane asks goal seek the question that cell answers: both must give the same share.
    const article = evaluate(DEFAULT_INPUTS);
    expect(DEFAULT_INPUTS.targetRunwayYears).toBe(10);
    const r = found(
      goalSeek({
        outputId: "runwayAtEfficientYears",
        target: DEFAULT_INPUTS.targetRunwayYears,
        inputId: "efficiencyShare",
      })
    );
    const cell = article.breakevenShare as number;
    expect(Math.abs(r.value - cell)).toBeLessThanOrEqual(4 * Number.EPSILON * cell);
  });

  it("refuses a target a hair beyond either end, naming that end as the closest", () => {
    const atMin = runwayAt(share.min) as number;
    const atMax = runwayAt(share.max) as number;
    const beyondTop = goalSeek({
      outputId: "runwayAtEfficientYears",
      target: atMin * (1 + 1e-6),
      inputId: "efficiencyShare",
    });
    expect(beyondTop).toEqual({
      kind: "unreachable",
      reason: "target above range",
      closestValue: share.min,
      closestOutput: atMin,
    });
    const beyondBottom = goalSeek({
      outputId: "runwayAtEfficientYears",
      target: atMax * (1 - 1e-6),
      inputId: "efficiencyShare",
    });
    expect(beyondBottom).toEqual({
      kind: "unreachable",
      reason: "target below range",
      closestValue: share.max,
      closestOutput: atMax,
    });
  });

  it("says flat for an output that stays put, whichever input of the runway is not in it", () => {
    // The runway depends on funding, spend, share, growth and revenue, not on the run costs.
    for (const inputId of ["frontierRunCostUsd", "efficientRunCostUsd", "valuationUsd"] as const) {
      const r = goalSeek({ outputId: "runwayAtEfficientYears", target: 10, inputId });
      expect(r).toMatchObject({ kind: "unreachable", reason: "flat" });
      if (r.kind === "unreachable")
        expect(r.closestOutput).toBe(runwayAt(DEFAULT_INPUTS.efficiencyShare));
    }
  });

  it("with three solutions, takes the middle one from a current value beside it, and counts three", () => {
    const cubic = (x: number) => (x - 1) * (x - 2) * (x - 3); // 0 at 1, 2 and 3
    const r = found(seek(cubic, 0, 0, 4, 2.2));
    expect(r.solutions).toBe(3);
    expect(r.value).toBeCloseTo(2, 12);
    expect(found(seek(cubic, 0, 0, 4, 3.9)).value).toBeCloseTo(3, 12);
  });
  it("counts a plateau on the target as one solution, and two plateaus as two", () => {
    // Whole steps, as whole runs funded: 3 on [3, 4), 7 on [7, 8); many scan points hit each.
    const steps = (x: number) => Math.floor(x);
    const one = found(seek(steps, 3, 0, 10, 0));
    expect(one.solutions).toBe(1);
    expect(one.value).toBeGreaterThanOrEqual(3);
    expect(one.value).toBeLessThan(4);
    const twoPlateaus = (x: number) => (x < 5 ? Math.floor(x) : Math.floor(10 - x));
    expect(found(seek(twoPlateaus, 3, 0, 10, 0)).solutions).toBe(2);
    // And the runway's own step: frontier runs the round funds over the run cost.
    const runs = goalSeek({
      outputId: "frontierRunsFunded",
      target: 50,
      inputId: "frontierRunCostUsd",
    });
    expect(found(runs).solutions).toBe(1);
  });
});
