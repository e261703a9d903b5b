/**
 * "Prepare for sharing" and "Restore add-in formulas" on the preview's IronCalc workbook find
 * AICOST cells however far from A1 the analyst typed them: at the last column (XFD1), far down
 * a used column (B100000), alone in their row and column (ZZ700000), and as the only cell of a
 * sheet, at its very last cell (XFD1048576). The preview reads only the cells the engine holds
 * (src/preview/usedCells.ts), so none of these costs a rectangle of empty cells either.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { costRatio, runwayYears } from "../../src/model";
import type { PreviewHost } from "../../src/preview/previewHost";
import { Model, sameNumber } from "../support/ironcalc";
import { articleBook, installAddin, numberAt as numberIn, sheetOf } from "./support/sharingBook";

const FAR = "Far away";
const CORNER = "Far corner";

/** A cell the analyst typed: its sheet, 1-based row and column, and what was typed. */
interface Typed {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

const XFD = 16384;
const ZZ = 702;
const INPUTS: readonly Typed[] = [
  { sheet: FAR, row: 1, column: 1, text: "40000000000" },
  { sheet: FAR, row: 1, column: 2, text: "7500000000" },
];
const RATIO_AT_XFD1: Typed = {
  sheet: FAR,
  row: 1,
  column: XFD,
  text: "=AICOST.RATIO(6000000,500000000)",
};
const BURN_AT_B100000: Typed = {
  sheet: FAR,
  row: 100000,
  column: 2,
  text: "=AICOST.BURN.YEARS(A1,B1)",
};
const FIGURE_AT_ZZ700000: Typed = {
  sheet: FAR,
  row: 700000,
  column: ZZ,
  text: '=AICOST.FIGURE("r1_operating_cost_share","high")',
};
const RATIO_AT_LAST_CELL: Typed = {
  sheet: CORNER,
  row: 1048576,
  column: XFD,
  text: "=AICOST.RATIO(1,4)*2",
};
const FAR_CELLS = [RATIO_AT_XFD1, BURN_AT_B100000, FIGURE_AT_ZZ700000, RATIO_AT_LAST_CELL];

function contentOf(model: Model, cell: Typed): string {
  return model.getCellContent(sheetOf(model, cell.sheet), cell.row, cell.column);
}

function numberAt(model: Model, cell: Typed): number {
  return numberIn(model, cell.sheet, cell.row - 1, cell.column - 1);
}

let model: Model;
let host: PreviewHost;
beforeEach(async () => {
  ({ model, host } = await articleBook([FAR, CORNER]));
  for (const cell of [...INPUTS, ...FAR_CELLS]) {
    model.setUserInput(sheetOf(model, cell.sheet), cell.row, cell.column, cell.text);
  }
  // The add-in's functions, so that each AICOST cell shows a value to freeze or to keep.
  installAddin(model);
});

describe("the preview's sharing controls, on cells far from A1", () => {
  it("prepare converts or freezes every far AICOST cell, and restore puts each one back", async () => {
    const typed = [...INPUTS, ...FAR_CELLS].map((cell) => contentOf(model, cell));
    const report = await host.sharing.prepareForSharing();
    expect(report).toMatchObject({ changed: 4, toTwin: 3, frozen: 1 });
    for (const cell of FAR_CELLS) expect(contentOf(model, cell), cell.text).not.toMatch(/AICOST/i);
    const ratio = costRatio(6e6, 500e6) as number;
    expect(sameNumber(numberAt(model, RATIO_AT_XFD1), ratio)).toBe(true);
    const years = runwayYears(40e9, 7.5e9) as number;
    expect(sameNumber(numberAt(model, BURN_AT_B100000), years)).toBe(true);
    expect(contentOf(model, FIGURE_AT_ZZ700000)).toBe("0.1");
    expect(sameNumber(numberAt(model, RATIO_AT_LAST_CELL), (costRatio(1, 4) as number) * 2)).toBe(
      true
    );
    expect(await host.sharing.status()).toEqual({ prepared: true, preparedCells: 4 });

    expect(await host.sharing.restoreAddinFormulas()).toEqual({ restored: 4, leftAlone: [] });
    expect([...INPUTS, ...FAR_CELLS].map((cell) => contentOf(model, cell))).toEqual(typed);
    expect(await host.sharing.status()).toEqual({ prepared: false, preparedCells: 0 });
  });

  it("leaves the analyst's selected sheet, selection and scroll position as they were", async () => {
    const corner = sheetOf(model, CORNER);
    model.setSelectedSheet(corner);
    model.setSelectedCell(20, 3);
    model.setSelectedRange(20, 3, 25, 6);
    model.setTopLeftVisibleCell(15, 2);
    const view = model.getSelectedView();

    await host.sharing.prepareForSharing();
    await host.sharing.status();
    await host.sharing.restoreAddinFormulas();

    expect(model.getSelectedSheet()).toBe(corner);
    expect(model.getSelectedView()).toEqual(view);
  });
});
