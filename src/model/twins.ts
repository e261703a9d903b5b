/**
 * Portable twins: the finance functions as workbook-level LAMBDA names, so that
 * `=BURN.YEARS(...)` keeps working in Excel 365 / 2024 for a colleague without the add-in
 * (the add-in's own functions live under AICOST. and become #NAME? there). The workbook
 * layer writes each twin with workbook.names.add(name, "=" + formula, description).
 *
 * Each formula takes the same steps as the function it mirrors (finance.ts, precise.ts), so
 * test/functions/twins.test.ts can hold them to the same numbers on IronCalc:
 * - the same domain, checked in the same order, with the same Excel error: LN(0) is #NUM!,
 *   a division by a zero baseline is #DIV/0!, text where a number is due is #VALUE!;
 * - "never" exactly where the model returns NEVER;
 * - every comparison goes through SIGN, which is exact: spreadsheet engines compare numbers
 *   with a tolerance (Excel's = calls 0.1+0.2 and 0.3 equal; IronCalc even calls 1E-300<=0
 *   TRUE), while the model compares exactly, so a plain net_burn<=0 would turn a tiny burn
 *   into "never";
 * - conditions are added ((a)+(b)), not OR(...)-ed, so that a twin given ranges in
 *   Excel 365 still answers cell by cell, as the custom functions do;
 * - no constants but the finance's own: 0, 1, MONTHS_PER_YEAR and the text "never".
 * Names never look like cell references (A1, R1C1, r, c) and never match a built-in function.
 */
import { NEVER } from "./errors";
import * as finance from "./finance";
import { MONTHS_PER_YEAR } from "./finance";

/** The name of a function in finance.ts (not its constants). */
export type FinanceFunctionName = {
  [K in keyof typeof finance]: (typeof finance)[K] extends (...args: never[]) => unknown
    ? K
    : never;
}[keyof typeof finance];

export interface TwinParam {
  /** The LAMBDA parameter, in snake_case as Excel users write LET names. */
  readonly name: string;
  /** Optional parameters are written [name] and tested with ISOMITTED. */
  readonly optional: boolean;
}

export interface Twin {
  /** The workbook name analysts type: `=BURN.YEARS(...)`. */
  readonly name: string;
  /** The finance function it mirrors, argument for argument. */
  readonly mirrors: FinanceFunctionName;
  readonly params: readonly TwinParam[];
  /** The name's comment in Name Manager (Excel allows 255 characters). */
  readonly description: string;
  /** `LAMBDA(...)`, without the leading "=". */
  readonly formula: string;
}

/* Building blocks, each the Excel twin of a step in finance.ts or precise.ts. */

/** The #NUM! error, as Excel gives it for LN(0). */
const NUM_ERROR = "LN(0)";
const NEVER_TEXT = `"${NEVER}"`;

/* Exact comparisons (see above): x < 0, x ≤ 0, x = 0, x > 0. */
const isNegative = (x: string): string => `SIGN(${x})<0`;
const isNotPositive = (x: string): string => `SIGN(${x})<=0`;
const isZero = (x: string): string => `SIGN(${x})=0`;
const isPositive = (x: string): string => `SIGN(${x})>0`;

/** precise.ts lnOnePlusOverX(x) = ln(1+x)/x, with `w` the name for 1+x. */
function lnOnePlusOverX(x: string, w: string): string {
  return `LET(${w},1+${x},IF(${isZero(`${w}-1`)},1,LN(${w})/(${w}-1)))`;
}

/** precise.ts xOverExpMinusOne(x) = x/(e^x−1), with `u` the name for e^x (overflow: #NUM!, as the model). */
function xOverExpMinusOne(x: string, u: string): string {
  return `LET(${u},EXP(${x}),IF(${isZero(`${u}-1`)},1,IF(${isZero(u)},-${x},LN(${u})/(${u}-1))))`;
}

/** An optional parameter with its default, as `runwayYears(..., burnGrowth = 0, ...)`. */
function orDefault(param: string, fallback: string): string {
  return `IF(ISOMITTED(${param}),${fallback},${param})`;
}

