// @vitest-environment happy-dom
/**
 * Every control has an accessible name, checked two ways on the rendered pane: axe-core's
 * naming and ARIA rules (colour contrast needs a real layout engine, so it is left to a
 * browser), and a walk over every interactive role.
 */
import { cleanup, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS, INPUT_SPECS } from "../../src/model";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import { TestAutoOpen, TestSharing } from "../support/testSharing";
import { cleanupPane, findDialog, renderApp, renderLoadedPane } from "./renderPane";

afterEach(cleanupPane);

/** axe's rules about names, labels and valid ARIA: what happy-dom can judge without layout. */
const NAMING_RULES = [
  "aria-allowed-attr",
  "aria-command-name",
  "aria-input-field-name",
  "aria-required-attr",
  "aria-roles",
  "aria-valid-attr",
  "aria-valid-attr-value",
  "button-name",
  "duplicate-id-aria",
  "form-field-multiple-labels",
  "label",
  "list",
  "listitem",
  "th-has-data-cells",
];

async function namingViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { runOnly: { type: "rule", values: NAMING_RULES } });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
  );
}

/**
 * A pane with everything on show: scenarios, damage, a load summary with warnings, the
 * auto-open switch, and a sharing report with its notes.
 */
async function busyPane(): Promise<void> {
  const host = new TestHost({
    scenarios: [
      { name: "Base", note: "Midpoints", inputs: { ...DEFAULT_INPUTS } },
      { name: "Cheap", note: "", inputs: { ...DEFAULT_INPUTS, efficiencyShare: 0.05 } },
    ],
    autoOpen: new TestAutoOpen(true),
    sharing: new TestSharing([
      { address: "Sheet1!B2", formula: "=AICOST.RATIO(A1,A2)", becomes: "twin" },
      { address: "Sheet1!B3", formula: '=AICOST.SOURCE("orion_training_cost")', becomes: "frozen" },
    ]),
  });
  host.reportDamage(SAMPLE_PROBLEMS.damagedColumn);
  host.reportScenarioProblem(SAMPLE_PROBLEMS.duplicateScenario);
  host.loadWarnings = ["The LAMBDA twins were skipped."];
  const { user } = await renderLoadedPane(host);
  await screen.findByRole("list", { name: "Saved scenarios" });
  await user.click(screen.getByRole("button", { name: "Load the article's figures" }));
  await screen.findByRole("list", { name: "Load warnings" });
  await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
  await screen.findByRole("list", { name: "Notes on the prepared cells" });
}

describe("accessible names", () => {
  test("axe finds no naming or ARIA problems in a pane with everything on show", async () => {
    await busyPane();
    expect(await namingViolations()).toEqual([]);
  });

  test("every button, slider, number field and text box has a name", async () => {
    await busyPane();
    for (const role of ["button", "slider", "spinbutton", "textbox", "switch"] as const) {
      for (const element of screen.getAllByRole(role)) {
        const name = element.getAttribute("aria-label") ?? "";
        // getByRole with a name matcher computes the accessible name as a screen reader does.
        expect(
          screen
            .queryAllByRole(role, { name: (computed) => computed.trim().length > 0 })
            .includes(element),
          `${role} ${name || element.outerHTML.slice(0, 80)} has no accessible name`
        ).toBe(true);
      }
    }
    // One slider and one number field per input, each named after it.
    for (const spec of INPUT_SPECS) {
      expect(screen.getByRole("slider", { name: spec.label })).toBeTruthy();
      expect(
        screen.getByRole("spinbutton", { name: new RegExp(`^${spec.label}, in `) })
      ).toBeTruthy();
    }
  });

  test("the rename and delete dialogs are named and their controls labelled", async () => {
    const host = new TestHost({
      scenarios: [{ name: "Base", note: "", inputs: { ...DEFAULT_INPUTS } }],
    });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.click(screen.getByRole("button", { name: "Rename Base" }));
    await findDialog("Rename “Base”");
    expect(await namingViolations()).toEqual([]);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());

    await user.click(await screen.findByRole("button", { name: "Delete Base" }));
    await findDialog("Delete “Base”?");
    expect(await namingViolations()).toEqual([]);
    await user.keyboard("{Escape}");
  });

  test("a workbook without the article, and no host at all, are clean too", async () => {
    renderApp(new TestHost({ loaded: false }));
    await screen.findByText(/not in this workbook yet/);
    expect(await namingViolations()).toEqual([]);
    cleanup();
    renderApp(undefined);
    expect(await namingViolations()).toEqual([]);
  });
});
