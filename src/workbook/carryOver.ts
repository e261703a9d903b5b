/**
 * What of the analyst's work goes over to a new layout (carryWork) and the plan that writes it
 * (planWithCarriedWork), decided from what a host read (layouts.ts has the cells as found):
 * the input values, read through their names; the figure rows marked Overridden and every row
 * of the saved scenarios, read by their tables' headers; every other cell of the analyst's an
 * older layout wrote (the cases, the analysis sheets' choices) is left where it is, unwritten. A column the analyst moved stops the
 * upgrade (columnOrder.ts): written back in the plan's order, its cells would no longer be where
 * the analyst's own formulas point. Cells go over as found: a formula stays a formula, a text
 * stays text. Pure.
 *
 * Generic over slots (slots.ts): an input the older layout did not have is not carried, and
 * starts at the article's value; a table column it did not have (PlanTableColumn.since) is not
 * required, and the rows carried get the column's `fill` (the article's value) in it.
 */
import { formatValue, type InputId } from "../model";
import type { HostProblem } from "./host";
import { outOfOrder, type FoundHeader } from "./columnOrder";
import { carriedCell, isEmptyCell, type FoundCell } from "./layouts";
import {
  columnHeaderGone,
  keptFigureLine,
  keptInputFormula,
  keptInputLine,
  keptAnalystCells,
  keptInputNotANumber,
  keptScenariosCount,
  NO_SCENARIOS_CARRIED,
  rowsBeyondCapacity,
  SCENARIOS_TABLE_NOT_FOUND,
  yourColumnInTable,
  type LoadKind,
} from "./messages/load";
import {
  planInputs,
  type CellBlock,
  type InputCell,
  type PlanCell,
  type PlanTable,
  type WorkbookPlan,
} from "./plan";

/**
 * A table as found: its header row's values (with its name and sheet as the workbook names
 * them: FoundHeader) and the body rows below it.
 */
export interface FoundTable extends FoundHeader {
  /** The body rows read (none on a reload: it leaves them as they are). */
  readonly rows: readonly (readonly FoundCell[])[];
  /**
   * The saved scenarios only: ROWS_READ_BELOW rows right below the table's capacity, and the
   * sheet's row number (1-based) of the first, where an analyst may have typed more scenarios.
   */
  readonly below?: {
    readonly firstRow: number;
    readonly rows: readonly (readonly FoundCell[])[];
  };
}

/**
 * Rows read below the saved scenarios' capacity, by every load over the add-in's sheets (reload
 * and upgrade alike, in both hosts): where an analyst types more scenarios. In Excel, typing in
 * the row right below a table grows the table by that row, so such rows are either inside the
 * grown table or right below it, one after the other. Only reported, never written: the layouts
 * keep the table where it was, so they stay where they are.
 *
 * Why 100: a fixed window keeps the read a small part of the survey's one round trip (100 rows
 * of the table's columns, about 1,200 cells, far under the request size Excel on the web takes:
 * docs/HOSTS.md, "Office.js in Excel"),
 * whatever the sheet holds below; it is five times the table's 20 rows, more scenarios than
 * anyone types past a table the Compare sheet does not read. Rows further down (or a table
 * grown past them) are not seen, so not warned of; like every cell of the analyst's below the
 * table, they are never written. Reload and upgrade read the same window, so they warn alike.
 */
export const ROWS_READ_BELOW = 100;

export interface FoundWork {
  /** Each input's cell, read through its name; absent when the workbook has no such cell. */
  readonly inputs: Partial<Record<InputId, FoundCell>>;
  /** Each of the add-in's tables, found through its marker (or where the layout put it). */
  readonly tables: Partial<Record<PlanTable["key"], FoundTable>>;
}

