/**
 * The model's calculations as native Excel formulas, one line per purpose, mirroring
 * src/model/finance.ts step for step (same operations in the same order, so that a real engine
 * gives the same numbers to the last digits and the same error kinds):
 *
 * - each function's domain checks are a chain of IF(condition, #NUM! / #DIV/0!, …) in the
 *   model's order; the error literals #NUM! and #DIV/0! are native in every Excel version;
 * - every comparison goes through SIGN, which is exact: spreadsheet engines compare numbers
 *   with a tolerance (IronCalc calls 1+1E-15=1 and 1E-300<=0 TRUE, Excel calls 0.1+0.2=0.3
 *   TRUE) while the model compares exactly; a − b has the sign of the exact difference, so
 *   SIGN(a-b)>0 is exactly a > b (the same rule as src/model/twins.ts);
 * - a runway the model calls NEVER is the text "never";
 * - runway and goal seek use precise.ts's Kahan ratios, ln(1+x)/x and x/(e^x − 1), written as
 *   IF(SIGN(1+x-1)=0, 1, LN(1+x)/(1+x-1)) and the same shape for y/(e^y − 1),
 *   with the intermediate values in cells of their own (no LET, so every Excel version works);
 * - no constants but the structural 0 and 1: every figure comes from a named input.
 *
 * Each line's formula is a function of a resolver `ref`, which says how to reach an input or an
 * earlier line: on the model sheet through names (in_FundingUsd, calc_GrowthLog), on the compare
 * sheet through the cells of the scenario's row. One text of the finance, two layouts.
 *
 * Where a cell is not the model's number: text in an input cell gives #VALUE! at its first
 * SIGN(…), as the model's notFinite would; an empty input cell counts as 0, as Excel does.
 *
 * Not provable here (no Excel on Linux): Excel rounds the result of a formula whose LAST step is
 * a subtraction to 0 when it is within a few ulps of 0 ("Excel 97 zero"). Only the net-burn
 * workings (spend − revenue) end in a subtraction; they differ from the model only when spend
 * and revenue agree to about 15 digits, where Excel says "never" and the model a runway of
 * centuries. Every other subtraction sits inside SIGN(…) or LN(…), where Excel keeps it exact.
 */
import { NEVER, outputSpec, type InputId, type OutputId } from "../model";
import { FORMAT, unitLabel } from "./formats";
import type { NumberFormat } from "./plan";

export const CALC_KEYS = [
  "growthLnRatio",
  "growthLog",
  "frontierNetBurnUsd",
  "frontierCashGrowth",
  "frontierStretch",
  "efficientNetBurnUsd",
  "efficientCashGrowth",
  "efficientStretch",
  "breakevenGrowthTerm",
  "breakevenExpFactor",
  "affordableNetBurnUsd",
] as const;
export type CalcKey = (typeof CALC_KEYS)[number];
export type LineKey = OutputId | CalcKey;

/** How a formula reaches an input or an earlier line, e.g. "in_FundingUsd" or "$G5". */
export type Ref = (key: InputId | LineKey) => string;

export interface CalcLine {
  readonly key: LineKey;
  /**
   * The line's fixed place in the workbook (slots.ts): its row on the Model sheet, its column
   * on the Compare sheet. Numbered in the order the lines were added, never changed: a new line
   * takes the next number, wherever it sits in CALC_LINES.
   */
  readonly slot: number;
  /** The workbook layout (PLAN_VERSION) that added the line; absent: layout 1. */
  readonly since?: number;
  /** Set when the line is one of the scenario's outputs (it then gets an out_ name). */
  readonly output: boolean;
  /** What the line computes, in the analyst's words. */
  readonly label: string;
  /** The unit as a header shows it. */
  readonly unit: string;
  readonly format: NumberFormat;
  /** The formula's body, without "=": the compare sheet wraps it in IF(no scenario, "", …). */
  readonly formula: (ref: Ref) => string;
}

const NUM = "#NUM!";
const DIV0 = "#DIV/0!";
const NEVER_TEXT = `"${NEVER}"`;

/* Exact comparisons with zero (see above). */
const isNegative = (x: string): string => `SIGN(${x})<0`;
const isNotPositive = (x: string): string => `SIGN(${x})<=0`;
const isZero = (x: string): string => `SIGN(${x})=0`;
const isPositive = (x: string): string => `SIGN(${x})>0`;

/** IF(c1, r1, IF(c2, r2, … result)): the model's checks, first failing one wins. */
function firstOf(
  checks: readonly (readonly [condition: string, result: string])[],
  result: string
): string {
  return checks.reduceRight(
    (inner, [condition, outcome]) => `IF(${condition},${outcome},${inner})`,
    result
  );
}

/** precise.ts lnOnePlusOverX: ln(1+x)/x, exact at x = 0 and accurate for tiny x. */
function lnOnePlusOverX(x: string): string {
  return `IF(${isZero(`1+${x}-1`)},1,LN(1+${x})/(1+${x}-1))`;
}

