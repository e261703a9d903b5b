/**
 * The custom functions in the AICOST namespace (manifest <Namespace>), GENERATED from the
 * records in specs.ts by source.ts: edit those, then run
 * UPDATE_FUNCTIONS=1 npx vitest run test/functions/source.test.ts
 */
import { runOnCells, runOnce, runOnceOnText } from "./runner";
import { SPECS } from "./specs";

/**
 * A cost as a share of a baseline cost (0.012 = 1.2%), cell by cell over ranges. =AICOST.RATIO(6000000, 500000000) gives 0.012.
 * @customfunction RATIO
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostratio
 * @param cost The cost to compare, in USD (0 or more); a cell or a range.
 * @param baseline The baseline cost, in USD (above 0; 0 gives #DIV/0!); a cell or a range.
 * @returns The cost as a share of the baseline, as a decimal, one per cell.
 */
export function costRatio(
  cost: unknown[][],
  baseline: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return runOnCells(SPECS["RATIO"], [cost, baseline]);
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
export function runwayYears(
  cash: unknown,
  annualBurn: unknown,
  burnGrowth?: unknown,
  annualRevenue?: unknown
): number | string {
  return runOnce(SPECS["BURN.YEARS"], cash, annualBurn, burnGrowth, annualRevenue);
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
export function runwayMonths(
  cash: unknown,
  annualBurn: unknown,
  burnGrowth?: unknown,
  annualRevenue?: unknown
): number | string {
  return runOnce(SPECS["BURN.MONTHS"], cash, annualBurn, burnGrowth, annualRevenue);
}

/**
 * What the efficient lab spends for the same work: spend × efficiency share, cell by cell. =AICOST.EQUIVALENT(7500000000, 0.075) gives 562,500,000.
 * @customfunction EQUIVALENT
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostequivalent
 * @param annualSpend The frontier lab's spend, in USD per year (0 or more); a cell or a range.
 * @param efficiencyShare The efficient lab's cost as a share from 0 to 1 (0.05 = 5%); a cell or a range.
 * @returns Spend at that efficiency, in USD per year, one per cell.
 */
export function spendAtEfficiency(
  annualSpend: unknown[][],
  efficiencyShare: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return runOnCells(SPECS["EQUIVALENT"], [annualSpend, efficiencyShare]);
}

/**
 * The annual saving at an efficiency share: spend × (1 − share), cell by cell. =AICOST.SAVINGS(7500000000, 0.075) gives 6,937,500,000.
 * @customfunction SAVINGS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostsavings
 * @param annualSpend The frontier lab's spend, in USD per year (0 or more); a cell or a range.
 * @param efficiencyShare The efficient lab's cost as a share from 0 to 1 (0.05 = 5%); a cell or a range.
 * @returns The saving, in USD per year, one per cell.
 */
export function annualSaving(
  annualSpend: unknown[][],
  efficiencyShare: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return runOnCells(SPECS["SAVINGS"], [annualSpend, efficiencyShare]);
}

/**
 * Whole training runs a budget funds, cell by cell over run costs. =AICOST.RUNS(40000000000, 500000000) gives 80.
 * @customfunction RUNS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostruns
 * @param budget The budget, in USD (0 or more); a cell or a range.
 * @param runCost The cost of one training run, in USD (above 0; 0 gives #DIV/0!); a cell or a range.
 * @returns The number of whole runs, one per cell.
 */
export function runsFunded(
  budget: unknown[][],
  runCost: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return runOnCells(SPECS["RUNS"], [budget, runCost]);
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
export function breakevenShare(
  cash: unknown,
  annualSpend: unknown,
  targetYears: unknown,
  burnGrowth?: unknown,
  annualRevenue?: unknown
): number {
  return runOnce(
    SPECS["BREAKEVEN.SHARE"],
    cash,
    annualSpend,
    targetYears,
    burnGrowth,
    annualRevenue
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
export function stakeBought(round: unknown, postMoneyValuation: unknown): number {
  return runOnce(SPECS["STAKE"], round, postMoneyValuation);
}

/**
 * A figure from the article by id: its low end, midpoint or high end. =AICOST.FIGURE("openai_annual_operations") gives 7,500,000,000.
 * @customfunction FIGURE
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostfigure
 * @param id The figure's id, as text, e.g. "openai_funding_round" (unknown ids give #N/A listing them all).
 * @param [bound] Which value of the figure's range, as text: "low", "mid" or "high". Omitted: "mid".
 * @returns The figure in its own unit: USD, USD per year, or a share (0.05 = 5%).
 */
export function figureNumber(id: unknown, bound?: unknown): number {
  return runOnceOnText(SPECS["FIGURE"], id, bound);
}

/**
 * The article's sentence a figure comes from, verbatim, to cite it beside a formula. =AICOST.SOURCE("openai_funding_round").
 * @customfunction SOURCE
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostsource
 * @param id The figure's id, as text, e.g. "openai_funding_round" (unknown ids give #N/A listing them all).
 * @returns The sentence, as text.
 */
export function figureSentence(id: unknown): string {
  return runOnceOnText(SPECS["SOURCE"], id);
}
