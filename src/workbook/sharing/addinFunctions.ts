/**
 * What "Prepare for sharing" may turn each AICOST.* custom function into. src/functions holds
 * the functions themselves (this layer does not import it); test/workbook/sharing/
 * addinFunctions.test.ts checks this table against src/functions/specs.ts and functions.json:
 * the same ids, the same required and optional arguments, and the twin mirroring the same
 * model function as the custom function computes.
 */
import { sharingMessages } from "../messages/sharing";
import { twinOf, type FinanceFunctionName, type Twin } from "../../model/twins";

export interface ConvertibleFunction {
  readonly id: string;
  readonly twin: Twin;
  /**
   * The custom function takes a cell or a range in every argument and answers cell by cell, as
   * its twin does. The others take one value per argument: a range passed to them is frozen,
   * since the twin would answer cell by cell where the custom function does not.
   */
  readonly takesRanges: boolean;
}

export interface FrozenFunction {
  readonly id: string;
  readonly twin: null;
  /** Why there is no portable form, for the note beside the frozen value. */
  readonly why: string;
}

export type AddinFunction = ConvertibleFunction | FrozenFunction;

function convertible(
  id: string,
  mirrors: FinanceFunctionName,
  takesRanges: boolean
): AddinFunction {
  const twin = twinOf(mirrors);
  if (!twin) throw new Error(`src/model/twins.ts has no twin of ${mirrors} for AICOST.${id}`);
  return { id, twin, takesRanges };
}

/**
 * AICOST.FIGURE and AICOST.SOURCE give the article's own numbers and sentences, which never
 * change: their value is the function's answer for good. A lookup into the Figures sheet would
 * not be the same: the analyst may override a figure there while the function still gives the
 * article's (test/workbook/sharing/figureLookup.engine.test.ts shows it on IronCalc), the
 * table has no midpoint column, and Excel (structured references) and the preview (plain
 * names) reach its columns differently. So they are frozen.
 */

export const ADDIN_FUNCTIONS: readonly AddinFunction[] = [
  convertible("RATIO", "costRatio", true),
  convertible("BURN.YEARS", "runwayYears", false),
  convertible("BURN.MONTHS", "runwayMonths", false),
  convertible("EQUIVALENT", "spendAtEfficiency", true),
  convertible("SAVINGS", "annualSaving", true),
  convertible("RUNS", "runsFunded", true),
  convertible("BREAKEVEN.SHARE", "breakevenShare", false),
  convertible("STAKE", "stakeBought", false),
  { id: "FIGURE", twin: null, why: sharingMessages.articleFigure },
  {
    id: "SOURCE",
    twin: null,
    why: sharingMessages.articleSentence,
  },
];

const BY_ID = new Map(ADDIN_FUNCTIONS.map((f) => [f.id, f]));

/** The function of an id in upper case ("BURN.YEARS"), or undefined for one the add-in lacks. */
export function addinFunction(id: string): AddinFunction | undefined {
  return BY_ID.get(id);
}
