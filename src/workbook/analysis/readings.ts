/**
 * What a read of the Sensitivity, Map and Trials sheets' results means, once for both hosts:
 * each host reads the cells of the names below (Excel through the defined names, the preview
 * through the sheets' markers) in the same round trip as the inputs and outputs, and this turns
 * them into the AnalysisReadings the pane draws. Every number is the workbook's, never recomputed here;
 * a cell that is not a number (an error, "never", "unbounded") is its text, never NaN. Pure.
 */
import {
  INPUT_SPECS,
  OUTPUT_SPECS,
  SHAPE_LABELS,
  SHAPES,
  SUMMARY_OUTPUTS,
  SUMMARY_PERCENTILES,
  type InputId,
  type OutputId,
} from "../../model";
import type { CellReading, HostProblem } from "../host";
import { trialsMessages } from "../messages/trials";
import { mapName, sensitivityName, shapeName, simulationName } from "../names";
import type { WorkbookPlan } from "../plan";
import type { ShownValue } from "../sharing/cellValues";
import { percentileKey, SHORTFALL_RUNWAYS, shortfallName, summaryName } from "../sheets/trials";
import { bySlot } from "../slots";
import { isWholeIn, type SimulationLimits } from "./simulationSettings";

/** One input as the sheet names it: its label, and its id where the label is one of the model's. */
export interface AnalysisInput {
  readonly label: string;
  readonly inputId?: InputId;
}

/** One bar of the tornado: an input at its two cases, in the sheet's ranked order. */
export interface TornadoRow {
  /** 1 for the largest swing. */
  readonly rank: number;
  readonly input: AnalysisInput;
  readonly lowCase: CellReading;
  readonly highCase: CellReading;
  /** The chosen output with this input at its low case (the others at their values). */
  readonly atLow: CellReading;
  readonly atHigh: CellReading;
  /** A number, "unbounded" or "error", as the sheet computes it. */
  readonly swing: CellReading;
  /** The output's change from its value at the inputs, at each case (#N/A where not a number). */
  readonly changeAtLow: CellReading;
  readonly changeAtHigh: CellReading;
}

export interface TornadoReadings {
  /** The output the Sensitivity sheet swings (B4): its label, and its id where it is one. */
  readonly outputLabel: string;
  readonly outputId?: OutputId;
  /** The output at the inputs' values. */
  readonly base: CellReading;
  readonly rows: readonly TornadoRow[];
}

export interface MapReadings {
  readonly outputLabel: string;
  readonly outputId?: OutputId;
  /** The input down the side and the input across. */
  readonly rowInput: AnalysisInput;
  readonly columnInput: AnalysisInput;
  readonly rowValues: readonly CellReading[];
  readonly columnValues: readonly CellReading[];
  /** cells[r][c]: the output at rowValues[r] and columnValues[c]. */
  readonly cells: readonly (readonly CellReading[])[];
  /** The article's point: the row and column nearest its values (0-based), if the sheet found one. */
  readonly articleRow?: number;
  readonly articleColumn?: number;
}

/** One summary output over the trials (the Trials sheet's summary, M:Q). */
export interface SimulationStatistics {
  readonly outputId: OutputId;
  readonly mean: CellReading;
  /** SUMMARY_PERCENTILES' (0.05 is the 5th), in that order. */
  readonly percentiles: readonly { readonly p: number; readonly value: CellReading }[];
  /** Trials with a number, that never run out, with an error. */
  readonly numbers: CellReading;
  readonly never: CellReading;
  readonly errors: CellReading;
}

/** One bin of the histogram of the runway at efficient spend. */
export interface SimulationBin {
  readonly from: CellReading;
  readonly to: CellReading;
  readonly middle: CellReading;
  readonly count: CellReading;
}

/** An input as the Trials sheet draws it: its shape as typed, and whether it can be drawn. */
export interface SimulationInput {
  readonly input: AnalysisInput;
  readonly shape: CellReading;
  readonly ready: boolean;
}

export interface SimulationReadings {
  /** Trials!B4 and B5 as the workbook holds them (the analyst may type anything there). */
  readonly seed: CellReading;
  readonly trials: CellReading;
  /** sim_Ready: every statistic is a number or a count only when true (else #N/A). */
  readonly ready: boolean;
  /** The plan's limits for the seed and the count (what the pane may write). */
  readonly limits: SimulationLimits;
  /** Every input, by slot. */
  readonly inputs: readonly SimulationInput[];
  /** SUMMARY_OUTPUTS' statistics, in that order. */
  readonly outputs: readonly SimulationStatistics[];
  /** The probability (0 to 1) that each runway falls short of the target runway. */
  readonly shortfalls: readonly {
    readonly runway: (typeof SHORTFALL_RUNWAYS)[number];
    readonly probability: CellReading;
  }[];
  readonly bins: readonly SimulationBin[];
  /** Why the trials cannot run, each with what to do (simulationProblems); empty when ready. */
  readonly problems: readonly HostProblem[];
}

