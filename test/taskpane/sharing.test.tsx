// @vitest-environment happy-dom
/**
 * The Sharing section: the auto-open switch (its state read from the workbook, saved or refused,
 * its limits read with it), and "Prepare for sharing" / "Restore add-in formulas" with their
 * busy state, report (which takes focus) and problems. Hosts without a switch or without
 * sharing get words instead of dead controls.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import {
  SHARING_PROBLEMS,
  TEST_RECORD_SHEET,
  TestAutoOpen,
  TestSharing,
  type AddinFormulaCell,
} from "../support/testSharing";
import { cleanupPane, renderApp, renderLoadedPane } from "./renderPane";
import { focusedReport, reportList } from "./sharingReport";

afterEach(cleanupPane);

const SWITCH = "Open this pane for everyone who opens this workbook";

/** Four cells calling AICOST functions: two with twins, one with a native form, one frozen. */
const ADDIN_CELLS: AddinFormulaCell[] = [
  { address: "Sheet1!B2", formula: "=AICOST.BURN.YEARS(A1,A2)", becomes: "twin" },
  { address: "Sheet1!B3", formula: "=AICOST.RATIO(A1,A2)", becomes: "twin" },
  { address: "Sheet1!B4", formula: '=AICOST.FIGURE("orion_training_cost")', becomes: "native" },
  { address: "Sheet1!B5", formula: '=AICOST.SOURCE("orion_training_cost")', becomes: "frozen" },
];

function switchControl(): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>("switch", { name: SWITCH });
}

function sharingRegion(): HTMLElement {
  return screen.getByRole("region", { name: "Sharing" });
}

function isDisabled(button: HTMLElement): boolean {
  return button.getAttribute("aria-disabled") === "true" || button.hasAttribute("disabled");
}

