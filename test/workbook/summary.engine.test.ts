// The simulation's summary statistics are the sheet's: samples from simulate() written to
// IronCalc, and its PERCENTILE.INC, AVERAGE and SUMPRODUCT bin counts equal the model's to the
// last bit (read through the mantissa halves of support/summaryChecks.ts).
import { describe, expect, it } from "vitest";
import { newEngineWorkbook, type Model } from "../support/ironcalc";
import {
  halves,
  halvesFormulas,
  sampleColumns,
  simulation,
  SUMMARY_RUNS,
  summaryChecks,
  type Check,
} from "./support/summaryChecks";

/** Writes each check's formula and its reading, evaluates once, and lists the mismatches. */
function mismatches(model: Model, checks: readonly Check[]): string[] {
  model.pauseEvaluation();
  checks.forEach((c, i) => {
    const row = i + 1;
    model.setUserInput(0, row, 20, c.formula);
    const [hi, lo] = halvesFormulas(`T${row}`, c.expected);
    model.setUserInput(0, row, 21, hi);
    model.setUserInput(0, row, 22, lo);
  });
  model.resumeEvaluation();
  model.evaluate();
  return checks.flatMap((c, i) => {
    const row = i + 1;
    const shown = `${model.getFormattedCellValue(0, row, 21)} ${model.getFormattedCellValue(0, row, 22)}`;
    return shown === halves(c.expected) ? [] : [`${c.what}: ${shown} vs ${halves(c.expected)}`];
  });
}

describe("the summary on IronCalc equals the model's", () => {
  it.each(SUMMARY_RUNS)(
    "seed $seed, $trials trials: percentiles, mean and bins",
    ({ seed, trials }) => {
      const sim = simulation(seed, trials);
      const model = newEngineWorkbook();
      model.pauseEvaluation();
      sampleColumns(sim).forEach((values, c) =>
        values.forEach((v, t) => model.setUserInput(0, t + 1, c + 1, String(v)))
      );
      const checks = summaryChecks(sim);
      expect(mismatches(model, checks)).toEqual([]);
      // The reading can fail: a number one unit in the last place away shows other halves.
      const p50 = checks.find((c) => c.what === "runwayAtFrontierYears P0.5") as Check;
      const nextUp = p50.expected * (1 + Number.EPSILON);
      expect(nextUp).not.toBe(p50.expected);
      expect(mismatches(model, [{ ...p50, expected: nextUp }])).toHaveLength(1);
    }
  );
});
