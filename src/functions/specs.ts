/**
 * Every custom function as data: its argument rules (names, messages' labels, units,
 * defaults) and the model function it runs. functions.ts only wires these to Excel;
 * test/functions/ checks that functions.json declares the same parameters in the same order.
 */
import {
  annualSaving,
  breakevenShare,
  costRatio,
  runsFunded,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "../model";
import type { ArgRule } from "./coerce";
import { DEFAULT_BOUND, figureNumber, figureSentence } from "./figureLookup";
import type { NumberFunction, TextFunction } from "./runner";

/** Omitted growth and revenue are 0, as in the model's own defaults (runwayYears). */
const NO_GROWTH = { default: 0 };
const NO_REVENUE = { default: 0 };

const CASH: ArgRule = { name: "cash", label: "The cash", unit: "USD, 0 or more" };
const ANNUAL_BURN: ArgRule = {
  name: "annualBurn",
  label: "The annual burn",
  unit: "USD per year, 0 or more",
};
const BURN_GROWTH: ArgRule = {
  name: "burnGrowth",
  label: "The burn growth",
  unit: "share per year, above -1 (0.3 = +30% a year); omitted: 0",
  optional: NO_GROWTH,
};
const ANNUAL_REVENUE: ArgRule = {
  name: "annualRevenue",
  label: "The annual revenue",
  unit: "USD per year, 0 or more; omitted: 0",
  optional: NO_REVENUE,
};
const ANNUAL_SPEND: ArgRule = {
  name: "annualSpend",
  label: "The annual spend",
  unit: "USD per year, 0 or more",
};
const EFFICIENCY_SHARE: ArgRule = {
  name: "efficiencyShare",
  label: "The efficiency share",
  unit: "share from 0 to 1 (0.05 = 5%)",
};

export const RATIO: NumberFunction<ReturnType<typeof costRatio>> = {
  rules: [
    { name: "cost", label: "The cost", unit: "USD, 0 or more" },
    { name: "baseline", label: "The baseline", unit: "USD, above 0" },
  ],
  compute: costRatio,
};

export const BURN_YEARS: NumberFunction<ReturnType<typeof runwayYears>> = {
  rules: [CASH, ANNUAL_BURN, BURN_GROWTH, ANNUAL_REVENUE],
  compute: runwayYears,
};

export const BURN_MONTHS: NumberFunction<ReturnType<typeof runwayMonths>> = {
  rules: [CASH, ANNUAL_BURN, BURN_GROWTH, ANNUAL_REVENUE],
  compute: runwayMonths,
};

export const EQUIVALENT: NumberFunction<ReturnType<typeof spendAtEfficiency>> = {
  rules: [ANNUAL_SPEND, EFFICIENCY_SHARE],
  compute: spendAtEfficiency,
};

export const SAVINGS: NumberFunction<ReturnType<typeof annualSaving>> = {
  rules: [ANNUAL_SPEND, EFFICIENCY_SHARE],
  compute: annualSaving,
};

export const RUNS: NumberFunction<ReturnType<typeof runsFunded>> = {
  rules: [
    { name: "budget", label: "The budget", unit: "USD, 0 or more" },
    { name: "runCost", label: "The cost of one run", unit: "USD, above 0" },
  ],
  compute: runsFunded,
};

export const BREAKEVEN_SHARE: NumberFunction<ReturnType<typeof breakevenShare>> = {
  rules: [
    { ...CASH, unit: "USD, above 0" },
    { ...ANNUAL_SPEND, unit: "USD per year, above 0" },
    { name: "targetYears", label: "The target runway", unit: "years, above 0" },
    BURN_GROWTH,
    ANNUAL_REVENUE,
  ],
  compute: breakevenShare,
};

export const STAKE: NumberFunction<ReturnType<typeof stakeBought>> = {
  rules: [
    { name: "round", label: "The round", unit: "USD, 0 or more" },
    {
      name: "postMoneyValuation",
      label: "The post-money valuation",
      unit: "USD, above 0 and at least the round",
    },
  ],
  compute: stakeBought,
};

const FIGURE_ID: ArgRule = {
  name: "id",
  label: "The figure id",
  unit: "text, a figure id such as openai_funding_round",
};

export const FIGURE: TextFunction<ReturnType<typeof figureNumber>> = {
  rules: [
    FIGURE_ID,
    {
      name: "bound",
      label: "The bound",
      unit: "text: low, mid or high; omitted: mid",
      optional: { default: DEFAULT_BOUND },
    },
  ],
  compute: figureNumber,
};

export const SOURCE: TextFunction<ReturnType<typeof figureSentence>> = {
  rules: [FIGURE_ID],
  compute: figureSentence,
};

/** Every custom function's spec by its id in functions.json (the name after "AICOST."). */
export const SPECS_BY_ID: Readonly<
  Record<string, NumberFunction<unknown> | TextFunction<unknown>>
> = {
  RATIO,
  "BURN.YEARS": BURN_YEARS,
  "BURN.MONTHS": BURN_MONTHS,
  EQUIVALENT,
  SAVINGS,
  RUNS,
  "BREAKEVEN.SHARE": BREAKEVEN_SHARE,
  STAKE,
  FIGURE,
  SOURCE,
};