/** Each part is absent when a name of it is gone (a workbook of an older layout has none). */
export interface AnalysisReadings {
  readonly tornado?: TornadoReadings;
  readonly map?: MapReadings;
  readonly simulation?: SimulationReadings;
}

/** The names the tornado needs, in the order tornadoFrom reads them. */
const TORNADO_NAMES = [
  "output",
  "base",
  "rankedInput",
  "rankedLowCase",
  "rankedHighCase",
  "rankedAtLow",
  "rankedAtHigh",
  "rankedSwing",
  "rankedChangeAtLow",
  "rankedChangeAtHigh",
].map(sensitivityName);

/** The names the map needs, in the order mapFrom reads them. */
const MAP_NAMES = [
  "output",
  "rowInput",
  "columnInput",
  "rowValues",
  "columnValues",
  "values",
  "articleRow",
  "articleColumn",
].map(mapName);

/** The statistics of each summary output, in the order simulationFrom reads them. */
const STATISTIC_KEYS = [
  "Mean",
  ...SUMMARY_PERCENTILES.map(percentileKey),
  "Numbers",
  "Never",
  "Errors",
];

/** The inputs by slot, as the Trials sheet lists them. */
const SIM_INPUTS = bySlot(INPUT_SPECS);

/** The names the simulation needs, in the order simulationFrom reads them. */
const SIMULATION_NAMES = [
  ...["seed", "trials", "ready", "inputReady"].map(simulationName),
  ...SIM_INPUTS.map((s) => shapeName(s.id)),
  ...SUMMARY_OUTPUTS.flatMap((id) => STATISTIC_KEYS.map((key) => summaryName(id, key))),
  ...SHORTFALL_RUNWAYS.map(shortfallName),
  ...["binFrom", "binTo", "binMiddle", "binCount"].map(simulationName),
];

/** One name to read: its name and the reference the plan gives it ("Sensitivity!$L$7:$L$17"). */
export interface AnalysisName {
  readonly name: string;
  readonly reference: string;
}

/** The names a host reads for the analysis: those of the plan (none for a plan without the sheets). */
export function analysisNames(plan: WorkbookPlan): AnalysisName[] {
  const wanted = new Set([...TORNADO_NAMES, ...MAP_NAMES, ...SIMULATION_NAMES]);
  return plan.names
    .filter((n) => wanted.has(n.name))
    .map((n) => ({ name: n.name, reference: n.formula.replace(/^=/, "") }));
}

/** A name's cells as read (rows of cells), or undefined where the name or its sheet is gone. */
export type AnalysisCells = ReadonlyMap<string, readonly (readonly ShownValue[])[] | undefined>;

type Block = CellReading[][];

/**
 * The analysis the cells show; undefined when no part could be read. The simulation's limits
 * are the plan's (none without a Trials sheet in the plan: no simulation part).
 */
export function analysisFromCells(
  cells: AnalysisCells,
  plan?: Pick<WorkbookPlan, "simulation">
): AnalysisReadings | undefined {
  const blocks = (names: readonly string[]): Block[] | undefined => {
    const read = names.map((name) => cells.get(name)?.map((row) => row.map(reading)));
    return read.every((b) => b !== undefined) ? (read as Block[]) : undefined;
  };
  const sens = blocks(TORNADO_NAMES);
  // The article's point is optional: the grid shows without it.
  const map = blocks(MAP_NAMES.slice(0, 6));
  const limits = plan?.simulation;
  const sim = limits ? blocks(SIMULATION_NAMES) : undefined;
  if (!sens && !map && !sim) return undefined;
  return {
    ...(sens ? { tornado: tornadoFrom(sens) } : {}),
    ...(map ? { map: mapFrom(map, blocks(MAP_NAMES.slice(6))) } : {}),
    ...(sim && limits
      ? {
          simulation: simulationFrom(sim, {
            maxSeed: limits.maxSeed,
            maxTrials: limits.maxTrials,
          }),
        }
      : {}),
  };
}

/** The first cell of each row. */
const column = (block: Block | undefined): CellReading[] =>
  (block ?? []).map((row) => row[0] ?? "");
const first = (block: Block | undefined): CellReading => block?.[0]?.[0] ?? "";

function tornadoFrom([output, base, input, ...rest]: Block[]): TornadoReadings {
  const [lows, highs, los, his, swings, fromLow, fromHigh] = rest.map(column);
  const at = (values: CellReading[] | undefined, i: number): CellReading => values?.[i] ?? "";
  const rows = column(input).map((label, i): TornadoRow => ({
    rank: i + 1,
    input: inputNamed(label),
    lowCase: at(lows, i),
    highCase: at(highs, i),
    atLow: at(los, i),
    atHigh: at(his, i),
    swing: at(swings, i),
    changeAtLow: at(fromLow, i),
    changeAtHigh: at(fromHigh, i),
  }));
  return { ...outputNamed(first(output)), base: first(base), rows };
}

