// @vitest-environment happy-dom
/**
 * The pane's Analysis section, by role: the tornado's inputs in the workbook's ranked order with
 * their numbers in the analyst's units, the map as a grid with the article's point marked and
 * Excel's colour-scale fills under readable text; an edit in the workbook moves both; a
 * workbook without the analysis sheets is told how to get them.
 */
import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_INPUTS, formatValue, inputSpec } from "../../src/model";
import { GRID_TEXT_COLOUR, gridFills } from "../../src/taskpane/analysis/analysisText";
import { analysisMessages } from "../../src/workbook/messages";
import { contrastRatio, MIN_TEXT_CONTRAST } from "../../src/preview/workbookView/contrast";
import type { CellReading } from "../../src/workbook/host";
import { modelAnalysis } from "../support/modelAnalysis";
import { TestHost } from "../support/testHost";
import { cleanupPane, renderLoadedPane } from "./renderPane";

afterEach(() => cleanupPane());

/** An output in years as the pane shows it: "5.33 years", or "Never runs out". */
function years(reading: CellReading | undefined): string {
  return typeof reading === "number" ? formatValue(reading, "years") : "Never runs out";
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function analysisRegion(): Promise<HTMLElement> {
  const region = await screen.findByRole("region", { name: "Analysis" });
  await within(region).findByRole("table", { name: analysisMessages.tornadoTableLabel });
  return region;
}

/** The tornado table's input column, top to bottom. */
function rankedInputs(region: HTMLElement): string[] {
  const table = within(region).getByRole("table", { name: analysisMessages.tornadoTableLabel });
  return within(table)
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent ?? "");
}

describe("the Analysis section", () => {
  test("lists the inputs in the workbook's ranked order, with the output at each case in its unit", async () => {
    await renderLoadedPane(new TestHost());
    const region = await analysisRegion();
    const tornado = modelAnalysis(DEFAULT_INPUTS).tornado;
    expect(rankedInputs(region)).toEqual(tornado?.rows.map((r) => r.input.label));
    const first = tornado?.rows[0];
    const row = within(region).getByRole("row", { name: new RegExp(`^1 ${first?.input.label}`) });
    // Runway at efficient spend is in years; the funding cases in dollars.
    expect(row.textContent).toContain(years(first?.atLow));
    expect(row.textContent).toContain(years(first?.atHigh));
    expect(row.textContent).toContain(
      formatValue(first?.lowCase as number, inputSpec(first?.input.inputId ?? "fundingUsd").unit)
    );
    expect(within(region).getByRole("button", { name: analysisMessages.showChart })).toBeTruthy();
  });

  test("shows the map: axis values in their units, a cell for every pair, the article's point marked", async () => {
    await renderLoadedPane(new TestHost());
    const region = await analysisRegion();
    const map = modelAnalysis(DEFAULT_INPUTS).map;
    const grid = within(region).getByRole("table", {
      name: analysisMessages.mapTableLabel(map?.outputLabel ?? ""),
    });
    const rows = within(grid).getAllByRole("row");
    expect(rows).toHaveLength((map?.rowValues.length ?? 0) + 1);
    expect(within(rows[0] as HTMLElement).getAllByRole("columnheader")).toHaveLength(
      (map?.columnValues.length ?? 0) + 1
    );
    // The article's 7.5% down the side and $7.5B across, each marked, and their cell.
    const marked = within(grid).getAllByText(`(${analysisMessages.articlePoint})`, {
      exact: false,
    });
    expect(marked).toHaveLength(3);
    const articleRow = rows[(map?.articleRow ?? 0) + 1] as HTMLElement;
    expect(within(articleRow).getByRole("rowheader").textContent).toContain("7.5%");
    const cell = within(articleRow).getAllByRole("cell")[map?.articleColumn ?? 0];
    expect(cell?.textContent).toContain(analysisMessages.articlePoint);
    expect(cell?.textContent).toContain(formatValue(map?.cells[map.articleRow ?? 0]?.[map.articleColumn ?? 0] as number, "years").replace(" years", ""));
    expect(cell?.getAttribute("style")).toMatch(/background-color/);
  });

  test("an edit in the workbook moves the tornado and the map", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    const region = await analysisRegion();
    const before = within(region).getAllByRole("table")[1]?.textContent;
    const changed = { ...DEFAULT_INPUTS, fundingUsd: 20e9 };
    act(() => host.typeInCell("fundingUsd", changed.fundingUsd));
    // The first row with a number at its low case, which the smaller round changes.
    const moved = modelAnalysis(changed).tornado?.rows.find((r) => typeof r.atLow === "number");
    const was = modelAnalysis(DEFAULT_INPUTS).tornado?.rows.find(
      (r) => r.input.inputId === moved?.input.inputId
    );
    expect(years(moved?.atLow)).not.toBe(years(was?.atLow));
    const row = await within(region).findByRole("row", {
      name: new RegExp(`^${moved?.rank} ${moved?.input.label}.*${escape(years(moved?.atLow))}`),
    });
    expect(row).toBeTruthy();
    expect(within(region).getAllByRole("table")[1]?.textContent).not.toBe(before);
  });

  test("a workbook without the Sensitivity and Map sheets is told how to add them", async () => {
    await renderLoadedPane(new TestHost({ analysis: false }));
    const region = await screen.findByRole("region", { name: "Analysis" });
    expect(await within(region).findByText(analysisMessages.missing.message)).toBeTruthy();
    expect(within(region).queryByRole("table")).toBeNull();
  });

  test("every fill of the colour scale keeps the grid's text readable", () => {
    const cells = modelAnalysis(DEFAULT_INPUTS).map?.cells ?? [];
    const fills = gridFills(cells).flat();
    expect(fills.filter((f) => f !== undefined).length).toBeGreaterThan(100);
    for (const fill of fills)
      if (fill) expect(contrastRatio(GRID_TEXT_COLOUR, fill), fill).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});
