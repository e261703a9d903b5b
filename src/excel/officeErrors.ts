/**
 * Errors Excel raises, as HostErrors the analyst can act on. Office.js rejects a sync with an
 * OfficeExtension.Error whose `code` says what went wrong (AccessDenied on a protected sheet,
 * ItemNotFound for a deleted name, ApiNotFound in an Excel too old for a call, …); an Excel
 * without a method at all throws a TypeError before anything is sent. Anything else (a bug, a
 * lost connection) is passed on unchanged, so the pane shows it as an unexpected failure.
 */
import { HostError, type HostProblem } from "../workbook/host";
import { officeMessages } from "../workbook/messages/office";

/** Office.js error codes this layer turns into problems (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export const EXCEL_ERROR = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  itemNotFound: "ItemNotFound",
  invalidReference: "InvalidReference",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
} as const;

/** The `code` of an Office.js error, if it is one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The HostError for a failed step ("write the input", "load the article's figures"), or the
 * error itself when it is not one the analyst can repair.
 */
export function hostErrorFrom(error: unknown, step: string): unknown {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const detail = messageOf(error);
  const problem = ((): HostProblem | undefined => {
    if (code === EXCEL_ERROR.accessDenied || /protect/i.test(detail)) {
      return officeMessages.sheetProtected(step);
    }
    if (code === EXCEL_ERROR.apiNotFound || error instanceof TypeError) {
      return officeMessages.apiMissing(step, detail);
    }
    if (code === EXCEL_ERROR.itemNotFound || code === EXCEL_ERROR.invalidReference) {
      return officeMessages.partMissing(step, detail);
    }
    if (code === EXCEL_ERROR.invalidArgument || code === EXCEL_ERROR.invalidOperation) {
      return officeMessages.refused(step, detail);
    }
    return undefined;
  })();
  return problem ? new HostError(problem) : error;
}
