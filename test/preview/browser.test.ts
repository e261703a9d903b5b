// End to end in a real browser: the built preview (dist/preview.html) served over plain http on
// localhost, driven in Debian's Chromium by playwright-core, as a newcomer would use it. The
// numbers it must show come from src/model's evaluate(); what a workbook cell must show is
// worked out with the plan's number format on a separate IronCalc (support/workbookText.ts).
// Without a Chromium the tests are skipped, with the install hint printed.
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, evaluate, inputSpec, type ScenarioInputs } from "../../src/model";
import { sliderScale } from "../../src/taskpane/inputs/sliderScale";
import { columnLetters } from "../../src/workbook/a1";
import { compareColumn } from "../../src/workbook/sheets/compare";
import { HAS_CHROMIUM, noteWhenSkipped } from "./support/chromium";
import { eventually, expectedResults, shownResults, stepped } from "./support/paneReadings";
import { ARTIFACTS, openPreviewSession, type PreviewSession } from "./support/previewSession";
import type { Served } from "./support/serveDist";
import { PLAN, planFormatAt, shownAs, sheetName } from "./support/workbookText";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

noteWhenSkipped();

async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await eventually(() =>
    page.locator("[data-testid=workbook] table").getAttribute("data-sheet")
  ).toBe(name);
}

/** The text of a workbook cell in the view (0-based row and column of the selected sheet). */
function cellText(page: Page, row: number, column: number): Promise<string> {
  const address = `${columnLetters(column)}${row + 1}`;
  return page
    .locator(`[data-testid=workbook] td[data-cell="${address}"] [data-part=value]`)
    .innerText();
}

interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** The offending nodes' selectors and opening HTML. */
  readonly nodes: readonly { readonly target: string; readonly html: string }[];
}

