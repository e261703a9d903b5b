/**
 * The scenario: named inputs with defaults and ranges taken from the article's figures, their
 * validation, and `evaluate(inputs)`, which gives every output with its unit.
 *
 * The workbook plan (src/workbook/) writes these same outputs as native Excel formulas; tests
 * evaluate them on IronCalc and compare with `evaluate`.
 */
import { isDomainError, RunwayOutcome } from "./errors";
import { Bound, figure, FigureId, figureValue } from "./figures";
import {
  annualSaving,
  breakevenShare,
  costRatio,
  runsFunded,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "./finance";
import { formatValue } from "./format";
import type { Unit } from "./units";

export const INPUT_IDS = [
  "frontierAnnualSpendUsd",
  "efficiencyShare",
  "frontierRunCostUsd",
  "efficientRunCostUsd",
  "fundingUsd",
  "valuationUsd",
  "capexUsd",
  "spendGrowth",
  "annualRevenueUsd",
  "targetRunwayYears",
] as const;
export type InputId = (typeof INPUT_IDS)[number];
export type ScenarioInputs = Record<InputId, number>;

export interface InputSpec {
  readonly id: InputId;
  readonly label: string;
  readonly unit: Unit;
  /** The article figure the input starts from; absent for the analyst's own assumptions. */
  readonly figureId?: FigureId;
  /** Why an assumption has the default it has (inputs without a figure). */
  readonly assumption?: string;
  readonly low: number;
  readonly base: number;
  readonly high: number;
  /** The range the model accepts (and the slider spans). */
  readonly min: number;
  readonly max: number;
  /**
   * The input's fixed place in the workbook (src/workbook/slots.ts): its row on the Inputs
   * sheet, its column in the saved scenarios, and so on. Numbered 0, 1, 2, … in the order the
   * inputs were added, never changed: a new input takes the next number, wherever it sits in
   * INPUT_SPECS.
   */
  readonly slot: number;
  /** The workbook layout (PLAN_VERSION) that added the input; absent: layout 1. */
  readonly since?: number;
}

/** An input's values and words, before its place in the workbook. */
type InputValues = Omit<InputSpec, "slot" | "since">;

/**
 * Inputs from a figure span one order of magnitude either side of the article's range
 * (low / 10 to high × 10; shares stop at 100%), wide enough for any what-if the article
 * invites, narrow enough for a slider to be useful.
 */
const RANGE_FACTOR = 10;

function fromFigure(id: InputId, label: string, figureId: FigureId, unit: Unit): InputValues {
  const f = figure(figureId);
  const max = f.high * RANGE_FACTOR;
  return {
    id,
    label,
    unit,
    figureId,
    low: f.low,
    base: figureValue(f, "mid"),
    high: f.high,
    min: f.low / RANGE_FACTOR,
    max: unit === "share" ? Math.min(1, max) : max,
  };
}

/** The analyst's own assumptions: the article gives no figure for these. */
function assumption(
  id: InputId,
  label: string,
  unit: Unit,
  values: { low: number; base: number; high: number; min: number; max: number },
  why: string
): InputValues {
  return { id, label, unit, assumption: why, ...values };
}

export const INPUT_SPECS: readonly InputSpec[] = [
  {
    slot: 0,
    ...fromFigure(
      "frontierAnnualSpendUsd",
      "Frontier lab's annual spend",
      "openai_annual_operations",
      "USD per year"
    ),
  },
  {
    slot: 1,
    ...fromFigure(
      "efficiencyShare",
      "Efficient lab's cost as a share",
      "r1_operating_cost_share",
      "share"
    ),
  },
  {
    slot: 2,
    ...fromFigure("frontierRunCostUsd", "Frontier training run cost", "orion_training_cost", "USD"),
  },
  {
    slot: 3,
    ...fromFigure("efficientRunCostUsd", "Efficient training run cost", "v3_training_cost", "USD"),
  },
  { slot: 4, ...fromFigure("fundingUsd", "Funding round", "openai_funding_round", "USD") },
  { slot: 5, ...fromFigure("valuationUsd", "Post-money valuation", "openai_valuation", "USD") },
  {
    slot: 6,
    ...fromFigure(
      "capexUsd",
      "AI infrastructure capex",
      "microsoft_ai_infrastructure",
      "USD per year"
    ),
  },
  {
    slot: 7,
    ...assumption(
      "spendGrowth",
      "Annual growth of the spend",
      "share per year",
      { low: 0, base: 0, high: 0.3, min: -0.5, max: 1 },
      "Not in the article: flat spend by default; +30% a year is the what-if analysts ask about."
    ),
  },
  {
    slot: 8,
    ...assumption(
      "annualRevenueUsd",
      "Annual revenue",
      "USD per year",
      { low: 0, base: 0, high: 0, min: 0, max: 50e9 },
      "Not in the article: no revenue by default, so runway is cash over gross spend."
    ),
  },
  {
    slot: 9,
    ...assumption(
      "targetRunwayYears",
      "Target runway",
      "years",
      { low: 10, base: 10, high: 10, min: 1, max: 30 },
      "Not in the article: a ten-year horizon for the efficiency goal seek."
    ),
  },
];

const SPEC_BY_ID = new Map(INPUT_SPECS.map((s) => [s.id, s]));
export function inputSpec(id: InputId): InputSpec {
  return SPEC_BY_ID.get(id) as InputSpec;
}

/** An input at the article's low end, midpoint or high end. */
export function inputAt(spec: InputSpec, bound: Bound): number {
  return bound === "low" ? spec.low : bound === "high" ? spec.high : spec.base;
}

/** The scenario at the article's low ends, midpoints or high ends. */
export function scenarioAt(bound: Bound): ScenarioInputs {
  return Object.fromEntries(INPUT_SPECS.map((s) => [s.id, inputAt(s, bound)])) as ScenarioInputs;
}

/** The default scenario: the midpoint of every article range. */
export const DEFAULT_INPUTS: ScenarioInputs = scenarioAt("mid");

export interface InputProblem {
  readonly inputId: InputId;
  readonly message: string;
}

/**
 * Every problem with a set of inputs, in the analyst's words; empty when all is well.
 * Checks: each input is a number within its range, and the round is no larger than the
 * post-money valuation (which includes it).
 */
export function validateInputs(inputs: Partial<Record<InputId, unknown>>): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const spec of INPUT_SPECS) {
    const value = inputs[spec.id];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      problems.push({ inputId: spec.id, message: `${spec.label} must be a number.` });
    } else if (value < spec.min || value > spec.max) {
      problems.push({
        inputId: spec.id,
        message: `${spec.label} must be between ${formatValue(spec.min, spec.unit)} and ${formatValue(spec.max, spec.unit)}; it is ${formatValue(value, spec.unit)}.`,
      });
    }
  }
  const funding = inputs.fundingUsd;
  const valuation = inputs.valuationUsd;
  if (typeof funding === "number" && typeof valuation === "number" && funding > valuation) {
    problems.push({
      inputId: "fundingUsd",
      message: "The funding round is larger than the post-money valuation, which includes it.",
    });
  }
  return problems;
}

