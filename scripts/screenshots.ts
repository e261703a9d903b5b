/**
 * The README's screenshots of the preview (docs/images/*.png), taken from the built dist/ in
 * Debian's Chromium, the way the browser tests open it: `npm run build && npm run screenshots`.
 * Run it again when the pane or the analysis sheets change, and commit the images.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { openPreviewSession } from "../test/preview/support/previewSession";
import { REPO } from "../test/preview/support/serveDist";
import { PLAN, sheetName } from "../test/preview/support/workbookText";

const IMAGES = path.join(REPO, "docs", "images");

async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  const table = page.locator(`[data-testid=workbook] table[data-sheet="${name}"]`);
  await table.waitFor();
  // Each sheet from its top-left cell, whatever the last one scrolled to.
  await table.evaluate((element) => {
    for (let e: Element | null = element; e; e = e.parentElement) e.scrollTop = 0;
  });
}

/** Scrolls the pane (not the page) so that `section`'s top is at the pane's top. */
async function scrollPaneTo(section: Locator): Promise<void> {
  await section.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    for (let e = element.parentElement; e; e = e.parentElement) {
      if (e.scrollHeight > e.clientHeight && getComputedStyle(e).overflowY !== "visible") {
        e.scrollTop += top - e.getBoundingClientRect().top;
        break;
      }
    }
    window.scrollTo(0, 0);
  });
}

async function main(): Promise<void> {
  const session = await openPreviewSession();
  try {
    const { page } = session;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`${session.served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    await page.getByRole("tab", { name: PLAN.sheets.at(-1)?.name }).waitFor();

    // The pane's Analysis section with its tornado chart open, beside the Sensitivity sheet.
    await showSheet(page, sheetName("sensitivity"));
    const analysis = page.getByRole("region", { name: "Analysis" });
    await analysis.getByRole("button", { name: "Show the tornado chart" }).click();
    await analysis.getByRole("figure").first().waitFor();
    // The pane scrolled to the section, the page itself left at its top.
    await analysis.evaluate((section) => {
      const top = section.getBoundingClientRect().top;
      for (let e = section.parentElement; e; e = e.parentElement) {
        if (e.scrollHeight > e.clientHeight && getComputedStyle(e).overflowY !== "visible") {
          e.scrollTop += top - e.getBoundingClientRect().top;
          break;
        }
      }
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(IMAGES, "preview-analysis.png") });

    const tornado = PLAN.charts.find((c) => c.key === "tornado");
    if (tornado) {
      const figure = page.getByRole("figure", { name: tornado.title });
      await figure.waitFor();
      await figure.scrollIntoViewIfNeeded();
    }
    await page.screenshot({ path: path.join(IMAGES, "preview-sensitivity.png") });

    await showSheet(page, sheetName("map"));
    await page.screenshot({ path: path.join(IMAGES, "preview-map.png") });

    // The pane's Trials part with its distribution chart open, beside the Trials sheet.
    await showSheet(page, sheetName("trials"));
    const trials = page.getByRole("region", { name: "Trials", exact: true });
    await trials.getByRole("button", { name: "Show the distribution chart" }).click();
    await trials.locator("[data-chart=trials] rect[role=option]").first().waitFor();
    // From its percentile table down, so that the chart below is in the picture.
    await scrollPaneTo(trials.getByRole("region", { name: "Percentiles over the trials" }));
    await page.screenshot({ path: path.join(IMAGES, "preview-trials.png") });
    if (session.problems.length > 0) throw new Error(session.problems.join("\n"));
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