/** finance.ts costRatio(cost, baseline). */
function costRatio(cost: string, baseline: string): string {
  return firstOf(
    [
      [isNegative(cost), NUM],
      [isZero(baseline), DIV0],
      [isNegative(baseline), NUM],
    ],
    `${cost}/${baseline}`
  );
}

/** finance.ts spendAtEfficiency / annualSaving: the shared checks, then the product. */
function atShare(spend: string, share: string, product: string): string {
  return firstOf(
    [
      [isNegative(spend), NUM],
      [`OR(${isNegative(share)},${isPositive(`${share}-1`)})`, NUM],
    ],
    product
  );
}

/**
 * finance.ts runwayYears(cash, burn, growth, revenue), given the cells of its workings:
 * net = burn − revenue, x = cash·k/net with k = ln(1+g), stretch = ln(1+x)/x.
 */
function runway(
  cash: string,
  burn: string,
  growth: string,
  revenue: string,
  work: { net: string; x: string; stretch: string }
): string {
  return firstOf(
    [
      [isNegative(cash), NUM],
      [isNegative(burn), NUM],
      [isNotPositive(`1+${growth}`), NUM],
      [isNegative(revenue), NUM],
      [isNotPositive(work.net), NEVER_TEXT],
      // Where cash·k/net overflows, the model has ±Infinity: −∞ (a shrinking burn) is "never",
      // +∞ ends in #NUM!. Excel stops at the overflow with #NUM!, so this branch follows the model.
      [`ISERROR(${work.x})`, `IF(${isNegative(growth)},${NEVER_TEXT},${NUM})`],
      [isZero(work.x), `${cash}/${work.net}`],
      [isNotPositive(`1+${work.x}`), NEVER_TEXT],
    ],
    `${cash}/${work.net}*${work.stretch}`
  );
}

/** finance.ts runsFunded(budget, runCost): INT is Excel's floor. */
function runsFunded(budget: string, runCost: string): string {
  return firstOf(
    [
      [isNegative(budget), NUM],
      [isZero(runCost), DIV0],
      [isNegative(runCost), NUM],
    ],
    `INT(${budget}/${runCost})`
  );
}

const USD_B = FORMAT.usdBillions;

/** An output line takes its label and unit from the scenario's OUTPUT_SPECS. */
function output(id: OutputId): Pick<CalcLine, "key" | "output" | "label" | "unit"> {
  const spec = outputSpec(id);
  return { key: id, output: true, label: spec.label, unit: unitLabel(spec.unit) };
}

/**
 * Every line of the model, in the order it computes (a line uses only earlier ones); where each
 * sits in the workbook is its slot.
 */
