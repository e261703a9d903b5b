/**
 * Reading references and names the way Excel returns them (IronCalc returns them the same
 * way, without the "="), and picking free names: the one parser of both hosts. Pure.
 *
 * Excel normalises the formulas of defined names it hands back: `='Inputs'!$A$1` comes back as
 * `=Inputs!$A$1` (quotes only where the sheet name needs them), a deleted sheet as `=#REF!$A$1`.
 * The ownership markers are plain references like these, so reading which sheet a marker points
 * at is enough to find the add-in's sheet even after the analyst renamed it.
 */
import { OWNERSHIP_PREFIX } from "./names";

/** Excel compares sheet, table and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

/**
 * Whether a defined name is one of the add-in's ownership markers (recognised by prefix).
 * Here, not in reconcile.ts: the host's "is anything loaded?" reads use it, and they must not
 * pull in the load path, which the task pane fetches on first use (src/workbook/onDemand.ts).
 */
export function isOwnershipMarker(name: string): boolean {
  return name.toLocaleUpperCase("en-US").startsWith(OWNERSHIP_PREFIX.toLocaleUpperCase("en-US"));
}

/** A set of names that answers "is this taken?" the way Excel does (case-insensitive). */
export class NameSet {
  private readonly keys = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    this.keys.add(name.toLocaleUpperCase("en-US"));
  }

  has(name: string): boolean {
    return this.keys.has(name.toLocaleUpperCase("en-US"));
  }
}

/**
 * The sheet a reference points at: "Inputs" for `=Inputs!$A$1` or `='My inputs'!$A$1`
 * (quotes doubled inside), null for `=#REF!$A$1`, a constant, a LAMBDA or a bare range.
 */
export function sheetOfReference(formula: string): string | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (text.startsWith("'")) {
    // Quoted: read up to the quote that is not doubled, which must be followed by "!".
    let name = "";
    for (let i = 1; i < text.length; i++) {
      const ch = text.charAt(i);
      if (ch !== "'") {
        name += ch;
      } else if (text.charAt(i + 1) === "'") {
        name += "'";
        i++;
      } else {
        return text.charAt(i + 1) === "!" && name !== "" ? name : null;
      }
    }
    return null;
  }
  const bang = text.indexOf("!");
  if (bang <= 0) return null;
  const name = text.slice(0, bang);
  // An unquoted sheet name is a plain word; "#REF" (a deleted sheet) and calls are not sheets.
  return /^[^\s'!#()"=,;+\-*/&<>^%]+$/.test(name) ? name : null;
}

/**
 * "'Compare'!$F$5:$F$24" as its sheet ("Compare") and address ("$F$5:$F$24"), with or without
 * the "="; null for anything that is not a reference to cells of one sheet.
 */
export function referenceParts(reference: string): { sheet: string; address: string } | null {
  const sheet = sheetOfReference(reference);
  const bang = reference.lastIndexOf("!");
  const address = reference.slice(bang + 1);
  if (sheet === null || bang < 0 || !/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(address)) {
    return null;
  }
  return { sheet, address };
}

/** referenceParts, for a reference the add-in wrote itself (anything else is a bug). */
export function splitReference(reference: string): { sheet: string; address: string } {
  const parts = referenceParts(reference);
  if (parts === null) throw new Error(`Not a sheet reference: ${reference}`);
  return parts;
}

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

/**
 * A sheet name not in `taken`: the planned one if free, else "Inputs (2)", "Inputs (3)", …
 * shortened to Excel's 31 characters.
 */
export function freeSheetName(planned: string, taken: NameSet): string {
  if (!taken.has(planned)) return planned;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = planned.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A table name not in `taken`: the planned one if free, else "ArticleCosts_2", … Table names
 * share one namespace with defined names, so `taken` holds both. The suffix keeps the name a
 * valid, non-reference-like name.
 */
export function freeTableName(planned: string, taken: NameSet): string {
  if (!taken.has(planned)) return planned;
  for (let n = 2; ; n++) {
    const candidate = `${planned}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** True when `name` is the planned table name or a free name picked for it ("X_2", "X_3", …). */
export function isTableNameFor(planned: string, name: string): boolean {
  if (sameName(planned, name)) return true;
  const prefix = `${planned}_`;
  return (
    name.length > prefix.length &&
    sameName(name.slice(0, prefix.length), prefix) &&
    /^\d+$/.test(name.slice(prefix.length))
  );
}
