// @vitest-environment happy-dom
/**
 * The Sharing section on the Excel host with the real auto-open switch (autoOpen.ts) over
 * Office's document settings and startup behavior (fakeDocument.ts): what the analyst does in
 * the pane is what the document holds, and Excel's refusal reads as the switch says it.
 */
import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { AUTO_OPEN_SETTING, autoOpenControl } from "../../src/excel/autoOpen";
import { loadIronCalc } from "../support/ironcalc";
import { cleanupPane, renderApp } from "../taskpane/renderPane";
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