export const CALC_LINES: readonly CalcLine[] = [
  {
    slot: 0,
    ...output("trainingCostRatio"),
    format: "0.00%",
    formula: (r) => costRatio(r("efficientRunCostUsd"), r("frontierRunCostUsd")),
  },
  {
    slot: 1,
    ...output("spendAtEfficiencyUsd"),
    format: FORMAT.usdMillions,
    formula: (r) =>
      atShare(
        r("frontierAnnualSpendUsd"),
        r("efficiencyShare"),
        `${r("frontierAnnualSpendUsd")}*${r("efficiencyShare")}`
      ),
  },
  {
    slot: 2,
    ...output("annualSavingUsd"),
    format: USD_B,
    formula: (r) =>
      atShare(
        r("frontierAnnualSpendUsd"),
        r("efficiencyShare"),
        `${r("frontierAnnualSpendUsd")}*(1-${r("efficiencyShare")})`
      ),
  },
  {
    slot: 3,
    key: "growthLnRatio",
    output: false,
    label: "Growth working: ln(1 + growth) / growth",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => lnOnePlusOverX(r("spendGrowth")),
  },
  {
    slot: 4,
    key: "growthLog",
    output: false,
    label: "Continuous growth rate k = ln(1 + growth)",
    unit: "per year",
    format: FORMAT.ratio,
    formula: (r) => `${r("spendGrowth")}*${r("growthLnRatio")}`,
  },
  {
    slot: 5,
    key: "frontierNetBurnUsd",
    output: false,
    label: "Net burn at frontier spend (spend − revenue)",
    unit: "$ per year",
    format: USD_B,
    formula: (r) => `${r("frontierAnnualSpendUsd")}-${r("annualRevenueUsd")}`,
  },
  {
    slot: 6,
    key: "frontierCashGrowth",
    output: false,
    label: "Runway working at frontier spend: cash × k / net burn",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => `${r("fundingUsd")}*${r("growthLog")}/${r("frontierNetBurnUsd")}`,
  },
  {
    slot: 7,
    key: "frontierStretch",
    output: false,
    label: "Runway working at frontier spend: ln(1 + x) / x",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => lnOnePlusOverX(r("frontierCashGrowth")),
  },
  {
    slot: 8,
    ...output("runwayAtFrontierYears"),
    format: FORMAT.years,
    formula: (r) =>
      runway(
        r("fundingUsd"),
        r("frontierAnnualSpendUsd"),
        r("spendGrowth"),
        r("annualRevenueUsd"),
        {
          net: r("frontierNetBurnUsd"),
          x: r("frontierCashGrowth"),
          stretch: r("frontierStretch"),
        }
      ),
  },
  {
    slot: 9,
    key: "efficientNetBurnUsd",
    output: false,
    label: "Net burn at efficient spend (spend − revenue)",
    unit: "$ per year",
    format: USD_B,
    formula: (r) => `${r("spendAtEfficiencyUsd")}-${r("annualRevenueUsd")}`,
  },
  {
    slot: 10,
    key: "efficientCashGrowth",
    output: false,
    label: "Runway working at efficient spend: cash × k / net burn",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => `${r("fundingUsd")}*${r("growthLog")}/${r("efficientNetBurnUsd")}`,
  },
  {
    slot: 11,
    key: "efficientStretch",
    output: false,
    label: "Runway working at efficient spend: ln(1 + x) / x",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => lnOnePlusOverX(r("efficientCashGrowth")),
  },
  {
    slot: 12,
    ...output("runwayAtEfficientYears"),
    format: FORMAT.years,
    // The model returns spendAtEfficiency's error as it is before any runway check.
    formula: (r) =>
      `IF(ISERROR(${r("spendAtEfficiencyUsd")}),${r("spendAtEfficiencyUsd")},${runway(
        r("fundingUsd"),
        r("spendAtEfficiencyUsd"),
        r("spendGrowth"),
        r("annualRevenueUsd"),
        {
          net: r("efficientNetBurnUsd"),
          x: r("efficientCashGrowth"),
          stretch: r("efficientStretch"),
        }
      )})`,
  },
  {
    slot: 13,
    ...output("frontierRunsFunded"),
    format: FORMAT.runs,
    formula: (r) => runsFunded(r("fundingUsd"), r("frontierRunCostUsd")),
  },
  {
    slot: 14,
    ...output("efficientRunsFunded"),
    format: FORMAT.runs,
    formula: (r) => runsFunded(r("fundingUsd"), r("efficientRunCostUsd")),
  },
  {
    slot: 15,
    ...output("capexMultipleOfSpend"),
    format: FORMAT.multiple,
    formula: (r) => costRatio(r("capexUsd"), r("frontierAnnualSpendUsd")),
  },
  {
    slot: 16,
    ...output("stakeBought"),
    format: FORMAT.share,
    formula: (r) =>
      firstOf(
        [
          [isNegative(r("fundingUsd")), NUM],
          [isZero(r("valuationUsd")), DIV0],
          [isNegative(r("valuationUsd")), NUM],
          [isPositive(`${r("fundingUsd")}-${r("valuationUsd")}`), NUM],
        ],
        `${r("fundingUsd")}/${r("valuationUsd")}`
      ),
  },
  {
    slot: 17,
    key: "breakevenGrowthTerm",
    output: false,
    label: "Goal-seek working: y = target × growth × ln(1 + growth) / growth",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => `${r("targetRunwayYears")}*${r("spendGrowth")}*${r("growthLnRatio")}`,
  },
  {
    slot: 18,
    key: "breakevenExpFactor",
    output: false,
    label: "Goal-seek working: y / (e^y − 1)",
    unit: "ratio",
    format: FORMAT.ratio,
    formula: (r) => {
      const y = r("breakevenGrowthTerm");
      return `IF(${isZero(`EXP(${y})-1`)},1,IF(${isZero(`EXP(${y})`)},-${y},LN(EXP(${y}))/(EXP(${y})-1)))`;
    },
  },
  {
    slot: 19,
    key: "affordableNetBurnUsd",
    output: false,
    label: "Net burn that lasts the target runway",
    unit: "$ per year",
    format: USD_B,
    formula: (r) => {
      const cash = r("fundingUsd");
      const target = r("targetRunwayYears");
      const factor = r("breakevenExpFactor");
      // factor = 0 only where e^y overflows: the model's #NUM! (Excel's EXP already gives it).
      return `IF(${isZero(r("breakevenGrowthTerm"))},${cash}/${target},IF(${isZero(factor)},${NUM},${cash}/${target}*${factor}))`;
    },
  },
  {
    slot: 20,
    ...output("breakevenShare"),
    format: FORMAT.share,
    formula: (r) =>
      firstOf(
        [
          [isNotPositive(r("fundingUsd")), NUM],
          [isZero(r("frontierAnnualSpendUsd")), DIV0],
          [isNegative(r("frontierAnnualSpendUsd")), NUM],
          [isNotPositive(r("targetRunwayYears")), NUM],
          [isNotPositive(`1+${r("spendGrowth")}`), NUM],
          [isNegative(r("annualRevenueUsd")), NUM],
        ],
        `(${r("affordableNetBurnUsd")}+${r("annualRevenueUsd")})/${r("frontierAnnualSpendUsd")}`
      ),
  },
];

/** Exact comparisons with zero, shared with the checks sheet. */
export const exact = { isNegative, isNotPositive, isZero, isPositive };
