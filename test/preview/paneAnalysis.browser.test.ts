// The pane's Analysis section in a real browser (the built dist/preview.html in Debian's
// Chromium, as browser.test.ts): the article loaded, the tornado chart opened in the pane (its
// library fetched only then), a slider moved, and the chart's bars and the table become the
// ones src/model's sensitivity gives for the new inputs. What to expect comes from src/model.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_INPUTS,
  inputSpec,
  sensitivity,
  type InputId,
  type ScenarioInputs,
} from "../../src/model";
import { analysisMessages } from "../../src/workbook/messages/analysis";
import { HAS_CHROMIUM, noteWhenSkipped } from "./support/chromium";
import { eventually, stepped } from "./support/paneReadings";
import { ARTIFACTS, openPreviewSession, type PreviewSession } from "./support/previewSession";
import { DIST } from "./support/serveDist";

noteWhenSkipped();

/** The built chunks that hold the chart library (by their source maps). */
function chartChunks(): string[] {
  return fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && fs.existsSync(path.join(DIST, `${f}.map`)))
    .filter((f) =>
      (
        JSON.parse(fs.readFileSync(path.join(DIST, `${f}.map`), "utf8")) as { sources: string[] }
      ).sources.some((s) => /\/node_modules\/@fluentui\/react-charts\//.test(s))
    );
}

/** Each bar the chart must draw, by its label: the model's change from the output's value. */
function expectedBars(inputs: ScenarioInputs): { label: string; change: number }[] {
  const model = sensitivity(undefined, inputs);
  const base = model.base;
  return model.rows.flatMap((row) =>
    (["low", "high"] as const).flatMap((end) => {
      const at = end === "low" ? row.atLow : row.atHigh;
      return typeof at === "number" && typeof base === "number"
        ? [
            {
              label: analysisMessages.barLabel(inputSpec(row.inputId).label, end),
              change: at - base,
            },
          ]
        : [];
    })
  );
}

/** The bars as drawn: label and value, from each bar's accessible name ("label. legend, value."). */
async function drawnBars(page: Page): Promise<{ label: string; change: number }[]> {
  const labels = await page
    .locator("[data-chart=tornado] rect[role=option]")
    .evaluateAll((bars) => bars.map((b) => b.getAttribute("aria-label") ?? ""));
  return labels.map((label) => ({
    label: label.slice(0, label.indexOf(". ")),
    change: Number(/, (-?[\d.e+-]+)\.$/.exec(label)?.[1]),
  }));
}

/** Drawn and expected bars agree: the same labels, each value the model's to 6 decimals. */
function sameBars(
  drawn: { label: string; change: number }[],
  wanted: { label: string; change: number }[]
): boolean {
  const key = (b: { label: string }): string => b.label;
  const a = [...drawn].sort((x, y) => key(x).localeCompare(key(y)));
  const b = [...wanted].sort((x, y) => key(x).localeCompare(key(y)));
  return (
    a.length === b.length &&
    a.every(
      (bar, i) => bar.label === b[i]?.label && Math.abs(bar.change - (b[i]?.change ?? NaN)) < 1e-6
    )
  );
}

/** The tornado table's input column, top to bottom. */
async function rankedInputs(page: Page): Promise<string[]> {
  return page
    .getByRole("table", { name: analysisMessages.tornadoTableLabel })
    .locator("tbody th")
    .allInnerTexts();
}

describe.skipIf(!HAS_CHROMIUM)("the pane's Analysis section in Chromium", () => {
  let session: PreviewSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openPreviewSession();
    page = session.page;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`${session.served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    await page.getByRole("table", { name: analysisMessages.tornadoTableLabel }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens the tornado chart on a click, fetching the chart library only then", async () => {
    const chunks = chartChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const fetched = (): string[] =>
      (session?.scripts ?? []).filter((s) => chunks.includes(path.basename(s)));
    expect(fetched()).toEqual([]);
    expect(await rankedInputs(page)).toEqual(
      sensitivity(undefined, DEFAULT_INPUTS).rows.map((r) => inputSpec(r.inputId).label)
    );
    await page.getByRole("button", { name: analysisMessages.showChart }).click();
    await page
      .locator("[data-chart=tornado] rect[role=option]")
      .first()
      .waitFor({ state: "attached" });
    expect(fetched().length).toBeGreaterThan(0);
    const wanted = expectedBars(DEFAULT_INPUTS);
    await eventually(async () => sameBars(await drawnBars(page), wanted)).toBe(true);
    // Rank 1 on top: its bars above those of the last rank.
    const top = await page.locator("[data-chart=tornado] rect[role=option]").first().boundingBox();
    const first = wanted[0];
    const firstBar = page.locator(
      `[data-chart=tornado] rect[role=option][aria-label^="${first?.label}. "]`
    );
    const last = wanted.at(-1);
    const lastBar = page.locator(
      `[data-chart=tornado] rect[role=option][aria-label^="${last?.label}. "]`
    );
    expect(top).not.toBeNull();
    expect((await firstBar.boundingBox())?.y ?? 0).toBeLessThan(
      (await lastBar.boundingBox())?.y ?? 0
    );
  });

  it("a slider step moves the bars and the table to src/model's sensitivity for the new inputs", async () => {
    const id: InputId = "fundingUsd";
    const inputs = { ...DEFAULT_INPUTS, [id]: stepped(id, DEFAULT_INPUTS[id], 5) };
    expect(inputs[id]).not.toBe(DEFAULT_INPUTS[id]);
    const wanted = expectedBars(inputs);
    expect(sameBars(wanted, expectedBars(DEFAULT_INPUTS))).toBe(false);
    const slider = page.getByRole("slider", { name: inputSpec(id).label });
    await slider.focus();
    for (let i = 0; i < 5; i++) await slider.press("ArrowRight");
    await eventually(async () => sameBars(await drawnBars(page), wanted)).toBe(true);
    expect(await rankedInputs(page)).toEqual(
      sensitivity(undefined, inputs).rows.map((r) => inputSpec(r.inputId).label)
    );
    await page
      .getByRole("region", { name: "Analysis" })
      .screenshot({ path: path.join(ARTIFACTS, "pane-analysis.png") });
    expect(session?.problems).toEqual([]);
  });
});
