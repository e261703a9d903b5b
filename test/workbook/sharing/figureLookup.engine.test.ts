/**
 * Why prepare freezes AICOST.FIGURE instead of writing a lookup into the Figures sheet
 * (src/workbook/sharing/addinFunctions.ts), shown on IronCalc with the article loaded: the
 * lookup gives the same number only until the analyst overrides the figure in the table (as
 * the sheet invites them to); the function, and so the frozen value, stays the article's.
 */
import { describe, expect, it } from "vitest";
import { figureNumber } from "../../../src/functions/figureLookup";
import { sheetIndexByName } from "../../../src/preview/engine";
import { STAND_INS } from "../../support/addinFunctions";
import { readEngineCell } from "../../support/ironcalc";
import { loadedWorkbook } from "../engineWorkbook";

const ID = "openai_funding_round";
/** The figure tables' columns (FIGURE_COLUMNS): id in A, low in D. */
const ID_COLUMN = 1;
const LOW_COLUMN = 4;

describe("AICOST.FIGURE against a lookup into the Figures sheet", () => {
  it("agree until the analyst overrides the figure; then only the function keeps the article's value", () => {
    const { model } = loadedWorkbook();
    for (const s of STAND_INS) model.newDefinedName(s.name, null, s.formula);
    const figures = sheetIndexByName(model, "Figures");
    const row = Array.from({ length: 60 }, (_, i) => i + 1).find(
      (r) => model.getCellContent(figures, r, ID_COLUMN) === ID
    );
    if (row === undefined) throw new Error(`${ID} is not on the Figures sheet`);
    // IronCalc has no tables: the applier names each column ArticleFunding_<key> instead.
    model.setUserInput(0, 1, 1, `=INDEX(ArticleFunding_low,MATCH("${ID}",ArticleFunding_id,0))`);
    model.setUserInput(0, 2, 1, `=AICOST.FIGURE("${ID}","low")`);
    model.evaluate();
    const article = figureNumber(ID, "low");
    expect(readEngineCell(model, 0, 1, 1)).toEqual({ kind: "number", value: article });
    expect(readEngineCell(model, 0, 2, 1)).toEqual({ kind: "number", value: article });

    model.setUserInput(figures, row, LOW_COLUMN, "50000000000");
    model.evaluate();
    expect(readEngineCell(model, 0, 1, 1)).toEqual({ kind: "number", value: 50e9 });
    expect(readEngineCell(model, 0, 2, 1)).toEqual({ kind: "number", value: article });
  });
});
