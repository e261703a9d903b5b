/**
 * Custom functions in the AICOST namespace (manifest <Namespace>): thin adapters over
 * src/model/ that turn the model's domain errors into Excel errors. No finance here.
 *
 * Each JSDoc block is read by custom-functions-metadata-plugin into dist/functions.json;
 * the plugin also appends the CustomFunctions.associate(id, fn) calls to the bundle.
 */
import { costRatio, runwayYears } from "../model";
import { numberOrThrow, runwayOrThrow } from "./excelErrors";

/**
 * A cost as a share of a baseline cost (0.012 = 1.2%). Example: =AICOST.RATIO(6000000, 500000000) gives 0.012.
 * @customfunction RATIO
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostratio
 * @param cost The cost to compare, in USD (0 or more).
 * @param baseline The baseline cost, in USD (above 0; 0 gives #DIV/0!).
 * @returns The cost as a share of the baseline, as a decimal.
 */
export function ratio(cost: number, baseline: number): number {
  return numberOrThrow(costRatio(cost, baseline));
}

/**
 * Years the cash lasts at an annual burn. Example: =AICOST.BURN.YEARS(40000000000, 7500000000) gives 5.33.
 * @customfunction BURN.YEARS
 * @helpurl https://github.com/ai-cost-scenarios/ai-cost-scenarios#aicostburnyears
 * @param cash Cash available, in USD (0 or more).
 * @param annualBurn Spend per year, in USD per year (0 or more).
 * @returns Years until the cash is spent, or "never" when the burn never exhausts it.
 */
export function burnYears(cash: number, annualBurn: number): number | string {
  return runwayOrThrow(runwayYears(cash, annualBurn));
}
