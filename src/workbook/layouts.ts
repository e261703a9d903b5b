/**
 * Which layout a workbook holds, and whether a newer layout may write where an older one left
 * room (plan.ts, "Layouts"), decided from what a host read: cells as found, the stamp, the
 * cells of new blocks. Pure; carryOver.ts says what of the analyst's work goes over.
 */
import type { HostProblem } from "./host";
import {
  isFormula,
  type CellBlock,
  type PlanCell,
  type PlanSheet,
  type PlanTable,
  type WorkbookPlan,
} from "./plan";
import { rangeAddress } from "./a1";

/** What a cell holds, as a host found it (Excel's valueTypes, IronCalc's cell types). */
export type FoundKind = "number" | "text" | "boolean" | "error" | "empty";

export interface FoundCell {
  /** The formula with its "=", when the cell holds one; null for a constant or nothing. */
  readonly formula: string | null;
  readonly kind: FoundKind;
  /** The value shown: a number, the text, a boolean, or an error's text ("#N/A"). */
  readonly value: unknown;
}

/** A cell as the plan writes it again: formulas stay formulas, text stays text. */
export function carriedCell(cell: FoundCell): PlanCell {
  if (cell.formula !== null) return { formula: cell.formula };
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
      return Number(cell.value);
    case "boolean":
      return cell.value === true;
    case "error":
      // A typed error constant (#N/A): typed back as the formula that gives it.
      return { formula: `=${String(cell.value)}` };
    default:
      return String(cell.value);
  }
}

export function isEmptyCell(cell: FoundCell | undefined): boolean {
  return cell === undefined || (cell.formula === null && cell.kind === "empty");
}

/* ---- Which layout the workbook holds ---- */

/** The stamp as a host found it: no usable name (layout 1), or the cell the name points at. */
export type FoundStamp =
  | { readonly found: false }
  | { readonly found: true; readonly cell: FoundCell; readonly where: string };

export type LayoutStep =
  | { readonly kind: "current" }
  | { readonly kind: "upgrade"; readonly from: number }
  | { readonly kind: "refuse"; readonly problem: HostProblem };

/** For a workbook with the add-in's markers: what a load must do about its layout. */
export function layoutStep(stamp: FoundStamp, current: number): LayoutStep {
  // Layout 1 wrote no stamp: markers without a stamp are layout 1.
  const version = stamp.found ? stampVersion(stamp.cell) : 1;
  if (version === undefined && stamp.found) {
    return { kind: "refuse", problem: unreadableStamp(stamp, current) };
  }
  const found = version ?? 1;
  if (found > current) return { kind: "refuse", problem: newerLayout(found, current) };
  if (found < current) return { kind: "upgrade", from: found };
  return { kind: "current" };
}

function stampVersion(cell: FoundCell): number | undefined {
  const value = cell.kind === "number" ? Number(cell.value) : NaN;
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

export function newerLayout(found: number, current: number): HostProblem {
  return {
    code: "unsupported",
    message: `A newer version of the AI Cost Scenarios add-in built this workbook (workbook layout ${found}); this version writes layout ${current}, and loading would undo what the newer one wrote. Nothing was changed.`,
    repair:
      "Update the add-in (reopen Excel, or ask whoever installed it for the latest version), then load again. Until then the inputs, results and saved scenarios work as they are.",
  };
}

function unreadableStamp(stamp: { cell: FoundCell; where: string }, current: number): HostProblem {
  const shown = stamp.cell.kind === "empty" ? "nothing" : `"${String(stamp.cell.value)}"`;
  return {
    code: "damaged",
    message: `The workbook's layout stamp (${stamp.where}) holds ${shown} instead of the number of the add-in's layout that built it, so the add-in cannot tell whether loading is safe. Nothing was changed.`,
    repair: `Type the layout number back into ${stamp.where} (this add-in writes ${current}; if you do not know it, type 1 and the add-in rebuilds its sheets, keeping your inputs and scenarios), then load again.`,
  };
}

/** The line a load's summary starts with after an upgrade. */
export function upgradeLine(from: number, to: number): string {
  return `Upgraded this workbook from layout ${from} to layout ${to}`;
}

/* ---- Cells a newer layout adds where an older one left room ---- */

/**
 * The blocks that `from` did not have (their cells may hold the analyst's things by now),
 * including the table columns it did not have: each one a block of its header and its body's
 * whole capacity, right of the older table (where an analyst may have put a column of their own).
 */
export function blocksSince(
  plan: WorkbookPlan,
  from: number
): { sheet: PlanSheet; block: CellBlock }[] {
  const blocks = plan.sheets.flatMap((sheet) =>
    sheet.blocks.filter((b) => (b.since ?? 1) > from).map((block) => ({ sheet, block }))
  );
  const columns = plan.tables.flatMap((table) => {
    const sheet = plan.sheets.find((s) => s.key === table.sheet);
    if (!sheet) return [];
    return table.columns.flatMap((c, j) =>
      (c.since ?? 1) > from ? [{ sheet, block: newColumnBlock(table, j) }] : []
    );
  });
  return [...blocks, ...columns];
}

/**
 * A table column a later layout added, as the block an upgrade checks: its header, then its
 * `fill` on every row of the capacity (what an upgrade that stopped half way left there).
 */
function newColumnBlock(table: PlanTable, j: number): CellBlock {
  const column = table.columns[j];
  const fill = column?.fill ?? null;
  const cells: PlanCell[][] = [
    [column?.header ?? null],
    ...Array.from({ length: table.capacity }, () => [fill]),
  ];
  return {
    row: table.headerRow,
    column: table.column + j,
    address: rangeAddress(table.headerRow, table.column + j, cells.length, 1),
    cells,
    numberFormats: cells.map(() => [column?.numberFormat ?? null]),
    ...(column?.since !== undefined ? { since: column.since } : {}),
  };
}

export interface FoundBlock {
  /** The sheet's name in the workbook, for messages. */
  readonly sheetName: string;
  readonly block: CellBlock;
  /** Its cells as found, same shape as block.cells. */
  readonly cells: readonly (readonly FoundCell[])[];
}

/**
 * A problem for each new block whose cells the analyst has used: the upgrade would overwrite
 * them. Cells that are empty, or hold exactly what the plan writes (an upgrade that stopped
 * half way), are free.
 */
export function takenCells(
  found: readonly FoundBlock[],
  current: number,
  from: number
): HostProblem[] {
  return found.flatMap(({ sheetName, block, cells }) => {
    const used = cells.flatMap((row, i) =>
      row.filter(
        (cell, j) =>
          !isEmptyCell(cell) && !samePlanCell(carriedCell(cell), block.cells[i]?.[j] ?? null)
      )
    );
    const first = used[0];
    if (!first) return [];
    const where = `${sheetName}!${block.address}`;
    return [
      {
        code: "conflict",
        message: `Layout ${current} of the add-in writes into ${where}, which layout ${from} left empty, and you have used those cells (${first.formula ?? `"${String(first.value)}"`}). Nothing was changed.`,
        repair: `Move what you put in ${where} to other cells (cut and paste: formulas that use it follow), then load again.`,
      },
    ];
  });
}

function samePlanCell(a: PlanCell, b: PlanCell): boolean {
  if (isFormula(a) || isFormula(b)) {
    return isFormula(a) && isFormula(b) && a.formula.toUpperCase() === b.formula.toUpperCase();
  }
  return a === b;
}
