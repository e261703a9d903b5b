// @vitest-environment happy-dom
/**
 * Saved scenarios: save the current inputs under a name (and a note), apply, rename,
 * duplicate and delete (after confirmation); empty and duplicate names are refused before
 * anything is written; what the workbook refuses is explained and the list stays as it was.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS, type ScenarioInputs } from "../../src/model";
import type { SavedScenario } from "../../src/workbook/host";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import { cleanupPane, findDialog, renderLoadedPane } from "./renderPane";

afterEach(cleanupPane);

const LOW: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.05 };
const BASE: SavedScenario = {
  name: "Base",
  note: "The article's midpoints",
  inputs: { ...DEFAULT_INPUTS },
};
const CHEAP: SavedScenario = { name: "Cheap", note: "", inputs: LOW };

function savedList(): HTMLElement {
  return screen.getByRole("list", { name: "Saved scenarios" });
}

function listedNames(): string[] {
  return within(savedList())
    .getAllByRole("listitem")
    .map((item) => item.querySelector(".fui-Text")?.textContent ?? "");
}

describe("saving", () => {
  test("saves the workbook's current inputs under the name and note, and lists it", async () => {
    const host = new TestHost({ inputs: { efficiencyShare: 0.09 } });
    const { user } = await renderLoadedPane(host);

    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), "Nine percent");
    await user.type(screen.getByRole("textbox", { name: "Note (optional)" }), "=high end, as text");
    await user.click(screen.getByRole("button", { name: "Save scenario" }));

    expect(await screen.findByRole("list", { name: "Saved scenarios" })).toBeTruthy();
    expect(listedNames()).toEqual(["Nine percent"]);
    expect(host.savedScenarios).toEqual([
      {
        name: "Nine percent",
        note: "=high end, as text",
        inputs: { ...DEFAULT_INPUTS, efficiencyShare: 0.09 },
      },
    ]);
    // The form is ready for the next one.
    expect((screen.getByRole("textbox", { name: /Scenario name/ }) as HTMLInputElement).value).toBe(
      ""
    );
  });

  test("a value just typed is part of the scenario (the save waits for the write)", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", {
      name: "Efficient lab's cost as a share, in percent",
    });
    await user.clear(field);
    await user.type(field, "6");

    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), "Six{Enter}");

    await screen.findByRole("list", { name: "Saved scenarios" });
    expect(host.savedScenarios[0]?.inputs.efficiencyShare).toBe(0.06);
  });

  test("an empty name is refused and nothing is written", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);

    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), "   ");
    await user.click(screen.getByRole("button", { name: "Save scenario" }));

    expect(screen.getByText("Give the scenario a name.")).toBeTruthy();
    expect(host.calls.saveScenario).toBe(0);
  });

  test("a note longer than one Excel cell holds is refused next to the note", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), "Long");
    await user.click(screen.getByRole("textbox", { name: "Note (optional)" }));
    await user.paste("n".repeat(32_768));
    await user.click(screen.getByRole("button", { name: "Save scenario" }));

    expect(
      screen.getByText("A note can hold at most 32,767 characters (one Excel cell).")
    ).toBeTruthy();
    expect(host.calls.saveScenario).toBe(0);
  });

  test("a name already used (in any case) is refused and nothing is written", async () => {
    const host = new TestHost({ scenarios: [BASE] });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), " base ");
    await user.click(screen.getByRole("button", { name: "Save scenario" }));

    expect(
      screen.getByText("A scenario named “Base” already exists. Choose another name.")
    ).toBeTruthy();
    expect(host.calls.saveScenario).toBe(0);
    expect(listedNames()).toEqual(["Base"]);
  });

  test("a save the workbook refuses is explained, and the list stays as it was", async () => {
    const host = new TestHost({ scenarios: [BASE] });
    host.saveScenario = async () => {
      throw new (await import("../../src/workbook/host")).HostError(SAMPLE_PROBLEMS.protected);
    };
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), "Other{Enter}");

    expect(await screen.findByText(SAMPLE_PROBLEMS.protected.message)).toBeTruthy();
    expect(screen.getByText(SAMPLE_PROBLEMS.protected.repair, { exact: false })).toBeTruthy();
    expect(listedNames()).toEqual(["Base"]);
    // What was typed is kept, to try again.
    expect((screen.getByRole("textbox", { name: /Scenario name/ }) as HTMLInputElement).value).toBe(
      "Other"
    );
  });
});

describe("using saved scenarios", () => {
  test("apply puts its inputs in the workbook; the sliders and results follow", async () => {
    const host = new TestHost({ scenarios: [BASE, CHEAP] });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.click(screen.getByRole("button", { name: "Apply Cheap" }));

    const share = await screen.findByRole("slider", { name: "Efficient lab's cost as a share" });
    await waitFor(() => expect(share.getAttribute("aria-valuetext")).toBe("5%"));
    expect(screen.getByRole("row", { name: "Spend at efficiency $375M a year" })).toBeTruthy();
    expect(host.currentInputs).toEqual(LOW);
  });

  test("rename asks for the new name, refuses empty and taken names, then renames", async () => {
    const host = new TestHost({ scenarios: [BASE, CHEAP] });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.click(screen.getByRole("button", { name: "Rename Base" }));
    const dialog = await findDialog("Rename “Base”");
    const field = within(dialog).getByRole("textbox", { name: /New name/ });

    await user.clear(field);
    await user.click(within(dialog).getByRole("button", { name: "Rename" }));
    expect(within(dialog).getByText("Give the scenario a name.")).toBeTruthy();

    await user.type(field, "CHEAP{Enter}");
    expect(
      within(dialog).getByText("A scenario named “Cheap” already exists. Choose another name.")
    ).toBeTruthy();
    expect(host.calls.renameScenario).toBe(0);

    await user.clear(field);
    await user.type(field, "Midpoints{Enter}");

    await waitFor(() =>
      expect(host.savedScenarios.map((s) => s.name)).toEqual(["Midpoints", "Cheap"])
    );
    expect(await screen.findByRole("button", { name: "Apply Midpoints" })).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    // The renamed item is a new element: focus goes to its Rename button, not the page top.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Rename Midpoints" }))
    );
  });

  test("duplicate saves a copy under a new name, with the same inputs and note", async () => {
    const host = new TestHost({ scenarios: [BASE, CHEAP] });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.click(screen.getByRole("button", { name: "Duplicate Cheap" }));
    expect(await screen.findByRole("button", { name: "Apply Cheap (copy)" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Duplicate Cheap" }));
    expect(await screen.findByRole("button", { name: "Apply Cheap (copy 2)" })).toBeTruthy();

    expect(host.savedScenarios.map((s) => s.name)).toEqual([
      "Base",
      "Cheap",
      "Cheap (copy)",
      "Cheap (copy 2)",
    ]);
    expect(host.savedScenarios[2]?.inputs).toEqual(LOW);
  });

  test("delete asks first; cancel keeps the scenario, confirm removes it", async () => {
    const host = new TestHost({ scenarios: [BASE, CHEAP] });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });

    await user.click(screen.getByRole("button", { name: "Delete Cheap" }));
    let dialog = await findDialog("Delete “Cheap”?");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(host.calls.deleteScenario).toBe(0);
    // Wait for the closing dialog to leave the DOM, so the next query finds the new one.
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());

    await user.click(await screen.findByRole("button", { name: "Delete Cheap" }));
    dialog = await findDialog("Delete “Cheap”?");
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));

    await waitFor(() => expect(host.savedScenarios.map((s) => s.name)).toEqual(["Base"]));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Apply Cheap" })).toBeNull());
    // Focus goes to the neighbour, not the top of the pane.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Apply Base" }))
    );
  });

  test("a scenario deleted by hand in the table: apply explains, and the list is read again", async () => {
    const host = new TestHost({ scenarios: [BASE, CHEAP] });
    const { user } = await renderLoadedPane(host);
    await screen.findByRole("list", { name: "Saved scenarios" });
    host.deleteScenarioRow("Cheap");

    await user.click(screen.getByRole("button", { name: "Apply Cheap" }));

    expect(
      await screen.findByText("There is no scenario named “Cheap” in the scenarios table.")
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Apply Cheap" })).toBeNull());
    expect(
      screen.getByText("There is no scenario named “Cheap” in the scenarios table.")
    ).toBeTruthy();
    expect(host.currentInputs).toEqual(DEFAULT_INPUTS);
  });
});
