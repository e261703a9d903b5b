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

  /** `since`: the layout that added the sheet, for every block that says no later one. */
  constructor(
    readonly key: SheetKey,
    readonly name: string,
    readonly since?: number
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
    const since = options.since ?? this.since;
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
      ...(since !== undefined && since > 1 ? { since } : {}),
    };
    this.blocks.push(block);
    if (options.role) this.style(row, column, height, width, options.role);
    return block;
  }

  /**
   * Place a rectangle whose rows and columns come from different layouts (slots.ts): it is
   * split into one block per run of rows and run of columns of the same layout, each block
   * marked with the later of the two (and at least `options.since`), so that a later layout's
   * cells are blocks of their own and an upgrade checks only those.
   */
  writeByLayout(
    row: number,
    column: number,
    cells: readonly (readonly PlanCell[])[],
    layouts: { readonly rows: readonly number[]; readonly columns: readonly number[] },
    options: { formats?: readonly (readonly NumberFormat[])[]; role?: StyleRole; since: number }
  ): void {
    const runs = (layoutsOf: readonly number[]): { from: number; to: number; since: number }[] => {
      const found: { from: number; to: number; since: number }[] = [];
      layoutsOf.forEach((since, i) => {
        const last = found[found.length - 1];
        if (last && last.since === since) last.to = i + 1;
        else found.push({ from: i, to: i + 1, since });
      });
      return found;
    };
    for (const r of runs(layouts.rows)) {
      for (const c of runs(layouts.columns)) {
        const part = cells.slice(r.from, r.to).map((line) => line.slice(c.from, c.to));
        const formats = options.formats
          ?.slice(r.from, r.to)
          .map((line) => line.slice(c.from, c.to));
        const since = Math.max(options.since, r.since, c.since);
        this.write(row + r.from, column + c.from, part, {
          ...(formats ? { formats } : {}),
          ...(options.role ? { role: options.role } : {}),
          ...(since > 1 ? { since } : {}),
        });
      }
    }
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
