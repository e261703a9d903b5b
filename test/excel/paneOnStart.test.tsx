// @vitest-environment happy-dom
/**
 * The pane on a workbook someone else built (issue 8): opened with the Excel host over a
 * workbook that a copy of the add-in with the older layout built and an analyst edited, it
 * shows that workbook's inputs, results and saved scenarios at once, without a load, and a
 * load (not a reset) upgrades the workbook and says so. The Excel host runs on the fake Excel
 * whose cells compute on IronCalc.
 */
import { screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { PLAN_VERSION } from "../../src/workbook";
import { upgradeLine } from "../../src/workbook/messages/load";
import { LAYOUT_STAMP_NAME } from "../../src/workbook/names";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc } from "../support/ironcalc";
import { cleanupPane, renderLoadedPane } from "../taskpane/renderPane";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

afterEach(cleanupPane);

let shared: FakeExcel;
beforeAll(async () => {
  loadIronCalc();
  shared = new FakeExcel();
  const sender = hostOn(shared, { makePlan: () => olderLayoutPlan(1) });
  await sender.loadArticle({ resetInputs: false });
  await sender.writeInput("efficiencyShare", 0.06);
  await sender.saveScenario({
    name: "Lean",
    note: "R1 at its cheapest",
    inputs: { ...DEFAULT_INPUTS, efficiencyShare: 0.06 },
  });
});

describe("the pane on a workbook another copy of the add-in built", () => {
  test("shows its inputs, results and scenarios on start, without loading", async () => {
    const excel = shared.copy();
    await renderLoadedPane(hostOn(excel, { changeDelayMs: 0 }));
    expect(
      screen
        .getByRole("slider", { name: "Efficient lab's cost as a share" })
        .getAttribute("aria-valuetext")
    ).toBe("6%");
    const list = await screen.findByRole("list", { name: "Saved scenarios" });
    expect(within(list).getByText("Lean")).toBeTruthy();
    expect(excel.book.findName(LAYOUT_STAMP_NAME)).toBeUndefined(); // nothing written
  });

  test("upgrades it with a load, saying so, and keeps the analyst's value", async () => {
    const excel = shared.copy();
    const { user } = await renderLoadedPane(hostOn(excel, { changeDelayMs: 0 }));
    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));
    expect(
      await screen.findByText(
        "Upgraded from the add-in's older layout 1: your inputs and saved scenarios are kept."
      )
    ).toBeTruthy();
    await user.click(screen.getByText("What changed"));
    expect(screen.getByText((text) => text.includes(upgradeLine(1, PLAN_VERSION)))).toBeTruthy();
    expect(
      screen
        .getByRole("slider", { name: "Efficient lab's cost as a share" })
        .getAttribute("aria-valuetext")
    ).toBe("6%");
    expect(excel.named(LAYOUT_STAMP_NAME).value).toBe(PLAN_VERSION);
  });
});
