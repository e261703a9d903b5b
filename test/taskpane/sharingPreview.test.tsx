// @vitest-environment happy-dom
/**
 * The Sharing section on the real PreviewHost (IronCalc, no Excel): no auto-open switch (the
 * preview says what it does in Excel), and Prepare for sharing / Restore add-in formulas whose
 * report is what the engine's cells went through, including a cell the preview cannot compute
 * (#NAME?, no add-in functions here) that prepare leaves alone and says so.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import { newEngineWorkbook, type Model } from "../support/ironcalc";
import { cleanupPane, renderLoadedPane } from "./renderPane";

afterEach(cleanupPane);

const MINE = "My analysis";
const RUNWAY = "=AICOST.BURN.YEARS(A1,B1)";
const FIGURE = '=AICOST.FIGURE("r1_operating_cost_share","high")';

let model: Model;
let host: PreviewHost;
beforeEach(async () => {
  model = newEngineWorkbook();
  host = new PreviewHost(new PreviewWorkbook(model, undefined), buildPlan());
  await host.loadArticle({ resetInputs: false });
  model.newSheet();
  const mine = model.getWorksheetsProperties().length - 1;
  model.renameSheet(mine, MINE);
  const typed = [["40000000000", "7500000000", RUNWAY, "=aicost.ratio(6000000,500000000)", FIGURE]];
  typed.forEach((row, r) => row.forEach((text, c) => model.setUserInput(mine, r + 1, c + 1, text)));
  model.evaluate();
});

function cell(column: number): string {
  const mine = model.getWorksheetsProperties().findIndex((p) => p.name === MINE);
  return model.getCellContent(mine, 1, column);
}

describe("the Sharing section in the preview", () => {
  test("has no switch, and says what the switch does in Excel", async () => {
    await renderLoadedPane(host);
    const region = screen.getByRole("region", { name: "Sharing" });
    expect(within(region).queryByRole("switch")).toBeNull();
    expect(within(region).getByText(/In Excel, this section has a switch/)).toBeTruthy();
  });

  test("prepares the engine's AICOST cells, names the one it left alone, and restores them", async () => {
    const { user } = await renderLoadedPane(host);

    await user.click(await screen.findByRole("button", { name: "Prepare for sharing" }));

    const report = await screen.findByRole("group", {
      name: "Prepared for sharing: 2 cells changed.",
    });
    await waitFor(() => expect(document.activeElement).toBe(report));
    const notes = within(report).getByRole("list", { name: "Notes on the prepared cells" });
    expect(within(notes).getByText(/E1: left as it is: it shows #NAME\?/)).toBeTruthy();
    expect(within(report).getByText(/on the sheet “Add-in formulas”/)).toBeTruthy();
    expect(cell(3)).not.toMatch(/aicost/i);
    // IronCalc spells a function it does not know in lower case.
    expect(cell(5).toUpperCase()).toBe(FIGURE.toUpperCase());

    const restore = screen.getByRole("button", { name: "Restore add-in formulas" });
    await waitFor(() => expect(restore.getAttribute("aria-disabled")).toBeNull());
    await user.click(restore);

    expect(await screen.findByRole("group", { name: "Restored 2 add-in formulas." })).toBeTruthy();
    expect(cell(3).toUpperCase()).toBe(RUNWAY.toUpperCase());
    await waitFor(() => expect(restore.getAttribute("aria-disabled")).toBe("true"));
  });
});
