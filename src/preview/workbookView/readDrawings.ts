/**
 * What the engine cannot draw, read for the view: the plan's charts (their categories and
 * series values as the formulas compute them now) and its colour scales (each cell's fill by
 * Excel's rule, src/workbook/colorScale.ts). IronCalc has neither (docs/HOSTS.md).
 *
 * Pure reading, like readSheet: nothing here changes what the workbook holds.
 */
import type { Model } from "@ironcalc/wasm";
import type { ChartType, PlanColorScale } from "../../workbook/plan";
import { parseCellAddress } from "../../workbook/a1";
import { colourScaleFills } from "../../workbook/colorScale";
import { readCell, readNumbers } from "../engine/cells";

/** A block of cells on one sheet of the engine, 0-based. */
export interface EngineRange {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
}

/** A chart of the plan, its references found in the engine (the host knows where sheets are). */
export interface DrawnChart {
  readonly key: string;
  readonly type: ChartType;
  readonly title: string;
  readonly valueAxisTitle: string;
  readonly categories: EngineRange;
  readonly series: readonly { readonly name: string; readonly values: EngineRange }[];
}

/** The charts and colour scales of one sheet. */
export interface SheetDrawings {
  readonly charts: readonly DrawnChart[];
  readonly colorScales: readonly PlanColorScale[];
}

/** A chart as the view draws it: a number, or null for a gap (text, error, empty). */
export interface ViewChart {
  readonly key: string;
  readonly type: ChartType;
  readonly title: string;
  readonly valueAxisTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
  }[];
}

/** The cells of a range in reading order (one column or one row for a chart's series). */
function cellsOf(range: EngineRange): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  for (let r = 0; r < range.height; r++)
    for (let c = 0; c < range.width; c++)
      cells.push({ row: range.row + r, column: range.column + c });
  return cells;
}

export function readChart(model: Model, chart: DrawnChart): ViewChart {
  const categories = cellsOf(chart.categories).map(({ row, column }) => {
    const cell = readCell(model, chart.categories.sheet, row, column);
    return cell.kind === "empty" ? "" : String(cell.value);
  });
  const series = chart.series.map((s) => ({
    name: s.name,
    values: readNumbers(model, s.values.sheet, s.values).flat(),
  }));
  return {
    key: chart.key,
    type: chart.type,
    title: chart.title,
    valueAxisTitle: chart.valueAxisTitle,
    categories,
    series,
  };
}

/** The colour scales' fills of sheet `sheet`, by "row,column" 1-based (as the view keys cells). */
export function readScaleFills(
  model: Model,
  sheet: number,
  scales: readonly PlanColorScale[]
): Map<string, string> {
  const fills = new Map<string, string>();
  for (const scale of scales) {
    const range = rangeOfAddress(sheet, scale.address);
    const cells = cellsOf(range);
    const values = readNumbers(model, sheet, range).flat();
    colourScaleFills(values, scale).forEach((fill, i) => {
      const cell = cells[i];
      if (fill !== undefined && cell) fills.set(`${cell.row + 1},${cell.column + 1}`, fill);
    });
  }
  return fills;
}

/** "C11:M26" (or "$C$11") on sheet `sheet` as an EngineRange. */
export function rangeOfAddress(sheet: number, address: string): EngineRange {
  const [from = "", to = from] = address.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  return {
    sheet,
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    height: Math.abs(b.row - a.row) + 1,
    width: Math.abs(b.column - a.column) + 1,
  };
}