export interface CarriedWork {
  /** Input cells to write instead of the article's values (none when resetting). */
  readonly inputs: Partial<Record<InputId, PlanCell>>;
  /** Figure rows marked Overridden, by table key, then by the row's index in the plan. */
  readonly figureRows: ReadonlyMap<string, ReadonlyMap<number, readonly PlanCell[]>>;
  /** The saved scenarios' rows in the plan's column order (an empty row is all null). */
  readonly scenarioRows: readonly (readonly PlanCell[])[];
  /** What was carried, in the analyst's words, for the load's summary. */
  readonly kept: readonly string[];
  /** What the analyst should know (rows below the scenarios table, left where they are). */
  readonly warnings: readonly string[];
  /**
   * The older layout, whose other cells of the analyst's (the cases, the analysis sheets'
   * choices) an upgrade leaves as they are: absent on a reset, which writes the article's.
   */
  readonly leaveAnalystCellsOf?: number;
}

export type Carried =
  | { readonly ok: true; readonly work: CarriedWork }
  | { readonly ok: false; readonly problems: readonly HostProblem[] };

/**
 * What goes over to the new layout. Resetting to the article drops the input values and the
 * overridden figures, as a reset of the same layout does; saved scenarios go over even then.
 * Stops (nothing changed) when a table's headers no longer say where the analyst's work is, or
 * when the saved scenarios table is gone, except on a reset: that goes on without saved
 * scenarios and warns (an analyst who deleted the Scenarios sheet has no other way forward).
 */
