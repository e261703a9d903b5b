/**
 * Custom functions in the AICOST namespace (manifest <Namespace>): thin adapters over
 * src/model/ that turn bad input into Excel errors. No finance here: each function is one
 * call of the runner (runner.ts) with its rules and model function (specs.ts).
 *
 * Each JSDoc block is read by custom-functions-metadata-plugin into dist/functions.json;
 * the plugin also appends the CustomFunctions.associate(id, fn) calls to the bundle.
 * Parameters are `unknown` (metadata type "any") so that coerce.ts, not Excel, decides what
 * text, TRUE/FALSE and empty cells mean, and says so in the error message. Functions that
 * apply naturally to a column take `unknown[][]` and return one result per cell.
 * The README section "Custom functions" documents each one; its examples run as tests.
 *
 * Fast paths: when every argument is already a number (or an omitted optional), the rules
 * would leave it as it is, so the model function is called directly, from a call site of its
 * own (bench/functions.bench.ts). test/functions/fastPath.test.ts proves that the fast path
 * and the runner give the same results.
 */
import {
  annualSaving,
  breakevenShare,
  costRatio,
  runsFunded,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  findFigure,
  stakeBought,
} from "../model";
import { Refusal } from "./coerce";
import { exactFigureNumber } from "./figureLookup";
import {
  CellResult,
  excelError,
  numberOrThrow,
  runwayOrThrow,
  textOrThrow,
  toCell,
} from "./excelErrors";
import { isNumberOrOmitted, runOnCells, runOnce, runOnceOnText, singleNumber } from "./runner";
import {
  BREAKEVEN_SHARE,
  BURN_MONTHS,
  BURN_YEARS,
  EQUIVALENT,
  FIGURE,
  RATIO,
  RUNS,
  SAVINGS,
  SOURCE,
  STAKE,
} from "./specs";

function cellsOrThrow(result: CellResult[][] | Refusal): CellResult[][] {
  if (Array.isArray(result)) return result;
  throw excelError(result);
}

/**
 * A cost as a share of a baseline cost (0.012 = 1.2%), cell by cell over ranges. =AICOST.RATIO(6000000, 500000000) gives 0.012.
 * @customfunction RATIO
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostratio
 * @param cost The cost to compare, in USD (0 or more); a cell or a range.
 * @param baseline The baseline cost, in USD (above 0; 0 gives #DIV/0!); a cell or a range.
 * @returns The cost as a share of the baseline, as a decimal, one per cell.
 */
export function ratio(
  cost: unknown[][],
  baseline: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  const a = singleNumber(cost);
  const b = singleNumber(baseline);
  if (a !== undefined && b !== undefined) return [[toCell(costRatio(a, b))]];
  return cellsOrThrow(runOnCells(RATIO, [cost, baseline]));
}

/**
 * Years the cash lasts at an annual burn that may grow and be offset by revenue. =AICOST.BURN.YEARS(40000000000, 7500000000) gives 5.33.
 * @customfunction BURN.YEARS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostburnyears
 * @param cash Cash available, in USD (0 or more).
 * @param annualBurn Spend per year, in USD per year (0 or more).
 * @param [burnGrowth] Growth of the burn, a share per year (0.3 = +30% a year; above -1). Omitted: 0.
 * @param [annualRevenue] Revenue that offsets the burn, in USD per year (0 or more). Omitted: 0.
 * @returns Years until the cash is spent, or "never" when the burn never exhausts it.
 */
export function burnYears(
  cash: unknown,
  annualBurn: unknown,
  burnGrowth?: unknown,
  annualRevenue?: unknown
): number | string {
  if (
    typeof cash === "number" &&
    typeof annualBurn === "number" &&
    isNumberOrOmitted(burnGrowth) &&
    isNumberOrOmitted(annualRevenue)
  ) {
    return runwayOrThrow(
      runwayYears(cash, annualBurn, burnGrowth ?? undefined, annualRevenue ?? undefined)
    );
  }
  return runwayOrThrow(runOnce(BURN_YEARS, [cash, annualBurn, burnGrowth, annualRevenue]));
}

