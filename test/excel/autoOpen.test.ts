/**
 * Auto-open: after a load the workbook carries the setting that opens the pane for whoever opens
 * it next; a failure to save it is a warning, never a failed load.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AUTO_OPEN_SETTING, autoOpenWith } from "../../src/excel/autoOpen";
import type { ExcelHost } from "../../src/excel/excelHost";
import { loadIronCalc } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn as sharedHostOn } from "./support/hostOn";

function hostOn(excel: FakeExcel, turnOnAutoOpen: () => Promise<void>): ExcelHost {
  return sharedHostOn(excel, { changeDelayMs: 0, turnOnAutoOpen });
}

beforeAll(() => loadIronCalc());

describe("auto-open with the workbook", () => {
  it("is turned on once the article is loaded", async () => {
    let turnedOn = 0;
    const summary = await hostOn(new FakeExcel(), async () => {
      turnedOn++;
    }).loadArticle({ resetInputs: false });
    expect(turnedOn).toBe(1);
    expect(summary.warnings.join(" ")).not.toMatch(/opens this pane/);
  });

  it("a setting Excel cannot save is a warning; the load itself succeeds", async () => {
    const summary = await hostOn(new FakeExcel(), () =>
      Promise.reject(new Error("no"))
    ).loadArticle({
      resetInputs: false,
    });
    expect(summary.created.length).toBeGreaterThan(0);
    expect(summary.warnings.join(" ")).toMatch(/could not save the setting that opens this pane/);
  });

  it("writes Office's own setting name and saves it", async () => {
    const written: [string, unknown][] = [];
    let saved = 0;
    const settings = {
      set: (name: string, value: unknown) => written.push([name, value]),
      saveAsync: (callback: (result: Office.AsyncResult<void>) => void) => {
        saved++;
        callback({ status: Office.AsyncResultStatus.Succeeded } as Office.AsyncResult<void>);
      },
    } as unknown as Office.Settings;
    const globals = globalThis as unknown as { Office?: unknown };
    const previous = globals.Office;
    globals.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
    try {
      await autoOpenWith(settings)();
    } finally {
      globals.Office = previous;
    }
    expect(written).toEqual([[AUTO_OPEN_SETTING, true]]);
    expect(AUTO_OPEN_SETTING).toBe("Office.AutoShowTaskpaneWithDocument");
    expect(saved).toBe(1);
  });
});
