/**
 * The preview in headless Chromium (the built dist/, served over http on localhost):
 * - navigation → usable pane: from the navigation's start to the pane's first control, for a
 *   first visit (blank workbook: the "Load" button) and a return visit (the workbook kept in
 *   the browser: the results table), medians over fresh pages;
 * - loading the article into a blank workbook: click → the results table painted, measured in
 *   the page from the click's event, with where its time goes (performance marks set by the
 *   preview host) and as Playwright sees it from outside (its round trips included): with the
 *   stored article workbook (dist/article-workbook.bin), clicking as soon as the Load button
 *   shows (the file may still be downloading or opening) and once the page has opened it
 *   (idle, how long that took); the typed load (every cell of the plan typed into IronCalc,
 *   the preview opened with ?typedLoad=1) is the baseline, measured in the same run, page for
 *   page in turn;
 * - slider step → result: a keyboard step on a slider until the Results table shows the new
 *   numbers (measured in the page, to the next animation frame), end to end, and where the time
 *   goes (the pane until its write reaches the host, the engine's recalculation, reading the
 *   state back, the pane's render and paint: performance marks set by the preview host). The
 *   same steps with the previous write policy (a 250 ms pause after each move, the preview
 *   opened with ?writePause=250) are the baseline, measured in the same run;
 * - IronCalc's evaluate() of the article's workbook alone, in Node, for scale;
 * - the preview's bundle sizes, raw and gzipped, beside the add-in page's, and the stored
 *   article workbook's.
 * All figures go to bench-results/preview.json through recordFigures.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, test } from "vitest";
import { inputSpec } from "../src/model";
import { ARTICLE_SNAPSHOT_FILE } from "../src/preview/engine/articleSnapshot";
import {
  EVALUATED_MARK,
  LOAD_IN_PLACE_MARK,
  LOAD_MARK,
  LOAD_TOLD_MARK,
  READ_MARK,
  WRITE_MARK,
} from "../src/preview/previewHost";
import { STORED_ARTICLE_OPEN_MARK, STORED_ARTICLE_READY_MARK } from "../src/preview/storedArticle";
import { articleBook } from "../test/export/support/exportedBook";
import { pageWeight } from "./support/pageWeight";
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
/** The previous write policy's pause after a move, for the baseline. */
const PREVIOUS_PAUSE_MS = 250;

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

/** One keyboard step's times, ms: end to end, and its parts (see the file's comment). */
interface StepTimes {
  readonly endToEnd: number;
  readonly paneToHost: number;
  readonly engine: number;
  readonly read: number;
  readonly renderAndPaint: number;
}

/** Keyboard steps on a slider of a page whose workbook is loaded, each to its result shown. */
async function sliderSteps(page: Page, steps: number): Promise<StepTimes[]> {
  await page.getByRole("table", { name: "Results" }).waitFor({ timeout: 120_000 });
  await page.evaluate(`window.addEventListener("keydown", () => {
      window.__aicostKeyAt = performance.now();
    }, true)`);
  const slider = page.getByRole("slider", { name: SLIDER });
  await slider.focus();
  const times: StepTimes[] = [];
  for (let step = 0; step < steps; step++) {
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
    const last = (mark: string) =>
      `performance.getEntriesByName(${JSON.stringify(mark)}).at(-1)?.startTime ?? NaN`;
    const [keyAt, shownAt, writeAt, evaluatedAt, readAt] = await page.evaluate<
      [number, number, number, number, number]
    >(`[window.__aicostKeyAt, window.__aicostShownAt,
        ${last(WRITE_MARK)}, ${last(EVALUATED_MARK)}, ${last(READ_MARK)}]`);
    times.push({
      endToEnd: shownAt - keyAt,
      paneToHost: writeAt - keyAt,
      engine: evaluatedAt - writeAt,
      read: readAt - evaluatedAt,
      renderAndPaint: shownAt - readAt,
    });
    // Let the workbook view and the deferred save settle before the next step.
    await page.evaluate("new Promise((resolve) => setTimeout(resolve, 100))");
  }
  return times;
}

function medianOf<T>(times: readonly T[], part: keyof T): number {
  return median(times.map((t) => Number(t[part])));
}

/** One load's times, ms: click → results painted, measured in the page, and its parts. */
interface LoadTimes {
  /** From the click's event (its timeStamp) to the Results table painted. */
  readonly endToEnd: number;
  readonly paneToHost: number;
  /** The workbook in place: the stored one opened (or awaited) and swapped in, or typed. */
  readonly inPlace: number;
  /** The host's records and its state read, the pane told. */
  readonly told: number;
  /** The pane's re-reads after a load (state, scenarios), its render, to the next frame. */
  readonly paneAfter: number;
  /** From Playwright's click to its seeing the table: round trips to the browser included. */
  readonly fromOutside: number;
}