/** Any of the conditions, cell by cell: (a)+(b)+... is non-zero when one holds. */
function anyOf(...conditions: string[]): string {
  return conditions.map((c) => `(${c})`).join("+");
}

function lambda(params: readonly TwinParam[], body: string): string {
  return `LAMBDA(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(",")},${body})`;
}

const p = (name: string): TwinParam => ({ name, optional: false });
const optional = (name: string): TwinParam => ({ name, optional: true });

const RUNWAY_PARAMS = [
  p("cash"),
  p("annual_burn"),
  optional("burn_growth"),
  optional("annual_revenue"),
];

/**
 * runwayYears, step for step: k = g·lnOnePlusOverX(g); x = C·k/N; x = 0 → C/N;
 * 1 + x ≤ 0 → "never"; else (C/N)·lnOnePlusOverX(x). Where Excel stops at an overflow in
 * C·k/N (#NUM!) the model has ±Infinity: a shrinking burn (x → −∞) is "never", a growing
 * one #NUM!, so ISERROR(x) follows the model there.
 */
const RUNWAY_YEARS_BODY =
  `LET(growth_rate,${orDefault("burn_growth", "0")},revenue,${orDefault("annual_revenue", "0")},` +
  `IF(${anyOf(isNegative("cash"), isNegative("annual_burn"), isNotPositive("1+growth_rate"), isNegative("revenue"))},${NUM_ERROR},` +
  `LET(net_burn,annual_burn-revenue,` +
  `IF(${isNotPositive("net_burn")},${NEVER_TEXT},` +
  `LET(log_growth,growth_rate*${lnOnePlusOverX("growth_rate", "grown")},scaled,cash*log_growth/net_burn,` +
  `IF(ISERROR(scaled),IF(${isNegative("growth_rate")},${NEVER_TEXT},${NUM_ERROR}),` +
  `IF(${isZero("scaled")},cash/net_burn,` +
  `IF(${isNotPositive("1+scaled")},${NEVER_TEXT},cash/net_burn*${lnOnePlusOverX("scaled", "inner")}))))))))`;

/**
 * breakevenShare, step for step: checks in the model's order (cash, then a zero spend as
 * #DIV/0!, then the rest); y = T·g·lnOnePlusOverX(g); N = C/T when y = 0, else
 * (C/T)·xOverExpMinusOne(y); share = (N + revenue) / spend.
 */
const BREAKEVEN_BODY =
  `LET(growth_rate,${orDefault("burn_growth", "0")},revenue,${orDefault("annual_revenue", "0")},` +
  `IF(${anyOf(isNotPositive("cash"), isNegative("annual_spend"))},${NUM_ERROR},` +
  `IF(${isZero("annual_spend")},cash/annual_spend,` +
  `IF(${anyOf(isNotPositive("target_years"), isNotPositive("1+growth_rate"), isNegative("revenue"))},${NUM_ERROR},` +
  `LET(growth_years,target_years*growth_rate*${lnOnePlusOverX("growth_rate", "grown")},` +
  `net_burn,IF(${isZero("growth_years")},cash/target_years,cash/target_years*${xOverExpMinusOne("growth_years", "compounded")}),` +
  `(net_burn+revenue)/annual_spend)))))`;

const RATIO_PARAMS = [p("cost"), p("baseline")];
const SPEND_PARAMS = [p("annual_spend"), p("efficiency_share")];
const SPEND_DOMAIN = anyOf(
  isNegative("annual_spend"),
  isNegative("efficiency_share"),
  isPositive("efficiency_share-1")
);
const RUNS_PARAMS = [p("budget"), p("run_cost")];
const STAKE_PARAMS = [p("funding_round"), p("post_money_valuation")];
const BREAKEVEN_PARAMS = [
  p("cash"),
  p("annual_spend"),
  p("target_years"),
  optional("burn_growth"),
  optional("annual_revenue"),
];

