/**
 * What a read of the Sensitivity and Map sheets' results means, once for both hosts: each host
 * reads the cells of the names below (Excel through the defined names, the preview through the
 * sheets' markers) in the same round trip as the inputs and outputs, and this turns them into
 * the AnalysisReadings the pane draws. Every number is the workbook's, never recomputed here;
 * a cell that is not a number (an error, "never", "unbounded") is its text, never NaN. Pure.
 */
import { INPUT_SPECS, OUTPUT_SPECS, type InputId, type OutputId } from "../../model";
import type { CellReading } from "../host";
import { mapName, sensitivityName } from "../names";
import type { WorkbookPlan } from "../plan";
import type { ShownValue } from "../sharing/cellValues";

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

/** Each part is absent when a name of it is gone (a workbook of an older layout has none). */
export interface AnalysisReadings {
  readonly tornado?: TornadoReadings;
  readonly map?: MapReadings;
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

/** One name to read: its name and the reference the plan gives it ("Sensitivity!$L$7:$L$17"). */
export interface AnalysisName {
  readonly name: string;
  readonly reference: string;
}

/** The names a host reads for the analysis: those of the plan (none for a plan without the sheets). */
export function analysisNames(plan: WorkbookPlan): AnalysisName[] {
  const wanted = new Set([...TORNADO_NAMES, ...MAP_NAMES]);
  return plan.names
    .filter((n) => wanted.has(n.name))
    .map((n) => ({ name: n.name, reference: n.formula.replace(/^=/, "") }));
}

/** A name's cells as read (rows of cells), or undefined where the name or its sheet is gone. */
export type AnalysisCells = ReadonlyMap<string, readonly (readonly ShownValue[])[] | undefined>;

type Block = CellReading[][];

/** The analysis the cells show; undefined when neither part could be read. */
export function analysisFromCells(cells: AnalysisCells): AnalysisReadings | undefined {
  const blocks = (names: readonly string[]): Block[] | undefined => {
    const read = names.map((name) => cells.get(name)?.map((row) => row.map(reading)));
    return read.every((b) => b !== undefined) ? (read as Block[]) : undefined;
  };
  const sens = blocks(TORNADO_NAMES);
  // The article's point is optional: the grid shows without it.
  const map = blocks(MAP_NAMES.slice(0, 6));
  if (!sens && !map) return undefined;
  return {
    ...(sens ? { tornado: tornadoFrom(sens) } : {}),
    ...(map ? { map: mapFrom(map, blocks(MAP_NAMES.slice(6))) } : {}),
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
