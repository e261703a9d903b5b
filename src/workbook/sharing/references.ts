/**
 * Keeping a prepared cell's references up to date while its add-in formula is only text. Pure.
 *
 * A frozen cell holds a value: when the analyst inserts a row above it or above the cells its
 * formula read, Excel moves nothing in the record's text, and writing that text back would read
 * the wrong cells. So the record keeps, beside the text, a LIVE but inert copy of the
 * formula's references (liveReferences):
 *
 *   =IF(FALSE,CHOOSE(1,Data!B1,Data!B2),"")
 *
 * Excel and IronCalc update its references as they update any formula's (rows and columns
 * inserted or deleted, sheets renamed), yet it never calculates them (IF(FALSE, …) takes the
 * other branch), calls no add-in function (no #NAME? for a colleague without the add-in) and
 * always shows "" (no error). Restore rebuilds the add-in formula from the recorded text token
 * by token, each reference as it is now (withReferencesNow). A twin or written-out cell needs no
 * copy: its own formula holds the references, kept up to date by the spreadsheet.
 */
import { tokenize, tokenTypes, type Token } from "@borgar/fx";
import { sheetRef } from "../a1";

/** Tokens that are references a spreadsheet moves (names and table columns do not move). */
const MOVING = new Set<string>([tokenTypes.REF_RANGE, tokenTypes.REF_BEAM, tokenTypes.REF_TERNARY]);

/** Excel takes at most 255 arguments a function; CHOOSE's first is the index. */
const PER_CHOOSE = 250;
/** Excel's limit on the length of a cell's formula. */
const MAX_FORMULA_CHARS = 8192;

function tokens(formula: string): Token[] {
  return tokenize(formula, { withLocation: false, mergeRefs: true, negativeNumbers: false });
}

/** The formula's references, in reading order, as written ("B1", "Data!$B$2:C3", "A:A"). */
export function referencesOf(formula: string): string[] {
  return tokens(formula)
    .filter((t) => MOVING.has(t.type))
    .map((t) => t.value);
}

/** `Data!B1` → { sheet: "Data", range: "B1" }; `B1` → { sheet: null, range: "B1" }. */
function splitReference(reference: string): { sheet: string | null; range: string } {
  const match = /^('(?:[^']|'')+'|[^'!]+)!(.*)$/.exec(reference);
  if (!match) return { sheet: null, range: reference };
  const context = match[1] ?? "";
  const sheet = context.startsWith("'") ? context.slice(1, -1).replace(/''/g, "'") : context;
  return { sheet, range: match[2] ?? "" };
}

/** A reference of a formula on `sheet`, qualified so it means the same from any other sheet. */
function qualified(reference: string, sheet: string): string {
  return splitReference(reference).sheet === null ? sheetRef(sheet, reference) : reference;
}

/**
 * The record's live copy of the references of `formula`, held by a cell on `sheet`: null when
 * the formula has none, "too long" when the copy would pass Excel's formula length.
 */
export function liveReferences(formula: string, sheet: string): string | null | "too long" {
  const references = referencesOf(formula).map((r) => qualified(r, sheet));
  if (references.length === 0) return null;
  const chunks: string[] = [];
  for (let i = 0; i < references.length; i += PER_CHOOSE) {
    chunks.push(`CHOOSE(1,${references.slice(i, i + PER_CHOOSE).join(",")})`);
  }
  const live = `=IF(FALSE,${chunks.length === 1 ? chunks[0] : `CHOOSE(1,${chunks.join(",")})`},"")`;
  return live.length > MAX_FORMULA_CHARS ? "too long" : live;
}

/** What the live copy says now: its references, or that a cell they named was deleted. */
export type ReferencesNow =
  | { readonly kind: "references"; readonly references: readonly string[] }
  | { readonly kind: "deleted" };

/** The references a live copy (or a twin cell's own formula, on `sheet`) holds now. */
export function referencesNow(formula: string, sheet: string): ReferencesNow {
  const all = tokens(formula);
  if (all.some((t) => t.type === tokenTypes.ERROR && t.value.toUpperCase() === "#REF!")) {
    return { kind: "deleted" };
  }
  return {
    kind: "references",
    references: all.filter((t) => MOVING.has(t.type)).map((t) => qualified(t.value, sheet)),
  };
}

/**
 * The add-in formula `original` (as the cell on `sheet` held it) with each reference replaced by
 * the one at its place in `now` (qualified references), or null when they do not pair up. A
 * reference the original wrote without a sheet stays without one where it still points at the
 * cell's own sheet (`cellSheet`, its name now); everything else is copied as it was.
 */
export function withReferencesNow(
  original: string,
  now: readonly string[],
  cellSheet: string
): string | null {
  const parts = tokens(original);
  if (parts.filter((t) => MOVING.has(t.type)).length !== now.length) return null;
  let index = 0;
  return parts
    .map((t) => {
      if (!MOVING.has(t.type)) return t.value;
      const moved = now[index++] ?? "";
      const was = splitReference(t.value);
      const is = splitReference(moved);
      const sameSheet = is.sheet !== null && sameName(is.sheet, cellSheet);
      if (was.sheet === null && sameSheet) {
        return sameName(was.range, is.range) ? t.value : is.range;
      }
      return was.sheet !== null &&
        sameName(was.sheet, is.sheet ?? "") &&
        sameName(was.range, is.range)
        ? t.value
        : moved;
    })
    .join("");
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}
