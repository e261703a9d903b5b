/**
 * The formula "Restore add-in formulas" puts back into a prepared cell. Pure.
 *
 * Only where the cell still holds what prepare wrote: the same value for a frozen cell; for a
 * twin or written-out cell the same formula, or one that differs only in its references (its
 * own or another sheet renamed, rows or columns inserted: the spreadsheet moves references by
 * itself). The add-in formula goes back as the record has it, each reference as it is NOW
 * (references.ts): a twin's or written-out cell's from the cell itself, a frozen cell's from the
 * record's live copy. Where the references cannot be followed, the cell is left alone with the
 * reason rather than given a formula that reads the wrong cells.
 */
import { tokenTypes } from "@borgar/fx";
import { holdsValue, type CellContent } from "./cellValues";
import {
  contextName,
  sameFormula,
  sameFormulaExceptReferences,
  significantTokens,
} from "./formulaCalls";
import { sharingMessages } from "../messages/sharing";
import type { CellAt, RecordEntry } from "./record";
import { referencesNow, referencesOf, withReferencesNow, type ReferencesNow } from "./references";

/** Why a cell that holds what prepare wrote still cannot get its formula back. */
export interface CannotPutBack {
  readonly problem: string;
}

const DELETED: CannotPutBack = { problem: sharingMessages.referenceDeleted };

/**
 * The add-in formula to write, a reason it cannot be written, or null for a cell edited since
 * (it no longer holds what prepare wrote).
 */
export function formulaToPutBack(
  entry: RecordEntry & { readonly cell: CellAt },
  now: CellContent
): string | CannotPutBack | null {
  const { original, written, cell } = entry;
  if (written.kind !== "formula") {
    if (!holdsValue(now, written)) return null;
    if (referencesOf(original).length === 0) return original;
    return rebuilt(original, entry.references ?? null, cell.sheet, {
      problem: sharingMessages.noReferenceCopy,
    });
  }
  if (now.formula === null) return null;
  if (sameFormula(now.formula, written.formula)) return original;
  if (hasDeletedReference(now.formula) && !hasDeletedReference(written.formula)) return DELETED;
  if (!sameFormulaExceptReferences(now.formula, written.formula)) return null;
  return rebuilt(original, referencesNow(now.formula, cell.sheet), cell.sheet, {
    problem: sharingMessages.referencesUnpaired,
  });
}

function rebuilt(
  original: string,
  now: ReferencesNow | null,
  sheet: string,
  unknown: CannotPutBack
): string | CannotPutBack {
  if (now === null) return unknown;
  if (now.kind === "deleted") return DELETED;
  return (
    withReferencesNow(original, now.references, sheet) ?? {
      problem: sharingMessages.referenceCopyEdited,
    }
  );
}

function hasDeletedReference(formula: string): boolean {
  return significantTokens(formula).some(
    (t) => t.type === tokenTypes.ERROR && t.value.toUpperCase() === "#REF!"
  );
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
