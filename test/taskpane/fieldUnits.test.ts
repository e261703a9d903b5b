/** The numeric fields are typed in the analyst's units and refuse what the model refuses. */
import { describe, expect, test } from "vitest";
import { inputSpec } from "../../src/model";
import { fieldUnit, fromFieldText, toFieldText } from "../../src/taskpane/inputs/fieldUnits";
import { readTypedValue } from "../../src/taskpane/inputs/typedValue";

describe("field units", () => {
  test("shares in percent, money in the article's millions or billions, years as years", () => {
    expect(fieldUnit(inputSpec("efficiencyShare")).suffix).toBe("%");
    expect(fieldUnit(inputSpec("spendGrowth")).suffix).toBe("%");
    expect(fieldUnit(inputSpec("efficientRunCostUsd")).suffix).toBe("$M"); // "$6 million"
    expect(fieldUnit(inputSpec("frontierRunCostUsd")).suffix).toBe("$M"); // "$500 million"
    expect(fieldUnit(inputSpec("frontierAnnualSpendUsd")).suffix).toBe("$B"); // "$7 to 8 billion"
    expect(fieldUnit(inputSpec("annualRevenueUsd")).suffix).toBe("$B"); // no figure: up to $50B
    expect(fieldUnit(inputSpec("targetRunwayYears")).suffix).toBe("years");
  });

  test("values read back without binary noise", () => {
    const percent = fieldUnit(inputSpec("efficiencyShare"));
    expect(toFieldText(0.075, percent)).toBe("7.5");
    expect(toFieldText(0.07 + 0.0003, percent)).toBe("7.03");
    expect(toFieldText(7.5e9, fieldUnit(inputSpec("frontierAnnualSpendUsd")))).toBe("7.5");
  });

  test("typed text becomes the model's value; what is not a number is undefined", () => {
    const percent = fieldUnit(inputSpec("efficiencyShare"));
    expect(fromFieldText("7.5", percent)).toBe(0.075);
    expect(fromFieldText(" 7,5 % ", percent)).toBe(0.075);
    expect(fromFieldText("-12", percent)).toBe(-0.12);
    for (const text of ["", "abc", "1.2.3", "--1", "."])
      expect(fromFieldText(text, percent)).toBeUndefined();
  });
});

describe("a typed value", () => {
  const share = inputSpec("efficiencyShare");
  const percent = fieldUnit(share);

  test("inside the range is accepted", () => {
    expect(readTypedValue(share, percent, "10")).toEqual({ ok: true, value: 0.1 });
  });

  test("outside the range is refused with the model's message, which names the range", () => {
    expect(readTypedValue(share, percent, "0.1")).toEqual({
      ok: false,
      message: "Efficient lab's cost as a share must be between 0.5% and 100%; it is 0.1%.",
    });
  });

  test("not a number is refused, naming the range", () => {
    expect(readTypedValue(share, percent, "lots")).toEqual({
      ok: false,
      message: "Efficient lab's cost as a share must be a number between 0.5% and 100%.",
    });
  });
});
