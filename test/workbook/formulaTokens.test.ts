import { describe, expect, it } from "vitest";
import { numericConstants } from "./formulaTokens";

describe("numericConstants (the structural test's tokenizer)", () => {
  it("finds constants in arithmetic", () => {
    expect(numericConstants("=in_FundingUsd/7500000000")).toEqual(["7500000000"]);
    expect(numericConstants("=A1*1.5+2E-3")).toEqual(["1.5", "2E-3"]);
    expect(numericConstants("=IF(x>0.05,1,0)")).toEqual(["0.05", "1", "0"]);
  });

  it("ignores digits inside references, names, text, quoted sheets and error literals", () => {
    expect(numericConstants("=$B$5+B5+AB12")).toEqual([]);
    expect(numericConstants("=calc_X2+in_Y+BURN.YEARS(A1,B2)")).toEqual([]);
    expect(numericConstants('=IF(A1="12 runs","",#DIV/0!)')).toEqual([]);
    expect(numericConstants("='Sheet 2024'!$A$1")).toEqual([]);
    expect(numericConstants("=LOG10(A1)")).toEqual([]);
  });
});
