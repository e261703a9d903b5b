/**
 * The analyst's low and high case for every scenario input: where sensitivity swings each
 * input, and the ends of its distribution in a simulation. The workbook writes them beside the
 * values on the Inputs sheet (input cells the analyst owns), each with where it comes from.
 *
 * Where the article gives a range ("5-10%", "$7 to 8 billion") the cases are its ends. Where it
 * gives one number, the cases spread it by the article's own hedge on that number (a reported
 * figure is less certain than a plainly stated one); the spread is our assumption and the
 * reason says so. Inputs the article does not give at all keep the analyst's assumptions of
 * scenario.ts, with their reasons. Every case lies within the input's min..max.
 */
import { figure, type FigureId, type Qualifier } from "./figures";
import { INPUT_SPECS, type InputId, type InputSpec } from "./scenario";
import { formatValue } from "./format";

/** Where a case comes from: the article's range, or an assumption stated with its reason. */
export type CaseSource = "article range" | "assumption";

export interface InputCase {
  readonly inputId: InputId;
  readonly low: number;
  readonly high: number;
  readonly source: CaseSource;
  /** The article figure the cases start from (absent for the analyst's own inputs). */
  readonly figureId?: FigureId;
  /** Why these cases, in the analyst's words (the Inputs sheet shows it). */
  readonly reason: string;
}

/**
 * How far a single article number is spread either way, by the article's hedge on it:
 * - "" (stated plainly, the $40B round, the $300B valuation): ±10%, the usual what-if around a
 *   stated number (a round being pursued may close larger or smaller);
 * - "around" ($80B capex): ±10%, the article itself says the number is approximate;
 * - "reportedly" ($500M Orion): ±25%, a reported, unconfirmed figure;
 * - "just" and "under" ($6M V3): ±25%, the company's own claim, which the article does not check.
 */
export const HEDGE_SPREAD: Readonly<Record<Qualifier, number>> = {
  "": 0.1,
  around: 0.1,
  reportedly: 0.25,
  just: 0.25,
  under: 0.25,
};

const HEDGE_WORDS: Readonly<Record<Qualifier, string>> = {
  "": "the article states it plainly",
  around: "the article says “around”",
  reportedly: "the article says “reportedly”",
  just: "the article says “just”, the company's own claim",
  under: "the article says “under”, the company's own claim",
};

/** The most revenue the high case assumes, as a share of the frontier lab's annual spend. */
export const REVENUE_HIGH_SHARE_OF_SPEND = 0.5;
/** How far the target runway's cases lie either side of its value, in years. */
export const TARGET_RUNWAY_CASE_YEARS = 5;

/** The analyst's own inputs whose cases scenario.ts does not spread: cases and reasons. */
function assumedCases(spec: InputSpec): { low: number; high: number; reason: string } | undefined {
  if (spec.id === "annualRevenueUsd") {
    const spend = INPUT_SPECS.find((s) => s.id === "frontierAnnualSpendUsd")?.base ?? 0;
    const high = REVENUE_HIGH_SHARE_OF_SPEND * spend;
    return {
      low: 0,
      high,
      reason: `Not in the article: from no revenue up to half the frontier lab's spend (${formatValue(high, spec.unit)}, half the midpoint of “$7 to 8 billion”), a lab that sells what it trains.`,
    };
  }
  if (spec.id === "targetRunwayYears") {
    return {
      low: spec.base - TARGET_RUNWAY_CASE_YEARS,
      high: spec.base + TARGET_RUNWAY_CASE_YEARS,
      reason: `Not in the article: ${TARGET_RUNWAY_CASE_YEARS} years either side of the ${spec.base}-year horizon.`,
    };
  }
  return undefined;
}

/** Rounded to the 15 significant digits a cell keeps, so the sheet and the model agree. */
function cellNumber(x: number): number {
  return Number(x.toPrecision(15));
}

function caseOf(spec: InputSpec): InputCase {
  if (spec.figureId) {
    const f = figure(spec.figureId);
    if (f.low < f.high) {
      return {
        inputId: spec.id,
        low: f.low,
        high: f.high,
        source: "article range",
        figureId: f.id,
        reason: `The article's range: “${f.quote}”.`,
      };
    }
    const spread = HEDGE_SPREAD[f.qualifier];
    return {
      inputId: spec.id,
      low: Math.max(spec.min, cellNumber(spec.base * (1 - spread))),
      high: Math.min(spec.max, cellNumber(spec.base * (1 + spread))),
      source: "assumption",
      figureId: f.id,
      reason: `One number in the article (“${f.quote}”); ${HEDGE_WORDS[f.qualifier]}, so the cases are ${Math.round(spread * 100)}% either side (our assumption).`,
    };
  }
  const assumed = assumedCases(spec);
  if (assumed) return { inputId: spec.id, source: "assumption", ...assumed };
  return {
    inputId: spec.id,
    low: spec.low,
    high: spec.high,
    source: "assumption",
    reason: `${spec.assumption ?? "Not in the article."} Cases: ${formatValue(spec.low, spec.unit)} to ${formatValue(spec.high, spec.unit)}.`,
  };
}

/** Every input's cases, in INPUT_SPECS order. */
export const INPUT_CASES: readonly InputCase[] = INPUT_SPECS.map(caseOf);

const CASE_BY_ID = new Map(INPUT_CASES.map((c) => [c.inputId, c]));
export function inputCase(id: InputId): InputCase {
  return CASE_BY_ID.get(id) as InputCase;
}

/** Which end of an input's cases. */
export type CaseEnd = "low" | "high";
export const CASE_ENDS: readonly CaseEnd[] = ["low", "high"];

/** The low and high case of every input, by id: what the Inputs sheet's case cells start at. */
export type ScenarioCases = Readonly<
  Record<InputId, { readonly low: number; readonly high: number }>
>;
export const DEFAULT_CASES: ScenarioCases = Object.fromEntries(
  INPUT_CASES.map((c) => [c.inputId, { low: c.low, high: c.high }])
) as ScenarioCases;
