/**
 * AICOST.FIGURE and AICOST.SOURCE: the article's figures by id, so that an analyst's formula
 * can cite the article. Ids are matched as Excel matches text, ignoring case and the spaces
 * around them; an unknown id is #N/A listing every valid id.
 */
import {
  Bound,
  BOUNDS,
  DomainError,
  Figure,
  FIGURE_IDS,
  FIGURES,
  findFigure,
  figureValue,
  Outcome,
} from "../model";

const ID_LIST = FIGURE_IDS.join(", ");

/** An omitted bound: the midpoint of the figure's range. */
export const DEFAULT_BOUND: Bound = "mid";

/** Ids and bounds as written (the usual case) are found first, without making new text. */
export function figureById(id: string): Figure | DomainError {
  return (
    findFigure(id) ??
    findFigure(id.trim().toLowerCase()) ??
    new DomainError(
      "na",
      id === ""
        ? `Give a figure id, one of: ${ID_LIST}.`
        : `No figure has the id "${id}". The ids are: ${ID_LIST}.`
    )
  );
}

function boundByName(name: string): Bound | DomainError {
  const bound =
    BOUNDS.find((b) => b === name) ?? BOUNDS.find((b) => b === name.trim().toLowerCase());
  return bound ?? new DomainError("value", `The bound must be low, mid or high; it is "${name}".`);
}

/**
 * Every figure's values by bound, computed once: the article's figures never change, and the
 * midpoint's rounding to a cell's 15 digits goes through text, which costs most of a call.
 */
const VALUES = new Map(
  FIGURES.map((f) => [f, new Map(BOUNDS.map((b) => [b, figureValue(f, b)]))] as const)
);

/** A figure's low end, high end or midpoint, in its own unit (USD, USD per year or share). */
export function figureNumber(id: string, bound: string): Outcome {
  const found = figureById(id);
  if (found instanceof DomainError) return found;
  const which = boundByName(bound);
  return which instanceof DomainError
    ? which
    : (VALUES.get(found)?.get(which) ?? figureValue(found, which));
}

/** The article's sentence a figure comes from, verbatim. */
export function figureSentence(id: string): string | DomainError {
  const found = figureById(id);
  return found instanceof DomainError ? found : found.sentence;
}
