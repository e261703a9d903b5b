import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_SENSITIVITY_OUTPUT,
  evaluate,
  INPUT_SPECS,
  isDomainError,
  NEVER,
  OUTPUT_IDS,
  outputSpec,
  sensitivity,
  swingOf,
  type ScenarioCases,
  type Swing,
} from "../../src/model";
import { DomainError } from "../../src/model/errors";

/** The scan order the ranking promises: unbounded, numbers from the largest, errors. */
function orderOf(s: Swing): number {
  return s === "unbounded" ? Infinity : s === "error" ? -Infinity : s;
}

describe("sensitivity (the tornado)", () => {
  it("defaults to runway at efficient spend", () => {
    expect(DEFAULT_SENSITIVITY_OUTPUT).toBe("runwayAtEfficientYears");
    expect(OUTPUT_IDS).toContain(DEFAULT_SENSITIVITY_OUTPUT);
    expect(outputSpec(DEFAULT_SENSITIVITY_OUTPUT).unit).toBe("years");
    expect(sensitivity().outputId).toBe("runwayAtEfficientYears");
  });

  it("gives each row the whole model with one input at its case, the others at their values", () => {
    const result = sensitivity();
    expect(result.base).toBe(evaluate(DEFAULT_INPUTS).runwayAtEfficientYears);
    expect(result.rows.map((r) => r.inputId).sort()).toEqual(INPUT_SPECS.map((s) => s.id).sort());
    for (const row of result.rows) {
      const { low, high } = DEFAULT_CASES[row.inputId];
      expect(row.atLow).toEqual(
        evaluate({ ...DEFAULT_INPUTS, [row.inputId]: low }).runwayAtEfficientYears
      );
      expect(row.atHigh).toEqual(
        evaluate({ ...DEFAULT_INPUTS, [row.inputId]: high }).runwayAtEfficientYears
      );
    }
  });

  it("swings the article's efficiency share from 5% to 10%: $40B lasts 106.7 then 53.3 years", () => {
    const row = sensitivity().rows.find((r) => r.inputId === "efficiencyShare");
    // The article: $40B over 5% and 10% of $7.5B a year.
    expect(row?.atLow).toBeCloseTo(40 / (7.5 * 0.05), 10);
    expect(row?.atHigh).toBeCloseTo(40 / (7.5 * 0.1), 10);
    expect(row?.swing).toBeCloseTo(40 / 0.375 - 40 / 0.75, 10);
  });

  it("ranks a runway that becomes never first (unbounded), unmoved inputs by INPUT_SPECS order", () => {
    const rows = sensitivity().rows;
    // Revenue's high case ($3.75B) exceeds the efficient spend ($562.5M): the cash never runs out.
    expect(rows[0]).toMatchObject({
      inputId: "annualRevenueUsd",
      atHigh: NEVER,
      swing: "unbounded",
      rank: 1,
    });
    const unmoved = rows.filter((r) => r.swing === 0).map((r) => r.inputId);
    const specOrder = INPUT_SPECS.map((s) => s.id).filter((id) => unmoved.includes(id));
    expect(unmoved).toEqual(specOrder);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
  });

  it("ranks a row with an error at either end last, and never gives NaN", () => {
    // A valuation case below the $40B round: the stake is an error (#NUM!) at that end.
    const cases: ScenarioCases = { ...DEFAULT_CASES, valuationUsd: { low: 30e9, high: 330e9 } };
    const rows = sensitivity("stakeBought", DEFAULT_INPUTS, cases).rows;
    const last = rows[rows.length - 1];
    expect(last?.inputId).toBe("valuationUsd");
    expect(last?.swing).toBe("error");
    expect(isDomainError(last?.atLow)).toBe(true);
  });

  it("says how two ends make a swing", () => {
    const error = new DomainError("num", "x");
    expect(swingOf(3, 5)).toBe(2);
    expect(swingOf(5, 3)).toBe(2);
    expect(swingOf(NEVER, NEVER)).toBe(0);
    expect(swingOf(4, NEVER)).toBe("unbounded");
    expect(swingOf(NEVER, error)).toBe("error");
  });

  /** Any case the model accepts: each end within the input's min..max. */
  const anyCases = fc.record(
    Object.fromEntries(
      INPUT_SPECS.map((s) => [
        s.id,
        fc
          .tuple(
            fc.double({ min: s.min, max: s.max, noNaN: true }),
            fc.double({ min: s.min, max: s.max, noNaN: true })
          )
          .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
      ])
    ) as Record<keyof ScenarioCases, fc.Arbitrary<{ low: number; high: number }>>
  );
  it("is ranked for any cases and any output: non-increasing swings, ties in INPUT_SPECS order", () => {
    fc.assert(
      fc.property(anyCases, fc.constantFrom(...OUTPUT_IDS), (cases, outputId) => {
        const rows = sensitivity(outputId, DEFAULT_INPUTS, cases).rows;
        const index = (id: string): number => INPUT_SPECS.findIndex((s) => s.id === id);
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [rows[i - 1]!, rows[i]!];
          expect(orderOf(a.swing)).toBeGreaterThanOrEqual(orderOf(b.swing));
          if (orderOf(a.swing) === orderOf(b.swing))
            expect(index(a.inputId)).toBeLessThan(index(b.inputId));
        }
        for (const r of rows) {
          if (typeof r.swing === "number")
            expect(Number.isFinite(r.swing) && r.swing >= 0).toBe(true);
          expect(Number.isNaN(r.atLow) || Number.isNaN(r.atHigh)).toBe(false);
        }
      }),
      { numRuns: 200 }
    );
  });
});
