/**
 * Domain errors: the small, fixed set of ways a finance function can refuse its input.
 *
 * The model never throws and never returns NaN or Infinity. A function whose input is
 * outside its domain returns a `DomainError` value instead; each kind says which Excel
 * error it becomes at the boundary (custom functions, workbook formulas, task pane).
 */

/** Which Excel error a domain error becomes. */
export type ErrorKind = "div0" | "num" | "value" | "na";

/** The text Excel shows in the cell for each kind. */
export const EXCEL_ERROR_TEXT: Readonly<Record<ErrorKind, string>> = {
  div0: "#DIV/0!",
  num: "#NUM!",
  value: "#VALUE!",
  na: "#N/A",
};

export class DomainError {
  constructor(
    readonly kind: ErrorKind,
    /** What is wrong and what to do, in the analyst's words. */
    readonly message: string
  ) {}

  /** The Excel error text, e.g. "#NUM!". */
  get excelText(): string {
    return EXCEL_ERROR_TEXT[this.kind];
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/**
 * The cash is never exhausted: the burn (net of revenue) is zero or negative, or it shrinks
 * fast enough that its total over all time stays below the cash. A result of its own rather
 * than a huge number, so that no chart or sum is fed a fake figure.
 */
export const NEVER = "never" as const;
export type Never = typeof NEVER;

/** What a finance function gives: a finite number, or a domain error. */
export type Outcome = number | DomainError;
/** What a runway function gives: a finite number of years, "never", or a domain error. */
export type RunwayOutcome = number | Never | DomainError;