export const TWINS: readonly Twin[] = [
  {
    name: "COST.RATIO",
    mirrors: "costRatio",
    params: RATIO_PARAMS,
    description:
      "A cost as a share of a baseline cost (0.012 = 1.2%). Same as AICOST.RATIO, without the add-in.",
    formula: lambda(
      RATIO_PARAMS,
      `IF(${anyOf(isNegative("cost"), isNegative("baseline"))},${NUM_ERROR},cost/baseline)`
    ),
  },
  {
    name: "BURN.YEARS",
    mirrors: "runwayYears",
    params: RUNWAY_PARAMS,
    description:
      'Years the cash (USD) lasts at an annual burn (USD/year), optional burn growth (0.3 = +30%/year) and revenue; "never" if it never runs out. Same as AICOST.BURN.YEARS.',
    formula: lambda(RUNWAY_PARAMS, RUNWAY_YEARS_BODY),
  },
  {
    name: "BURN.MONTHS",
    mirrors: "runwayMonths",
    params: RUNWAY_PARAMS,
    description:
      "Months the cash lasts: BURN.YEARS × 12, same arguments. Same as AICOST.BURN.MONTHS.",
    formula: lambda(
      RUNWAY_PARAMS,
      `LET(years,${RUNWAY_YEARS_BODY},IF(ISNUMBER(years),years*${MONTHS_PER_YEAR},years))`
    ),
  },
  {
    name: "SPEND.AT.EFFICIENCY",
    mirrors: "spendAtEfficiency",
    params: SPEND_PARAMS,
    description:
      "What the efficient lab spends for the same work: annual spend (USD/year) × efficiency share (0.05 = 5%). Same as AICOST.EQUIVALENT.",
    formula: lambda(SPEND_PARAMS, `IF(${SPEND_DOMAIN},${NUM_ERROR},annual_spend*efficiency_share)`),
  },
  {
    name: "ANNUAL.SAVING",
    mirrors: "annualSaving",
    params: SPEND_PARAMS,
    description:
      "The annual saving at an efficiency share: annual spend (USD/year) × (1 − share). Same as AICOST.SAVINGS.",
    formula: lambda(
      SPEND_PARAMS,
      `IF(${SPEND_DOMAIN},${NUM_ERROR},annual_spend*(1-efficiency_share))`
    ),
  },
  {
    name: "RUNS.FUNDED",
    mirrors: "runsFunded",
    params: RUNS_PARAMS,
    description:
      "Whole training runs a budget (USD) funds at a cost per run (USD). Same as AICOST.RUNS.",
    formula: lambda(
      RUNS_PARAMS,
      `IF(${anyOf(isNegative("budget"), isNegative("run_cost"))},${NUM_ERROR},INT(budget/run_cost))`
    ),
  },
  {
    name: "BREAKEVEN.SHARE",
    mirrors: "breakevenShare",
    params: BREAKEVEN_PARAMS,
    description:
      "The efficiency share at which the cash (USD) lasts the target years at an annual spend (USD/year), optional growth and revenue. Same as AICOST.BREAKEVEN.SHARE.",
    formula: lambda(BREAKEVEN_PARAMS, BREAKEVEN_BODY),
  },
  {
    name: "STAKE.BOUGHT",
    mirrors: "stakeBought",
    params: STAKE_PARAMS,
    description:
      "The stake a funding round (USD) buys at a post-money valuation (USD), as a share. Same as AICOST.STAKE.",
    formula: lambda(
      STAKE_PARAMS,
      `IF(${anyOf(isNegative("funding_round"), isNegative("post_money_valuation"), `(${isPositive("post_money_valuation")})*(${isPositive("funding_round-post_money_valuation")})`)},${NUM_ERROR},funding_round/post_money_valuation)`
    ),
  },
];

/** The twin of a finance function, if it has one. */
export function twinOf(mirrors: FinanceFunctionName): Twin | undefined {
  return TWINS.find((t) => t.mirrors === mirrors);
}
