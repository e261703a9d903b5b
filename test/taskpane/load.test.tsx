// @vitest-environment happy-dom
/**
 * The load bar: loading the article and resetting the inputs, the progress while the host
 * works, the summary when it is done, and what the analyst reads when the host refuses.
 */
import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { SAMPLE_PROBLEMS, TestHost, TEST_LOAD_STEPS } from "../support/testHost";
import { cleanupPane, findDialog, renderApp, renderLoadedPane } from "./renderPane";

afterEach(cleanupPane);

describe("loading the article's figures", () => {
  test("a new workbook says the figures are missing, then loads them and shows what was created", async () => {
    const host = new TestHost({ loaded: false });
    const { user } = renderApp(host);
    expect(await screen.findByText(/not in this workbook yet/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Inputs" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));

    expect(await screen.findByText("The article's figures are loaded.")).toBeTruthy();
    expect(screen.getByText(/Created 5 · Updated 0 · Kept 0 · Warnings 0/)).toBeTruthy();
    expect(host.calls.loadArticle).toBe(1);
    await user.click(screen.getByText("What changed"));
    expect(screen.getByText("Created: Figures, Inputs, Model, Scenarios, Checks")).toBeTruthy();
    // The pane read the workbook again: the sliders are there, at the article's values.
    expect(
      screen
        .getByRole("slider", { name: "Efficient lab's cost as a share" })
        .getAttribute("aria-valuetext")
    ).toBe("7.5%");
  });

  test("shows each step the host reports while it works, and no buttons can start a second load", async () => {
    const host = new TestHost({ loaded: false });
    const release = host.holdLoads();
    const { user } = renderApp(host);
    await screen.findByText(/not in this workbook yet/);

    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));

    const status = screen.getByRole("status");
    expect(await within(status).findByText(TEST_LOAD_STEPS[0])).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Load the article's figures" }).hasAttribute("disabled")
    ).toBe(true);
    await act(async () => release());
    expect(await screen.findByText("The article's figures are loaded.")).toBeTruthy();
    expect(within(status).queryByText(TEST_LOAD_STEPS[0])).toBeNull();
  });

  test("lists the warnings the load reports", async () => {
    const host = new TestHost();
    host.loadWarnings = ["The LAMBDA twins were skipped: this Excel has no LAMBDA."];
    const { user } = await renderLoadedPane(host);
    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));
    const warnings = await screen.findByRole("list", { name: "Load warnings" });
    expect(within(warnings).getByText(/LAMBDA twins were skipped/)).toBeTruthy();
    expect(screen.getByText(/Warnings 1/)).toBeTruthy();
  });

  test.each([
    ["a conflicting name", SAMPLE_PROBLEMS.conflict],
    ["a protected sheet", SAMPLE_PROBLEMS.protected],
    ["an older Excel", SAMPLE_PROBLEMS.unsupported],
  ])("says what is wrong and what to do for %s, and the pane keeps working", async (_, problem) => {
    const host = new TestHost({ loaded: false });
    host.failNextLoad(problem);
    const { user } = renderApp(host);
    await screen.findByText(/not in this workbook yet/);

    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));

    expect(await screen.findByText(problem.message)).toBeTruthy();
    expect(screen.getByText(problem.repair, { exact: false })).toBeTruthy();
    // The analyst repairs it and tries again.
    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));
    expect(await screen.findByText("The article's figures are loaded.")).toBeTruthy();
    expect(screen.queryByText(problem.message)).toBeNull();
  });

  test("a failure that is not a HostError still says what to do", async () => {
    const host = new TestHost({ loaded: false });
    host.loadArticle = async () => {
      throw new Error("RichApi.Error: connection lost");
    };
    const { user } = renderApp(host);
    await screen.findByText(/not in this workbook yet/);
    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));
    expect(
      await screen.findByText(/did not answer as expected \(RichApi.Error: connection lost\)/)
    ).toBeTruthy();
    expect(screen.getByText(/Try again/)).toBeTruthy();
  });
});

describe("resetting the inputs to the article", () => {
  test("asks first; cancelling changes nothing", async () => {
    const host = new TestHost({ inputs: { efficiencyShare: 0.2 } });
    const { user } = await renderLoadedPane(host);

    await user.click(screen.getByRole("button", { name: "Reset inputs to the article" }));
    const dialog = await findDialog("Reset inputs to the article?");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    expect(host.calls.loadArticle).toBe(0);
    expect(host.currentInputs.efficiencyShare).toBe(0.2);
  });

  test("once confirmed, puts every input back and the slider follows", async () => {
    const host = new TestHost({ inputs: { efficiencyShare: 0.2 } });
    const { user } = await renderLoadedPane(host);
    const slider = screen.getByRole("slider", { name: "Efficient lab's cost as a share" });
    expect(slider.getAttribute("aria-valuetext")).toBe("20%");

    await user.click(screen.getByRole("button", { name: "Reset inputs to the article" }));
    const dialog = await findDialog("Reset inputs to the article?");
    await user.click(within(dialog).getByRole("button", { name: "Reset inputs" }));

    expect(await screen.findByText("Inputs reset to the article.")).toBeTruthy();
    expect(host.currentInputs.efficiencyShare).toBe(DEFAULT_INPUTS.efficiencyShare);
    // The dialog hid the rest of the pane from assistive technology until it closed.
    const after = await screen.findByRole("slider", { name: "Efficient lab's cost as a share" });
    expect(after.getAttribute("aria-valuetext")).toBe("7.5%");
  });

  test("is not offered before the article is loaded", async () => {
    renderApp(new TestHost({ loaded: false }));
    await screen.findByText(/not in this workbook yet/);
    expect(
      screen.getByRole("button", { name: "Reset inputs to the article" }).hasAttribute("disabled")
    ).toBe(true);
  });
});