/** Arms the page to time the next click → the Results table painted (window.__aicostLoad). */
const ARM_LOAD_TIMING = `(() => {
  const times = (window.__aicostLoad = {});
  document.addEventListener("click", (event) => { times.clickAt ??= event.timeStamp; }, true);
  const observer = new MutationObserver(() => {
    if (times.clickAt === undefined || !document.querySelector('table[aria-label="Results"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { times.shownAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * In Node, on the article's workbook: IronCalc's evaluate() alone, and the preview host's whole
 * slider write (set the cell, which recalculates, and read the state back), medians of `runs`.
 */
async function engineAlone(runs: number): Promise<{ evaluate: number; hostWrite: number }> {
  const { model, host } = await articleBook();
  const evaluate: number[] = [];
  const hostWrite: number[] = [];
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    model.evaluate();
    evaluate.push(performance.now() - started);
    started = performance.now();
    await host.writeInput("efficiencyShare", run % 2 === 0 ? 0.08 : 0.075);
    hostWrite.push(performance.now() - started);
  }
  return { evaluate: median(evaluate), hostWrite: median(hostWrite) };
}

/**
 * A kind of load's figures: end to end, its parts, and as Playwright sees it. `short` names
 * the kind in the parts' rows (each row's name must be its own).
 */
function loadFigures(
  kind: string,
  short: string,
  times: readonly LoadTimes[]
): Record<string, number> {
  return {
    [`${kind}: click → results painted, median ms`]: medianOf(times, "endToEnd"),
    [`  ${short}: click → the load reaches the host (the pane), median ms`]: medianOf(
      times,
      "paneToHost"
    ),
    [`  ${short}: the workbook in place, median ms`]: medianOf(times, "inPlace"),
    [`  ${short}: the host's records and state read, the pane told, median ms`]: medianOf(
      times,
      "told"
    ),
    [`  ${short}: the pane re-reads, renders the results, to the next frame, median ms`]: medianOf(
      times,
      "paneAfter"
    ),
    [`  ${short}: as Playwright sees it (round trips included), median ms`]: medianOf(
      times,
      "fromOutside"
    ),
  };
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

  test("navigation to a usable pane, loading (stored, typed), slider step to result, sizes", async () => {
    const loadAtStart = os.loadavg()[0] ?? NaN;
    const url = `${served.origin}/preview.html`;
    const firstVisit: number[] = [];
    const returnVisit: number[] = [];
    const loadArticle: LoadTimes[] = [];
    const loadWhenIdle: LoadTimes[] = [];
    const typedLoad: LoadTimes[] = [];
    const notUsed: string[] = [];

    /**
     * A first visit (nothing stored), the article loaded: click → results, ms. `ready` waits
     * between the Load button showing and the click.
     */
    const firstLoad = async (
      pageUrl: string,
      ready: (page: Page) => Promise<void> = async () => undefined
    ): Promise<{ usable: number; load: LoadTimes }> => {
      const page = await browser.context.newPage();
      // storedArticle.ts says so when the page falls back to the typed load.
      page.on("console", (message) => {
        if (message.text().includes("stored article workbook is not used"))
          notUsed.push(message.text());
      });
      await page.addInitScript(`try { localStorage.clear(); } catch {}`);
      await page.addInitScript(recordFirstAppearance("main button"));
      await page.goto(pageUrl);
      const usable = await seenAt(page);
      await ready(page);
      await page.evaluate(ARM_LOAD_TIMING);
      const started = Date.now();
      await page.getByRole("button", { name: LOAD_BUTTON }).click();
      await page.getByRole("table", { name: "Results" }).waitFor({ timeout: 120_000 });
      const fromOutside = Date.now() - started;
      await page.waitForFunction("typeof window.__aicostLoad.shownAt === 'number'");
      const mark = (name: string) =>
        `performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.startTime ?? NaN`;
      const [clickAt, hostAt, inPlaceAt, toldAt, shownAt] = await page.evaluate<
        [number, number, number, number, number]
      >(`[window.__aicostLoad.clickAt, ${mark(LOAD_MARK)}, ${mark(LOAD_IN_PLACE_MARK)},
          ${mark(LOAD_TOLD_MARK)}, window.__aicostLoad.shownAt]`);
      await page.evaluate("new Promise((resolve) => setTimeout(resolve, 600))"); // saved
      await page.close();
      const load: LoadTimes = {
        endToEnd: shownAt - clickAt,
        paneToHost: hostAt - clickAt,
        inPlace: inPlaceAt - hostAt,
        told: toldAt - inPlaceAt,
        paneAfter: shownAt - toldAt,
        fromOutside,
      };
      return { usable, load };
    };
    const opening: number[] = [];
    const storedReady = async (page: Page): Promise<void> => {
      const at = (mark: string) => `performance.getEntriesByName(${JSON.stringify(mark)})[0]`;
      await page.waitForFunction(`${at(STORED_ARTICLE_READY_MARK)} !== undefined`, undefined, {
        timeout: 120_000,
      });
      opening.push(
        await page.evaluate<number>(
          `${at(STORED_ARTICLE_READY_MARK)}.startTime - ${at(STORED_ARTICLE_OPEN_MARK)}.startTime`
        )
      );
    };

    for (let run = 0; run < NAVIGATIONS; run++) {
      // First visit: nothing stored. The pane is usable when its Load button is there; the
      // click comes at once, whether or not the stored workbook has arrived and been opened.
      const first = await firstLoad(url);
      firstVisit.push(first.usable);
      loadArticle.push(first.load);

      // Return visit: the workbook comes back from storage; usable when the sliders are there.
      const again = await browser.context.newPage();
      await again.addInitScript(recordFirstAppearance("main input[type=range]"));
      await again.goto(url);
      returnVisit.push(await seenAt(again));
      await again.close();

      // The click once the page has opened the stored workbook (the page idle after its start).
      loadWhenIdle.push((await firstLoad(url, storedReady)).load);
      // The baseline: the typed load, on the same build.
      typedLoad.push((await firstLoad(`${url}?typedLoad=1`)).load);
    }
    // A figure of the stored workbook's load that was a typed one would mislead: stop.
    if (notUsed.length > 0) throw new Error(`The stored workbook was not used: ${notUsed[0]}`);

    // The workbook the navigations loaded is kept in the browser: both pages start from it.
    const page = await browser.context.newPage();
    await page.goto(url);
    const steps = await sliderSteps(page, SLIDER_STEPS);
    await page.close();
    const before = await browser.context.newPage();
    await before.goto(`${url}?writePause=${PREVIOUS_PAUSE_MS}`);
    const baseline = await sliderSteps(before, SLIDER_STEPS);
    await before.close();
    const engine = await engineAlone(SLIDER_STEPS);

    const preview = pageWeight(
      "preview.html",
      fs.readdirSync(DIST).filter((f) => f.endsWith(".wasm"))
    );
    const previewJs = pageWeight("preview.html");
    const addin = pageWeight("taskpane.html");
    const stored = fs.readFileSync(path.join(DIST, ARTICLE_SNAPSHOT_FILE));
    recordFigures(SUITE, {
      "first visit: navigation → usable pane, median ms": median(firstVisit),
      "return visit (workbook kept): navigation → usable pane, median ms": median(returnVisit),
      ...loadFigures(
        "load the article (stored workbook), clicking as soon as the button shows",
        "stored, at once",
        loadArticle
      ),
      ...loadFigures(
        "load the article (stored workbook), clicking once the page opened it",
        "stored, when opened",
        loadWhenIdle
      ),
      ...loadFigures("baseline: load the article typed (?typedLoad=1)", "typed", typedLoad),
      "the page opening the stored workbook (from_bytes, first flush), in idle time, median ms":
        median(opening),
      "slider step → result shown, end to end, median ms": medianOf(steps, "endToEnd"),
      "  key → the write reaches the host (the pane), median ms": medianOf(steps, "paneToHost"),
      "  the engine sets the cell and recalculates, median ms": medianOf(steps, "engine"),
      "  the host reads the state back, median ms": medianOf(steps, "read"),
      "  the pane renders the answer, to the next frame, median ms": medianOf(
        steps,
        "renderAndPaint"
      ),
      [`baseline (previous policy, ${PREVIOUS_PAUSE_MS} ms pause): slider step → result shown, median ms`]:
        medianOf(baseline, "endToEnd"),
      "  baseline: key → the write reaches the host, median ms": medianOf(baseline, "paneToHost"),
      "IronCalc evaluate() of the article's workbook alone (Node), median ms": engine.evaluate,
      "the preview host's slider write on it (Node), median ms": engine.hostWrite,
      "preview page: JS + HTML, bytes": previewJs.raw,
      "preview page: JS + HTML, gzip bytes": previewJs.gzip,
      "preview page with IronCalc .wasm, bytes": preview.raw,
      "preview page with IronCalc .wasm, gzip bytes": preview.gzip,
      "add-in page (taskpane.html) JS + HTML, gzip bytes": addin.gzip,
      [`stored article workbook (${ARTICLE_SNAPSHOT_FILE}), bytes`]: stored.length,
      [`stored article workbook (${ARTICLE_SNAPSHOT_FILE}), gzip bytes`]: gzipSync(stored).length,
      runs: `${NAVIGATIONS} navigations (and loads of each kind), ${SLIDER_STEPS} slider steps per policy`,
      // Shared 2-core machines: the load says how much to trust the times above.
      "load average (1 min) at the start": Math.round(loadAtStart * 100) / 100,
      "load average (1 min) at the end": Math.round((os.loadavg()[0] ?? NaN) * 100) / 100,
      cores: os.cpus().length,
    });
  });
});
