/**
 * Saved scenarios where the Excel host differs from the preview: it reaches the table through
 * its header row's ownership marker (a defined name, which the preview does not use). Every
 * rule both hosts share is tested over both adapters in test/contract/scenarios.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { MISSING_TABLE } from "../../src/workbook/messages";
import { loadIronCalc } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

beforeAll(() => loadIronCalc());

describe("the scenarios table's marker", () => {
  it("says the table is missing, listing or changing it, when the header's marker is gone", async () => {
    const excel = new FakeExcel();
    await hostOn(excel).loadArticle({ resetInputs: false });
    excel.deleteName("AICOST_OWNS_TABLE_scenarios");
    const host = hostOn(excel);
    expect(await host.listScenarios()).toEqual({ scenarios: [], problems: [MISSING_TABLE] });
    for (const call of [
      () => host.saveScenario({ name: "Mine", note: "", inputs: DEFAULT_INPUTS }),
      () => host.applyScenario("Article low"),
      () => host.deleteScenario("Article low"),
    ])
      expect((await refusal(call())).problem).toEqual(MISSING_TABLE);
  });
});
