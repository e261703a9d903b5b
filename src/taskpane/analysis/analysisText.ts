/**
 * The Analysis section's numbers as the pane shows them: each the workbook's own reading (a
 * number, "never", an error's text), put in the analyst's units, never recomputed. The map's
 * fills are Excel's colour scale of the Map sheet (src/workbook/colorScale.ts), with black text,
 * which every fill of that scale keeps readable (test/taskpane/analysis.test.tsx). Pure.
 */
import {
  formatValue,
  inputSpec,
  outputSpec,
  type InputId,
  type OutputId,
  type Unit,
} from "../../model";
import { colourScaleFills } from "../../workbook/colorScale";
import type { CellReading } from "../../workbook/host";
import { analysisMessages } from "../../workbook/messages/analysis";
import { MAP_COLOURS } from "../../workbook/sheets/map";
import { readingView } from "../results/readingText";

/** The text on every cell of the heat grid: black on the scale's light fills. */
export const GRID_TEXT_COLOUR = "#000000";

export function outputUnit(id: OutputId | undefined): Unit | undefined {
  return id === undefined ? undefined : outputSpec(id).unit;
}

export function inputUnit(id: InputId | undefined): Unit | undefined {
  return id === undefined ? undefined : inputSpec(id).unit;
}

/** A reading in its unit ("5.33 years", "Never runs out", "#NUM!"); a number without a unit as it is. */
export function readingText(reading: CellReading, unit: Unit | undefined): string {
  if (unit !== undefined) return readingView(reading, unit).text;
  return typeof reading === "number" ? reading.toLocaleString("en-US") : reading;
}

/** A swing: a number in the output's unit, or what "unbounded" and "error" mean. */
export function swingText(reading: CellReading, unit: Unit | undefined): string {
  if (reading === "unbounded") return analysisMessages.unbounded;
  if (reading === "error") return analysisMessages.swingError;
  return readingText(reading, unit);
}

/** A value short enough for a cell of the grid: the unit is said once, in the caption. */
export function compactText(reading: CellReading, unit: Unit | undefined): string {
  if (typeof reading !== "number" || unit === undefined) return readingText(reading, unit);
  return formatValue(reading, unit).replace(/ (a year|years|runs)$/, "");
}

/** Each grid cell's fill ("#RRGGBB"), or undefined where it holds no number (Excel fills none). */
export function gridFills(cells: readonly (readonly CellReading[])[]): (string | undefined)[][] {
  const fills = colourScaleFills(cells.flat(), MAP_COLOURS);
  let at = 0;
  return cells.map((row) => row.map(() => fills[at++]));
}

/** A number of the chart (a change from the output's value), or null for a gap. */
export function barValue(reading: CellReading): number | null {
  return typeof reading === "number" && Number.isFinite(reading) ? reading : null;
}