export const OUTPUT_IDS = [
  "trainingCostRatio",
  "spendAtEfficiencyUsd",
  "annualSavingUsd",
  "runwayAtFrontierYears",
  "runwayAtEfficientYears",
  "frontierRunsFunded",
  "efficientRunsFunded",
  "capexMultipleOfSpend",
  "stakeBought",
  "breakevenShare",
] as const;
export type OutputId = (typeof OUTPUT_IDS)[number];
/** An output: a finite number, "never" (runway only), or a domain error. */
export type OutputValue = RunwayOutcome;
export type ScenarioOutputs = Record<OutputId, OutputValue>;

export interface OutputSpec {
  readonly id: OutputId;
  readonly label: string;
  readonly unit: Unit;
}

export const OUTPUT_SPECS: readonly OutputSpec[] = [
  { id: "trainingCostRatio", label: "Efficient run cost as a share of frontier", unit: "share" },
  { id: "spendAtEfficiencyUsd", label: "Spend at efficiency", unit: "USD per year" },
  { id: "annualSavingUsd", label: "Annual saving", unit: "USD per year" },
  { id: "runwayAtFrontierYears", label: "Runway at frontier spend", unit: "years" },
  { id: "runwayAtEfficientYears", label: "Runway at efficient spend", unit: "years" },
  { id: "frontierRunsFunded", label: "Frontier runs the round funds", unit: "runs" },
  { id: "efficientRunsFunded", label: "Efficient runs the round funds", unit: "runs" },
  { id: "capexMultipleOfSpend", label: "Capex as a multiple of annual spend", unit: "multiple" },
  { id: "stakeBought", label: "Stake the round buys", unit: "share" },
  { id: "breakevenShare", label: "Efficiency share for the target runway", unit: "share" },
];

const OUTPUT_SPEC_BY_ID = new Map(OUTPUT_SPECS.map((s) => [s.id, s]));
export function outputSpec(id: OutputId): OutputSpec {
  return OUTPUT_SPEC_BY_ID.get(id) as OutputSpec;
}

/** Every output of the scenario. Inputs outside their range still compute where the finance allows. */
export function evaluate(inputs: ScenarioInputs): ScenarioOutputs {
  const spend = inputs.frontierAnnualSpendUsd;
  const efficientSpend = spendAtEfficiency(spend, inputs.efficiencyShare);
  return {
    trainingCostRatio: costRatio(inputs.efficientRunCostUsd, inputs.frontierRunCostUsd),
    spendAtEfficiencyUsd: efficientSpend,
    annualSavingUsd: annualSaving(spend, inputs.efficiencyShare),
    runwayAtFrontierYears: runwayYears(
      inputs.fundingUsd,
      spend,
      inputs.spendGrowth,
      inputs.annualRevenueUsd
    ),
    runwayAtEfficientYears: isDomainError(efficientSpend)
      ? efficientSpend
      : runwayYears(inputs.fundingUsd, efficientSpend, inputs.spendGrowth, inputs.annualRevenueUsd),
    frontierRunsFunded: runsFunded(inputs.fundingUsd, inputs.frontierRunCostUsd),
    efficientRunsFunded: runsFunded(inputs.fundingUsd, inputs.efficientRunCostUsd),
    capexMultipleOfSpend: costRatio(inputs.capexUsd, spend),
    stakeBought: stakeBought(inputs.fundingUsd, inputs.valuationUsd),
    breakevenShare: breakevenShare(
      inputs.fundingUsd,
      spend,
      inputs.targetRunwayYears,
      inputs.spendGrowth,
      inputs.annualRevenueUsd
    ),
  };
}
