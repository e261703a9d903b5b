/**
 * "Prepare for sharing" and "Restore add-in formulas" on the preview's IronCalc workbook, through
 * the PreviewHost (in Node). The preview runs no custom functions: the stand-ins of
 * test/support/addinFunctions.ts give AICOST cells their values where a test needs them, and
 * without them such cells show #NAME?, which prepare must leave alone rather than freeze.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { costRatio, runwayYears } from "../../src/model";
import type { PreviewHost } from "../../src/preview/previewHost";
import { buildPlan } from "../../src/workbook/buildPlan";
import { Model, sameNumber } from "../support/ironcalc";
import { articleBook, installAddin, numberAt, sheetOf } from "./support/sharingBook";

const plan = buildPlan();
const MINE = "My analysis";

/** Every sheet's cells as typed, A1:Z60, by sheet name: the workbook as far as prepare can change it. */
function contents(model: Model): Record<string, string[][]> {
  return Object.fromEntries(
    model
      .getWorksheetsProperties()
      .map((p, sheet) => [
        p.name,
        Array.from({ length: 60 }, (_, r) =>
          Array.from({ length: 26 }, (_, c) => model.getCellContent(sheet, r + 1, c + 1))
        ),
      ])
  );
}

let model: Model;
let host: PreviewHost;
beforeEach(async () => {
  ({ model, host } = await articleBook([MINE]));
  const mine = sheetOf(model, MINE);
  const typed = [
    ["40000000000", "7500000000", "=AICOST.BURN.YEARS(A1,B1)", '="AICOST.RATIO("&1'],
    [
      "'=AICOST.RATIO(1,2)",
      "=aicost.ratio(6000000,500000000)",
      '=AICOST.FIGURE("r1_operating_cost_share","high")',
      "=SUM(A1:B1)",
    ],
  ];
  typed.forEach((row, r) => row.forEach((text, c) => model.setUserInput(mine, r + 1, c + 1, text)));
  model.evaluate();
});

describe("the preview's sharing controls", () => {
  it("prepare every AICOST cell, computing the model's values with the twins, and restore the workbook exactly", async () => {
    installAddin(model);
    const before = contents(model);
    const report = await host.sharing.prepareForSharing();
    expect(report).toMatchObject({
      changed: 3,
      toTwin: 2,
      toNative: 0,
      frozen: 1,
      recordSheet: "Add-in formulas",
    });
    expect(sameNumber(numberAt(model, MINE, 0, 2), runwayYears(40e9, 7.5e9) as number)).toBe(true);
    expect(sameNumber(numberAt(model, MINE, 1, 1), costRatio(6e6, 500e6) as number)).toBe(true);
    expect(numberAt(model, MINE, 1, 2)).toBe(0.1);
    const mine = sheetOf(model, MINE);
    expect(model.getCellContent(mine, 1, 4)).toBe(before[MINE]?.[0]?.[3]);
    expect(model.getCellContent(mine, 2, 1)).toBe("'=AICOST.RATIO(1,2)");
    expect(await host.sharing.status()).toEqual({ prepared: true, preparedCells: 3 });
    for (const sheet of plan.sheets)
      expect(contents(model)[sheet.name], sheet.name).toEqual(before[sheet.name]);

    expect(await host.sharing.restoreAddinFormulas()).toEqual({ restored: 3, leftAlone: [] });
    expect(contents(model)).toEqual(before);
    expect(await host.sharing.status()).toEqual({ prepared: false, preparedCells: 0 });
  });

  it("leave a cell alone that shows #NAME? (no add-in functions in the preview) and freeze nothing wrong", async () => {
    const report = await host.sharing.prepareForSharing();
    expect(report.frozen).toBe(0);
    expect(report.toTwin).toBe(2);
    expect(report.notes.join("\n")).toMatch(/My analysis'!C2: left as it is: it shows #NAME\?/);
    expect(model.getCellContent(sheetOf(model, MINE), 2, 3).toUpperCase()).toContain(
      "AICOST.FIGURE"
    );
  });

  it("restore follows a row inserted since: the frozen cell's formula reads its inputs where they are now", async () => {
    installAddin(model);
    const mine = sheetOf(model, MINE);
    model.setUserInput(mine, 3, 1, '=AICOST.FIGURE("v3_training_cost")/AICOST.BURN.YEARS(A1,B1)');
    model.evaluate();
    const expected = Model.from_bytes(model.toBytes(), "en");
    expected.insertRows(mine, 1, 1);
    expect((await host.sharing.prepareForSharing()).frozen).toBe(2);
    model.insertRows(mine, 1, 1);
    expect(await host.sharing.restoreAddinFormulas()).toEqual({ restored: 4, leftAlone: [] });
    expect(contents(model)[MINE]).toEqual(contents(expected)[MINE]);
    expect(model.getCellContent(mine, 4, 1)).toMatch(/BURN\.YEARS\(A2,B2\)$/i);
  });

  it("leave alone a cell to freeze whose result spills (IronCalc says so), rather than keep its first value", async () => {
    installAddin(model);
    const mine = sheetOf(model, MINE);
    model.setUserInput(mine, 1, 6, '=AICOST.FIGURE("v3_training_cost")*SEQUENCE(3)');
    model.evaluate();
    const report = await host.sharing.prepareForSharing();
    expect(report.notes).toContainEqual(
      expect.stringMatching(/My analysis'!F1: left as it is: its result spills/)
    );
    expect(model.getCellContent(mine, 1, 6)).toMatch(/SEQUENCE/i);
    expect(numberAt(model, MINE, 2, 5)).toBe(18e6);
  });

  it("keep the pane's host working after the record sheet comes and goes", async () => {
    installAddin(model);
    await host.sharing.prepareForSharing();
    const state = await host.writeInput("efficiencyShare", 0.05);
    expect(state.inputs.efficiencyShare).toBe(0.05);
    await host.sharing.restoreAddinFormulas();
    expect((await host.readState()).inputs.efficiencyShare).toBe(0.05);
  });
});
