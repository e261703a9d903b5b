/**
 * Test support: the analysis a workbook of the current layout shows for some inputs, from
 * src/model (sensitivity and twoWayMap with the sheets' defaults, simulate() with the article's
 * cases and shapes), as the hosts decode it from the Sensitivity, Map and Trials sheets (the
 * contract suite checks the hosts against the same model). For TestHost and for tests that
 * compare the pane with the model.
 */
import {
  DEFAULT_CASES,
  DEFAULT_SHAPES,
  HDR_MAX_ID,
  INPUT_SPECS,
  isHdrId,
  shortfallProbability,
  simulate,
  SHAPE_LABELS,
  SUMMARY_OUTPUTS,
  SUMMARY_PERCENTILES,
  summarize,
  type ScenarioCases,
  type SimulationSetup,
  DEFAULT_INPUTS,
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  DEFAULT_SENSITIVITY_OUTPUT,
  inputSpec,
  isDomainError,
  nearestIndex,
  outputSpec,
  sensitivity,
  twoWayMap,
  type OutputValue,
  type ScenarioInputs,
  type Swing,
} from "../../src/model";
import {
  simulationProblems,
  type AnalysisReadings,
  type SimulationBin,
  type SimulationReadings,
} from "../../src/workbook/analysis/readings";
import type { SimulationLimits } from "../../src/workbook/analysis/simulationSettings";
import { DEFAULT_HISTOGRAM_BINS } from "../../src/model";
import { bySlot } from "../../src/workbook/slots";
import type { CellReading } from "../../src/workbook/host";

/** A value as its cell shows it: a number, "never", or Excel's error text. */
export function shownAs(value: OutputValue | Swing): CellReading {
  return isDomainError(value) ? value.excelText : value;
}

/** The current layout's limits (Trials sheet: HDR ids, TRIAL_ROWS rows). */
export const TEST_SIMULATION_LIMITS: SimulationLimits = { maxSeed: HDR_MAX_ID, maxTrials: 1_000 };

/** The seed and count of a simulation, the rest the article's cases and shapes. */
export interface SeedAndCount {
  readonly seed: number;
  readonly trials: number;
}

/**
 * What the hosts read from the Trials sheet for this setup, from src/model's simulate(): each
 * statistic a number or the error the sheet's function gives (AVERAGE of nothing #DIV/0!,
 * PERCENTILE.INC #NUM!, everything #N/A when the trials cannot run), the 20 bins as the sheet
 * draws them (all equal values: every bin at that value, the last holding them all).
 */
export function modelSimulation(
  setup: SimulationSetup,
  limits: SimulationLimits = TEST_SIMULATION_LIMITS
): SimulationReadings {
  const bins = DEFAULT_HISTOGRAM_BINS;
  const inputs = bySlot(INPUT_SPECS).map((spec) => {
    const { low, high } = setup.cases[spec.id];
    const value = setup.inputs[spec.id];
    const ready = setup.shapes[spec.id] === "fixed" || (low <= value && value <= high);
    return {
      input: { label: spec.label, inputId: spec.id },
      shape: SHAPE_LABELS[setup.shapes[spec.id]],
      ready,
    };
  });
  const seedOk = isHdrId(setup.seed);
  const trialsOk =
    Number.isInteger(setup.trials) && setup.trials >= 1 && setup.trials <= limits.maxTrials;
  const ready = seedOk && trialsOk && inputs.every((i) => i.ready);
  const sim = ready ? simulate(setup) : undefined;
  const na = "#N/A";
  const base = {
    seed: setup.seed,
    trials: setup.trials,
    ready,
    limits,
    inputs,
  };
  if (!sim || isDomainError(sim)) {
    const read = {
      ...base,
      outputs: SUMMARY_OUTPUTS.map((outputId) => ({
        outputId,
        mean: na,
        percentiles: SUMMARY_PERCENTILES.map((p) => ({ p, value: na })),
        numbers: na,
        never: na,
        errors: na,
      })),
      shortfalls: (["runwayAtFrontierYears", "runwayAtEfficientYears"] as const).map((runway) => ({
        runway,
        probability: na,
      })),
      bins: Array.from({ length: bins }, () => ({ from: na, to: na, middle: na, count: na })),
    };
    return { ...read, problems: simulationProblems(read) };
  }
  const outputs = SUMMARY_OUTPUTS.map((outputId) => {
    const sample = sim.samples[outputId];
    if (!sample) throw new Error(`no sample of ${outputId}`);
    const summary = summarize(sample, SUMMARY_PERCENTILES, bins);
    return {
      outputId,
      mean: summary.mean ?? "#DIV/0!",
      percentiles: summary.percentiles.map(({ p, value }) => ({ p, value: value ?? "#NUM!" })),
      numbers: summary.numbers,
      never: summary.never,
      errors: summary.errors,
    };
  });
  const efficient = sim.samples.runwayAtEfficientYears;
  const histogram = efficient ? summarize(efficient, [], bins).histogram : [];
  const drawn: SimulationBin[] =
    histogram.length === 0
      ? Array.from({ length: bins }, () => ({ from: na, to: na, middle: na, count: na }))
      : Array.from({ length: bins }, (_, k) => {
          const one = histogram.length === 1;
          const bin = (one ? histogram[0] : histogram[k]) ?? { from: 0, to: 0, count: 0 };
          const count = one ? (k === bins - 1 ? bin.count : 0) : bin.count;
          return { from: bin.from, to: bin.to, middle: (bin.from + bin.to) / 2, count };
        });
  return {
    ...base,
    outputs,
    shortfalls: (["runwayAtFrontierYears", "runwayAtEfficientYears"] as const).map((runway) => ({
      runway,
      probability: shortfallProbability(sim, runway) ?? na,
    })),
    bins: drawn,
    problems: [],
  };
}