/**
 * Months the cash lasts: AICOST.BURN.YEARS × 12. =AICOST.BURN.MONTHS(40000000000, 7500000000) gives 64.
 * @customfunction BURN.MONTHS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostburnmonths
 * @param cash Cash available, in USD (0 or more).
 * @param annualBurn Spend per year, in USD per year (0 or more).
 * @param [burnGrowth] Growth of the burn, a share per year (0.3 = +30% a year; above -1). Omitted: 0.
 * @param [annualRevenue] Revenue that offsets the burn, in USD per year (0 or more). Omitted: 0.
 * @returns Months until the cash is spent, or "never" when the burn never exhausts it.
 */
export function burnMonths(
  cash: unknown,
  annualBurn: unknown,
  burnGrowth?: unknown,
  annualRevenue?: unknown
): number | string {
  if (
    typeof cash === "number" &&
    typeof annualBurn === "number" &&
    isNumberOrOmitted(burnGrowth) &&
    isNumberOrOmitted(annualRevenue)
  ) {
    return runwayOrThrow(
      runwayMonths(cash, annualBurn, burnGrowth ?? undefined, annualRevenue ?? undefined)
    );
  }
  return runwayOrThrow(runOnce(BURN_MONTHS, [cash, annualBurn, burnGrowth, annualRevenue]));
}

/**
 * What the efficient lab spends for the same work: spend × efficiency share, cell by cell. =AICOST.EQUIVALENT(7500000000, 0.075) gives 562,500,000.
 * @customfunction EQUIVALENT
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostequivalent
 * @param annualSpend The frontier lab's spend, in USD per year (0 or more); a cell or a range.
 * @param efficiencyShare The efficient lab's cost as a share from 0 to 1 (0.05 = 5%); a cell or a range.
 * @returns Spend at that efficiency, in USD per year, one per cell.
 */
export function equivalent(
  annualSpend: unknown[][],
  efficiencyShare: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  const spend = singleNumber(annualSpend);
  const share = singleNumber(efficiencyShare);
  if (spend !== undefined && share !== undefined)
    return [[toCell(spendAtEfficiency(spend, share))]];
  return cellsOrThrow(runOnCells(EQUIVALENT, [annualSpend, efficiencyShare]));
}

/**
 * The annual saving at an efficiency share: spend × (1 − share), cell by cell. =AICOST.SAVINGS(7500000000, 0.075) gives 6,937,500,000.
 * @customfunction SAVINGS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostsavings
 * @param annualSpend The frontier lab's spend, in USD per year (0 or more); a cell or a range.
 * @param efficiencyShare The efficient lab's cost as a share from 0 to 1 (0.05 = 5%); a cell or a range.
 * @returns The saving, in USD per year, one per cell.
 */
export function savings(
  annualSpend: unknown[][],
  efficiencyShare: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  const spend = singleNumber(annualSpend);
  const share = singleNumber(efficiencyShare);
  if (spend !== undefined && share !== undefined) return [[toCell(annualSaving(spend, share))]];
  return cellsOrThrow(runOnCells(SAVINGS, [annualSpend, efficiencyShare]));
}

/**
 * Whole training runs a budget funds, cell by cell over run costs. =AICOST.RUNS(40000000000, 500000000) gives 80.
 * @customfunction RUNS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostruns
 * @param budget The budget, in USD (0 or more); a cell or a range.
 * @param runCost The cost of one training run, in USD (above 0; 0 gives #DIV/0!); a cell or a range.
 * @returns The number of whole runs, one per cell.
 */
