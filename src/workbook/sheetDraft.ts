/**
 * A sheet being drawn up: blocks of cells, styled ranges and column widths, collected in
 * the order they are placed, then frozen into a PlanSheet. Keeps the sheet builders short.
 */
import { rangeAddress } from "./a1";
import type {
  CellBlock,
  ColumnWidth,
  NumberFormat,
  PlanCell,
  PlanSheet,
  SheetKey,
  StyledRange,
  StyleRole,
} from "./plan";

/** One format for every cell, or one per cell (same shape as the cells). */
export type Formats = NumberFormat | readonly (readonly NumberFormat[])[];

export class SheetDraft {
  private readonly blocks: CellBlock[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly widths: ColumnWidth[] = [];

  constructor(
    readonly key: SheetKey,
    readonly name: string
  ) {}

  /** Place a rectangle of cells with its top-left at (row, column), 0-based. */
  write(
    row: number,
    column: number,
    cells: readonly (readonly PlanCell[])[],
    options: { formats?: Formats; role?: StyleRole; analystData?: boolean; since?: number } = {}
  ): CellBlock {
    const height = cells.length;
    const width = cells[0]?.length ?? 0;
    if (height === 0 || width === 0 || cells.some((r) => r.length !== width)) {
      throw new Error(`A block on ${this.name} must be a non-empty rectangle.`);
    }
    const formats = options.formats ?? null;
    const numberFormats =
      formats === null || typeof formats === "string"
        ? cells.map((r) => r.map(() => formats))
        : formats;
    const block: CellBlock = {
      row,
      column,
      address: rangeAddress(row, column, height, width),
      cells,
      numberFormats,
      ...(options.analystData ? { analystData: true } : {}),
      ...(options.since !== undefined ? { since: options.since } : {}),
    };
    this.blocks.push(block);
    if (options.role) this.style(row, column, height, width, options.role);
    return block;
  }

  style(row: number, column: number, height: number, width: number, role: StyleRole): void {
    this.styles.push({ address: rangeAddress(row, column, height, width), role });
  }

  /** Row 1: the sheet's title; row 2: one line saying what the sheet is for. */
  title(title: string, note: string): void {
    this.write(0, 0, [[title]], { role: "title" });
    this.write(1, 0, [[note]], { role: "note" });
  }

  columnWidths(widthsPt: readonly number[]): void {
    widthsPt.forEach((widthPt, column) => this.widths.push({ column, widthPt }));
  }

  finish(frozenRows: number): PlanSheet {
    return {
      key: this.key,
      name: this.name,
      blocks: this.blocks,
      styles: this.styles,
      columnWidths: this.widths,
      frozenRows,
    };
  }
}

/** A column of cells from a list: [[a], [b], [c]]. */
export function column<T extends PlanCell>(values: readonly T[]): T[][] {
  return values.map((v) => [v]);
}
