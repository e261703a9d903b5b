/**
 * What prepare makes of one formula (src/workbook/sharing/conversion.ts): a twin call, the twin
 * written out, a frozen value with the reason, or the cell left alone, and values kept exactly
 * as they were (cellValues.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  convertFormula,
  typed,
  type ShownValue,
  type Written,
} from "../../../src/workbook/sharing";
import { parseTyped } from "../../../src/workbook/sharing/cellValues";

const NUMBER: ShownValue = { kind: "number", value: 0.1 };
const allTwins = (): boolean => true;
const noTwins = (): boolean => false;

describe("a formula with AICOST calls", () => {
  it("becomes twin calls with its arguments untouched, nested and in lower case", () => {
    expect(
      convertFormula("=IFERROR(aicost.ratio(A1, 'My sheet'!B2)*2,0)", NUMBER, allTwins)
    ).toMatchObject({
      how: "twin",
      written: { kind: "formula", formula: "=IFERROR(COST.RATIO(A1, 'My sheet'!B2)*2,0)" },
    });
    expect(
      convertFormula('=AICOST.BURN.YEARS(AICOST.STAKE(A1,B1),7.5E9,,"x")', NUMBER, allTwins)
    ).toMatchObject({
      how: "twin",
      written: { formula: '=BURN.YEARS(STAKE.BOUGHT(A1,B1),7.5E9,,"x")' },
    });
  });

  it("keeps text that only looks like a call", () => {
    const conversion = convertFormula('=AICOST.RATIO(1,2)&" AICOST.RATIO(1,2)"', NUMBER, allTwins);
    expect(conversion).toMatchObject({
      written: { formula: '=COST.RATIO(1,2)&" AICOST.RATIO(1,2)"' },
    });
  });

  it("has the twin written out with LET where the workbook lacks the twin, answering ISOMITTED for the call", () => {
    const conversion = convertFormula("=AICOST.BURN.YEARS(A1,B1,,C1)", NUMBER, noTwins);
    expect(conversion?.how).toBe("native");
    const formula =
      conversion && "written" in conversion && conversion.written.kind === "formula"
        ? conversion.written.formula
        : "";
    expect(formula.startsWith("=LET(cash,A1,annual_burn,B1,burn_growth,0,annual_revenue,C1,")).toBe(
      true
    );
    expect(formula).not.toMatch(/ISOMITTED/i);
  });

  it("is not a conversion when it calls nothing of the add-in's", () => {
    expect(convertFormula("=SUM(A1:A3)", NUMBER, allTwins)).toBeNull();
    expect(convertFormula('="AICOST.RATIO(1,2)"', NUMBER, allTwins)).toBeNull();
  });
});

describe("freezing", () => {
  const frozen = (formula: string, shown: ShownValue = NUMBER) =>
    convertFormula(formula, shown, allTwins);

  it("freezes FIGURE and SOURCE, and any cell that calls them, saying why", () => {
    expect(frozen('=AICOST.FIGURE("r1_operating_cost_share","high")')).toMatchObject({
      how: "frozen",
      written: { kind: "number", value: 0.1 },
      note: expect.stringMatching(
        /^frozen to its value 0\.1: AICOST\.FIGURE: it gives one of the article's figures/
      ),
    });
    expect(frozen('=AICOST.RATIO(AICOST.FIGURE("v3_training_cost"),B1)')?.how).toBe("frozen");
  });

  it("freezes calls the twin would not take the same way", () => {
    expect(frozen("=AICOST.RATIO(1)")).toMatchObject({
      how: "frozen",
      note: expect.stringContaining("given 1 argument; it takes 2"),
    });
    expect(frozen("=AICOST.BURN.YEARS(1,2,3,4,5)")).toMatchObject({
      note: expect.stringContaining("it takes 2 to 4"),
    });
    expect(frozen("=AICOST.RATIO(,2)")).toMatchObject({
      note: expect.stringContaining("required argument cost blank"),
    });
    expect(frozen("=AICOST.BURN.YEARS(A1:A3,2)")).toMatchObject({
      note: expect.stringContaining("a range or an array"),
    });
    expect(frozen("=AICOST.STAKE({1,2},3)")?.how).toBe("frozen");
    expect(frozen("=AICOST.NOT.THERE(1)")).toMatchObject({
      note: expect.stringContaining("not one of the add-in's functions"),
    });
    // A range inside a nested function is one value for the outer call.
    expect(frozen("=AICOST.BURN.YEARS(SUM(A1:A3),2)")?.how).toBe("twin");
    // RATIO takes ranges, cell by cell, as its twin does.
    expect(frozen("=AICOST.RATIO(A1:A3,2)")?.how).toBe("twin");
  });

  it("keeps text as text, booleans and error constants", () => {
    const text = frozen('=AICOST.SOURCE("x")', { kind: "text", value: "=AICOST.RATIO(1,2)" });
    expect(text).toMatchObject({ written: { kind: "text", value: "=AICOST.RATIO(1,2)" } });
    expect(frozen('=AICOST.FIGURE("x")', { kind: "error", value: "#N/A" })).toMatchObject({
      written: { kind: "error", value: "#N/A" },
    });
    expect(frozen('=AICOST.FIGURE("x")>0', { kind: "boolean", value: true })).toMatchObject({
      written: { kind: "boolean", value: true },
    });
  });

  it("leaves a cell alone when its value says the function did not calculate, or cannot be typed", () => {
    for (const error of ["#NAME?", "#BUSY!", "#GETTING_DATA"]) {
      expect(frozen('=AICOST.FIGURE("x")', { kind: "error", value: error })).toMatchObject({
        how: "leftAlone",
        note: expect.stringContaining("has not calculated"),
      });
    }
    expect(frozen('=AICOST.FIGURE("x")', { kind: "error", value: "#SPILL!" })).toMatchObject({
      how: "leftAlone",
    });
  });
});

describe("values as the record keeps them", () => {
  const written: fc.Arbitrary<Written> = fc.oneof(
    fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((value) => ({ kind: "number" as const, value: Object.is(value, -0) ? 0 : value })),
    fc
      .oneof(
        fc.string(),
        fc.constantFrom("=1+1", "'x", "123", " 1", "TRUE", "#N/A", "-5%", "$1", "")
      )
      .map((value) => ({ kind: "text" as const, value })),
    fc.boolean().map((value) => ({ kind: "boolean" as const, value })),
    fc
      .constantFrom("#N/A", "#DIV/0!", "#NUM!", "#VALUE!")
      .map((value) => ({ kind: "error" as const, value })),
    fc
      .constantFrom("=COST.RATIO(A1,2)", '="x"')
      .map((formula) => ({ kind: "formula" as const, formula }))
  );

  it("read back from their typed text as they were written", () => {
    fc.assert(
      fc.property(written, (w) => {
        expect(parseTyped(typed(w))).toEqual(w);
      }),
      { numRuns: 1000 }
    );
  });
});
