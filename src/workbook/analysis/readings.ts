/**
 * What a read of the Sensitivity and Map sheets' results means, once for both hosts: each host
 * reads the cells of the names below (Excel through the defined names, the preview through the
 * sheets' markers) in the same round trip as the inputs and outputs, and this turns them into
 * the AnalysisReadings the pane draws. Every number is the workbook's, never recomputed here;
 * a cell that is not a number (an error, "never", "unbounded") is its text, never NaN. Pure.
 */
import {
  INPUT_SPECS,
  OUTPUT_SPECS,
  type InputId,
  type OutputId,
  type OutputSpec,
  type InputSpec,
} from "../../model";
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

/** The names the tornado needs, by what they are. */
const TORNADO_NAMES = {
  output: sensitivityName("output"),
  base: sensitivityName("base"),
  input: sensitivityName("rankedInput"),
  lowCase: sensitivityName("rankedLowCase"),
  highCase: sensitivityName("rankedHighCase"),
  atLow: sensitivityName("rankedAtLow"),
  atHigh: sensitivityName("rankedAtHigh"),
  swing: sensitivityName("rankedSwing"),
  changeAtLow: sensitivityName("rankedChangeAtLow"),
  changeAtHigh: sensitivityName("rankedChangeAtHigh"),
} as const;

const MAP_NAMES = {
  output: mapName("output"),
  rowInput: mapName("rowInput"),
  columnInput: mapName("columnInput"),
  rowValues: mapName("rowValues"),
  columnValues: mapName("columnValues"),
  values: mapName("values"),
  articleRow: mapName("articleRow"),
  articleColumn: mapName("articleColumn"),
} as const;

const ANALYSIS_NAMES: readonly string[] = [
  ...Object.values(TORNADO_NAMES),
  ...Object.values(MAP_NAMES),
];

/** One name to read: its name and the reference the plan gives it ("=Sensitivity!$L$7:$L$17"). */
export interface AnalysisName {
  readonly name: string;
  readonly reference: string;
}

/** The names a host reads for the analysis: those of the plan (none for a plan without the sheets). */
export function analysisNames(plan: WorkbookPlan): AnalysisName[] {
  const wanted = new Set(ANALYSIS_NAMES);
  return plan.names
    .filter((n) => wanted.has(n.name))
    .map((n) => ({ name: n.name, reference: n.formula.replace(/^=/, "") }));
}

/** A name's cells as read (rows of cells), or undefined where the name or its sheet is gone. */
export type AnalysisCells = ReadonlyMap<string, readonly (readonly ShownValue[])[] | undefined>;

/** The analysis the cells show; undefined when neither part could be read. */
export function analysisFromCells(cells: AnalysisCells): AnalysisReadings | undefined {
  const tornado = tornadoFrom(cells);
  const map = mapFrom(cells);
  if (!tornado && !map) return undefined;
  return { ...(tornado ? { tornado } : {}), ...(map ? { map } : {}) };
}

function tornadoFrom(cells: AnalysisCells): TornadoReadings | undefined {
  const blocks = Object.values(TORNADO_NAMES).map((name) => cells.get(name));
  if (blocks.some((block) => block === undefined)) return undefined;
  const [output, base, input, ...columns] = blocks.map((block) =>
    (block ?? []).map((row) => reading(row[0]))
  );
  const [lows, highs, los, his, swings, fromLow, fromHigh] = columns;
  const rows = (input ?? []).map((label, i): TornadoRow => ({
    rank: i + 1,
    input: inputNamed(String(label)),
    lowCase: lows?.[i] ?? "",
    highCase: highs?.[i] ?? "",
    atLow: los?.[i] ?? "",
    atHigh: his?.[i] ?? "",
    swing: swings?.[i] ?? "",
    changeAtLow: fromLow?.[i] ?? "",
    changeAtHigh: fromHigh?.[i] ?? "",
  }));
  const outputLabel = String(output?.[0] ?? "");
  const outputId = outputNamed(outputLabel)?.id;
  return { outputLabel, ...(outputId ? { outputId } : {}), base: base?.[0] ?? "", rows };
}

function mapFrom(cells: AnalysisCells): MapReadings | undefined {
  const [
    output,
    rowInput,
    columnInput,
    rowValues,
    columnValues,
    values,
    articleRow,
    articleColumn,
  ] = [
    cells.get(MAP_NAMES.output),
    cells.get(MAP_NAMES.rowInput),
    cells.get(MAP_NAMES.columnInput),
    cells.get(MAP_NAMES.rowValues),
    cells.get(MAP_NAMES.columnValues),
    cells.get(MAP_NAMES.values),
    cells.get(MAP_NAMES.articleRow),
    cells.get(MAP_NAMES.articleColumn),
  ];
  if (!output || !rowInput || !columnInput || !rowValues || !columnValues || !values) {
    return undefined;
  }
  const outputLabel = String(first(output));
  const outputId = outputNamed(outputLabel)?.id;
  const rowAt = articleRow ? indexFrom(first(articleRow), rowValues.length) : undefined;
  const columnAt = articleColumn
    ? indexFrom(first(articleColumn), columnValues[0]?.length ?? 0)
    : undefined;
  return {
    outputLabel,
    ...(outputId ? { outputId } : {}),
    rowInput: inputNamed(String(first(rowInput))),
    columnInput: inputNamed(String(first(columnInput))),
    rowValues: rowValues.map((row) => reading(row[0])),
    columnValues: (columnValues[0] ?? []).map(reading),
    cells: values.map((row) => row.map(reading)),
    ...(rowAt !== undefined ? { articleRow: rowAt } : {}),
    ...(columnAt !== undefined ? { articleColumn: columnAt } : {}),
  };
}

/** A cell as the pane shows it: its number, or its text ("never", "#N/A"); "" when empty. */
function reading(cell: ShownValue | undefined): CellReading {
  if (cell === undefined) return "";
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

function first(block: readonly (readonly ShownValue[])[]): CellReading {
  return reading(block[0]?.[0]);
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

function inputNamed(label: string): AnalysisInput {
  const spec: InputSpec | undefined = INPUT_SPECS.find((s) => s.label === label);
  return spec ? { label, inputId: spec.id } : { label };
}

function outputNamed(label: string): OutputSpec | undefined {
  return OUTPUT_SPECS.find((s) => s.label === label);
}
