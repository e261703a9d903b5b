/**
 * The preview in headless Chromium (the built dist/, served over http on localhost):
 * - navigation → usable pane: from the navigation's start to the pane's first control, for a
 *   first visit (blank workbook: the "Load" button) and a return visit (the workbook kept in
 *   the browser: the results table), medians over fresh pages;
 * - loading the article: click → the results table;
 * - slider step → result: a keyboard step on a slider until the Results table shows the new
 *   numbers (measured in the page, to the next animation frame), end to end and from the
 *   moment the pane's write reaches the host (the pane waits WRITE_DELAY_MS after a key before
 *   it writes, to make five quick taps one write);
 * - the preview's bundle sizes, raw and gzipped, beside the add-in page's.
 * All figures go to bench-results/preview.json through recordFigures.
 */
import fs from "node:fs";
import os from "node:os";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, test } from "vitest";
import { inputSpec } from "../src/model";
import { WRITE_MARK } from "../src/preview/previewHost";
import { pageWeight } from "./support/pageWeight";
import { WRITE_DELAY_MS } from "../src/taskpane/inputs/inputWriter";
import {
  HAS_CHROMIUM,
  launchChromium,
  noteWhenSkipped,
  type Browser,
} from "../test/preview/support/chromium";
import {
  DIST,
  ensurePreviewBuilt,
  serveDist,
  type Served,
} from "../test/preview/support/serveDist";
import { recordFigures } from "./harness";

const SUITE = "preview";
/** Fresh pages per navigation figure, and slider steps: medians of this many runs. */
const NAVIGATIONS = 7;
const SLIDER_STEPS = 15;
const LOAD_BUTTON = "Load the article's figures";
const SLIDER = inputSpec("efficiencyShare").label;

noteWhenSkipped();

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * Installed before the page's own scripts: records (performance.now(), i.e. since navigation
 * start) when the first element matching `selector` appears, in window.__aicostSeen.
 */
function recordFirstAppearance(selector: string): string {
  return `(() => {
    const look = () => {
      if (window.__aicostSeen === undefined && document.querySelector(${JSON.stringify(selector)})) {
        requestAnimationFrame(() => { window.__aicostSeen = performance.now(); });
        window.__aicostSeen = null;
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
  })();`;
}

async function seenAt(page: Page): Promise<number> {
  await page.waitForFunction("typeof window.__aicostSeen === 'number'", undefined, {
    timeout: 120_000,
  });
  return page.evaluate<number>("window.__aicostSeen");
}

describe.skipIf(!HAS_CHROMIUM)("preview in headless Chromium", () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    ensurePreviewBuilt();
    served = await serveDist();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  test("navigation to a usable pane, loading, slider step to result, bundle size", async () => {
    const url = `${served.origin}/preview.html`;
    const firstVisit: number[] = [];
    const returnVisit: number[] = [];
    const loadArticle: number[] = [];

    for (let run = 0; run < NAVIGATIONS; run++) {
      // First visit: nothing stored. The pane is usable when its Load button is there.
      const page = await browser.context.newPage();
      await page.addInitScript(`try { localStorage.clear(); } catch {}`);
      await page.addInitScript(recordFirstAppearance("main button"));
      await page.goto(url);
      firstVisit.push(await seenAt(page));
      const started = Date.now();
      await page.getByRole("button", { name: LOAD_BUTTON }).click();
      await page.getByRole("table", { name: "Results" }).waitFor({ timeout: 120_000 });
      loadArticle.push(Date.now() - started);
      await page.evaluate("new Promise((resolve) => setTimeout(resolve, 600))"); // saved
      await page.close();

      // Return visit: the workbook comes back from storage; usable when the sliders are there.
      const again = await browser.context.newPage();
      await again.addInitScript(recordFirstAppearance("main input[type=range]"));
      await again.goto(url);
      returnVisit.push(await seenAt(again));
      await again.close();
    }

    const page = await browser.context.newPage();
    await page.goto(url);
    await page.getByRole("table", { name: "Results" }).waitFor({ timeout: 120_000 });
    await page.evaluate(`window.addEventListener("keydown", () => {
        window.__aicostKeyAt = performance.now();
      }, true)`);
    const slider = page.getByRole("slider", { name: SLIDER });
    await slider.focus();
    const endToEnd: number[] = [];
    const afterWrite: number[] = [];
    for (let step = 0; step < SLIDER_STEPS; step++) {
      // Arm an observer on the Results table, press, wait for the new numbers to be painted.
      await page.evaluate(`(() => {
        const table = document.querySelector('table[aria-label="Results"]');
        const before = table.innerText;
        window.__aicostShownAt = undefined;
        const observer = new MutationObserver(() => {
          if (table.innerText === before) return;
          observer.disconnect();
          requestAnimationFrame(() => { window.__aicostShownAt = performance.now(); });
        });
        observer.observe(table, { subtree: true, childList: true, characterData: true });
      })()`);
      await slider.press(step % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      await page.waitForFunction("typeof window.__aicostShownAt === 'number'", undefined, {
        timeout: 30_000,
      });
      const [keyAt, shownAt, writeAt] = await page.evaluate<[number, number, number]>(`[
        window.__aicostKeyAt, window.__aicostShownAt,
        performance.getEntriesByName(${JSON.stringify(WRITE_MARK)}).at(-1)?.startTime ?? NaN]`);
      endToEnd.push(shownAt - keyAt);
      afterWrite.push(shownAt - writeAt);
    }
    await page.close();

    const preview = pageWeight(
      "preview.html",
      fs.readdirSync(DIST).filter((f) => f.endsWith(".wasm"))
    );
    const previewJs = pageWeight("preview.html");
    const addin = pageWeight("taskpane.html");
    recordFigures(SUITE, {
      "first visit: navigation → usable pane, median ms": median(firstVisit),
      "return visit (workbook kept): navigation → usable pane, median ms": median(returnVisit),
      "load the article: click → results, median ms": median(loadArticle),
      "slider step → result shown, end to end, median ms": median(endToEnd),
      [`  of which the pane's write delay, ms`]: WRITE_DELAY_MS,
      "slider write reaches the host → result shown, median ms": median(afterWrite),
      "preview page: JS + HTML, bytes": previewJs.raw,
      "preview page: JS + HTML, gzip bytes": previewJs.gzip,
      "preview page with IronCalc .wasm, bytes": preview.raw,
      "preview page with IronCalc .wasm, gzip bytes": preview.gzip,
      "add-in page (taskpane.html) JS + HTML, gzip bytes": addin.gzip,
      runs: `${NAVIGATIONS} navigations, ${SLIDER_STEPS} slider steps`,
      // Shared 2-core machines: the load says how much to trust the times above.
      "load average (1 min) at the end": Math.round((os.loadavg()[0] ?? NaN) * 100) / 100,
    });
  });
});
