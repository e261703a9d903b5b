/**
 * Setup of every test file (vitest.config.ts): plans built without saying how many trial rows
 * they hold get a short Trials sheet (buildPlan.ts, setDefaultTrialRows says why). The tests of
 * the Trials sheet build theirs with TRIAL_ROWS, the sheet the add-in writes.
 */
import { setDefaultTrialRows } from "../../src/workbook/buildPlan";

/** Enough rows for every statistic to mean something (20 bins, five percentiles). */
export const TEST_TRIAL_ROWS = 40;

setDefaultTrialRows(TEST_TRIAL_ROWS);
