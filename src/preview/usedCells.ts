/**
 * The cells an IronCalc sheet holds (a value, a formula, a spilled value, or only a format),
 * found without asking about the empty ones.
 *
 * IronCalc 0.8.4's Model lists the rows holding something in one column (getRowsWithData) and
 * the columns holding something in one row (getColumnsWithData), but says nothing of a sheet's
 * used area: asking every column costs 16,384 calls a sheet, most of a "Prepare for sharing".
 * Its clipboard copy does stop at the used area: copyToClipboard clamps the selection to the
 * sheet's last used row and column and returns the range it copied. So a copy of row 1 from
 * column A ends at the last used column when that is near (a copy of the two cells x-1 and x
 * ends at x exactly when something is in column x or beyond, for a binary search otherwise),
 * and the same down column A finds the last used row. Then the fewer of the two, columns or
 * rows, is listed: a cell typed at XFD1 or in row 100000 is found all the same, at the cost of
 * listing 16,384 columns (or 100,000 rows) only on such a sheet.
 *
 * Copying needs the sheet selected and a selection on it: the workbook's selected sheet and
 * this sheet's selection and scroll position are put back as they were.
 */
import type { Model, SelectedView } from "@ironcalc/wasm";

/** Excel's (and IronCalc's) last column and last row. */
export const LAST_COLUMN = 16384;
export const LAST_ROW = 1048576;
/** Rows (or columns) copied at once to find where a sheet's used area ends. */
const WINDOW = 256;

/** A cell the sheet holds, 1-based as IronCalc counts. */
export interface UsedCell {
  readonly row: number;
  readonly column: number;
}

/** Every cell the sheet holds in its first `columns` columns, in no particular order. */
export function usedCells(model: Model, sheet: number, columns = LAST_COLUMN): UsedCell[] {
  const { lastRow, lastColumn } = usedArea(model, sheet);
  const width = Math.min(lastColumn, columns);
  const cells: UsedCell[] = [];
  if (width <= lastRow) {
    for (let column = 1; column <= width; column++) {
      for (const row of model.getRowsWithData(sheet, column)) cells.push({ row, column });
    }
  } else {
    for (let row = 1; row <= lastRow; row++) {
      for (const column of model.getColumnsWithData(sheet, row)) {
        if (column <= width) cells.push({ row, column });
      }
    }
  }
  return cells;
}

/** The sheet's last used row and column (1 and 1 for an empty sheet), 1-based. */
export function usedArea(model: Model, sheet: number): { lastRow: number; lastColumn: number } {
  return withSelectionKept(model, sheet, () => ({
    // Copies down column A, and along row 1.
    lastRow: lastUsed(LAST_ROW, (from, to) => copiedTo(model, [from, 1, to, 1])[2]),
    lastColumn: lastUsed(LAST_COLUMN, (from, to) => copiedTo(model, [1, from, 1, to])[3]),
  }));
}

/**
 * The last used row (or column), given where a copy from `from` to `to` ends. One copy of the
 * first WINDOW ends at it when it is among them, at the cost of a copy of that many cells at
 * most (fewer on a smaller sheet: the copy stops at the used area); that is every ordinary
 * sheet. Beyond, the copy of n-1 and n ends at n exactly when something is at n or beyond.
 */
function lastUsed(last: number, copiedEnd: (from: number, to: number) => number): number {
  const end = copiedEnd(1, WINDOW);
  if (end < WINDOW) return end;
  let low = WINDOW; // used, or beyond
  let high = last;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (copiedEnd(middle - 1, middle) === middle) low = middle;
    else high = middle - 1;
  }
  return low;
}

type Range = [startRow: number, startColumn: number, endRow: number, endColumn: number];

/** The range a copy of `range` of the selected sheet covers, once clamped to the used area. */
function copiedTo(model: Model, [startRow, startColumn, endRow, endColumn]: Range): Range {
  model.setSelectedCell(startRow, startColumn);
  model.setSelectedRange(startRow, startColumn, endRow, endColumn);
  return model.copyToClipboard().range;
}

/**
 * Runs `read` with `sheet` selected, then puts the selection and scroll back as they were. Each
 * step of putting back is tried even if another fails; an error of `read` is the one thrown,
 * else the first of putting back (the analyst's selection may then not be as it was).
 */
function withSelectionKept<T>(model: Model, sheet: number, read: () => T): T {
  const selectedSheet = model.getSelectedSheet();
  let view: SelectedView | undefined;
  let result: { value: T } | { error: unknown };
  try {
    model.setSelectedSheet(sheet);
    view = model.getSelectedView();
    result = { value: read() };
  } catch (error) {
    result = { error };
  }
  const kept = view;
  const putBack = attemptAll([
    ...(kept
      ? [
          () => model.setSelectedCell(kept.row, kept.column),
          () => model.setSelectedRange(...kept.range),
          // A copy does not scroll today; this keeps the scroll as it was if IronCalc ever does.
          () => model.setTopLeftVisibleCell(kept.top_row, kept.left_column),
        ]
      : []),
    () => model.setSelectedSheet(selectedSheet),
  ]);
  if ("error" in result) throw result.error;
  if (putBack) throw putBack.error;
  return result.value;
}

/** Runs every step, even after one throws; gives the first error, if any. */
function attemptAll(steps: readonly (() => void)[]): { error: unknown } | null {
  let first: { error: unknown } | null = null;
  for (const step of steps) {
    try {
      step();
    } catch (error) {
      first ??= { error };
    }
  }
  return first;
}
