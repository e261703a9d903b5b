/**
 * Errors Excel raises, as problems the analyst can act on; anything else passes through.
 */
import { describe, expect, it } from "vitest";
import { hostErrorFrom, officeErrorCode } from "../../src/excel/officeErrors";
import { HostError } from "../../src/workbook/host";

/** An error as Office.js rejects a sync with (OfficeExtension.Error has a string code). */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function problemOf(error: unknown): HostError["problem"] {
  const mapped = hostErrorFrom(error, "write the input");
  if (!(mapped instanceof HostError)) throw new Error("Expected a HostError");
  return mapped.problem;
}

describe("hostErrorFrom", () => {
  it("says how to unprotect when Excel denies a change to a protected sheet", () => {
    const problem = problemOf(
      officeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet."
      )
    );
    expect(problem.code).toBe("protected");
    expect(problem.message).toBe(
      "Excel could not write the input: a sheet it must change is protected."
    );
    expect(problem.repair).toMatch(/Review > Unprotect Sheet/);
  });

  it("calls a missing API (or a method an old Excel lacks) unsupported, with what to use instead", () => {
    expect(
      problemOf(officeError("ApiNotFound", "The API you are trying to use could not be found."))
        .code
    ).toBe("unsupported");
    const problem = problemOf(new TypeError("sheet.freezePanes.freezeRows is not a function"));
    expect(problem.code).toBe("unsupported");
    expect(problem.repair).toMatch(/Microsoft 365/);
  });

  it("calls a missing name or sheet damage, repaired by loading again", () => {
    for (const code of ["ItemNotFound", "InvalidReference", "InvalidArgument"]) {
      const problem = problemOf(officeError(code, "gone"));
      expect(problem.code).toBe("damaged");
      expect(problem.repair).toMatch(/Load the article's figures again/);
    }
  });

  it("passes HostErrors and unknown failures on unchanged", () => {
    const host = new HostError({ code: "conflict", message: "m", repair: "r" });
    expect(hostErrorFrom(host, "x")).toBe(host);
    const lost = officeError("GeneralException", "connection lost");
    expect(hostErrorFrom(lost, "x")).toBe(lost);
    expect(hostErrorFrom("plain text", "x")).toBe("plain text");
  });

  it("reads an Office.js error's code, and nothing from other values", () => {
    expect(officeErrorCode(officeError("ItemNotFound", ""))).toBe("ItemNotFound");
    expect(officeErrorCode(new Error("x"))).toBeUndefined();
    expect(officeErrorCode({ code: 42 })).toBeUndefined();
    expect(officeErrorCode(null)).toBeUndefined();
  });
});
