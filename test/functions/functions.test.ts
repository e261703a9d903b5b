/**
 * Each finance custom function on the article's numbers and at the edges of its domain, called
 * as Excel calls it (ranges as rows of cells, omitted optionals as null): the result, or the
 * Excel error with its message.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  annualSaving,
  breakevenShare,
  costRatio,
  runsFunded,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "../../src/functions/functions";
import { callAsExcel, CallResult, installStandIn } from "./support/customFunctions";

beforeAll(() => installStandIn());

function call(fn: unknown, ...args: unknown[]): CallResult {
  return callAsExcel(fn, args);
}

/** The value of a call, failing the test if it threw. */
function value(result: CallResult): unknown {
  if ("error" in result) throw new Error(`threw ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The Excel error a call threw, as "#CODE: message". */
function thrown(result: CallResult): string {
  if (!("error" in result)) throw new Error(`gave ${JSON.stringify(result.value)}, not an error`);
  return `${result.error.code}: ${result.error.message ?? ""}`;
}

/** The error in one cell of an array result. */
function cellError(cell: unknown): string {
  if (cell && typeof cell === "object" && "code" in cell && "message" in cell) {
    return `${String(cell.code)}: ${String(cell.message)}`;
  }
  throw new Error(`cell holds ${JSON.stringify(cell)}, not an error`);
}

describe("AICOST.RATIO", () => {
  it("gives 0.012 for V3's $6M against Orion's $500M (6 / 500)", () => {
    expect(value(call(costRatio, [[6e6]], [[500e6]]))).toEqual([[0.012]]);
  });

  it("works on a column of costs against one baseline, one result per cell", () => {
    expect(value(call(costRatio, [[6e6], [500e6], [0]], [[500e6]]))).toEqual([[0.012], [1], [0]]);
  });

  it("returns #DIV/0! in the cell whose baseline is zero, and #NUM! where it is negative", () => {
    const cells = value(call(costRatio, [[6e6]], [[500e6], [0], [-1]]));
    expect(Array.isArray(cells) && cells.length).toBe(3);
    if (!Array.isArray(cells)) return;
    expect(cells[0]).toEqual([0.012]);
    expect(cellError(cells[1][0])).toMatch(/^#DIV\/0!: The baseline is zero/);
    expect(cellError(cells[2][0])).toMatch(/^#NUM!: The baseline must be above zero/);
  });

  it("returns #VALUE! with a message for text that is not a number", () => {
    const cells = value(call(costRatio, [["six million"]], [[500e6]]));
    expect(Array.isArray(cells) && cellError(cells[0][0])).toBe(
      '#VALUE!: The cost must be a number; "six million" is text.'
    );
  });

  it("reads numeric text and TRUE as Excel does", () => {
    expect(value(call(costRatio, [["$6,000,000"]], [["500,000,000"]]))).toEqual([[0.012]]);
    expect(value(call(costRatio, [[true]], [[4]]))).toEqual([[0.25]]);
  });

  it("gives #NUM! when the result overflows Excel's numbers", () => {
    const cells = value(call(costRatio, [[1e308]], [[1e-308]]));
    expect(Array.isArray(cells) && cellError(cells[0][0])).toMatch(
      /^#NUM!: The result is too large/
    );
  });
});

describe("AICOST.BURN.YEARS", () => {
  it("gives 40 / 7.5 = 5.333 years for the $40B round at $7.5B a year", () => {
    expect(value(call(runwayYears, 40e9, 7.5e9))).toBeCloseTo(40 / 7.5, 12);
  });

  it("takes omitted growth and revenue (null, as Excel passes them) as 0", () => {
    expect(value(call(runwayYears, 40e9, 7.5e9, null, null))).toBe(
      value(call(runwayYears, 40e9, 7.5e9))
    );
    expect(value(call(runwayYears, 40e9, 7.5e9, null, 2.5e9))).toBeCloseTo(8, 12); // 40 / (7.5 − 2.5)
  });

  it("gives ln(1 + 40·ln1.3/7.5) / ln1.3 = 3.3357 years when the burn grows 30% a year", () => {
    const k = Math.log(1.3);
    expect(value(call(runwayYears, 40e9, 7.5e9, 0.3))).toBeCloseTo(
      Math.log(1 + (40 * k) / 7.5) / k,
      12
    );
  });

  it('gives "never" when revenue covers the burn or the burn is zero', () => {
    expect(value(call(runwayYears, 40e9, 7.5e9, null, 7.5e9))).toBe("never");
    expect(value(call(runwayYears, 40e9, 0))).toBe("never");
  });

  it("gives #NUM! for negative cash and for growth of −100% or less", () => {
    expect(thrown(call(runwayYears, -1, 7.5e9))).toBe("#NUM!: The cash cannot be negative.");
    expect(thrown(call(runwayYears, 40e9, 7.5e9, -1))).toMatch(
      /^#NUM!: The burn growth must be above -100%/
    );
  });

  it("gives #VALUE! naming the argument for text, and for a range where one value is due", () => {
    expect(thrown(call(runwayYears, 40e9, "a lot"))).toBe(
      '#VALUE!: The annual burn must be a number; "a lot" is text.'
    );
    expect(thrown(call(runwayYears, [[40e9], [1]], 7.5e9))).toMatch(
      /^#VALUE!: The cash must be a single number/
    );
  });
});

describe("AICOST.BURN.MONTHS", () => {
  it("gives 5.333 × 12 = 64 months, and the same never and errors as BURN.YEARS", () => {
    expect(value(call(runwayMonths, 40e9, 7.5e9))).toBeCloseTo(64, 10);
    expect(value(call(runwayMonths, 40e9, 0))).toBe("never");
    expect(thrown(call(runwayMonths, 40e9, -1))).toBe("#NUM!: The annual burn cannot be negative.");
  });
});

describe("AICOST.EQUIVALENT and AICOST.SAVINGS", () => {
  it("split $7.5B a year at R1's 7.5% into $562.5M spent and $6.9375B saved", () => {
    expect(value(call(spendAtEfficiency, [[7.5e9]], [[0.075]]))).toEqual([[562.5e6]]);
    expect(value(call(annualSaving, [[7.5e9]], [[0.075]]))).toEqual([[6.9375e9]]);
  });

  it("spread across a row of shares: R1's 5% and 10% of $7.5B", () => {
    expect(value(call(spendAtEfficiency, [[7.5e9]], [[0.05, 0.1]]))).toEqual([[375e6, 750e6]]);
  });

  it("give #NUM! for a share above 1 and read 7.5% as text", () => {
    const cells = value(call(spendAtEfficiency, [[7.5e9]], [[1.5], ["7.5%"]]));
    if (!Array.isArray(cells)) throw new Error("not an array");
    expect(cellError(cells[0][0])).toMatch(
      /^#NUM!: The efficiency share must be a share between 0 and 1/
    );
    expect(cells[1][0]).toBeCloseTo(562.5e6, 3);
  });
});

describe("AICOST.RUNS", () => {
  it("funds 80 Orion-sized ($500M) and 6,666 V3-sized ($6M) runs with $40B", () => {
    expect(value(call(runsFunded, [[40e9]], [[500e6], [6e6]]))).toEqual([[80], [6666]]);
  });

  it("gives #DIV/0! for a run that costs nothing", () => {
    const cells = value(call(runsFunded, [[40e9]], [[0]]));
    expect(Array.isArray(cells) && cellError(cells[0][0])).toMatch(
      /^#DIV\/0!: The cost of one run is zero/
    );
  });
});

describe("AICOST.BREAKEVEN.SHARE", () => {
  it("gives 4 / 7.5 = 0.5333: at 53% of $7.5B a year, $40B lasts ten years", () => {
    expect(value(call(breakevenShare, 40e9, 7.5e9, 10, null, null))).toBeCloseTo(4 / 7.5, 12);
  });

  it("gives #DIV/0! for a zero spend and #NUM! for a zero target", () => {
    expect(thrown(call(breakevenShare, 40e9, 0, 10))).toMatch(
      /^#DIV\/0!: The annual spend is zero/
    );
    expect(thrown(call(breakevenShare, 40e9, 7.5e9, 0))).toBe(
      "#NUM!: The target runway must be above zero."
    );
  });
});

describe("AICOST.STAKE", () => {
  it("gives 40 / 300 = 0.1333 for $40B at a $300B post-money valuation", () => {
    expect(value(call(stakeBought, 40e9, 300e9))).toBeCloseTo(40 / 300, 15);
  });

  it("gives #NUM! for a round above the valuation and #DIV/0! for a zero valuation", () => {
    expect(thrown(call(stakeBought, 400e9, 300e9))).toMatch(
      /^#NUM!: The round is larger than the post-money valuation/
    );
    expect(thrown(call(stakeBought, 40e9, 0))).toMatch(/^#DIV\/0!/);
  });
});
