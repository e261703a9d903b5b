// The pane's Trials part in a real browser (the built dist/preview.html in Debian's Chromium, as
// paneAnalysis.browser.test.ts): the article loaded, the percentile table and the sentence read
// from the pane equal src/model's simulate() for the article's cases and shapes (seed 1, 1,000
// trials) as the pane formats them; another seed typed into the pane, and the table follows to
// simulate() for that seed; the distribution chart, opened on a click, draws the sheet's 20
// bins with the model's counts. What to expect comes from src/model.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, outputSpec } from "../../src/model";
import { readingText } from "../../src/taskpane/analysis/analysisText";
import { distributionBars, middleRangeSentence } from "../../src/taskpane/analysis/trialsText";
import type { SimulationReadings } from "../../src/workbook/analysis/readings";
import { trialsMessages as m } from "../../src/workbook/messages/trials";
import { articleSetup, modelSimulation } from "../support/modelAnalysis";
import { HAS_CHROMIUM, noteWhenSkipped } from "./support/chromium";
import { eventually } from "./support/paneReadings";
import { ARTIFACTS, openPreviewSession, type PreviewSession } from "./support/previewSession";

noteWhenSkipped();

const OTHER_SEED = 20_261_204;

/** The percentile table as the pane must show it: row header, then each output in its unit. */
function expectedTable(sim: SimulationReadings): string[][] {
  const text = (k: number, reading: number | string): string =>
    readingText(reading, outputSpec(sim.outputs[k]?.outputId ?? "annualSavingUsd").unit);
  const first = sim.outputs[0];
  return [
    ...(first?.percentiles ?? []).map(({ p }, i) => [
      m.percentile(p),
      ...sim.outputs.map((o, k) => text(k, o.percentiles[i]?.value ?? "")),
    ]),
    [m.mean, ...sim.outputs.map((o, k) => text(k, o.mean))],
  ];
}

async function shownTable(page: Page): Promise<string[][]> {
  return page
    .getByRole("table", { name: m.tableLabel })
    .evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("th,td")].map((c) => c.textContent?.trim() ?? "")
      )
    );
}

describe.skipIf(!HAS_CHROMIUM)("the pane's Trials part in Chromium", () => {
  let session: PreviewSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openPreviewSession();
    page = session.page;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`${session.served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    await page.getByRole("table", { name: m.tableLabel }).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it("shows src/model's simulation of the article; another seed typed in the pane, and it follows", async () => {
    const article = modelSimulation(articleSetup(DEFAULT_INPUTS, { seed: 1, trials: 1_000 }));
    await eventually(() => shownTable(page)).toEqual(expectedTable(article));
    const trials = page.getByRole("region", { name: m.title, exact: true });
    const sentence = middleRangeSentence(article) ?? "";
    expect(sentence).toMatch(/^In 80% of the trials the round lasts between/);
    await expect(trials.getByText(sentence).count()).resolves.toBe(1);

    const seed = trials.getByRole("textbox", { name: m.seedLabel, exact: true });
    await seed.fill(OTHER_SEED.toLocaleString("en-US"));
    await seed.press("Enter");
    const seeded = modelSimulation(
      articleSetup(DEFAULT_INPUTS, { seed: OTHER_SEED, trials: 1_000 })
    );
    expect(expectedTable(seeded)).not.toEqual(expectedTable(article));
    await eventually(() => shownTable(page)).toEqual(expectedTable(seeded));
    await expect(seed.inputValue()).resolves.toBe(String(OTHER_SEED));
    await expect(trials.getByText(middleRangeSentence(seeded) ?? "").count()).resolves.toBe(1);

    // The distribution chart: one column per bin, each the model's count (the library draws no
    // column for an empty bin).
    await trials.getByRole("button", { name: m.showChart }).click();
    const columns = page.locator("[data-chart=trials] rect[role=option]");
    await columns.first().waitFor({ state: "attached", timeout: 30_000 });
    const wanted = distributionBars(seeded)
      .filter((b) => b.count > 0)
      .map((b) => b.label);
    expect(wanted.length).toBeGreaterThan(10);
    await eventually(() =>
      columns.evaluateAll((bars) => bars.map((b) => b.getAttribute("aria-label") ?? ""))
    ).toEqual(wanted);
    await trials.screenshot({ path: path.join(ARTIFACTS, "pane-trials.png") });
    expect(session?.problems).toEqual([]);
  }, 120_000);
});
