/**
 * What an exported .xlsx holds, read from the plan and the engine: the plan says where every
 * sheet, cell, table, name and style is; the engine says what each cell holds now (the
 * analyst's input values and saved scenarios) and what each formula computes. The result is
 * plain data, so the file writer (xlsxPackage.ts) never touches the engine.
 *
 * Formulas are the plan's own text (the Excel host writes the same), with the value IronCalc
 * computed as the cached result. A cell that is not a formula in the plan is written as the
 * engine holds it: text stays text, whatever it looks like.
 */
import type { SheetRules } from "./sheetRules";
import type { Model } from "@ironcalc/wasm";
import { parseCellAddress, rangeAddress } from "../../workbook/a1";
import { previewMessages } from "../../workbook/messages/pane";
import {
  ROLE_STYLES,
  isFormula,
  type NumberFormat,
  type PlanCell,
  type PlanChart,
  type PlanSheet,
  type PlanTable,
  type RoleStyle,
  type StyleRole,
  type WorkbookPlan,
} from "../../workbook/plan";
import { readCell, sheetIndexByName, type EngineCell } from "../engine/cells";

/** How a cell looks: its number format and the merged look of its style roles. */
export interface CellLook {
  readonly numberFormat: NumberFormat;
  readonly style: RoleStyle;
}

export interface ExportCell {
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  /** The value the cell holds, or a formula's computed value. */
  readonly value: EngineCell;
  /** A native formula as typed, with its "="; absent for a value. */
  readonly formula?: string;
  readonly look: CellLook;
}

export interface ExportTable {
  readonly name: string;
  /** Header and body, e.g. "A4:J9". */
  readonly ref: string;
  /** The header texts, in order (they are also the header cells' text). */
  readonly columns: readonly string[];
}

export interface ExportSheet {
  readonly name: string;
  /** Row by row, left to right. */
  readonly cells: readonly ExportCell[];
  readonly columnWidths: PlanSheet["columnWidths"];
  readonly frozenRows: number;
  readonly tables: readonly ExportTable[];
  /** The plan's charts on this sheet (the Compare sheet's), drawn from its cells. */
  readonly charts?: readonly PlanChart[];
  /** The plan's colour scales and drop-down lists on this sheet (sheetRules.ts). */
  readonly rules?: SheetRules;
}

export interface ExportName {
  readonly name: string;
  /** As typed, with its "=" (a reference or a LAMBDA). */
  readonly formula: string;
  readonly comment?: string;
  /** The ownership markers, hidden from Name Manager as the Excel host hides them. */
  readonly hidden: boolean;
}

export interface ExportWorkbook {
  /** In tab order. */
  readonly sheets: readonly ExportSheet[];
  readonly names: readonly ExportName[];
}

/** Thrown when the engine's workbook does not hold the plan (the article is not loaded). */
export class NothingToExportError extends Error {
  constructor(sheetName: string) {
    super(previewMessages.nothingToExport(sheetName));
    this.name = "NothingToExportError";
  }
}

/** A cell the sheet will hold: where, what the plan put there, and its look so far. */
interface Slot {
  readonly row: number;
  readonly column: number;
  planned: PlanCell;
  numberFormat: NumberFormat;
  style: RoleStyle;
}

/** The plan's workbook as the engine holds it now. */
export function readWorkbookForExport(model: Model, plan: WorkbookPlan): ExportWorkbook {
  const sheets = plan.sheets.map((sheet) => {
    const index = sheetIndexByName(model, sheet.name);
    if (index < 0) throw new NothingToExportError(sheet.name);
    const read = readSheet(
      model,
      index,
      sheet,
      plan.tables.filter((t) => t.sheet === sheet.key)
    );
    const rules: SheetRules = {
      ...(sheet.colorScales ? { colorScales: sheet.colorScales } : {}),
      ...(sheet.listValidations ? { listValidations: sheet.listValidations } : {}),
      ...(sheet.wholeNumberValidations
        ? { wholeNumberValidations: sheet.wholeNumberValidations }
        : {}),
    };
    return { ...read, charts: plan.charts.filter((c) => c.sheet === sheet.key), rules };
  });
  // Reading a number flips its cell's format and back (engine/cells.ts), and IronCalc queues
  // every such change for collaborators; nobody collaborates here, so drop the queue, as the
  // preview workbook does after its own changes.
  model.flushSendQueue();
  const names: ExportName[] = [
    ...plan.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      hidden: false,
    })),
    ...plan.ownership.map((m) => ({ name: m.markerName, formula: m.formula, hidden: true })),
  ];
  return { sheets, names };
}

