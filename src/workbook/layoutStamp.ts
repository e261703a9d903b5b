/**
 * The layout stamp: a labelled cell on the Checks sheet that says which layout of the add-in
 * built the workbook (plan.ts, "Layouts"), and the name AICOST_LayoutVersion over it, which the
 * hosts read before a load. A name may only refer to cells in IronCalc (no constants), so the
 * number lives in the cell and the name points at it.
 *
 * The stamp came with layout 2, into cells layout 1 left empty (row 3 of the Checks sheet,
 * between the sheet's note and the master check), so no cell of layout 1 moved.
 */
import { cellAddress, sheetRef } from "./a1";
import { LAYOUT_STAMP_NAME } from "./names";
import type { NamedCell, PlanName } from "./plan";
import type { SheetDraft } from "./sheetDraft";

/** The layout that added the stamp (a workbook without one was built by layout 1). */
const STAMP_SINCE = 2;

/** The label beside the number, for a colleague who wonders what it is. */
const STAMP_LABEL =
  "Workbook layout, written by the AI Cost Scenarios add-in (it upgrades older layouts when it loads the article)";

const STAMP_ROW = 2;
const LABEL_COLUMN = 0;
const NUMBER_COLUMN = 1;

export interface LayoutStamp {
  readonly name: PlanName;
  readonly cell: NamedCell;
}

/** Writes the stamp onto the Checks sheet's draft: label in A3, the layout number in B3. */
export function writeLayoutStamp(draft: SheetDraft, version: number): LayoutStamp {
  draft.write(STAMP_ROW, LABEL_COLUMN, [[STAMP_LABEL, version]], { since: STAMP_SINCE });
  draft.style(STAMP_ROW, LABEL_COLUMN, 1, 1, "note");
  draft.style(STAMP_ROW, NUMBER_COLUMN, 1, 1, "reference");
  const address = cellAddress(STAMP_ROW, NUMBER_COLUMN);
  return {
    name: {
      name: LAYOUT_STAMP_NAME,
      formula: `=${sheetRef(draft.name, cellAddress(STAMP_ROW, NUMBER_COLUMN, true))}`,
      comment: `The layout of the AI Cost Scenarios add-in that built this workbook (${version}); the add-in reads it before it loads.`,
      kind: "stamp",
    },
    cell: {
      name: LAYOUT_STAMP_NAME,
      sheet: "checks",
      row: STAMP_ROW,
      column: NUMBER_COLUMN,
      address,
    },
  };
}