function mapFrom(
  [output, rowInput, columnInput, rowValues, columnValues, values]: Block[],
  point: Block[] | undefined
): MapReadings {
  const down = column(rowValues);
  const across = columnValues?.[0] ?? [];
  const articleRow = indexFrom(first(point?.[0]), down.length);
  const articleColumn = indexFrom(first(point?.[1]), across.length);
  return {
    ...outputNamed(first(output)),
    rowInput: inputNamed(first(rowInput)),
    columnInput: inputNamed(first(columnInput)),
    rowValues: down,
    columnValues: across,
    cells: values ?? [],
    ...(articleRow !== undefined ? { articleRow } : {}),
    ...(articleColumn !== undefined ? { articleColumn } : {}),
  };
}

function simulationFrom(blocks: Block[], limits: SimulationLimits): SimulationReadings {
  let at = 0;
  const next = (): Block | undefined => blocks[at++];
  const [seed, trials, ready] = [next(), next(), next()].map(first);
  const inputReady = column(next());
  const inputs = SIM_INPUTS.map((spec, i): SimulationInput => ({
    input: { label: spec.label, inputId: spec.id },
    shape: first(next()),
    ready: inputReady[i] === "TRUE",
  }));
  const outputs = SUMMARY_OUTPUTS.map((outputId): SimulationStatistics => {
    const [mean, ...rest] = STATISTIC_KEYS.map(() => first(next()));
    const percentiles = SUMMARY_PERCENTILES.map((p, i) => ({ p, value: rest[i] ?? "" }));
    const [numbers, never, errors] = rest.slice(SUMMARY_PERCENTILES.length);
    return {
      outputId,
      mean: mean ?? "",
      percentiles,
      numbers: numbers ?? "",
      never: never ?? "",
      errors: errors ?? "",
    };
  });
  const shortfalls = SHORTFALL_RUNWAYS.map((runway) => ({ runway, probability: first(next()) }));
  const [from, to, middle, count] = [next(), next(), next(), next()].map(column);
  const bins = (count ?? []).map((c, i): SimulationBin => ({
    from: from?.[i] ?? "",
    to: to?.[i] ?? "",
    middle: middle?.[i] ?? "",
    count: c,
  }));
  const read = {
    seed: seed ?? "",
    trials: trials ?? "",
    ready: ready === "TRUE",
    limits,
    inputs,
    outputs,
    shortfalls,
    bins,
  };
  return { ...read, problems: simulationProblems(read) };
}

/**
 * Why the trials cannot run (the simulation is not ready), each with what to do: the seed or
 * the count typed on the sheet, and every input whose shape or cases cannot be drawn. Empty
 * when ready.
 */
export function simulationProblems(sim: Omit<SimulationReadings, "problems">): HostProblem[] {
  if (sim.ready) return [];
  const shown = (r: CellReading): string =>
    typeof r === "number"
      ? r.toLocaleString("en-US", { maximumFractionDigits: 15 })
      : r === ""
        ? "empty"
        : `“${r}”`;
  const problems: HostProblem[] = [];
  if (!(typeof sim.seed === "number" && isWholeIn(sim.seed, 0, sim.limits.maxSeed)))
    problems.push(trialsMessages.seedNotValid(shown(sim.seed), sim.limits.maxSeed));
  if (!(typeof sim.trials === "number" && isWholeIn(sim.trials, 1, sim.limits.maxTrials)))
    problems.push(trialsMessages.trialsNotValid(shown(sim.trials), sim.limits.maxTrials));
  const labels = SHAPES.map((s) => SHAPE_LABELS[s]);
  for (const input of sim.inputs) {
    if (!input.ready)
      problems.push(trialsMessages.inputNotDrawn(input.input.label, String(input.shape), labels));
  }
  return problems.length > 0 ? problems : [trialsMessages.notReadyUnknown];
}

/** A cell as the pane shows it: its number, or its text ("never", "#N/A"); "" when empty. */
function reading(cell: ShownValue): CellReading {
  switch (cell.kind) {
    case "number":
      return Number.isFinite(cell.value) ? cell.value : "#NUM!";
    case "text":
    case "error":
      return cell.value;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "empty":
      return "";
  }
}

/** The sheet's 1-based position as a 0-based index, when it is one inside the axis. */
function indexFrom(position: CellReading, length: number): number | undefined {
  return typeof position === "number" &&
    Number.isInteger(position) &&
    position >= 1 &&
    position <= length
    ? position - 1
    : undefined;
}

function inputNamed(reading: CellReading): AnalysisInput {
  const label = String(reading);
  const id = INPUT_SPECS.find((s) => s.label === label)?.id;
  return id ? { label, inputId: id } : { label };
}

function outputNamed(reading: CellReading): { outputLabel: string; outputId?: OutputId } {
  const outputLabel = String(reading);
  const id = OUTPUT_SPECS.find((s) => s.label === outputLabel)?.id;
  return id ? { outputLabel, outputId: id } : { outputLabel };
}