describe("the auto-open switch", () => {
  test("shows what the workbook holds: off in a new workbook, on where it was saved on", async () => {
    renderApp(new TestHost({ autoOpen: new TestAutoOpen(false) }));
    await waitFor(() => expect(switchControl().disabled).toBe(false));
    expect(switchControl().checked).toBe(false);
    await cleanupPane();

    renderApp(new TestHost({ autoOpen: new TestAutoOpen(true) }));
    await waitFor(() => expect(switchControl().checked).toBe(true));
  });

  test("is read with its limits: next opening, save the file, colleagues need the add-in", async () => {
    renderApp(new TestHost({ autoOpen: new TestAutoOpen() }));
    const control = await screen.findByRole("switch", { name: SWITCH });
    const limits = document.getElementById(control.getAttribute("aria-describedby") ?? "");
    expect(limits?.textContent).toMatch(/next time the file is opened/);
    expect(limits?.textContent).toMatch(/save the workbook/);
    expect(limits?.textContent).toMatch(/need AI Cost Scenarios installed/);
    expect(limits?.textContent).toMatch(/#NAME\?/);
    expect(limits?.textContent).toMatch(/loads with the workbook/);
  });

  test("turned on by keyboard: saving is announced, then the workbook holds it", async () => {
    const autoOpen = new TestAutoOpen(false);
    const release = autoOpen.hold();
    const { user } = renderApp(new TestHost({ autoOpen }));
    await waitFor(() => expect(switchControl().disabled).toBe(false));

    switchControl().focus();
    await user.keyboard(" ");

    expect(autoOpen.setCalls).toEqual([true]);
    expect(switchControl().checked).toBe(true); // shows the value on its way
    expect(await within(sharingRegion()).findByText(/Saving the setting/)).toBeTruthy();
    // A second press while it saves does not send a second change.
    await user.keyboard(" ");
    expect(autoOpen.setCalls).toEqual([true]);
    await act(async () => release());
    expect(
      await within(sharingRegion()).findByText(/Saved in the workbook: save the file/)
    ).toBeTruthy();
    expect(autoOpen.on).toBe(true);
    expect(switchControl().checked).toBe(true);
    expect(document.activeElement).toBe(switchControl());
  });

  test("turned off, the workbook holds off", async () => {
    const autoOpen = new TestAutoOpen(true);
    const { user } = renderApp(new TestHost({ autoOpen }));
    await waitFor(() => expect(switchControl().checked).toBe(true));
    await user.click(switchControl());
    expect(await screen.findByText(/the pane no longer opens by itself/)).toBeTruthy();
    expect(autoOpen.on).toBe(false);
    expect(switchControl().checked).toBe(false);
  });

  test("a setting Excel cannot save: what is wrong and what to do, and the switch back as it was", async () => {
    const autoOpen = new TestAutoOpen(false);
    autoOpen.failNextSet(SHARING_PROBLEMS.notSaved);
    const { user } = renderApp(new TestHost({ autoOpen }));
    await waitFor(() => expect(switchControl().disabled).toBe(false));

    await user.click(switchControl());

    expect(await screen.findByText(SHARING_PROBLEMS.notSaved.message)).toBeTruthy();
    expect(screen.getByText(SHARING_PROBLEMS.notSaved.repair, { exact: false })).toBeTruthy();
    await waitFor(() => expect(switchControl().checked).toBe(false));
    expect(autoOpen.on).toBe(false);
    expect(screen.queryByText(/Saved in the workbook/)).toBeNull();
    // Tried again once the analyst has fixed it, it saves.
    await user.click(switchControl());
    await waitFor(() => expect(autoOpen.on).toBe(true));
    expect(screen.queryByText(SHARING_PROBLEMS.notSaved.message)).toBeNull();
  });

  test("a setting that cannot be read offers no switch that could be wrong, and says why", async () => {
    const autoOpen = new TestAutoOpen();
    autoOpen.failReads(SAMPLE_PROBLEMS.unsupported);
    renderApp(new TestHost({ autoOpen }));
    expect(await screen.findByText(SAMPLE_PROBLEMS.unsupported.message)).toBeTruthy();
    expect(switchControl().disabled).toBe(true);
  });

  test("where the host has no switch (the preview), says what it does in Excel instead", async () => {
    renderApp(new TestHost());
    const region = await screen.findByRole("region", { name: "Sharing" });
    expect(within(region).queryByRole("switch")).toBeNull();
    expect(
      within(region).getByText(/In Excel, this section has a switch, “Open this pane/)
    ).toBeTruthy();
  });
});

describe("prepare for sharing and restore", () => {
  test("are hidden where the host cannot do them", async () => {
    await renderLoadedPane(new TestHost());
    expect(screen.queryByRole("button", { name: "Prepare for sharing" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Restore add-in formulas" })).toBeNull();
  });

  test("are there in a workbook without the article too (AICOST formulas need no article)", async () => {
    renderApp(new TestHost({ loaded: false, sharing: new TestSharing(ADDIN_CELLS) }));
    await screen.findByText(/not in this workbook yet/);
    expect(await screen.findByRole("button", { name: "Prepare for sharing" })).toBeTruthy();
  });

  test("prepare reports how many cells changed and how, the notes and the record's sheet, and takes focus to the report", async () => {
    const sharing = new TestSharing(ADDIN_CELLS);
    const { user } = await renderLoadedPane(new TestHost({ sharing }));
    const restore = await screen.findByRole("button", { name: "Restore add-in formulas" });
    await screen.findByText(/No cell of this workbook is prepared/);
    expect(isDisabled(restore)).toBe(true);

    await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));

    const report = await focusedReport("Prepared for sharing: 4 cells changed.");
    expect(reportList(report, "How the cells were changed")).toEqual([
      "2 cells to their portable twins",
      "1 cell to a native Excel formula",
      "1 cell frozen to its current value",
    ]);
    expect(
      within(report).getByText(new RegExp(`on the sheet “${TEST_RECORD_SHEET}”`))
    ).toBeTruthy();
    const notes = within(report).getByRole("list", { name: "Notes on the prepared cells" });
    expect(within(notes).getByText(/^Sheet1!B5: frozen/)).toBeTruthy();
    // The workbook did it, and the record now has work for Restore.
    expect(sharing.formulas.get("Sheet1!B2")).toBe("=BURN.YEARS(A1,A2)");
    expect(await screen.findByText(/^4 cells are prepared for sharing/)).toBeTruthy();
    expect(isDisabled(restore)).toBe(false);
  });

  test("restore reports what it put back and which edited cells it left alone, then has nothing left to do", async () => {
    const sharing = new TestSharing(ADDIN_CELLS);
    await sharing.prepareForSharing();
    sharing.editCell("Sheet1!B3", "=A1/A2");
    const { user } = await renderLoadedPane(new TestHost({ sharing }));
    const restore = await screen.findByRole("button", { name: "Restore add-in formulas" });
    await waitFor(() => expect(isDisabled(restore)).toBe(false));

    await user.click(restore);

    const report = await focusedReport("Restored 3 add-in formulas.");
    expect(within(report).getByText(/1 cell was left as it is, for the reason given/)).toBeTruthy();
    const left = within(report).getByRole("list", { name: "Cells left as they are" });
    expect(within(left).getByText(/^Sheet1!B3: edited/)).toBeTruthy();
    expect(sharing.formulas.get("Sheet1!B2")).toBe("=AICOST.BURN.YEARS(A1,A2)");
    expect(sharing.formulas.get("Sheet1!B3")).toBe("=A1/A2");
    await waitFor(() => expect(isDisabled(restore)).toBe(true));
    expect(screen.getByText(/No cell of this workbook is prepared/)).toBeTruthy();
  });

  test("a workbook with no AICOST formula: prepare says there was nothing to do", async () => {
    const { user } = await renderLoadedPane(new TestHost({ sharing: new TestSharing([]) }));
    await user.click(await screen.findByRole("button", { name: "Prepare for sharing" }));
    const report = await screen.findByRole("group", { name: /^Nothing to prepare/ });
    expect(within(report).queryByRole("list")).toBeNull();
    expect(within(report).queryByText(/on the sheet/)).toBeNull();
  });

  test("while the workbook works: the step is announced, the buttons keep focus and ignore clicks", async () => {
    const sharing = new TestSharing(ADDIN_CELLS);
    const release = sharing.hold();
    const { user } = await renderLoadedPane(new TestHost({ sharing }));
    const prepare = await screen.findByRole("button", { name: "Prepare for sharing" });

    await user.click(prepare);

    const region = sharingRegion();
    expect(await within(region).findByText("Preparing for sharing…")).toBeTruthy();
    expect(isDisabled(prepare)).toBe(true);
    expect(document.activeElement).toBe(prepare);
    await user.click(prepare);
    expect(sharing.calls.prepareForSharing).toBe(1);
    await act(async () => release());
    await screen.findByRole("group", { name: "Prepared for sharing: 4 cells changed." });
    expect(within(region).queryByText("Preparing for sharing…")).toBeNull();
    expect(isDisabled(prepare)).toBe(false);
  });

  test("a refusal shows what is wrong and what to do; nothing changed, and the pane keeps working", async () => {
    const sharing = new TestSharing(ADDIN_CELLS);
    sharing.failNext(SHARING_PROBLEMS.protectedSheet);
    const { user } = await renderLoadedPane(new TestHost({ sharing }));
    const prepare = await screen.findByRole("button", { name: "Prepare for sharing" });

    await user.click(prepare);

    expect(await screen.findByText(SHARING_PROBLEMS.protectedSheet.message)).toBeTruthy();
    expect(screen.getByText(SHARING_PROBLEMS.protectedSheet.repair, { exact: false })).toBeTruthy();
    expect(sharing.formulas.get("Sheet1!B2")).toBe("=AICOST.BURN.YEARS(A1,A2)");
    expect(screen.queryByRole("group", { name: /Prepared for sharing/ })).toBeNull();

    await user.click(prepare);
    expect(
      await screen.findByRole("group", { name: "Prepared for sharing: 4 cells changed." })
    ).toBeTruthy();
    expect(screen.queryByText(SHARING_PROBLEMS.protectedSheet.message)).toBeNull();
  });

  test("a record that cannot be read: says why, and Restore stays off", async () => {
    const sharing = new TestSharing(ADDIN_CELLS);
    await sharing.prepareForSharing();
    sharing.failNextStatus(SAMPLE_PROBLEMS.damagedColumn);
    await renderLoadedPane(new TestHost({ sharing }));
    expect(await screen.findByText(SAMPLE_PROBLEMS.damagedColumn.message)).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: "Restore add-in formulas" }))).toBe(true);
  });

  test("the report can be dismissed", async () => {
    const { user } = await renderLoadedPane(
      new TestHost({ sharing: new TestSharing(ADDIN_CELLS) })
    );
    await user.click(await screen.findByRole("button", { name: "Prepare for sharing" }));
    const report = await screen.findByRole("group", { name: /Prepared for sharing/ });
    await user.click(within(report).getByRole("button", { name: "Dismiss" }));
    await waitFor(() =>
      expect(screen.queryByRole("group", { name: /Prepared for sharing/ })).toBeNull()
    );
  });
});