export function runs(
  budget: unknown[][],
  runCost: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  const b = singleNumber(budget);
  const c = singleNumber(runCost);
  if (b !== undefined && c !== undefined) return [[toCell(runsFunded(b, c))]];
  return cellsOrThrow(runOnCells(RUNS, [budget, runCost]));
}

/**
 * The efficiency share at which the cash lasts exactly the target runway. =AICOST.BREAKEVEN.SHARE(40000000000, 7500000000, 10) gives 0.5333.
 * @customfunction BREAKEVEN.SHARE
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostbreakevenshare
 * @param cash Cash available, in USD (above 0).
 * @param annualSpend The spend at full cost, in USD per year (above 0; 0 gives #DIV/0!).
 * @param targetYears The runway to reach, in years (above 0).
 * @param [burnGrowth] Growth of the burn, a share per year (0.3 = +30% a year; above -1). Omitted: 0.
 * @param [annualRevenue] Revenue that offsets the burn, in USD per year (0 or more). Omitted: 0.
 * @returns The share of the spend (0.5 = 50%) that lasts the target; above 1 when even full spend lasts longer.
 */
export function breakeven(
  cash: unknown,
  annualSpend: unknown,
  targetYears: unknown,
  burnGrowth?: unknown,
  annualRevenue?: unknown
): number {
  if (
    typeof cash === "number" &&
    typeof annualSpend === "number" &&
    typeof targetYears === "number" &&
    isNumberOrOmitted(burnGrowth) &&
    isNumberOrOmitted(annualRevenue)
  ) {
    return numberOrThrow(
      breakevenShare(
        cash,
        annualSpend,
        targetYears,
        burnGrowth ?? undefined,
        annualRevenue ?? undefined
      )
    );
  }
  return numberOrThrow(
    runOnce(BREAKEVEN_SHARE, [cash, annualSpend, targetYears, burnGrowth, annualRevenue])
  );
}

/**
 * The stake a funding round buys at a post-money valuation. =AICOST.STAKE(40000000000, 300000000000) gives 0.1333.
 * @customfunction STAKE
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicoststake
 * @param round The round, in USD (0 or more).
 * @param postMoneyValuation The valuation including the round, in USD (above 0, at least the round).
 * @returns The stake as a share (0.1333 = 13.3%).
 */
export function stake(round: unknown, postMoneyValuation: unknown): number {
  if (typeof round === "number" && typeof postMoneyValuation === "number") {
    return numberOrThrow(stakeBought(round, postMoneyValuation));
  }
  return numberOrThrow(runOnce(STAKE, [round, postMoneyValuation]));
}

/**
 * A figure from the article by id: its low end, midpoint or high end. =AICOST.FIGURE("openai_annual_operations") gives 7,500,000,000.
 * @customfunction FIGURE
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostfigure
 * @param id The figure's id, as text, e.g. "openai_funding_round" (unknown ids give #N/A listing them all).
 * @param [bound] Which value of the figure's range, as text: "low", "mid" or "high". Omitted: "mid".
 * @returns The figure in its own unit: USD, USD per year, or a share (0.05 = 5%).
 */
export function figure(id: unknown, bound?: unknown): number {
  if (
    typeof id === "string" &&
    (bound === null || bound === undefined || typeof bound === "string")
  ) {
    const exact = exactFigureNumber(id, bound);
    if (exact !== undefined) return exact;
  }
  return numberOrThrow(runOnceOnText(FIGURE, [id, bound]));
}

/**
 * The article's sentence a figure comes from, verbatim, to cite it beside a formula. =AICOST.SOURCE("openai_funding_round").
 * @customfunction SOURCE
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostsource
 * @param id The figure's id, as text, e.g. "openai_funding_round" (unknown ids give #N/A listing them all).
 * @returns The sentence, as text.
 */
export function source(id: unknown): string {
  const exact = typeof id === "string" ? findFigure(id) : undefined;
  if (exact !== undefined) return exact.sentence;
  return textOrThrow(runOnceOnText(SOURCE, [id]));
}
