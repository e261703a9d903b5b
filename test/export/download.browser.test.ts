// "Download as .xlsx" on the built preview page (dist/preview.html over plain http on
// localhost) in Debian's Chromium, as test/preview/browser.test.ts drives it: the analyst loads
// the article, moves a slider and saves a scenario, then downloads. The file must be a real
// .xlsx holding that input value and that scenario, and the exporter must be fetched only when
// the button is pressed (the page's first load does not carry it). Without a Chromium the
// tests are skipped, with the install hint printed.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, inputSpec } from "../../src/model";
import { HAS_CHROMIUM, noteWhenSkipped } from "../preview/support/chromium";
import {
  eventually,
  expectedResults,
  shownResults,
  stepped,
} from "../preview/support/paneReadings";
import {
  ARTIFACTS,
  openPreviewSession,
  type PreviewSession,
} from "../preview/support/previewSession";
import type { Served } from "../preview/support/serveDist";
import { PLAN } from "./support/exportedBook";
import { openXlsx, readSheets } from "./support/xlsxXml";

noteWhenSkipped();

describe.skipIf(!HAS_CHROMIUM)("Download as .xlsx in Chromium", () => {
  let session: PreviewSession | undefined;
  let served: Served;
  let page: Page;
  let problems: string[] = [];
  let scripts: string[] = [];

  beforeAll(async () => {
    session = await openPreviewSession();
    ({ served, page, problems, scripts } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("downloads a real .xlsx with the analyst's current input and saved scenario", async () => {
    await page.goto(`${served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    await page.getByRole("table", { name: "Results" }).waitFor();
    const loadedScripts = [...scripts];

    const id = "efficiencyShare";
    const value = stepped(id, DEFAULT_INPUTS[id], 1);
    expect(value).not.toBe(DEFAULT_INPUTS[id]);
    const slider = page.getByRole("slider", { name: inputSpec(id).label });
    await slider.focus();
    await slider.press("ArrowRight");
    await eventually(() => shownResults(page)).toEqual(
      expectedResults({ ...DEFAULT_INPUTS, [id]: value })
    );
    await page.getByLabel("Scenario name").fill("=Exported on purpose");
    await page.getByRole("button", { name: "Save scenario" }).click();
    await page.getByRole("button", { name: "Apply =Exported on purpose" }).waitFor();

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as .xlsx" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("ai-cost-scenarios.xlsx");
    const saved = path.join(ARTIFACTS, "preview-export.xlsx");
    await download.saveAs(saved);
    await page.getByRole("status").filter({ hasText: "Downloaded" }).waitFor();

    const bytes = new Uint8Array(fs.readFileSync(saved));
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4": a zip
    const sheets = readSheets(openXlsx(bytes));
    expect(sheets.map((s) => s.name)).toEqual(PLAN.sheets.map((s) => s.name));
    const input = PLAN.inputCells[id];
    const inputs = sheets.find(
      (s) => s.name === PLAN.sheets.find((p) => p.key === input.sheet)?.name
    );
    expect(inputs?.cells.get(input.address)?.value).toBe(value);
    const scenarios = sheets.find(
      (s) => s.name === PLAN.sheets.find((p) => p.key === "scenarios")?.name
    );
    const names = [...(scenarios?.cells.values() ?? [])].filter(
      (c) => c.value === "=Exported on purpose"
    );
    expect(names).toHaveLength(1);
    expect(names[0]?.formula).toBeUndefined();

    // The exporter came with the click, not with the page.
    const onDemand = scripts.slice(loadedScripts.length);
    expect(loadedScripts.some((s) => s.endsWith("/export.js"))).toBe(false);
    expect(onDemand.some((s) => s.endsWith("/export.js"))).toBe(true);
    await page
      .getByTestId("workbook")
      .screenshot({ path: path.join(ARTIFACTS, "preview-export.png") });
    expect(problems).toEqual([]);
  });
});
