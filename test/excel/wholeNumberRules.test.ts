/**
 * Whole-number cells (PlanSheet.wholeNumberValidations) as Excel's load writes them, on the fake
 * Excel: the rule on the planned range with its bounds, the Stop alert in the catalogue's words,
 * the range's own rules cleared first (a reload does not stack them, and replaces what was
 * there), nothing where Excel lacks ExcelApi 1.8; a sheet without them gets no rule.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadArticle } from "../../src/excel/applyPlan";
import { buildPlan, type PlanOptions } from "../../src/workbook/buildPlan";
import { cellRulesMessages } from "../../src/workbook/messages";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { loadIronCalc } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";

const WHOLE = { address: "E5:E6", min: 1, max: 1000 };

function withRules(extra: Partial<PlanSheet>) {
  return (options?: PlanOptions): WorkbookPlan => {
    const plan = buildPlan(options);
    return {
      ...plan,
      sheets: plan.sheets.map((s) => (s.key === "inputs" ? { ...s, ...extra } : s)),
    };
  };
}

async function load(excel: FakeExcel, makePlan: (o?: PlanOptions) => WorkbookPlan): Promise<void> {
  await excel.runner.run((context) =>
    loadArticle(context, makePlan, { resetInputs: false, requirements: excel.requirements })
  );
}

const rulesOn = (excel: FakeExcel, sheet: string): Map<string, string[]> | undefined =>
  excel.book.sheet(sheet).rules;

const alert = cellRulesMessages.wholeNumber(WHOLE.min, WHOLE.max);
const written = [
  `whole Between ${WHOLE.min} ${WHOLE.max}`,
  `alert Stop ${alert.title}: ${alert.message}`,
];

beforeAll(() => {
  loadIronCalc();
});

describe("whole-number cells in Excel", () => {
  it("gets the rule between min and max with the alert that says the range, once however often it loads", async () => {
    const excel = new FakeExcel();
    const plan = withRules({ wholeNumberValidations: [WHOLE] });
    await load(excel, plan);
    expect(rulesOn(excel, "Inputs")?.get(WHOLE.address)).toEqual(written);
    await load(excel, plan);
    expect(rulesOn(excel, "Inputs")?.get(WHOLE.address)).toEqual(written);
    expect(alert.message).toBe("Type a whole number from 1 to 1,000.");
  });

  it("clears the range's own rule first: a list there before is replaced, not kept beside it", async () => {
    const excel = new FakeExcel();
    await load(
      excel,
      withRules({ listValidations: [{ address: WHOLE.address, source: "'Inputs'!$A$5:$A$6" }] })
    );
    expect(rulesOn(excel, "Inputs")?.get(WHOLE.address)).toEqual(["list ='Inputs'!$A$5:$A$6"]);
    await load(excel, withRules({ wholeNumberValidations: [WHOLE] }));
    expect(rulesOn(excel, "Inputs")?.get(WHOLE.address)).toEqual(written);
  });

  it("leaves the cells plain in an Excel before ExcelApi 1.8", async () => {
    const excel = new FakeExcel({ excelApi: "1.7" });
    await load(excel, withRules({ wholeNumberValidations: [WHOLE] }));
    expect(rulesOn(excel, "Inputs")?.get(WHOLE.address)).toBeUndefined();
  });

  it("writes none on a sheet whose plan has none", async () => {
    const excel = new FakeExcel();
    await load(excel, (options) => buildPlan(options));
    // Only the Trials sheet has them (its seed and count); every other sheet gets none.
    const all = buildPlan().sheets;
    expect(all.filter((s) => s.wholeNumberValidations).map((s) => s.key)).toEqual(["trials"]);
    const sheets = all.filter((s) => s.wholeNumberValidations === undefined);
    for (const sheet of sheets) {
      const recorded = [...(rulesOn(excel, sheet.name)?.values() ?? [])].flat();
      expect(
        recorded.filter((r) => /^(whole|alert)/.test(r)),
        sheet.name
      ).toEqual([]);
    }
  });
});
