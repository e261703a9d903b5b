/**
 * The Trials part's words, pure: a seed or a count as typed, and the sentence of the middle 80%,
 * which says how many trials never run out (or give an error) when the percentiles leave some out.
 */
import { describe, expect, test } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import {
  distributionBars,
  middleRangeSentence,
  typedNumber,
} from "../../src/taskpane/analysis/trialsText";
import type { SimulationReadings } from "../../src/workbook/analysis/readings";
import { trialsMessages as m } from "../../src/workbook/messages";
import { articleSetup, modelSimulation } from "../support/modelAnalysis";

const article = modelSimulation(articleSetup(DEFAULT_INPUTS, { seed: 1, trials: 1_000 }));

/** The article's simulation with the runway at efficient spend's percentiles and counts replaced. */
function withRunway(
  p10: number | string,
  p90: number | string,
  never: number,
  errors = 0
): SimulationReadings {
  return {
    ...article,
    outputs: article.outputs.map((o) =>
      o.outputId !== "runwayAtEfficientYears"
        ? o
        : {
            ...o,
            percentiles: o.percentiles.map((q) =>
              q.p === 0.1 ? { ...q, value: p10 } : q.p === 0.9 ? { ...q, value: p90 } : q
            ),
            never,
            errors,
          }
    ),
  };
}

describe("typedNumber", () => {
  test("reads whole numbers with thousands separators and spaces", () => {
    expect(typedNumber("1,000")).toBe(1000);
    expect(typedNumber(" 20 261 204 ")).toBe(20_261_204);
    expect(typedNumber("2.5")).toBe(2.5);
    expect(typedNumber("-1")).toBe(-1);
  });
  test("is NaN for text that is not a number, and for an empty field", () => {
    for (const text of ["", "abc", "1e", "12abc", "0x10"])
      expect(typedNumber(text), text).toBeNaN();
  });
});

describe("middleRangeSentence", () => {
  test("says the 10th to 90th percentile of the runway at efficient spend", () => {
    expect(middleRangeSentence(withRunway(52.7312, 98.5, 0))).toBe(
      m.middleRange("80%", "52.73", "98.5 years")
    );
  });
  test("says first how many trials never run out or give an error", () => {
    expect(middleRangeSentence(withRunway(10, 20, 12, 3))).toBe(
      m.middleRangeOfNumbers(
        `${m.neverCount(12, 1000)}; ${m.errorCount(3, 1000)}`,
        "80%",
        "10",
        "20 years"
      )
    );
  });
  test("is undefined when a percentile is not a number", () => {
    expect(middleRangeSentence(withRunway("#NUM!", 20, 1000))).toBeUndefined();
  });
});

test("distributionBars: one bar per bin of numbers, its range and count said", () => {
  const bars = distributionBars(article);
  expect(bars).toHaveLength(20);
  expect(bars.reduce((n, b) => n + b.count, 0)).toBe(1000);
  expect(
    distributionBars({ ...article, bins: article.bins.map((b) => ({ ...b, middle: "#N/A" })) })
  ).toEqual([]);
});