/**
 * Runs axe-core on the page and returns the serious or critical violations. One documented
 * false positive is set aside, node by node: Fluent's focus manager (tabster) adds `<i
 * data-tabster-dummy aria-hidden tabindex=0>` guards that pass focus on at once; tabster's
 * maintainers call them intentional (microsoft/tabster#288, microsoft/fluentui#25133).
 * Any other node of that rule, and every other rule, still counts.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate<Violation[]>(
    `axe.run(document).then((r) => r.violations.map((v) => ({
       id: v.id, impact: v.impact, help: v.help,
       nodes: v.nodes.map((n) => ({ target: String(n.target), html: n.html.slice(0, 200) })) })))`
  );
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy/.test(n.html)) }
        : v
    )
    .filter((v) => v.nodes.length > 0);
}

describe.skipIf(!HAS_CHROMIUM)("the preview in Chromium", () => {
  let session: PreviewSession | undefined;
  let served: Served;
  let page: Page;
  let problems: string[] = [];
  const external: string[] = [];
  // What the workbook holds as the tests go on.
  let inputs: ScenarioInputs = { ...DEFAULT_INPUTS };
  let cheap: ScenarioInputs;

  beforeAll(async () => {
    session = await openPreviewSession();
    ({ served, page, problems } = session);
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("request", (request) => {
      if (!request.url().startsWith(served.origin) && !request.url().startsWith("data:"))
        external.push(request.url());
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens over plain http without Excel, office.js or any other server", async () => {
    await page.goto(`${served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["Sheet1"]);
    expect(external).toEqual([]);
  });

  it("loads the article: every sheet of the plan, and the model's results for its figures", async () => {
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    await page.getByRole("table", { name: "Results" }).waitFor();
    await eventually(() => shownResults(page)).toEqual(expectedResults(inputs));
    await eventually(() => page.getByRole("tab").allInnerTexts()).toEqual(
      PLAN.sheets.map((s) => s.name)
    );
  });

  it("a slider step by keyboard changes the input cell, the model's cell and the result", async () => {
    const id = "efficiencyShare";
    const value = stepped(id, inputs[id], 1);
    expect(value).not.toBe(inputs[id]);
    inputs = { ...inputs, [id]: value };

    const slider = page.getByRole("slider", { name: inputSpec(id).label });
    await slider.focus();
    await slider.press("ArrowRight");
    await eventually(() => shownResults(page)).toEqual(expectedResults(inputs));

    const input = PLAN.inputCells[id];
    await showSheet(page, sheetName("inputs"));
    await eventually(() => cellText(page, input.row, input.column)).toBe(
      shownAs(value, planFormatAt("inputs", input.row, input.column))
    );
    expect(await page.locator(`td[data-cell="${input.address}"]`).getAttribute("data-input")).toBe(
      "true"
    );

    const output = PLAN.outputCells.spendAtEfficiencyUsd;
    const spend = evaluate(inputs).spendAtEfficiencyUsd;
    expect(typeof spend).toBe("number");
    await showSheet(page, sheetName("model"));
    await eventually(() => cellText(page, output.row, output.column)).toBe(
      shownAs(spend as number, planFormatAt("model", output.row, output.column))
    );
  });

  it("saves two scenarios, applies one, and the Compare sheet computes both", async () => {
    const save = async (name: string): Promise<void> => {
      await page.getByLabel("Scenario name").fill(name);
      await page.getByRole("button", { name: "Save scenario" }).click();
      await page.getByRole("button", { name: `Apply ${name}` }).waitFor();
    };
    cheap = { ...inputs };
    await save("Cheap efficiency");

    const growth = page.getByRole("slider", { name: inputSpec("spendGrowth").label });
    await growth.focus();
    await growth.press("PageUp");
    const page10 = Math.max(1, Math.round(sliderScale(inputSpec("spendGrowth")).positions / 10));
    inputs = { ...inputs, spendGrowth: stepped("spendGrowth", inputs.spendGrowth, page10) };
    await eventually(() => shownResults(page)).toEqual(expectedResults(inputs));
    const growing = { ...inputs };
    await save("Growing spend");

    await page.getByRole("button", { name: "Apply Cheap efficiency" }).click();
    inputs = { ...cheap };
    await eventually(() => shownResults(page)).toEqual(expectedResults(inputs));

    await showSheet(page, sheetName("compare"));
    for (const [name, scenario] of [
      ["Cheap efficiency", cheap],
      ["Growing spend", growing],
    ] as const) {
      const rowOf = await page
        .locator("[data-testid=workbook] td[data-cell^='B']")
        .evaluateAll((cells, wanted) => {
          const cell = cells.find((c) => c.textContent === wanted);
          return cell ? Number(cell.getAttribute("data-cell")?.slice(1)) - 1 : -1;
        }, name);
      expect(rowOf, name).toBeGreaterThan(0);
      for (const line of ["spendAtEfficiencyUsd", "runwayAtFrontierYears"] as const) {
        const value = evaluate(scenario)[line];
        const column = compareColumn(line);
        const want =
          typeof value === "number"
            ? shownAs(value, planFormatAt("compare", rowOf, column))
            : String(value);
        await eventually(() => cellText(page, rowOf, column)).toBe(want);
      }
    }
    // Artifacts: the pane with the scenarios, its results at the top, the workbook, the page.
    const pane = page.getByTestId("pane");
    await pane.screenshot({ path: path.join(ARTIFACTS, "preview-pane-scenarios.png") });
    await pane.evaluate((element) => element.scrollTo(0, 0));
    await pane.screenshot({ path: path.join(ARTIFACTS, "preview-pane.png") });
    await page
      .getByTestId("workbook")
      .screenshot({ path: path.join(ARTIFACTS, "preview-workbook.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "preview-page.png") });
  });

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("comes back as it was after a reload, with nothing broken", async () => {
    await page.reload();
    await page.getByRole("table", { name: "Results" }).waitFor();
    await eventually(() => shownResults(page)).toEqual(expectedResults(inputs));
    await page.getByRole("button", { name: "Apply Growing spend" }).waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(PLAN.sheets.map((s) => s.name));
    await showSheet(page, sheetName("compare"));
    expect(
      await page.locator("[data-testid=workbook] td", { hasText: "Cheap efficiency" }).count()
    ).toBe(1);
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });
});