export function carryWork(
  plan: WorkbookPlan,
  found: FoundWork,
  options: {
    readonly resetInputs: boolean;
    /**
     * The layout the workbook holds (layoutStep's `from`): what it added is carried, what
     * later layouts added is not there. Default: the layout before the plan's.
     */
    readonly from?: number;
  }
): Carried {
  const from = options.from ?? plan.version - 1;
  const problems: HostProblem[] = [];
  const kept: string[] = [];
  const warnings: string[] = [];

  const inputs: Partial<Record<InputId, PlanCell>> = {};
  if (!options.resetInputs) {
    for (const input of planInputs(plan)) {
      const cell = found.inputs[input.id];
      // An input of a later layout than the workbook's has no cell there yet (whatever a host
      // read where the plan puts it): it starts at the article's value.
      if (cell === undefined || (input.since ?? 1) > from) continue;
      inputs[input.id] = carriedCell(cell);
      const line = keptInput(input, cell);
      if (line) kept.push(line);
    }
  }

  const figureRows = new Map<string, Map<number, PlanCell[]>>();
  let scenarioRows: PlanCell[][] = [];
  for (const table of plan.tables) {
    const foundTable = found.tables[table.key];
    if (!foundTable) {
      // Only the saved scenarios stop an upgrade when missing, and only a plain load: a reset
      // asks for the article's layout and gets it, with an empty scenarios table (said below).
      if (table.analystData && options.resetInputs) warnings.push(NO_SCENARIOS_CARRIED);
      else if (table.analystData) problems.push(SCENARIOS_TABLE_NOT_FOUND);
      continue;
    }
    const columns = tableColumns(table, foundTable, from, problems);
    if (!columns) continue;
    // Where the older table has the column, its cell; where it had none, the column's fill.
    const rowOf = (cells: readonly FoundCell[]): PlanCell[] =>
      columns.map((index, j) =>
        index === NEWER ? (table.columns[j]?.fill ?? null) : carriedCell(cells[index] ?? EMPTY)
      );
    const foundColumns = columns.filter((index) => index !== NEWER);
    if (table.analystData) {
      scenarioRows = foundTable.rows.map((cells) =>
        foundColumns.every((index) => isEmptyCell(cells[index]))
          ? columns.map(() => null)
          : rowOf(cells)
      );
      while (
        scenarioRows.length > 0 &&
        scenarioRows[scenarioRows.length - 1]?.every((c) => c === null)
      ) {
        scenarioRows.pop();
      }
      const saved = scenarioRows.filter((r) => r.some((c) => c !== null)).length;
      if (saved > 0) kept.push(keptScenariosCount(saved));
      const below = rowsBelow(table, foundTable, foundColumns, "upgrade");
      if (below) warnings.push(below);
    } else if (table.keepRowsMarkedBy && !options.resetInputs) {
      const marked = overriddenRows(table, foundTable, columns, rowOf);
      for (const [, row] of marked) kept.push(keptFigureLine(foundTable.tableName, String(row[0])));
      if (marked.size > 0) figureRows.set(table.key, marked);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!options.resetInputs) {
    const sheets = leftAnalystSheets(plan, from);
    if (sheets.length > 0) kept.push(keptAnalystCells(sheets));
  }
  const left = options.resetInputs ? {} : { leaveAnalystCellsOf: from };
  return { ok: true, work: { inputs, figureRows, scenarioRows, kept, warnings, ...left } };
}

const EMPTY: FoundCell = { formula: null, kind: "empty", value: "" };

/** In tableColumns' answer: a column of a later layout than the workbook's, so not there. */
const NEWER = -1;

/**
 * The found column of each planned column, by header (trimmed, case-insensitive), or NEWER for
 * a column added after the layout `from` that the table does not have. A planned header of
 * layout `from` or older that is gone, columns out of the plan's order, or a column of the
 * analyst's inside the table's planned width (which the new layout writes) stop the upgrade.
 */
function tableColumns(
  table: PlanTable,
  found: FoundTable,
  from: number,
  problems: HostProblem[]
): number[] | undefined {
  const headers = found.header.map((h) => normalise(String(h ?? "")));
  const planned = new Set(table.columns.map((c) => normalise(c.header)));
  const columns: number[] = [];
  let ok = true;
  for (const column of table.columns) {
    const index = headers.indexOf(normalise(column.header));
    if (index >= 0) {
      columns.push(index);
      continue;
    }
    if ((column.since ?? 1) > from) {
      columns.push(NEWER);
      continue;
    }
    ok = false;
    problems.push(columnHeaderGone(found, column.header));
  }
  const order = outOfOrder(table, found);
  if (order) {
    ok = false;
    problems.push(order);
  }
  const theirs = headers
    .slice(0, table.columns.length)
    .map((h, i) => ({ h, text: String(found.header[i] ?? "") }))
    .filter(({ h }) => h !== "" && !planned.has(h));
  for (const { text } of theirs) {
    ok = false;
    problems.push(yourColumnInTable(found, text));
  }
  return ok ? columns : undefined;
}

/**
 * What a reload (this layout) warns of: rows below the saved scenarios' capacity that hold
 * something, in the words an upgrade uses (rowsBelow). A reload reads no body rows and writes
 * none, so they stay where they are; its columns are where the plan put them (misplacedTables
 * stops a reload otherwise), so the table's planned columns are the first ones found.
 */
export function reloadWarnings(
  plan: WorkbookPlan,
  found: Partial<Record<PlanTable["key"], FoundTable>>
): string[] {
  return plan.tables.flatMap((table) => {
    const foundTable = found[table.key];
    if (!table.analystData || !foundTable) return [];
    const below = rowsBelow(
      table,
      foundTable,
      table.columns.map((_, i) => i),
      "reload"
    );
    return below ? [below] : [];
  });
}

/**
 * The warning for rows beyond the saved scenarios' capacity that hold something in the table's
 * columns: the pane and the Compare sheet use the first `capacity` rows only, and a load writes
 * those only (an upgrade) or none (a reload), so they stay where they are (nothing is deleted)
 * and the analyst is told. The one wording of it, for both loads and both hosts.
 */
function rowsBelow(
  table: PlanTable,
  found: FoundTable,
  columns: readonly number[],
  load: LoadKind
): string | undefined {
  if (!found.below) return undefined;
  const { firstRow, rows } = found.below;
  const used = rows.flatMap((cells, i) =>
    columns.some((index) => !isEmptyCell(cells[index])) ? [firstRow + i] : []
  );
  if (used.length === 0) return undefined;
  return rowsBeyondCapacity(found, table.capacity, used, load);
}

/** Rows marked Overridden, matched to the plan's rows by figure id (else by position). */
function overriddenRows(
  table: PlanTable,
  found: FoundTable,
  columns: readonly number[],
  rowOf: (cells: readonly FoundCell[]) => PlanCell[]
): Map<number, PlanCell[]> {
  const flag = table.columns.findIndex((c) => c.key === table.keepRowsMarkedBy);
  const idColumn = table.columns.findIndex((c) => c.key === "id");
  const marked = new Map<number, PlanCell[]>();
  found.rows.forEach((cells, position) => {
    const cell = cells[columns[flag] ?? -1];
    if (cell?.kind !== "boolean" || cell.value !== true) return;
    const id = String(cells[columns[idColumn] ?? -1]?.value ?? "").trim();
    const byId = table.rows.findIndex((r) => r[idColumn] === id);
    const index = byId >= 0 ? byId : position;
    if (index < table.rows.length && !marked.has(index)) marked.set(index, rowOf(cells));
  });
  return marked;
}

function keptInput(input: InputCell, cell: FoundCell): string | undefined {
  const { label, unit, base } = input;
  if (cell.formula !== null) return keptInputFormula(label, cell.formula);
  if (cell.kind !== "number") {
    return keptInputNotANumber(label, String(cell.value));
  }
  const value = Number(cell.value);
  if (Math.abs(value - base) <= 1e-12 * Math.max(Math.abs(value), Math.abs(base))) return undefined;
  return keptInputLine(label, formatValue(value, unit), formatValue(base, unit));
}

function normalise(text: string): string {
  return text.trim().toLocaleUpperCase("en-US");
}

/* ---- The plan with the carried work in place ---- */

/**
 * This layout's plan, with the carried input cells in the inputs block, the overridden figure
 * rows in their tables and the saved scenarios as the scenarios table's rows: written whole by
 * an applier (as a new workbook is), it upgrades the workbook and keeps the analyst's work.
 */
export function planWithCarriedWork(plan: WorkbookPlan, work: CarriedWork): WorkbookPlan {
  const from = work.leaveAnalystCellsOf;
  const sheets = plan.sheets.map((sheet) => {
    const blocks =
      from === undefined
        ? sheet.blocks
        : sheet.blocks.filter((block) => !leftInPlace(plan, sheet.key, block, from));
    return sheet.key !== "inputs"
      ? { ...sheet, blocks }
      : { ...sheet, blocks: blocks.map((block) => withInputs(plan, block, work)) };
  });
  const tables = plan.tables.map((table): PlanTable => {
    if (table.analystData) {
      const formats = table.columns.map((c) => c.numberFormat);
      return {
        ...table,
        rows: work.scenarioRows,
        numberFormats: work.scenarioRows.map(() => formats),
      };
    }
    const marked = work.figureRows.get(table.key);
    if (!marked) return table;
    return { ...table, rows: table.rows.map((row, i) => marked.get(i) ?? row) };
  });
  return { ...plan, sheets, tables };
}

/**
 * An analyst's block an upgrade leaves where it is: the older layout wrote it (so the analyst's
 * entries are there) and it holds no input value (those are carried by name, withInputs).
 */
function leftInPlace(
  plan: WorkbookPlan,
  sheetKey: string,
  block: CellBlock,
  from: number
): boolean {
  if (!block.analystData || (block.since ?? 1) > from) return false;
  const inBlock = (at: InputCell): boolean =>
    at.sheet === sheetKey &&
    at.row >= block.row &&
    at.row < block.row + block.cells.length &&
    at.column >= block.column &&
    at.column < block.column + (block.cells[0]?.length ?? 0);
  return !planInputs(plan).some(inBlock);
}

/** The names of the sheets whose analyst's blocks an upgrade from `from` leaves in place. */
function leftAnalystSheets(plan: WorkbookPlan, from: number): string[] {
  return plan.sheets
    .filter((sheet) => sheet.blocks.some((b) => leftInPlace(plan, sheet.key, b, from)))
    .map((sheet) => sheet.name);
}

function withInputs(plan: WorkbookPlan, block: CellBlock, work: CarriedWork): CellBlock {
  if (!block.analystData) return block;
  const cells = block.cells.map((row, i) =>
    row.map((cell, j) => {
      const id = planInputs(plan).find(
        (at) => at.row === block.row + i && at.column === block.column + j
      )?.id;
      const carried = id === undefined ? undefined : work.inputs[id];
      return carried === undefined ? cell : carried;
    })
  );
  return { ...block, cells };
}
