/**
 * The coercion rules (src/functions/coerce.ts): what each kind of cell value becomes, as
 * Excel treats it, declared once and shared by every function.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ArgRule, labelOf, numberFromText, toNumber, toText } from "../../src/functions/coerce";
import { DomainError } from "../../src/model";
import { installStandIn, StandInError } from "./support/customFunctions";

const COST: ArgRule = { name: "cost", unit: "USD", description: "A cost." };
const GROWTH: ArgRule = {
  name: "burnGrowth",
  unit: "share",
  description: "A growth.",
  optional: { default: 0 },
};
const BOUND: ArgRule = {
  name: "bound",
  unit: "text",
  description: "A bound.",
  optional: { default: "mid" },
};

beforeAll(() => installStandIn());

describe("an argument as a number", () => {
  it("keeps a number as it is, NaN and Infinity included (the model refuses those)", () => {
    expect(toNumber(COST, 6e6)).toBe(6e6);
    expect(toNumber(COST, -1)).toBe(-1);
    expect(toNumber(COST, Number.NaN)).toBeNaN();
  });

  it("counts TRUE as 1 and FALSE as 0, as =TRUE+0 does", () => {
    expect(toNumber(COST, true)).toBe(1);
    expect(toNumber(COST, false)).toBe(0);
  });

  it("takes an empty or omitted required argument as 0, as =A1+0 on an empty A1", () => {
    expect(toNumber(COST, null)).toBe(0);
    expect(toNumber(COST, undefined)).toBe(0);
    expect(toNumber(COST, "")).toBe(0);
  });

  it("gives an omitted optional argument its default", () => {
    expect(toNumber({ ...GROWTH, optional: { default: 0.3 } }, null)).toBe(0.3);
    expect(toNumber(GROWTH, undefined)).toBe(0);
  });

  it("reads numeric text as Excel does in en-US: commas, $, %, exponent, spaces", () => {
    expect(toNumber(COST, "6000000")).toBe(6e6);
    expect(toNumber(COST, " 6,000,000 ")).toBe(6e6);
    expect(toNumber(COST, "$6,000,000")).toBe(6e6);
    expect(toNumber(COST, "7.5%")).toBeCloseTo(0.075, 15);
    expect(toNumber(COST, "4e10")).toBe(4e10);
    expect(toNumber(COST, "-.5")).toBe(-0.5);
    expect(toNumber(COST, "+1.")).toBe(1);
  });

  it("gives #VALUE! naming the argument for text that is not a number", () => {
    for (const text of ["abc", "NaN", "Infinity", "1e", "--5", "1,00", "5 %x", "0x10", " "]) {
      const result = toNumber(COST, text);
      expect(result, text).toBeInstanceOf(DomainError);
      expect(result instanceof DomainError && result.kind, text).toBe("value");
      expect(result instanceof DomainError && result.message, text).toContain(
        "The cost must be a number"
      );
    }
  });

  it("gives #VALUE! for numeric text too large for Excel", () => {
    const result = toNumber(COST, "1e400");
    expect(result instanceof DomainError && result.message).toContain("too large");
  });

  it("quotes at most 40 characters of the text in its message", () => {
    const result = toNumber(COST, "x".repeat(500));
    expect(result instanceof DomainError && result.message.length).toBeLessThan(120);
  });

  it("passes an Excel error on unchanged", () => {
    const error = new StandInError("#N/A", "upstream");
    expect(toNumber(COST, error)).toBe(error);
  });

  it("gives #VALUE! for a range or an object where one value is due", () => {
    for (const value of [[[1, 2]], [1], {}, Symbol("x")]) {
      const result = toNumber(COST, value);
      expect(result instanceof DomainError && result.kind).toBe("value");
    }
  });
});

describe("numeric text", () => {
  it("is recognised only in Excel's shapes", () => {
    expect(numberFromText("1,234,567.5")).toBe(1234567.5);
    expect(numberFromText("12,34")).toBeUndefined();
    expect(numberFromText("")).toBeUndefined();
    expect(numberFromText(".")).toBeUndefined();
    expect(numberFromText("50%")).toBe(0.5);
  });
});

describe("an argument as text", () => {
  it("trims text, writes numbers and booleans as Excel shows them, and fills defaults", () => {
    expect(toText(BOUND, " High ")).toBe("High");
    expect(toText(BOUND, 5)).toBe("5");
    expect(toText(BOUND, true)).toBe("TRUE");
    expect(toText(BOUND, null)).toBe("mid");
    expect(toText(BOUND, "")).toBe("mid");
    expect(toText({ ...BOUND, optional: undefined }, null)).toBe("");
  });

  it("gives #VALUE! for a range, and passes an Excel error on", () => {
    expect(toText(BOUND, [["a"]])).toBeInstanceOf(DomainError);
    const error = new StandInError("#REF!");
    expect(toText(BOUND, error)).toBe(error);
  });
});

describe("an argument's label in messages", () => {
  it('is "The" and its name in words, unless the rule gives one', () => {
    expect(labelOf(GROWTH)).toBe("The burn growth");
    expect(labelOf(COST)).toBe("The cost");
    expect(labelOf({ ...COST, name: "runCost", label: "The cost of one run" })).toBe(
      "The cost of one run"
    );
    expect(toNumber(GROWTH, "fast")).toEqual(
      new DomainError("value", 'The burn growth must be a number; "fast" is text.')
    );
  });
});
