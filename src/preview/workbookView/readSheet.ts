/**
 * One sheet of the engine's workbook as the view draws it: every cell's text formatted by the
 * engine itself (IronCalc's getFormattedCellValue applies the cell's number format, as Excel
 * would show it), its look (fill, font, alignment) and whether it is an input cell.
 *
 * Pure reading: nothing here changes the workbook. Styles only change when the article is
 * loaded, so they are read once per sheet and kept in a StyleCache that the caller clears
 * after a load; a slider step then re-reads values only.
 */
import type { CellStyle, Color, Model } from "@ironcalc/wasm";
import { readableTextColour } from "./contrast";
import type { ViewChart } from "./readDrawings";

/** IronCalc's getCellType codes. */
const CELL_TYPE = { number: 1, text: 2, boolean: 4, error: 16 } as const;

/** Columns scanned for data: the add-in's widest sheet is well within this. */
const SCAN_COLUMNS = 40;
/** A blank sheet still shows a few rows and columns, as a spreadsheet does. */
const MIN_ROWS = 12;
const MIN_COLUMNS = 6;
/** Very wide columns (long sentences) are capped; their text wraps. */
const MAX_COLUMN_PX = 360;

export type ViewCellKind = "number" | "text" | "boolean" | "error" | "empty";

export interface CellLook {
  readonly fill: string | undefined;
  readonly color: string | undefined;
  readonly bold: boolean;
  readonly italic: boolean;
  /** "general": numbers right, text left, booleans and errors centred, as in Excel. */
  readonly align: "general" | "left" | "center" | "right";
  readonly wrap: boolean;
}

export interface ViewCell {
  readonly text: string;
  readonly kind: ViewCellKind;
  readonly look: CellLook;
  /** One of the named input cells that the sliders write. */
  readonly input: boolean;
}

export interface SheetSnapshot {
  readonly index: number;
  readonly name: string;
  /** rows[r][c], 0-based, from A1. */
  readonly rows: readonly (readonly ViewCell[])[];
  readonly columnWidthsPx: readonly number[];
  readonly frozenRows: number;
  /** The plan's charts on this sheet, drawn by the view (the engine has none). */
  readonly charts: readonly ViewChart[];
}

/** Styles by "row,column" (1-based), per sheet index. Clear it when the workbook is reloaded. */
export type StyleCache = Map<number, Map<string, CellLook>>;

/**
 * Reads sheet `index` (0-based, as IronCalc) of `model`. `inputCells` holds the input cells of
 * this sheet as "row,column", 1-based.
 */
export function readSheet(
  model: Model,
  index: number,
  inputCells: ReadonlySet<string>,
  styles: StyleCache = new Map(),
  drawn: { scaleFills?: ReadonlyMap<string, string>; charts?: readonly ViewChart[] } = {}
): SheetSnapshot {
  const properties = model.getWorksheetsProperties()[index];
  const { rows: height, columns: width, filled } = usedExtent(model, index);
  let sheetStyles = styles.get(index);
  if (!sheetStyles) {
    sheetStyles = new Map();
    styles.set(index, sheetStyles);
  }
  const rows: ViewCell[][] = [];
  for (let row = 1; row <= height; row++) {
    const cells: ViewCell[] = [];
    for (let column = 1; column <= width; column++) {
      const key = `${row},${column}`;
      let look = sheetStyles.get(key);
      if (!look) {
        look = lookOf(model, model.getCellStyle(index, row, column).style);
        sheetStyles.set(key, look);
      }
      const value = filled.has(key) ? valueOf(model, index, row, column) : EMPTY;
      const scaled = drawn.scaleFills?.get(key);
      if (scaled !== undefined) look = scaleLook(look, scaled);
      cells.push({ ...value, look, input: inputCells.has(key) });
    }
    rows.push(cells);
  }
  const columnWidthsPx = Array.from({ length: width }, (_, i) =>
    Math.min(MAX_COLUMN_PX, Math.round(model.getColumnWidth(index, i + 1)))
  );
  return {
    index,
    name: properties?.name ?? `Sheet ${index + 1}`,
    rows,
    columnWidthsPx,
    frozenRows: model.getFrozenRowsCount(index),
    charts: drawn.charts ?? [],
  };
}

/**
 * The rows and columns that hold data (at least a small blank grid), and which cells do, as
 * "row,column" 1-based: the engine answers per column, and the view then asks nothing of the
 * empty cells (each question to the engine costs tens of microseconds).
 */
function usedExtent(
  model: Model,
  sheet: number
): { rows: number; columns: number; filled: Set<string> } {
  let rows = 0;
  let columns = 0;
  const filled = new Set<string>();
  for (let column = 1; column <= SCAN_COLUMNS; column++) {
    const withData = model.getRowsWithData(sheet, column);
    if (withData.length === 0) continue;
    columns = column;
    for (const row of withData) {
      rows = Math.max(rows, row);
      filled.add(`${row},${column}`);
    }
  }
  return { rows: Math.max(rows, MIN_ROWS), columns: Math.max(columns, MIN_COLUMNS), filled };
}

const EMPTY = { text: "", kind: "empty" } as const;

/** A cell that holds something: its text as formatted by the engine, and what kind it is. */
function valueOf(
  model: Model,
  sheet: number,
  row: number,
  column: number
): { text: string; kind: ViewCellKind } {
  const text = model.getFormattedCellValue(sheet, row, column);
  const type = model.getCellType(sheet, row, column);
  const kind: ViewCellKind =
    type === CELL_TYPE.number
      ? "number"
      : type === CELL_TYPE.boolean
        ? "boolean"
        : type === CELL_TYPE.error
          ? "error"
          : "text";
  // A formula that gives "" (an empty scenario row) reads as text ""; show it as empty.
  return text === "" && kind === "text" ? EMPTY : { text, kind };
}

/** The cell's look as the engine holds it, with the text colour made readable on its fill. */
function lookOf(model: Model, style: CellStyle): CellLook {
  const fill = colourOf(model, style.fill.color);
  const font = colourOf(model, style.font.color);
  const horizontal = style.alignment?.horizontal;
  return {
    fill,
    color: font ? readableTextColour(font, fill ?? "#FFFFFF") : undefined,
    bold: style.font.b,
    italic: style.font.i,
    align:
      horizontal === "center" || horizontal === "right" || horizontal === "left"
        ? horizontal
        : "general",
    wrap: style.alignment?.wrap_text ?? false,
  };
}

/** A colour scale's fill over the cell's own, as Excel draws a conditional format. */
function scaleLook(look: CellLook, fill: string): CellLook {
  return { ...look, fill, color: readableTextColour(look.color ?? "#000000", fill) };
}

function colourOf(model: Model, colour: Color): string | undefined {
  if (colour === undefined) return undefined;
  const css = typeof colour === "string" ? colour : model.resolveColor(colour);
  return /^#[0-9a-f]{6}$/i.test(css) ? css.toUpperCase() : undefined;
}
