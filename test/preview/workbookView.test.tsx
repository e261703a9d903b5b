// @vitest-environment happy-dom
/**
 * The workbook beside the pane: sheets as tabs, the selected sheet as a table of the engine's
 * formatted values with input cells marked, following every change of the workbook. On a real
 * IronCalc workbook with the plan applied (no stand-in for the engine).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { readSheet } from "../../src/preview/workbookView/readSheet";
import { WorkbookView } from "../../src/preview/workbookView/WorkbookView";
import { buildPlan } from "../../src/workbook/buildPlan";
import { newEngineWorkbook } from "../support/ironcalc";

afterEach(cleanup);

const plan = buildPlan();

async function loaded(): Promise<{ workbook: PreviewWorkbook; host: PreviewHost }> {
  const workbook = new PreviewWorkbook(newEngineWorkbook(), undefined);
  const host = new PreviewHost(workbook, plan);
  await host.loadArticle({ resetInputs: false });
  return { workbook, host };
}

function cell(address: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`td[data-cell="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
}

describe("readSheet", () => {
  it("reads a blank sheet as a small empty grid", () => {
    const sheet = readSheet(newEngineWorkbook(), 0, new Set());
    expect(sheet.name).toBe("Sheet1");
    expect(sheet.rows.length).toBeGreaterThanOrEqual(10);
    expect(sheet.rows.flat().every((c) => c.kind === "empty" && c.text === "")).toBe(true);
  });

  it("reads values as the engine formats them, marks input cells, and changes nothing", async () => {
    const { workbook } = await loaded();
    const model = workbook.model;
    const before = model.toBytes();
    const inputs = model.getWorksheetsProperties().findIndex((s) => s.name === "Inputs");
    const share = plan.inputCells.efficiencyShare;
    const sheet = workbook.readSheet(inputs);
    const read = sheet.rows[share.row]?.[share.column];
    expect(read).toMatchObject({ kind: "number", input: true });
    expect(read?.text).toBe(model.getFormattedCellValue(inputs, share.row + 1, share.column + 1));
    expect(read?.text).toMatch(/%$/);
    expect(sheet.rows.flat().filter((c) => c.input)).toHaveLength(
      Object.values(plan.inputCells).filter((c) => c.sheet === "inputs").length
    );
    expect(model.toBytes()).toEqual(before);
  });
});

describe("WorkbookView", () => {
  it("shows the sheets as tabs and the selected one as a table with its input cells marked", async () => {
    const { workbook } = await loaded();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookView source={workbook} />
      </FluentProvider>
    );
    const tabs = within(screen.getByRole("tablist", { name: "Sheets" })).getAllByRole("tab");
    expect(tabs).toHaveLength(plan.sheets.length);
    plan.sheets.forEach((sheet, i) =>
      expect(screen.getByRole("tab", { name: sheet.name })).toBe(tabs[i])
    );
    expect(tabs[0]?.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").querySelector("table")?.dataset.sheet).toBe("Inputs");
    expect(cell(plan.inputCells.fundingUsd.address).dataset.input).toBe("true");

    await user.click(screen.getByRole("tab", { name: "Model" }));
    expect(screen.getByRole("table", { name: /Sheet Model/ })).toBeTruthy();
    expect(cell(plan.outputCells.stakeBought.address).textContent).toMatch(/%$/);
  });

  it("follows the workbook: a write to an input redraws the selected sheet", async () => {
    const { workbook, host } = await loaded();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookView source={workbook} />
      </FluentProvider>
    );
    await user.click(screen.getByRole("tab", { name: "Model" }));
    const stake = plan.outputCells.stakeBought.address;
    const before = cell(stake).textContent;
    await host.writeInput("fundingUsd", 60e9);
    await waitFor(() => expect(cell(stake).textContent).not.toBe(before));
    const model = workbook.model;
    const sheet = model.getWorksheetsProperties().findIndex((s) => s.name === "Model");
    const { row, column } = plan.outputCells.stakeBought;
    expect(cell(stake).textContent).toBe(model.getFormattedCellValue(sheet, row + 1, column + 1));
  });
});
