/**
 * Monte Carlo over the analyst's cases: each trial draws every uncertain input from its shape
 * with the HDR stream (hdr.ts) and evaluates the whole model (scenario.ts `evaluate`). The
 * workbook's Trials sheet takes the same steps natively, row by row, so for the same seed and
 * trial count the two give the same numbers: trial t of input i draws
 *   u = HDR(trial t, variable VARIABLE_NUMBERS[i], entity = the seed, 0, 0)
 * and the input's value is drawValue(shape, low, value, high, u) (distributions.ts).
 *
 * Summaries follow the sheet's functions (percentile.ts): a runway of "never" and an output
 * that is an error are text and errors to PERCENTILE.INC and AVERAGE, so they are left out of
 * percentiles, mean and histogram and counted apart (`never`, `errors`); the probability of
 * falling short counts the trials whose runway is a number below that trial's target runway,
 * over all trials (a runway that never ends is never short).
 */
import { DEFAULT_CASES, type ScenarioCases } from "./cases";
import { drawValue, type Shape } from "./distributions";
import { DomainError, NEVER } from "./errors";
import { hdrUniform, isHdrId } from "./hdr";
import { average, histogram, percentileInc, type HistogramBin } from "./percentile";
import {
  DEFAULT_INPUTS,
  evaluate,
  INPUT_IDS,
  inputSpec,
  type InputId,
  type OutputId,
  type ScenarioInputs,
} from "./scenario";

export const DEFAULT_TRIALS = 1_000;
/** The model's own limit (memory: a few arrays of this length); the workbook's is lower. */
export const MAX_MODEL_TRIALS = 1_000_000;
export const DEFAULT_SEED = 1;

/**
 * Each input's variable number in the HDR stream. Fixed here, never derived from an order, so
 * that a reordered Inputs sheet or a new input leaves every existing input's draws unchanged;
 * a new input takes the next unused number.
 */
export const VARIABLE_NUMBERS: Readonly<Record<InputId, number>> = {
  frontierAnnualSpendUsd: 1,
  efficiencyShare: 2,
  frontierRunCostUsd: 3,
  efficientRunCostUsd: 4,
  fundingUsd: 5,
  valuationUsd: 6,
  capexUsd: 7,
  spendGrowth: 8,
  annualRevenueUsd: 9,
  targetRunwayYears: 10,
};

/**
 * The shapes an input starts with: an article range is uniform over it (the article gives no
 * most likely value inside "5-10%" or "$7 to 8 billion"); a single article number is
 * triangular with that number as its mode (the article's number is the most likely, the
 * spread is the hedge's, cases.ts); the analyst's own assumptions are fixed.
 */
export const DEFAULT_SHAPES: Readonly<Record<InputId, Shape>> = {
  frontierAnnualSpendUsd: "uniform",
  efficiencyShare: "uniform",
  frontierRunCostUsd: "triangular",
  efficientRunCostUsd: "triangular",
  fundingUsd: "triangular",
  valuationUsd: "triangular",
  capexUsd: "triangular",
  spendGrowth: "fixed",
  annualRevenueUsd: "fixed",
  targetRunwayYears: "fixed",
};

/** The outputs the summary reports, and its percentiles (shares: 0.05 is the 5th). */
export const SUMMARY_OUTPUTS: readonly OutputId[] = [
  "runwayAtFrontierYears",
  "runwayAtEfficientYears",
  "annualSavingUsd",
  "breakevenShare",
];
export const SUMMARY_PERCENTILES: readonly number[] = [0.05, 0.1, 0.5, 0.9, 0.95];
export const DEFAULT_HISTOGRAM_BINS = 20;

export interface SimulationSetup {
  /** The inputs' values (a triangular shape's mode; a fixed input's value in every trial). */
  readonly inputs: ScenarioInputs;
  readonly cases: ScenarioCases;
  readonly shapes: Readonly<Record<InputId, Shape>>;
  /** A whole number from 0 to 99,999,999 (the HDR entity). */
  readonly seed: number;
  /** A whole number from 1 to MAX_MODEL_TRIALS. */
  readonly trials: number;
}

export const DEFAULT_SETUP: SimulationSetup = {
  inputs: DEFAULT_INPUTS,
  cases: DEFAULT_CASES,
  shapes: DEFAULT_SHAPES,
  seed: DEFAULT_SEED,
  trials: DEFAULT_TRIALS,
};

/** One output over every trial, in trial order. */
export interface OutputSample {
  readonly outputId: OutputId;
  /** The trial's value where it is a number; 0 where it is not (see `kind`). */
  readonly values: Float64Array;
  /** 0: a number, 1: "never", 2: an error. */
  readonly kind: Uint8Array;
}

export interface Simulation {
  readonly setup: SimulationSetup;
  readonly samples: Readonly<Partial<Record<OutputId, OutputSample>>>;
  /** Each trial's target runway (drawn when its shape is not fixed). */
  readonly targetYears: Float64Array;
}

/** One input's value in every trial: drawn from its shape, or its value throughout when fixed. */
export function drawColumn(setup: SimulationSetup, id: InputId): Float64Array {
  const values = new Float64Array(setup.trials);
  const value = setup.inputs[id];
  const shape = setup.shapes[id];
  if (shape === "fixed") return values.fill(value);
  const { low, high } = setup.cases[id];
  const variable = VARIABLE_NUMBERS[id];
  for (let t = 0; t < values.length; t++) {
    values[t] = drawValue(shape, low, value, high, hdrUniform(t + 1, variable, setup.seed));
  }
  return values;
}

