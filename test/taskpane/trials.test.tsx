// @vitest-environment happy-dom
/**
 * The Analysis section's Trials part, by role: the plain sentence from the 10th and 90th
 * percentiles, the percentile table of the two runways, the saving and the efficiency share for
 * the target runway in the Results table's units, the probabilities of falling short; a seed
 * typed and entered is written once and the numbers follow, the part saying it is updating
 * until the workbook answers; a seed outside the limits is refused in the catalogue's words and
 * nothing is written; trials that cannot run say which input and what to do, not numbers; a
 * workbook without the Trials sheet has no Trials part. Expected numbers from src/model's
 * simulate() (test/support/modelAnalysis.ts, as the contract suite checks the hosts against).
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS, inputSpec, outputSpec } from "../../src/model";
import { readingText } from "../../src/taskpane/analysis/analysisText";
import { trialsMessages as m } from "../../src/workbook/messages";
import type { SimulationReadings } from "../../src/workbook/analysis/readings";
import { articleSetup, modelSimulation } from "../support/modelAnalysis";
import { TestHost } from "../support/testHost";
import { cleanupPane, renderLoadedPane } from "./renderPane";

afterEach(() => cleanupPane());

async function trialsRegion(): Promise<HTMLElement> {
  return screen.findByRole("region", { name: m.title }, { timeout: 15_000 });
}

/** The percentile table's cells as text, row header first, row by row. */
function tableText(region: HTMLElement): string[][] {
  const table = within(region).getByRole("table", { name: m.tableLabel });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...row.querySelectorAll("th,td")].map((c) => c.textContent ?? ""));
}

/** What the table must show for the model's simulation, in the Results table's units. */
function expectedTable(sim: SimulationReadings): string[][] {
  const unitOf = (k: number) => outputSpec(sim.outputs[k]?.outputId ?? "annualSavingUsd").unit;
  return [
    ...[0.05, 0.1, 0.5, 0.9, 0.95].map((p, i) => [
      m.percentile(p),
      ...sim.outputs.map((o, k) => readingText(o.percentiles[i]?.value ?? "", unitOf(k))),
    ]),
    [m.mean, ...sim.outputs.map((o, k) => readingText(o.mean, unitOf(k)))],
  ];
}

const article = modelSimulation(articleSetup(DEFAULT_INPUTS, { seed: 1, trials: 1_000 }));

describe("the Trials part of the Analysis section", () => {
  test("says where 80% of the trials end, lists the percentiles in their units and the shortfalls", async () => {
    await renderLoadedPane(new TestHost());
    const region = await trialsRegion();
    expect(within(region).getByRole("heading", { level: 3, name: m.title })).toBeTruthy();
    const runway = article.outputs.find((o) => o.outputId === "runwayAtEfficientYears");
    const p10 = runway?.percentiles[1]?.value as number;
    const p90 = runway?.percentiles[3]?.value as number;
    const low = readingText(p10, "years").replace(/ years$/, "");
    const sentence = m.middleRange("80%", low, readingText(p90, "years"));
    expect(within(region).getByText(sentence)).toBeTruthy();
    expect(tableText(region)).toEqual(expectedTable(article));
    const headers = within(within(region).getByRole("table", { name: m.tableLabel }))
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      m.statisticHeader,
      ...article.outputs.map((o) => outputSpec(o.outputId).label),
    ]);
    const shortfalls = within(region).getByRole("table", { name: m.shortfallTitle });
    for (const s of article.shortfalls) {
      const row = within(shortfalls).getByRole("row", {
        name: new RegExp(m.shortfallLabel(outputSpec(s.runway).label)),
      });
      expect(row.textContent).toContain(readingText(s.probability, "share"));
    }
    expect(within(region).getByRole("button", { name: m.showChart })).toBeTruthy();
  });

  test("a seed typed and entered is written once; the part says it is updating, then the numbers follow", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const region = await trialsRegion();
    const seed = within(region).getByRole("textbox", { name: new RegExp(`^${m.seedLabel}`) });
    expect((seed as HTMLInputElement).value).toBe("1");
    const release = host.holdSimulationWrites();
    await user.clear(seed);
    await user.type(seed, "20,261,204{Enter}");
    expect(await within(region).findByText(m.writing)).toBeTruthy();
    expect(region.querySelector("[aria-busy=true]")).not.toBeNull();
    await act(async () => release());
    const seeded = modelSimulation(
      articleSetup(DEFAULT_INPUTS, { seed: 20_261_204, trials: 1_000 })
    );
    await waitFor(() => expect(tableText(region)).toEqual(expectedTable(seeded)));
    expect(tableText(region)).not.toEqual(expectedTable(article));
    expect(host.simulationCalls).toEqual([{ seed: 20_261_204 }]);
    expect(within(region).queryByText(m.writing)).toBeNull();
    expect((seed as HTMLInputElement).value).toBe("20261204");
    // Leaving the field with the workbook's value writes nothing more.
    await user.tab();
    expect(host.simulationCalls).toHaveLength(1);
  });

  test("a count outside the limits is refused in the catalogue's words, and nothing is written", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const region = await trialsRegion();
    const count = within(region).getByRole("textbox", { name: new RegExp(`^${m.trialsLabel}`) });
    await user.clear(count);
    await user.type(count, "1001");
    await user.tab();
    expect(await within(region).findByText(m.trialsRefused("1001", 1_000).message)).toBeTruthy();
    const seed = within(region).getByRole("textbox", { name: new RegExp(`^${m.seedLabel}`) });
    await user.clear(seed);
    await user.type(seed, "2.5{Enter}");
    expect(await within(region).findByText(m.seedRefused("2.5", 99_999_999).message)).toBeTruthy();
    expect(host.simulationCalls).toEqual([]);
    expect(tableText(region)).toEqual(expectedTable(article));
  });

  test("trials that cannot run say which input and what to do, not numbers", async () => {
    // The efficiency share's value above its high case (10%): uniform between them cannot draw it.
    const host = new TestHost({ inputs: { efficiencyShare: 0.2 } });
    await renderLoadedPane(host);
    const region = await trialsRegion();
    expect(within(region).getByText(m.notReady)).toBeTruthy();
    const label = inputSpec("efficiencyShare").label;
    const problem = m.inputNotDrawn(label, "Uniform (low to high)", [
      "Fixed (the value)",
      "Uniform (low to high)",
      "Triangular (low, value, high)",
    ]);
    expect(within(region).getByText(problem.message)).toBeTruthy();
    expect(within(region).getByText(problem.repair, { exact: false })).toBeTruthy();
    expect(within(region).queryByRole("table", { name: m.tableLabel })).toBeNull();
  });

  test("a workbook without the Trials sheet has no Trials part; the rest of the section stays", async () => {
    await renderLoadedPane(new TestHost({ simulation: false }));
    const analysis = await screen.findByRole("region", { name: "Analysis" });
    await within(analysis).findByRole("table", { name: /ranked/ });
    expect(within(analysis).queryByRole("region", { name: m.title })).toBeNull();
  });
});
