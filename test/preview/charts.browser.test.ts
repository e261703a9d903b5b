// The preview's charts and colour scale in a real browser (the built dist/preview.html in
// Debian's Chromium, as browser.test.ts): the Sensitivity sheet's tornado draws one pair of
// bars per input, ranked as Excel shows a bar chart (rank 1 at the bottom), and the Map's grid
// has Excel's three-colour scale, the lowest value in the lowest colour. What to expect comes
// from src/model (sensitivity, twoWayMap) and the colour-scale rule, not from the page.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputSpec, sensitivity, twoWayMap } from "../../src/model";
import { columnLetters } from "../../src/workbook/a1";
import { colourScaleFills } from "../../src/workbook/colorScale";
import { MAP_COLOURS } from "../../src/workbook/sheets/map";
import { HAS_CHROMIUM, noteWhenSkipped } from "./support/chromium";
import { eventually } from "./support/paneReadings";
import { ARTIFACTS, openPreviewSession, type PreviewSession } from "./support/previewSession";
import { PLAN, sheetName } from "./support/workbookText";

noteWhenSkipped();

async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await eventually(() =>
    page.locator("[data-testid=workbook] table").getAttribute("data-sheet")
  ).toBe(name);
}

/** "#RRGGBB" as the three channels. */
function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

describe.skipIf(!HAS_CHROMIUM)("the preview's charts and colour scale in Chromium", () => {
  let session: PreviewSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openPreviewSession();
    page = session.page;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`${session.served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    await page.getByRole("tab", { name: PLAN.sheets.at(-1)?.name }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it("loads the chart library only when a sheet with charts is shown", () => {
    expect(session?.scripts.filter((s) => s.endsWith("/charts.js"))).toEqual([]);
  });

  it("draws the tornado: a pair of bars per input, rank 1 at the bottom as in Excel", async () => {
    const chart = PLAN.charts.find((c) => c.key === "tornado");
    if (!chart) throw new Error("the plan has no tornado");
    await showSheet(page, sheetName("sensitivity"));
    const figure = page.getByRole("figure", { name: chart.title });
    await figure.waitFor();
    const expected = sensitivity();
    const number = (v: unknown): v is number => typeof v === "number";
    const wanted = expected.rows.flatMap((row) =>
      (
        [
          ["at the low case", row.atLow],
          ["at the high case", row.atHigh],
        ] as const
      ).flatMap(([series, at]) =>
        number(at) && number(expected.base)
          ? [{ label: `${inputSpec(row.inputId).label}: ${series}`, change: at - expected.base }]
          : []
      )
    );
    expect(wanted.length).toBeGreaterThanOrEqual(expected.rows.length);
    const bars = figure.locator("rect[role=option]");
    await eventually(() => bars.count()).toBe(wanted.length);
    await figure.screenshot({ path: path.join(ARTIFACTS, "preview-tornado.png") });

    // Each bar by its label: its value is the model's change, and it sits where Excel puts it.
    const tops: number[] = [];
    for (const { label, change } of wanted) {
      const bar = figure.locator(`rect[role=option][aria-label^="${label}. "]`);
      expect(await bar.count(), label).toBe(1);
      const shown = (await bar.getAttribute("aria-label")) ?? "";
      expect(Number(/, (-?[\d.e+-]+)\.$/.exec(shown)?.[1])).toBeCloseTo(change, 6);
      const box = await bar.boundingBox();
      if (!box) throw new Error(`${label} is not drawn`);
      tops.push(box.y);
    }
    // Ranked first, drawn lowest: each bar higher up the chart than the one before it.
    for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeLessThan(tops[i - 1] ?? 0);
  });

  it("fills the Map's grid with Excel's three-colour scale, the lowest value the lowest colour", async () => {
    const scale = PLAN.sheets.find((s) => s.key === "map")?.colorScales?.[0];
    if (!scale) throw new Error("the plan's Map has no colour scale");
    await showSheet(page, sheetName("map"));
    const map = twoWayMap();
    const values = map.cells.flat().map((v) => (typeof v === "number" ? v : null));
    const fills = colourScaleFills(values, MAP_COLOURS);
    const [first = ""] = scale.address.split(":");
    const top = Number(/\d+/.exec(first)?.[0]) - 1;
    const left = (/^[A-Z]+/.exec(first)?.[0] ?? "A").charCodeAt(0) - 65;
    const columns = map.columnValues.length;
    const shown = await page.evaluate(
      (addresses) =>
        addresses.map((a) => {
          const cell = document.querySelector<HTMLElement>(`td[data-cell="${a}"]`);
          return cell ? getComputedStyle(cell).backgroundColor : "missing";
        }),
      values.map(
        (_, i) => `${columnLetters(left + (i % columns))}${top + 1 + Math.floor(i / columns)}`
      )
    );
    await page
      .locator("[data-testid=workbook] [role=tabpanel]")
      .screenshot({ path: path.join(ARTIFACTS, "preview-map.png") });
    const rgb = (css: string): number[] => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    shown.forEach((css, i) => {
      const fill = fills[i];
      if (fill === undefined) return;
      // The engine's numbers and the model's may differ in the last bits: a channel by one.
      rgb(css).forEach((c, k) =>
        expect(Math.abs(c - (channels(fill)[k] ?? -1)), `cell ${i}`).toBeLessThanOrEqual(1)
      );
    });
    const numbers = values.filter((v): v is number => v !== null);
    const lowest = values.indexOf(Math.min(...numbers));
    const highest = values.indexOf(Math.max(...numbers));
    expect(rgb(shown[lowest] ?? "")).toEqual(channels(MAP_COLOURS.lowest));
    expect(rgb(shown[highest] ?? "")).toEqual(channels(MAP_COLOURS.highest));
  });
});
