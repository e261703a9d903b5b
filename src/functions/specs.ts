/**
 * Every custom function, one record each, keyed by its id (the name after "AICOST.", as
 * formulas and functions.json spell it): what Excel's help shows, its argument rules, its
 * model function, whether it takes ranges, and its worked example. functions.ts is generated
 * from these records (source.ts), the README sections from them and the twins (docs.ts);
 * the function's portable twin is the one in src/model/twins.ts mirroring the same model
 * function. README.md in this folder says how to add one.
 */
import {
  annualSaving,
  breakevenShare,
  costRatio,
  FIGURES,
  runsFunded,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "../model";
import type { ArgRule } from "./coerce";
import { DEFAULT_BOUND, figureNumber, figureSentence } from "./figureLookup";
import type { NumberFunction, TextFunction } from "./runner";

/** An argument as typed in a formula: a number, text, or an array constant {a;b} (a column). */
export type ExampleArg = number | string | readonly number[];

/** A worked example with the article's numbers: the README shows it, tests run it everywhere. */
export interface Example {
  readonly args: readonly ExampleArg[];
  /** What the cell shows: a number, text, or a column of numbers for a column argument. */
  readonly expected: number | string | readonly number[];
  /** Where the numbers come from, in the analyst's words. */
  readonly source: string;
}

interface Documented {
  /** Excel's help for the function: what it computes, then an example formula. */
  readonly description: string;
  /** Excel's help for the result. */
  readonly returns: string;
  readonly example: Example;
}

/**
 * One custom function. A number function may take ranges (`ranges`: every argument a cell or
 * a range, one result per cell); a text function reads its arguments as text. `result` is the
 * type Excel is told a single result has (number when absent).
 */
export type FunctionSpec =
  | (Documented & NumberFunction & { readonly ranges?: true; readonly result?: "number | string" })
  | (Documented & TextFunction & { readonly text: true; readonly result?: "string" });

const CASH: ArgRule = {
  name: "cash",
  unit: "USD, 0 or more",
  description: "Cash available, in USD (0 or more).",
};
const ANNUAL_BURN: ArgRule = {
  name: "annualBurn",
  unit: "USD per year, 0 or more",
  description: "Spend per year, in USD per year (0 or more).",
};
/** Omitted growth and revenue are 0, as in the model's own defaults (runwayYears). */
const BURN_GROWTH: ArgRule = {
  name: "burnGrowth",
  unit: "share per year, above -1 (0.3 = +30% a year); omitted: 0",
  description: "Growth of the burn, a share per year (0.3 = +30% a year; above -1). Omitted: 0.",
  optional: { default: 0 },
};
const ANNUAL_REVENUE: ArgRule = {
  name: "annualRevenue",
  unit: "USD per year, 0 or more; omitted: 0",
  description: "Revenue that offsets the burn, in USD per year (0 or more). Omitted: 0.",
  optional: { default: 0 },
};
const RUNWAY_ARGS = [CASH, ANNUAL_BURN, BURN_GROWTH, ANNUAL_REVENUE];
const ANNUAL_SPEND: ArgRule = {
  name: "annualSpend",
  unit: "USD per year, 0 or more",
  description: "The frontier lab's spend, in USD per year (0 or more); a cell or a range.",
};
const EFFICIENCY_SHARE: ArgRule = {
  name: "efficiencyShare",
  unit: "share from 0 to 1 (0.05 = 5%)",
  description: "The efficient lab's cost as a share from 0 to 1 (0.05 = 5%); a cell or a range.",
};
const FIGURE_ID: ArgRule = {
  name: "id",
  label: "The figure id",
  unit: "text, a figure id such as openai_funding_round",
  description:
    'The figure\'s id, as text, e.g. "openai_funding_round" (unknown ids give #N/A listing them all).',
};

export const SPECS = {
  RATIO: {
    description:
      "A cost as a share of a baseline cost (0.012 = 1.2%), cell by cell over ranges. =AICOST.RATIO(6000000, 500000000) gives 0.012.",
    returns: "The cost as a share of the baseline, as a decimal, one per cell.",
    ranges: true,
    rules: [
      {
        name: "cost",
        unit: "USD, 0 or more",
        description: "The cost to compare, in USD (0 or more); a cell or a range.",
      },
      {
        name: "baseline",
        unit: "USD, above 0",
        description: "The baseline cost, in USD (above 0; 0 gives #DIV/0!); a cell or a range.",
      },
    ],
    compute: costRatio,
    example: {
      args: [6e6, 500e6],
      expected: 6 / 500,
      source: "V3's $6M training run against Orion's $500M: 1.2%",
    },
  },
  "BURN.YEARS": {
    description:
      "Years the cash lasts at an annual burn that may grow and be offset by revenue. =AICOST.BURN.YEARS(40000000000, 7500000000) gives 5.33.",
    returns: 'Years until the cash is spent, or "never" when the burn never exhausts it.',
    result: "number | string",
    rules: RUNWAY_ARGS,
    compute: runwayYears,
    example: {
      args: [40e9, 7.5e9],
      expected: 40 / 7.5,
      source: "OpenAI's $40B round at $7.5B a year (the midpoint of $7-8B)",
    },
  },
  "BURN.MONTHS": {
    description:
      "Months the cash lasts: AICOST.BURN.YEARS × 12. =AICOST.BURN.MONTHS(40000000000, 7500000000) gives 64.",
    returns: 'Months until the cash is spent, or "never" when the burn never exhausts it.',
    result: "number | string",
    rules: RUNWAY_ARGS,
    compute: runwayMonths,
    example: {
      args: [40e9, 7.5e9],
      expected: (40 / 7.5) * 12,
      source: "the same runway in months: 5.33 years × 12",
    },
  },
  EQUIVALENT: {
    description:
      "What the efficient lab spends for the same work: spend × efficiency share, cell by cell. =AICOST.EQUIVALENT(7500000000, 0.075) gives 562,500,000.",
    returns: "Spend at that efficiency, in USD per year, one per cell.",
    ranges: true,
    rules: [ANNUAL_SPEND, EFFICIENCY_SHARE],
    compute: spendAtEfficiency,
    example: {
      args: [7.5e9, 0.075],
      expected: 7.5e9 * 0.075,
      source: "R1 at 7.5% (the midpoint of 5-10%) of OpenAI's $7.5B a year",
    },
  },
  SAVINGS: {
    description:
      "The annual saving at an efficiency share: spend × (1 − share), cell by cell. =AICOST.SAVINGS(7500000000, 0.075) gives 6,937,500,000.",
    returns: "The saving, in USD per year, one per cell.",
    ranges: true,
    rules: [ANNUAL_SPEND, EFFICIENCY_SHARE],
    compute: annualSaving,
    example: {
      args: [7.5e9, 0.075],
      expected: 7.5e9 * (1 - 0.075),
      source: "what that efficiency saves each year: $7.5B × 92.5%",
    },
  },
  RUNS: {
    description:
      "Whole training runs a budget funds, cell by cell over run costs. =AICOST.RUNS(40000000000, 500000000) gives 80.",
    returns: "The number of whole runs, one per cell.",
    ranges: true,
    rules: [
      {
        name: "budget",
        unit: "USD, 0 or more",
        description: "The budget, in USD (0 or more); a cell or a range.",
      },
      {
        name: "runCost",
        label: "The cost of one run",
        unit: "USD, above 0",
        description:
          "The cost of one training run, in USD (above 0; 0 gives #DIV/0!); a cell or a range.",
      },
    ],
    compute: runsFunded,
    example: {
      args: [40e9, [500e6, 6e6]],
      expected: [80, Math.floor(40e9 / 6e6)],
      source: "Orion-sized ($500M) and V3-sized ($6M) runs the $40B round pays for",
    },
  },
  "BREAKEVEN.SHARE": {
    description:
      "The efficiency share at which the cash lasts exactly the target runway. =AICOST.BREAKEVEN.SHARE(40000000000, 7500000000, 10) gives 0.5333.",
    returns:
      "The share of the spend (0.5 = 50%) that lasts the target; above 1 when even full spend lasts longer.",
    rules: [
      { ...CASH, unit: "USD, above 0", description: "Cash available, in USD (above 0)." },
      {
        ...ANNUAL_SPEND,
        unit: "USD per year, above 0",
        description: "The spend at full cost, in USD per year (above 0; 0 gives #DIV/0!).",
      },
      {
        name: "targetYears",
        label: "The target runway",
        unit: "years, above 0",
        description: "The runway to reach, in years (above 0).",
      },
      BURN_GROWTH,
      ANNUAL_REVENUE,
    ],
    compute: breakevenShare,
    example: {
      args: [40e9, 7.5e9, 10],
      expected: 4 / 7.5,
      source: "the share of $7.5B a year at which $40B lasts ten years: $4B / $7.5B",
    },
  },
  STAKE: {
    description:
      "The stake a funding round buys at a post-money valuation. =AICOST.STAKE(40000000000, 300000000000) gives 0.1333.",
    returns: "The stake as a share (0.1333 = 13.3%).",
    rules: [
      {
        name: "round",
        unit: "USD, 0 or more",
        description: "The round, in USD (0 or more).",
      },
      {
        name: "postMoneyValuation",
        label: "The post-money valuation",
        unit: "USD, above 0 and at least the round",
        description: "The valuation including the round, in USD (above 0, at least the round).",
      },
    ],
    compute: stakeBought,
    example: {
      args: [40e9, 300e9],
      expected: 40 / 300,
      source: "$40B at a $300B valuation, taken as post-money",
    },
  },
  FIGURE: {
    description:
      'A figure from the article by id: its low end, midpoint or high end. =AICOST.FIGURE("openai_annual_operations") gives 7,500,000,000.',
    returns: "The figure in its own unit: USD, USD per year, or a share (0.05 = 5%).",
    text: true,
    rules: [
      FIGURE_ID,
      {
        name: "bound",
        unit: "text: low, mid or high; omitted: mid",
        description:
          'Which value of the figure\'s range, as text: "low", "mid" or "high". Omitted: "mid".',
        optional: { default: DEFAULT_BOUND },
      },
    ],
    compute: figureNumber,
    example: {
      args: ["r1_operating_cost_share", "high"],
      expected: 0.1,
      source: "the high end of R1's 5-10% of the operating cost",
    },
  },
  SOURCE: {
    description:
      'The article\'s sentence a figure comes from, verbatim, to cite it beside a formula. =AICOST.SOURCE("openai_funding_round").',
    returns: "The sentence, as text.",
    result: "string",
    text: true,
    rules: [FIGURE_ID],
    compute: figureSentence,
    example: {
      args: ["orion_training_cost"],
      expected: FIGURES.find((f) => f.id === "orion_training_cost")?.sentence ?? "",
      source: "the sentence the Orion figure comes from",
    },
  },
} satisfies Readonly<Record<string, FunctionSpec>>;

/** The records by id, for code that looks a function up by the id in a formula. */
export const SPECS_BY_ID: Readonly<Record<string, FunctionSpec>> = SPECS;
