/**
 * The boundary between the model's domain errors and Excel's: the only place that knows
 * CustomFunctions.ErrorCode. Kept apart from functions.ts so that the metadata plugin sees
 * only custom functions there.
 */
import { DomainError, ErrorKind, NEVER, Never } from "../model";
import type { Refusal } from "./coerce";

/** Read on each error, not at load: the CustomFunctions global exists only once Excel's runtime is up. */
function excelCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

export function toExcelError(error: DomainError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelCode(error.kind), error.message);
}

/** A refusal as Excel shows it: a domain error converted, an Excel error passed on unchanged. */
export function excelError(refusal: Refusal): CustomFunctions.Error {
  return refusal instanceof DomainError ? toExcelError(refusal) : refusal;
}

/** One cell of an array result: Excel shows each cell's number, text or error on its own. */
export type CellResult = number | string | CustomFunctions.Error;

/** A model outcome as one cell of an array result. */
export function toCell(outcome: number | Never | Refusal): CellResult {
  return typeof outcome === "number" || outcome === NEVER ? outcome : excelError(outcome);
}

/** A model outcome as Excel takes it: the number, or a thrown CustomFunctions.Error. */
export function numberOrThrow(outcome: number | Refusal): number {
  if (typeof outcome === "number") return outcome;
  throw excelError(outcome);
}

/** A runway as Excel takes it: years, the text "never", or a thrown CustomFunctions.Error. */
export function runwayOrThrow(outcome: number | Never | Refusal): number | Never {
  if (typeof outcome === "number" || outcome === NEVER) return outcome;
  throw excelError(outcome);
}

/** A text result (a figure's sentence) as Excel takes it, or a thrown CustomFunctions.Error. */
export function textOrThrow(outcome: string | Refusal): string {
  if (typeof outcome === "string") return outcome;
  throw excelError(outcome);
}