/** What is wrong with a setup, in the analyst's words; undefined when it can run. */
export function setupProblem(setup: SimulationSetup): DomainError | undefined {
  if (!isHdrId(setup.seed)) {
    return new DomainError("num", "The seed must be a whole number from 0 to 99,999,999.");
  }
  if (!(Number.isInteger(setup.trials) && setup.trials >= 1 && setup.trials <= MAX_MODEL_TRIALS)) {
    return new DomainError(
      "num",
      `The number of trials must be a whole number from 1 to ${MAX_MODEL_TRIALS.toLocaleString("en-US")}.`
    );
  }
  for (const id of INPUT_IDS) {
    if (setup.shapes[id] === "fixed") continue;
    const { low, high } = setup.cases[id];
    const value = setup.inputs[id];
    if (!(low <= value && value <= high)) {
      return new DomainError(
        "num",
        `${inputSpec(id).label}: its low case, value and high case must be in that order to draw it.`
      );
    }
  }
  return undefined;
}

/** Runs every trial; the outputs kept are `outputIds` (the summary's by default). */
export function simulate(
  setup: SimulationSetup = DEFAULT_SETUP,
  outputIds: readonly OutputId[] = SUMMARY_OUTPUTS
): Simulation | DomainError {
  const problem = setupProblem(setup);
  if (problem) return problem;
  const n = setup.trials;
  const column = (id: InputId): Float64Array => drawColumn(setup, id);
  const spend = column("frontierAnnualSpendUsd");
  const share = column("efficiencyShare");
  const frontierRun = column("frontierRunCostUsd");
  const efficientRun = column("efficientRunCostUsd");
  const funding = column("fundingUsd");
  const valuation = column("valuationUsd");
  const capex = column("capexUsd");
  const growth = column("spendGrowth");
  const revenue = column("annualRevenueUsd");
  const targetYears = column("targetRunwayYears");
  const samples = outputIds.map((outputId) => ({
    outputId,
    values: new Float64Array(n),
    kind: new Uint8Array(n),
  }));
  // One inputs object, its fields rewritten in place each trial: no allocation per trial, and
  // evaluate() always sees the same shape.
  const inputs: ScenarioInputs = { ...setup.inputs };
  for (let t = 0; t < n; t++) {
    inputs.frontierAnnualSpendUsd = spend[t] as number;
    inputs.efficiencyShare = share[t] as number;
    inputs.frontierRunCostUsd = frontierRun[t] as number;
    inputs.efficientRunCostUsd = efficientRun[t] as number;
    inputs.fundingUsd = funding[t] as number;
    inputs.valuationUsd = valuation[t] as number;
    inputs.capexUsd = capex[t] as number;
    inputs.spendGrowth = growth[t] as number;
    inputs.annualRevenueUsd = revenue[t] as number;
    inputs.targetRunwayYears = targetYears[t] as number;
    const outputs = evaluate(inputs);
    for (const s of samples) {
      const v = outputs[s.outputId];
      if (typeof v === "number") s.values[t] = v;
      else s.kind[t] = v === NEVER ? 1 : 2;
    }
  }
  return {
    setup,
    samples: Object.fromEntries(samples.map((s) => [s.outputId, s])),
    targetYears,
  };
}

export interface OutputSummary {
  readonly outputId: OutputId;
  /** Trials whose output is a number (those the statistics below are over). */
  readonly numbers: number;
  readonly never: number;
  readonly errors: number;
  /** Undefined when no trial gives a number. */
  readonly mean: number | undefined;
  readonly percentiles: readonly { readonly p: number; readonly value: number | undefined }[];
  readonly histogram: readonly HistogramBin[];
}

/** The numeric trials of a sample, sorted ascending. */
export function sortedNumbers(sample: OutputSample): Float64Array {
  const numbers: number[] = [];
  for (let t = 0; t < sample.values.length; t++)
    if (sample.kind[t] === 0) numbers.push(sample.values[t] as number);
  return Float64Array.from(numbers).sort();
}

export function summarize(
  sample: OutputSample,
  percentiles: readonly number[] = SUMMARY_PERCENTILES,
  bins: number = DEFAULT_HISTOGRAM_BINS
): OutputSummary {
  const numbersInTrialOrder: number[] = [];
  let never = 0;
  let errors = 0;
  for (let t = 0; t < sample.values.length; t++) {
    if (sample.kind[t] === 0) numbersInTrialOrder.push(sample.values[t] as number);
    else if (sample.kind[t] === 1) never++;
    else errors++;
  }
  const sorted = Float64Array.from(numbersInTrialOrder).sort();
  return {
    outputId: sample.outputId,
    numbers: sorted.length,
    never,
    errors,
    // AVERAGE adds in the sheet's order, the trials' order.
    mean: average(numbersInTrialOrder),
    percentiles: percentiles.map((p) => ({ p, value: percentileInc(sorted, p) })),
    histogram: histogram(sorted, bins),
  };
}

/**
 * The share of trials (0 to 1) whose runway is a number below the trial's target runway.
 * Undefined when the simulation did not keep that runway.
 */
export function shortfallProbability(
  simulation: Simulation,
  runway: "runwayAtFrontierYears" | "runwayAtEfficientYears" = "runwayAtEfficientYears"
): number | undefined {
  const sample = simulation.samples[runway];
  if (!sample) return undefined;
  let short = 0;
  for (let t = 0; t < sample.values.length; t++) {
    if (
      sample.kind[t] === 0 &&
      (sample.values[t] as number) < (simulation.targetYears[t] as number)
    )
      short++;
  }
  return short / sample.values.length;
}
