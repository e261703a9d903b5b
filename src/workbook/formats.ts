/**
 * Number formats in the analyst's units: $M / $B for money, % for shares, years, runs, ×.
 * Excel's "," after the digits divides by a thousand for display only (the cell keeps the
 * full number), so `$#,##0.0,,,"B"` shows 7500000000 as $7.5B.
 */
import type { Unit } from "../model";
import type { NumberFormat } from "./plan";

export const FORMAT = {
  usdBillions: '$#,##0.0,,,"B"',
  usdMillions: '$#,##0.0,,"M"',
  share: "0.0%",
  years: "0.00",
  runs: "#,##0",
  multiple: '0.00"x"',
  /** Intermediate ratios in the model's workings, shown with enough digits to follow. */
  ratio: "0.0000",
  flag: "General",
  /**
   * An output the analyst picks from a list (Sensitivity, Map): its unit changes with the
   * choice and a cell's format cannot follow it, so grouped digits and two decimals. A chosen
   * input's cells keep General: inputs span 0.0125 to 5,000,000,000, and IronCalc does not
   * apply a format's [>=…] conditions.
   */
  chosenOutput: "#,##0.00",
} as const;

/** Money is shown in billions from $1B up, in millions below. */
const BILLION = 1e9;

/**
 * The format for a value of this unit whose typical size is `scale` (the article's figure, or
 * the largest value the input takes): money in $B or $M, shares in %, and so on.
 */
export function formatForUnit(unit: Unit, scale: number): NumberFormat {
  switch (unit) {
    case "USD":
    case "USD per year":
      return Math.abs(scale) >= BILLION ? FORMAT.usdBillions : FORMAT.usdMillions;
    case "share":
    case "share per year":
      return FORMAT.share;
    case "years":
      return FORMAT.years;
    case "runs":
      return FORMAT.runs;
    case "multiple":
      return FORMAT.multiple;
  }
}

/** How a unit is written in a header: "USD per year" → "$ per year". */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case "USD":
      return "$";
    case "USD per year":
      return "$ per year";
    case "share":
      return "%";
    case "share per year":
      return "% per year";
    default:
      return unit;
  }
}