/** The article's cases and shapes with these inputs, seed and count. */
export function articleSetup(
  inputs: ScenarioInputs,
  { seed, trials }: SeedAndCount,
  cases: ScenarioCases = DEFAULT_CASES
): SimulationSetup {
  return { inputs, cases, shapes: DEFAULT_SHAPES, seed, trials };
}

export function modelAnalysis(
  inputs: ScenarioInputs,
  /** null: a workbook without the Trials sheet (layout 3). */
  simulation: SeedAndCount | null = { seed: 1, trials: 1_000 }
): AnalysisReadings {
  const sens = sensitivity(DEFAULT_SENSITIVITY_OUTPUT, inputs, DEFAULT_CASES);
  const change = (at: OutputValue): CellReading =>
    typeof at === "number" && typeof sens.base === "number" ? at - sens.base : "#N/A";
  const map = twoWayMap(DEFAULT_MAP_OUTPUT, DEFAULT_MAP_ROWS, DEFAULT_MAP_COLUMNS, inputs);
  return {
    tornado: {
      outputLabel: outputSpec(sens.outputId).label,
      outputId: sens.outputId,
      base: shownAs(sens.base),
      rows: sens.rows.map((row) => ({
        rank: row.rank,
        input: { label: inputSpec(row.inputId).label, inputId: row.inputId },
        lowCase: row.lowCase,
        highCase: row.highCase,
        atLow: shownAs(row.atLow),
        atHigh: shownAs(row.atHigh),
        swing: shownAs(row.swing),
        changeAtLow: change(row.atLow),
        changeAtHigh: change(row.atHigh),
      })),
    },
    map: {
      outputLabel: outputSpec(map.outputId).label,
      outputId: map.outputId,
      rowInput: {
        label: inputSpec(DEFAULT_MAP_ROWS.inputId).label,
        inputId: DEFAULT_MAP_ROWS.inputId,
      },
      columnInput: {
        label: inputSpec(DEFAULT_MAP_COLUMNS.inputId).label,
        inputId: DEFAULT_MAP_COLUMNS.inputId,
      },
      rowValues: map.rowValues,
      columnValues: map.columnValues,
      cells: map.cells.map((row) => row.map(shownAs)),
      articleRow: nearestIndex(map.rowValues, DEFAULT_INPUTS.efficiencyShare),
      articleColumn: nearestIndex(map.columnValues, DEFAULT_INPUTS.frontierAnnualSpendUsd),
    },
    ...(simulation ? { simulation: modelSimulation(articleSetup(inputs, simulation)) } : {}),
  };
}
