/**
 * One worked example per custom function, with the article's numbers: the README table is
 * generated from these (docs.ts), and test/functions/readme.test.ts calls every function on
 * its example, as Excel would, and every twin on IronCalc, so the docs cannot drift.
 *
 * Expected values are written as the arithmetic that gives them, with their source.
 */
import { FIGURES } from "../model";

/** An argument as typed in a formula: a number, text, or an array constant {a;b} (a column). */
export type ExampleArg = number | string | readonly number[];

export interface Example {
  /** The custom function's id: the name after "AICOST.". */
  readonly id: string;
  readonly args: readonly ExampleArg[];
  /** What the cell shows: a number, text, or a column of numbers for a column argument. */
  readonly expected: number | string | readonly number[];
  /** Where the numbers come from, in the analyst's words. */
  readonly source: string;
}

const ORION_SENTENCE = FIGURES.find((f) => f.id === "orion_training_cost")?.sentence ?? "";

export const EXAMPLES: readonly Example[] = [
  {
    id: "RATIO",
    args: [6e6, 500e6],
    expected: 6 / 500,
    source: "V3's $6M training run against Orion's $500M: 1.2%",
  },
  {
    id: "BURN.YEARS",
    args: [40e9, 7.5e9],
    expected: 40 / 7.5,
    source: "OpenAI's $40B round at $7.5B a year (the midpoint of $7-8B)",
  },
  {
    id: "BURN.MONTHS",
    args: [40e9, 7.5e9],
    expected: (40 / 7.5) * 12,
    source: "the same runway in months: 5.33 years × 12",
  },
  {
    id: "EQUIVALENT",
    args: [7.5e9, 0.075],
    expected: 7.5e9 * 0.075,
    source: "R1 at 7.5% (the midpoint of 5-10%) of OpenAI's $7.5B a year",
  },
  {
    id: "SAVINGS",
    args: [7.5e9, 0.075],
    expected: 7.5e9 * (1 - 0.075),
    source: "what that efficiency saves each year: $7.5B × 92.5%",
  },
  {
    id: "RUNS",
    args: [40e9, [500e6, 6e6]],
    expected: [80, Math.floor(40e9 / 6e6)],
    source: "Orion-sized ($500M) and V3-sized ($6M) runs the $40B round pays for",
  },
  {
    id: "BREAKEVEN.SHARE",
    args: [40e9, 7.5e9, 10],
    expected: 4 / 7.5,
    source: "the share of $7.5B a year at which $40B lasts ten years: $4B / $7.5B",
  },
  {
    id: "STAKE",
    args: [40e9, 300e9],
    expected: 40 / 300,
    source: "$40B at a $300B valuation, taken as post-money",
  },
  {
    id: "FIGURE",
    args: ["r1_operating_cost_share", "high"],
    expected: 0.1,
    source: "the high end of R1's 5-10% of the operating cost",
  },
  {
    id: "SOURCE",
    args: ["orion_training_cost"],
    expected: ORION_SENTENCE,
    source: "the sentence the Orion figure comes from",
  },
];
