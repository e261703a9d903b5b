/**
 * Test support for the preview's own sharing test (sharingFarCells.test.ts): the article's workbook loaded by a PreviewHost in Node, with sheets
 * of the analyst's own added, and the numbers its cells show.
 */
import { readCell } from "../../../src/preview/engine";
import { PreviewHost } from "../../../src/preview/previewHost";
import { PreviewWorkbook } from "../../../src/preview/previewWorkbook";
import { buildPlan } from "../../../src/workbook/buildPlan";
import { STAND_INS } from "../../support/addinFunctions";
import { newEngineWorkbook, type Model } from "../../support/ironcalc";

/** A new IronCalc workbook holding the article (inputs left as loaded), and the host on it. */
export async function articleBook(
  ownSheets: readonly string[]
): Promise<{ model: Model; host: PreviewHost }> {
  const model = newEngineWorkbook();
  const host = new PreviewHost(new PreviewWorkbook(model, undefined), buildPlan());
  await host.loadArticle({ resetInputs: false });
  for (const name of ownSheets) {
    model.newSheet();
    model.renameSheet(model.getWorksheetsProperties().length - 1, name);
  }
  return { model, host };
}

/** The add-in's functions as stand-ins, so that each AICOST cell shows a value. */
export function installAddin(model: Model): void {
  for (const s of STAND_INS) model.newDefinedName(s.name, null, s.formula);
  model.evaluate();
}

export function sheetOf(model: Model, name: string): number {
  return model.getWorksheetsProperties().findIndex((p) => p.name === name);
}

/** The number a cell shows (row and column 0-based); anything else fails the test. */
export function numberAt(model: Model, sheet: string, row: number, column: number): number {
  const cell = readCell(model, sheetOf(model, sheet), row, column);
  if (cell.kind !== "number") throw new Error(`${sheet} ${row},${column}: ${JSON.stringify(cell)}`);
  return cell.value;
}
