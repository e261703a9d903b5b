// @vitest-environment happy-dom
/**
 * The view draws the plan's charts (IronCalc has none) from their definitions and the values
 * the engine computes, on a real IronCalc workbook with the plan applied. The chart library
 * labels each bar for assistive technology ("<label>. <series>, <value>."), which is what
 * these tests read: happy-dom lays nothing out.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { WorkbookView } from "../../src/preview/workbookView/WorkbookView";
import { buildPlan } from "../../src/workbook/buildPlan";
import { newEngineWorkbook } from "../support/ironcalc";

afterEach(cleanup);

const plan = buildPlan();
const chartOf = (key: string) => {
  const chart = plan.charts.find((c) => c.key === key);
  if (!chart) throw new Error(`no chart ${key}`);
  return chart;
};

async function shown(sheet: string): Promise<{ workbook: PreviewWorkbook; host: PreviewHost }> {
  const workbook = new PreviewWorkbook(newEngineWorkbook(), undefined);
  const host = new PreviewHost(workbook, plan);
  await host.loadArticle({ resetInputs: false });
  await host.saveScenario({ name: "Article", note: "", inputs: DEFAULT_INPUTS });
  await host.saveScenario({
    name: "Half the spend",
    note: "",
    inputs: { ...DEFAULT_INPUTS, frontierAnnualSpendUsd: DEFAULT_INPUTS.frontierAnnualSpendUsd / 2 },
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView source={workbook} />
    </FluentProvider>
  );
  await userEvent.setup().click(screen.getByRole("tab", { name: sheet }));
  return { workbook, host };
}

/** The bars of a chart, by the label the library gives each (its legend's entries aside). */
function bars(figure: HTMLElement, seriesNames: readonly string[]): string[] {
  return within(figure)
    .getAllByRole("option")
    .map((bar) => bar.getAttribute("aria-label") ?? "")
    .filter((label) => !seriesNames.includes(label));
}

/** The legend's entries of a chart. */
function legend(figure: HTMLElement, seriesNames: readonly string[]): string[] {
  return within(figure)
    .getAllByRole("option")
    .map((bar) => bar.getAttribute("aria-label") ?? "")
    .filter((label) => seriesNames.includes(label));
}

describe("the view's charts", () => {
  it("draws the Compare sheet's two charts: one bar per scenario and series, no empty rows", async () => {
    const { host } = await shown("Compare");
    const scenarios = (await host.listScenarios()).scenarios.map((s) => s.name);
    // The article's three cases and the two saved here; the unused rows draw nothing.
    expect(scenarios).toHaveLength(5);
    for (const key of ["runway", "spend"]) {
      const chart = chartOf(key);
      const names = chart.series.map((s) => s.name);
      const figure = await screen.findByRole("figure", { name: chart.title }, { timeout: 10_000 });
      const labels = bars(figure, names);
      expect(labels).toHaveLength(scenarios.length * chart.series.length);
      for (const name of names)
        for (const scenario of scenarios)
          expect(labels.filter((l) => l.startsWith(`${scenario}. ${name}, `))).toHaveLength(1);
      expect(legend(figure, names)).toEqual(names);
    }
  });

  it("draws a scenario's new figures: the chart follows the workbook", async () => {
    const { host } = await shown("Compare");
    const chart = chartOf("runway");
    const names = chart.series.map((s) => s.name);
    const figure = await screen.findByRole("figure", { name: chart.title }, { timeout: 10_000 });
    const before = bars(figure, names).find((l) => l.startsWith("Half the spend. "));
    await host.saveScenario(
      { name: "Half the spend", note: "", inputs: DEFAULT_INPUTS },
      { replace: true }
    );
    await waitFor(() =>
      expect(bars(figure, names).find((l) => l.startsWith("Half the spend. "))).not.toBe(before)
    );
  });

  it("draws the Sensitivity sheet's tornado with both series (its bars: in Chromium)", async () => {
    // The bar chart sizes its axes from the labels' measured text, which happy-dom does not
    // measure: test/preview/charts.browser.test.ts counts and orders the bars.
    await shown("Sensitivity");
    const chart = chartOf("tornado");
    const names = chart.series.map((s) => s.name);
    const figure = await screen.findByRole("figure", { name: chart.title }, { timeout: 10_000 });
    expect(legend(figure, names)).toEqual(names);
  });

  it("draws no chart on a sheet without one", async () => {
    await shown("Inputs");
    expect(screen.queryByRole("figure")).toBeNull();
  });
});
