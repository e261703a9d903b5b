/**
 * Test support: workbooks to export, built the way the preview builds them (the preview host
 * on a real IronCalc workbook), so the file holds what an analyst's preview would hold.
 */
import { INPUT_IDS, type ScenarioInputs } from "../../../src/model";
import { sheetIndexByName, writeNumber } from "../../../src/preview/engine";
import { exportWorkbook } from "../../../src/preview/export";
import { PreviewHost } from "../../../src/preview/previewHost";
import { PreviewWorkbook } from "../../../src/preview/previewWorkbook";
import { buildPlan } from "../../../src/workbook/buildPlan";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import type { SavedScenario } from "../../../src/workbook/host";
import { Model, newEngineWorkbook } from "../../support/ironcalc";

export const PLAN = buildPlan();

export interface Book {
  readonly model: Model;
  readonly host: PreviewHost;
}

/** The article loaded, nothing changed (on the tests' plan, or the one given). */
export async function articleBook(plan: WorkbookPlan = PLAN): Promise<Book> {
  const model = newEngineWorkbook();
  const host = new PreviewHost(new PreviewWorkbook(model, undefined), plan);
  await host.loadArticle({ resetInputs: false });
  return { model, host };
}

/** Texts that must stay text in the file, whatever they look like. */
export const TRICKY_NAMES = ["=1+1 (typed as text)", "-5% cheaper", "TRUE", "#N/A on purpose"];

/**
 * An analyst's workbook: two inputs moved with the sliders, four scenarios saved under names
 * that look like a formula, a number, a boolean and an error, one of them with revenue above
 * the spend (runway "never"), and the frontier run cost typed as 0 in its cell (errors:
 * #DIV/0! where the model divides by it).
 */
export async function analystBook(): Promise<Book & { inputs: Partial<ScenarioInputs> }> {
  const book = await articleBook();
  const { host, model } = book;
  await host.writeInput("efficiencyShare", 0.05);
  await host.writeInput("spendGrowth", 0.3);
  const base = (await host.readState()).inputs as ScenarioInputs;
  const scenario = (name: string, change: Partial<ScenarioInputs>): SavedScenario => ({
    name,
    note: `Saved for the export test: ${name}`,
    inputs: { ...base, ...change },
  });
  await host.saveScenario(scenario(TRICKY_NAMES[0] as string, {}));
  await host.saveScenario(scenario(TRICKY_NAMES[1] as string, { efficiencyShare: 0.1 }));
  await host.saveScenario(scenario(TRICKY_NAMES[2] as string, { annualRevenueUsd: 9e9 }));
  await host.saveScenario(scenario(TRICKY_NAMES[3] as string, { spendGrowth: -0.4 }));
  // Typed in the cell by the analyst (the pane's slider would refuse it).
  const cell = PLAN.inputCells.frontierRunCostUsd;
  const sheet = sheetIndexByName(model, PLAN.sheets.find((s) => s.key === cell.sheet)?.name ?? "");
  writeNumber(model, sheet, cell.row, cell.column, 0);
  model.evaluate();
  const state = await host.readState();
  expectAllInputsRead(state.inputs);
  return { ...book, inputs: state.inputs };
}

function expectAllInputsRead(inputs: Partial<ScenarioInputs>): void {
  const missing = INPUT_IDS.filter((id) => inputs[id] === undefined);
  if (missing.length > 0) throw new Error(`Inputs not read back: ${missing.join(", ")}`);
}

export function exportOf(book: Book, plan: WorkbookPlan = PLAN): Uint8Array {
  return exportWorkbook(book.model, plan);
}
