/**
 * The formula "Restore add-in formulas" puts back into a prepared cell. Pure.
 *
 * Where the cell holds what prepare wrote, the add-in formula as it was. Where a twin call's
 * cell changed only in its references since (its own or another sheet renamed, rows or
 * columns inserted: the spreadsheet updates references by itself), the formula as it is now
 * with each twin name given its AICOST name back, so the references stay right. Anything else
 * is an edit of the analyst's, and the cell is left alone.
 */
import { tokenTypes, type Token } from "@borgar/fx";
import { tokenize } from "@borgar/fx";
import {
  contextName,
  sameFormula,
  sameToken,
  scanFormula,
  significantTokens,
} from "./formulaCalls";

/** Tokens a spreadsheet rewrites by itself when sheets are renamed or rows and columns move. */
const REFERENCE_TOKENS = new Set<string>([
  tokenTypes.CONTEXT,
  tokenTypes.CONTEXT_QUOTE,
  tokenTypes.REF_RANGE,
  tokenTypes.REF_BEAM,
  tokenTypes.REF_TERNARY,
]);

/**
 * The formula to restore, or null when the cell was edited. `written` is the twin formula
 * prepare wrote in place of `original` (only names differ between the two).
 */
export function twinFormulaToRestore(
  original: string,
  written: string,
  current: string
): string | null {
  if (sameFormula(current, written)) return original;
  const before = significantTokens(original);
  const wrote = significantTokens(written);
  const now = tokenize(current, { withLocation: false, mergeRefs: false, negativeNumbers: false });
  const nowSignificant = now.filter(
    (t) => t.type !== tokenTypes.WHITESPACE && t.type !== tokenTypes.NEWLINE
  );
  if (before.length !== wrote.length || nowSignificant.length !== wrote.length) return null;
  const onlyReferencesMoved = nowSignificant.every((t, i) => {
    const w = wrote[i];
    return (
      sameToken(t, w) ||
      (w !== undefined && REFERENCE_TOKENS.has(t.type) && REFERENCE_TOKENS.has(w.type))
    );
  });
  if (!onlyReferencesMoved) return null;
  // The AICOST names prepare replaced, by their place among the significant tokens.
  const addinNames = new Map<number, string>();
  before.forEach((t, i) => {
    if (t.type === tokenTypes.FUNCTION && scanFormula(`=${t.value}()`).calls.length > 0)
      addinNames.set(i, t.value);
  });
  let index = -1;
  return now
    .map((t: Token) => {
      if (t.type === tokenTypes.WHITESPACE || t.type === tokenTypes.NEWLINE) return t.value;
      index++;
      return addinNames.get(index) ?? t.value;
    })
    .join("");
}

/** The sheets a formula refers to that the workbook no longer has (a formula in another workbook aside). */
export function missingSheets(formula: string, hasSheet: (name: string) => boolean): string[] {
  const missing = significantTokens(formula)
    .map(contextName)
    .filter(
      (name): name is string => name !== undefined && !name.startsWith("[") && !hasSheet(name)
    );
  return [...new Set(missing)];
}
