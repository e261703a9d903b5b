/**
 * Test support: the add-in's custom functions as IronCalc can run them, so that a cell calling
 * AICOST.* shows a value in a test workbook as it does in an Excel where the add-in runs
 * (IronCalc runs no JavaScript functions, and shows #NAME? for them otherwise).
 *
 * Each stand-in is a workbook-level LAMBDA of the custom function's own name: the twin's
 * formula for the finance functions (the twins compute what the model computes:
 * test/functions/twins.test.ts), and lookups into the article's figures and sentences for
 * FIGURE and SOURCE (checked against src/functions/ in test/workbook/sharing/standIns.test.ts).
 * Hosts never see them: the fake Excel leaves them out of the workbook's names, as Excel does
 * not list custom functions among names. Deleting them is the colleague without the add-in.
 */
import { BOUNDS, FIGURES, figureValue } from "../../src/model";
import { ADDIN_FUNCTIONS } from "../../src/workbook/sharing";

export interface StandIn {
  readonly name: string;
  /** Without the leading "=", as IronCalc's newDefinedName takes it. */
  readonly formula: string;
}

const text = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const row = (items: readonly string[]): string => items.join(",");
const column = (items: readonly string[]): string => items.join(";");

const IDS = `{${column(FIGURES.map((f) => text(f.id)))}}`;
/** One row per figure, one column per bound (low, mid, high). */
const VALUES = `{${column(FIGURES.map((f) => row(BOUNDS.map((b) => String(figureValue(f, b))))))}}`;
const SENTENCES = `{${column(FIGURES.map((f) => text(f.sentence)))}}`;

/** Ids match as the custom function matches them: ignoring case and surrounding spaces. */
const FIGURE =
  `LAMBDA(id,[bound],LET(k,LOWER(TRIM(id)),b,IF(ISOMITTED(bound),"mid",LOWER(TRIM(bound))),` +
  `r,MATCH(k,${IDS},0),c,MATCH(b,{${row(BOUNDS.map(text))}},0),` +
  `IF(ISNA(r),NA(),IF(ISNA(c),VALUE("bound"),INDEX(${VALUES},r,c)))))`;
const SOURCE = `LAMBDA(id,INDEX(${SENTENCES},MATCH(LOWER(TRIM(id)),${IDS},0)))`;

export const STAND_INS: readonly StandIn[] = ADDIN_FUNCTIONS.map((fn) => ({
  name: `AICOST.${fn.id}`,
  formula: fn.twin ? fn.twin.formula : fn.id === "FIGURE" ? FIGURE : SOURCE,
}));

export function isStandIn(name: string): boolean {
  return name.toUpperCase().startsWith("AICOST.");
}