function readSheet(
  model: Model,
  index: number,
  sheet: PlanSheet,
  tables: readonly PlanTable[]
): ExportSheet {
  const slots = new Map<string, Slot>();
  const slot = (row: number, column: number): Slot => {
    const key = `${row},${column}`;
    let found = slots.get(key);
    if (!found) {
      found = { row, column, planned: null, numberFormat: null, style: {} };
      slots.set(key, found);
    }
    return found;
  };
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        const at = slot(block.row + i, block.column + j);
        at.planned = cell;
        at.numberFormat = block.numberFormats[i]?.[j] ?? null;
      })
    );
  }
  // As the Excel host: the sheet's styled ranges first, then each table's header and body.
  for (const styled of sheet.styles) styleRange(styled.address, styled.role, slot);
  const exported = tables.map((table) => planTable(table, slot));

  const cells = [...slots.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((at) => exportCell(model, index, at));
  return {
    name: sheet.name,
    cells,
    columnWidths: sheet.columnWidths,
    frozenRows: sheet.frozenRows,
    tables: exported,
  };
}

/**
 * A table's cells: the header, and the body over its whole capacity (saved scenarios fill
 * rows of it later), as the Excel host makes it. Body rows take their planned number formats;
 * rows beyond the planned ones take their column's.
 */
function planTable(table: PlanTable, slot: (row: number, column: number) => Slot): ExportTable {
  const bodyRows = Math.max(table.capacity, table.rows.length);
  table.columns.forEach((column, j) => {
    const header = slot(table.headerRow, table.column + j);
    header.planned = column.header;
    header.style = { ...header.style, ...ROLE_STYLES.header };
    for (let i = 0; i < bodyRows; i++) {
      const at = slot(table.headerRow + 1 + i, table.column + j);
      at.planned = table.rows[i]?.[j] ?? null;
      at.numberFormat = table.numberFormats[i]?.[j] ?? column.numberFormat;
      at.style = { ...at.style, ...ROLE_STYLES[table.bodyRole] };
    }
  });
  return {
    name: table.name,
    ref: rangeAddress(table.headerRow, table.column, 1 + bodyRows, table.columns.length),
    columns: table.columns.map((c) => c.header),
  };
}

function styleRange(
  address: string,
  role: StyleRole,
  slot: (row: number, column: number) => Slot
): void {
  const { top, left, bottom, right } = bounds(address);
  for (let row = top; row <= bottom; row++) {
    for (let column = left; column <= right; column++) {
      const at = slot(row, column);
      at.style = { ...at.style, ...ROLE_STYLES[role] };
    }
  }
}

/** "B5:D9" → 0-based bounds. */
function bounds(address: string): { top: number; left: number; bottom: number; right: number } {
  const [first = "", last = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/**
 * The cell as the engine holds it. A planned formula keeps the plan's text (the Excel host
 * writes the same) while the engine still holds a formula there; a formula the plan did not
 * put there is the engine's text; anything else is the engine's value (an input the analyst
 * changed, a saved scenario).
 */
function exportCell(model: Model, sheet: number, at: Slot): ExportCell {
  const value = readCell(model, sheet, at.row, at.column);
  const look = { numberFormat: at.numberFormat, style: at.style };
  const content = model.getCellContent(sheet, at.row + 1, at.column + 1);
  if (!content.startsWith("=")) return { row: at.row, column: at.column, value, look };
  const formula = isFormula(at.planned) ? at.planned.formula : content;
  return { row: at.row, column: at.column, value, formula, look };
}
