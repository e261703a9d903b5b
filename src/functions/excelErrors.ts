/**
 * The boundary between the model's domain errors and Excel's: the only place that knows
 * CustomFunctions.ErrorCode. Kept apart from functions.ts so that the metadata plugin sees
 * only custom functions there.
 */
import { DomainError, ErrorKind, NEVER } from "../model";

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

/** A model outcome as Excel takes it: the number, or a thrown CustomFunctions.Error. */
export function numberOrThrow(outcome: number | DomainError): number {
  if (typeof outcome === "number") return outcome;
  throw toExcelError(outcome);
}

/** A runway as Excel takes it: years, the text "never", or a thrown CustomFunctions.Error. */
export function runwayOrThrow(outcome: number | typeof NEVER | DomainError): number | string {
  if (typeof outcome === "number" || outcome === NEVER) return outcome;
  throw toExcelError(outcome);
}
