/**
 * The boundary between the model's domain errors and Excel's: the only place that knows
 * CustomFunctions.ErrorCode. Kept apart from functions.ts so that the metadata plugin sees
 * only custom functions there.
 */
import { DomainError, ErrorKind } from "../model";
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
export function toCell(outcome: number | string | Refusal): CellResult {
  return typeof outcome === "number" || typeof outcome === "string" ? outcome : excelError(outcome);
}
