// @vitest-environment happy-dom
/**
 * A workbook edited by hand: each problem the host reports is shown with its repair, and the
 * pane keeps working for everything the damage does not touch. Results the workbook could not
 * compute are shown as the cell shows them. Outside Excel, with no host, the pane says where
 * to open it.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { HostError } from "../../src/workbook/host";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import { cleanupPane, renderApp, renderLoadedPane } from "./renderPane";

afterEach(cleanupPane);

describe("a damaged workbook", () => {
  test("a hand-edited sheet is named with its repair, and the sliders still write", async () => {
    const host = new TestHost();
    host.reportDamage(SAMPLE_PROBLEMS.damagedColumn);
    const { user } = await renderLoadedPane(host);

    expect(screen.getByText(SAMPLE_PROBLEMS.damagedColumn.message)).toBeTruthy();
    expect(screen.getByText(SAMPLE_PROBLEMS.damagedColumn.repair, { exact: false })).toBeTruthy();

    const field = screen.getByRole("spinbutton", {
      name: "Efficient lab's cost as a share, in percent",
    });
    await user.clear(field);
    await user.type(field, "9{Enter}");
    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.09 }]);
    expect(
      await screen.findByRole("row", { name: "Spend at efficiency $675M a year" })
    ).toBeTruthy();
  });

  test("a deleted input name: that input is marked missing, the others keep working, saving is refused", async () => {
    const host = new TestHost();
    host.deleteInputName("fundingUsd");
    const { user } = await renderLoadedPane(host);

    expect(
      screen.getByText("The input name fundingUsd is missing from the workbook.")
    ).toBeTruthy();
    const funding = screen.getByRole("slider", { name: "Funding round" });
    expect(funding.hasAttribute("disabled")).toBe(true);
    const group = screen.getByRole("group", { name: "Funding round" });
    expect(within(group).getByText("This input is missing from the workbook.")).toBeTruthy();
    // The outputs that could not be computed show as the cells do.
    expect(screen.getByRole("row", { name: "Stake the round buys #NAME?" })).toBeTruthy();

    const share = screen.getByRole("spinbutton", {
      name: "Efficient lab's cost as a share, in percent",
    });
    await user.clear(share);
    await user.type(share, "9{Enter}");
    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.09 }]);

    await user.type(screen.getByRole("textbox", { name: /Scenario name/ }), "Nine{Enter}");
    expect(
      await screen.findByText(
        "The scenario cannot be saved: Funding round is missing from the workbook."
      )
    ).toBeTruthy();
    expect(host.calls.saveScenario).toBe(0);

    // Loading again restores the name; the problem goes away and the slider is back.
    await user.click(screen.getByRole("button", { name: "Load the article's figures" }));
    await screen.findByText("The article's figures are loaded.");
    expect(
      screen.queryByText("The input name fundingUsd is missing from the workbook.")
    ).toBeNull();
    expect(screen.getByRole("slider", { name: "Funding round" }).hasAttribute("disabled")).toBe(
      false
    );
  });

  test("unreadable rows of the scenarios table are named; the readable scenarios are listed and usable", async () => {
    const host = new TestHost({
      scenarios: [{ name: "Base", note: "", inputs: { ...DEFAULT_INPUTS, efficiencyShare: 0.05 } }],
    });
    host.reportScenarioProblem(SAMPLE_PROBLEMS.textInNumberCell);
    host.reportScenarioProblem(SAMPLE_PROBLEMS.duplicateScenario);
    const { user } = await renderLoadedPane(host);

    expect(await screen.findByText(SAMPLE_PROBLEMS.textInNumberCell.message)).toBeTruthy();
    expect(screen.getByText(SAMPLE_PROBLEMS.duplicateScenario.message)).toBeTruthy();
    expect(
      screen.getByText(SAMPLE_PROBLEMS.duplicateScenario.repair, { exact: false })
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Apply Base" }));
    await waitFor(() =>
      expect(
        screen
          .getByRole("slider", { name: "Efficient lab's cost as a share" })
          .getAttribute("aria-valuetext")
      ).toBe("5%")
    );
  });

  test("a value typed out of range in the cell is flagged on its input, with the allowed range", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);

    act(() => host.typeInCell("efficiencyShare", 2));

    const group = screen.getByRole("group", { name: "Efficient lab's cost as a share" });
    expect(
      within(group).getByText(
        "Efficient lab's cost as a share must be between 0.5% and 100%; it is 200%."
      )
    ).toBeTruthy();
    // The slider stops at its end; the field shows the cell's value.
    expect(within(group).getByRole("slider").getAttribute("aria-valuetext")).toBe("200%");
    expect((within(group).getByRole("spinbutton") as HTMLInputElement).value).toBe("200");
  });

  test("a round larger than the valuation is flagged, as the model's check says", async () => {
    const host = new TestHost({ inputs: { fundingUsd: 350e9 } });
    await renderLoadedPane(host);
    const group = screen.getByRole("group", { name: "Funding round" });
    expect(
      within(group).getByText(
        "The funding round is larger than the post-money valuation, which includes it."
      )
    ).toBeTruthy();
  });

  test("a workbook that cannot be read says so and offers to read it again", async () => {
    const host = new TestHost();
    const readState = host.readState.bind(host);
    let fail = true;
    host.readState = async () => {
      if (fail) throw new HostError(SAMPLE_PROBLEMS.unsupported);
      return readState();
    };
    const { user } = renderApp(host);

    expect(await screen.findByText(SAMPLE_PROBLEMS.unsupported.message)).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole("button", { name: "Read the workbook again" }));
    expect(await screen.findByRole("region", { name: "Results" })).toBeTruthy();
    expect(screen.queryByText(SAMPLE_PROBLEMS.unsupported.message)).toBeNull();
  });
});

describe("results as the workbook computed them", () => {
  test("an Excel error is shown as its text, and runway that never ends says so", async () => {
    // A frontier run cost of 0 typed in the cell: the ratio divides by it.
    const host = new TestHost({ inputs: { frontierRunCostUsd: 0, annualRevenueUsd: 10e9 } });
    await renderLoadedPane(host);

    expect(
      screen.getByRole("row", { name: "Efficient run cost as a share of frontier #DIV/0!" })
    ).toBeTruthy();
    expect(
      screen.getByRole("row", { name: "Runway at frontier spend Never runs out" })
    ).toBeTruthy();
  });

  test("the picture compares frontier and efficient spend and runway, with the numbers written out", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);

    const spend = screen.getByRole("group", { name: "Annual spend" });
    expect(within(spend).getByText("$7.5B a year")).toBeTruthy();
    expect(within(spend).getByText("$562.5M a year")).toBeTruthy();
    const runway = screen.getByRole("group", { name: "Runway on the round" });
    expect(within(runway).getByText("5.33 years")).toBeTruthy();
    expect(within(runway).getByText("71.11 years")).toBeTruthy();
  });
});

describe("outside Excel, with no host", () => {
  test("says where to open the add-in, without an error", () => {
    renderApp(undefined);
    expect(screen.getByText(/Open the add-in in Excel/)).toBeTruthy();
    expect(screen.getByText(/open the preview/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(document.querySelector(".fui-MessageBar")).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
