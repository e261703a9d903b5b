// @vitest-environment happy-dom
/**
 * The Sharing section on the Excel host: the real auto-open switch (autoOpen.ts) over Office's
 * document settings and startup behavior (fakeDocument.ts), where what the analyst does in the
 * pane is what the document holds and Excel's refusal reads as the switch says it; and Prepare
 * for sharing / Restore add-in formulas (sharing.ts) on the fake Excel over IronCalc, where the
 * report the pane shows is what happened to the cells.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { AUTO_OPEN_SETTING, autoOpenControl } from "../../src/excel/autoOpen";
import { loadIronCalc } from "../support/ironcalc";
import { cleanupPane, renderApp, renderLoadedPane } from "../taskpane/renderPane";
import { focusedReport, reportList } from "../taskpane/sharingReport";
import { FakeSettings, fakeOffice, stubOfficeEnums } from "./support/fakeDocument";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

const SWITCH = "Open this pane for everyone who opens this workbook";

beforeAll(() => loadIronCalc());
beforeEach(stubOfficeEnums);
afterEach(async () => {
  await cleanupPane();
  vi.unstubAllGlobals();
});

function paneOn(office: ReturnType<typeof fakeOffice>): ReturnType<typeof renderApp> {
  const host = hostOn(new FakeExcel(), {
    changeDelayMs: 0,
    autoOpen: autoOpenControl(() => office),
  });
  return renderApp(host);
}

async function readySwitch(): Promise<HTMLInputElement> {
  const control = await screen.findByRole<HTMLInputElement>("switch", { name: SWITCH });
  await waitFor(() => expect(control.disabled).toBe(false));
  return control;
}

describe("the auto-open switch in Excel", () => {
  test("turned on in the pane: the document holds the setting and loads the add-in with it", async () => {
    const office = fakeOffice();
    const { user } = paneOn(office);
    const control = await readySwitch();
    expect(control.checked).toBe(false);

    await user.click(control);

    expect(await screen.findByText(/Saved in the workbook: save the file/)).toBeTruthy();
    expect(office.settings.saved.get(AUTO_OPEN_SETTING)).toBe(true);
    expect(office.addin?.calls).toEqual(["Load"]);
    expect(control.checked).toBe(true);
  });

  test("a document Excel cannot save to: the pane says so, and the switch and the document are as they were", async () => {
    const settings = new FakeSettings();
    settings.failNextSaves("The document is read-only.");
    const office = fakeOffice(settings);
    const { user } = paneOn(office);
    const control = await readySwitch();

    await user.click(control);

    expect(await screen.findByText(/could not save the setting in this workbook/)).toBeTruthy();
    expect(screen.getByText(/open it for editing/)).toBeTruthy();
    await waitFor(() => expect(control.checked).toBe(false));
    expect(settings.saved.has(AUTO_OPEN_SETTING)).toBe(false);
    expect(office.addin?.calls).toEqual([]);
  });

  test("a workbook saved with it on shows it on, and turning it off clears both halves", async () => {
    const office = fakeOffice(new FakeSettings({ [AUTO_OPEN_SETTING]: true }));
    const { user } = paneOn(office);
    const control = await readySwitch();
    expect(control.checked).toBe(true);

    await user.click(control);

    await screen.findByText(/the pane no longer opens by itself/);
    expect(office.settings.saved.get(AUTO_OPEN_SETTING)).toBe(false);
    expect(office.addin?.calls).toEqual(["None"]);
  });
});

describe("prepare for sharing and restore in Excel", () => {
  const ANALYSIS = "Analysis";
  const RUNWAY = "=AICOST.BURN.YEARS(B1,B2)";
  const SOURCE = '=AICOST.SOURCE("orion_training_cost")';

  async function analystWorkbook(): Promise<FakeExcel> {
    const excel = new FakeExcel();
    await hostOn(excel).loadArticle({ resetInputs: false });
    excel.installAddin();
    excel.addSheet(ANALYSIS);
    excel.type(ANALYSIS, "B1", 40e9);
    excel.type(ANALYSIS, "B2", 7.5e9);
    excel.type(ANALYSIS, "C1", RUNWAY);
    excel.type(ANALYSIS, "C2", SOURCE);
    return excel;
  }

  test("the report the pane shows is what became of the cells, and restore puts them back", async () => {
    const excel = await analystWorkbook();
    const { user } = await renderLoadedPane(hostOn(excel, { changeDelayMs: 0 }));
    const restore = await screen.findByRole("button", { name: "Restore add-in formulas" });
    expect(restore.getAttribute("aria-disabled")).toBe("true");

    await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));

    const report = await focusedReport("Prepared for sharing: 2 cells changed.");
    expect(reportList(report, "How the cells were changed")).toEqual([
      "1 cell to its portable twin",
      "1 cell frozen to its current value",
    ]);
    expect(within(report).getByText(/on the sheet “Add-in formulas”/)).toBeTruthy();
    const notes = within(report).getByRole("list", { name: "Notes on the prepared cells" });
    expect(within(notes).getByText(new RegExp(`^${ANALYSIS}!C2: frozen`))).toBeTruthy();
    expect(excel.content(ANALYSIS, "C1")).not.toMatch(/aicost/i);
    await waitFor(() => expect(restore.getAttribute("aria-disabled")).toBeNull());
    expect(screen.getByText(/^2 cells are prepared for sharing/)).toBeTruthy();

    await user.click(restore);

    await focusedReport("Restored 2 add-in formulas.");
    // IronCalc spells an unknown function in lower case; Excel shows it as registered.
    expect(excel.content(ANALYSIS, "C1").toUpperCase()).toBe(RUNWAY.toUpperCase());
    expect(excel.content(ANALYSIS, "C2").toUpperCase()).toBe(SOURCE.toUpperCase());
  });

  test("restore says why the record sheet stayed when the analyst wrote on it", async () => {
    const excel = await analystWorkbook();
    await hostOn(excel).sharing.prepareForSharing();
    excel.type("Add-in formulas", "H6", "checked with finance");
    const { user } = await renderLoadedPane(hostOn(excel, { changeDelayMs: 0 }));
    const restore = await screen.findByRole("button", { name: "Restore add-in formulas" });
    await waitFor(() => expect(restore.getAttribute("aria-disabled")).toBeNull());

    await user.click(restore);

    const report = await focusedReport("Restored 2 add-in formulas.");
    expect(reportList(report, "Notes on the restore")).toEqual([
      expect.stringMatching(/^The record sheet “Add-in formulas” was kept.*\(H6\)/),
    ]);
    expect(excel.sheetNames()).toContain("Add-in formulas");
    expect(excel.content("Add-in formulas", "H6")).toBe("checked with finance");
  });
});
