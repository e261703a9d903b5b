/**
 * Formulas whose result covers more than their own cell. Pure.
 *
 * Freezing one would keep only its first value: a spilling formula's other cells would go
 * blank, and a legacy array formula (Ctrl+Shift+Enter over several cells) cannot be changed in
 * part at all. So prepare leaves a cell to freeze alone when it spills, and leaves every cell of
 * a legacy array alone; a spilling cell may still become its twin, which spills the same way.
 *
 * IronCalc says which cells are which; Excel says which spill (ExcelApi 1.12) but nothing about
 * legacy arrays, whose every cell returns the same formula text. markSharedFormulas reads that:
 * a formula with a relative reference (B1, not $B$1) shows the same text in a neighbouring cell
 * only when both cells share one array formula (filled or copied, its references would differ).
 * One without relative references cannot be told apart from a filled one, and is not marked.
 */
import { tokenize, tokenTypes } from "@borgar/fx";
import type { CellContent } from "./cellValues";
import type { SheetContents } from "./contents";

/** The sheet with its cells sharing one array formula marked "legacy". */
export function markSharedFormulas(sheet: SheetContents): SheetContents {
  const at = (i: number, j: number): CellContent | undefined => sheet.cells[i]?.[j];
  let marked = false;
  const cells = sheet.cells.map((row, i) =>
    row.map((cell, j) => {
      const formula = cell.formula;
      if (formula === null || cell.array !== undefined || !hasRelativeReference(formula)) {
        return cell;
      }
      const neighbours = [at(i - 1, j), at(i + 1, j), at(i, j - 1), at(i, j + 1)];
      if (!neighbours.some((n) => n?.formula === formula)) return cell;
      marked = true;
      return { ...cell, array: "legacy" as const };
    })
  );
  return marked ? { ...sheet, cells } : sheet;
}

function hasRelativeReference(formula: string): boolean {
  return tokenize(formula, { withLocation: false, mergeRefs: true }).some((t) => {
    if (t.type !== tokenTypes.REF_RANGE && t.type !== tokenTypes.REF_BEAM) return false;
    const parts = t.value.slice(t.value.lastIndexOf("!") + 1).split(":");
    return parts.some((part) => !/^\$[A-Za-z]+\$\d+$|^\$[A-Za-z]+$|^\$\d+$/.test(part));
  });
}
