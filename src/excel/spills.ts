/**
 * Which of the cells prepare would freeze hold an array result (arrays.ts in the pure layer):
 * a formula that spills (Range.getSpillingToRangeOrNullObject, ExcelApi 1.12) or shares a
 * legacy array formula with its neighbours (read from the formulas themselves). Freezing either
 * would keep only the first value, so prepare leaves them alone.
 *
 * One more round trip, and only when some cell is to be frozen and this Excel can answer.
 * Excel without ExcelApi 1.12 is older than dynamic arrays (Excel 2019 and before): nothing in
 * it spills.
 */
import { rangeAddress } from "../workbook/a1";
import {
  cellsToFreeze,
  markSharedFormulas,
  type SheetContents,
  type WorkbookContents,
} from "../workbook/sharing";
import { sameSheetName } from "../workbook/sharing/contents";
import { OPTIONAL_EXCEL_API, type Requirements } from "./requirements";

export async function withArrays(
  context: Excel.RequestContext,
  read: WorkbookContents,
  requirements: Requirements
): Promise<WorkbookContents> {
  const contents = { ...read, sheets: read.sheets.map(markSharedFormulas) };
  const toFreeze = cellsToFreeze(contents);
  if (
    toFreeze.length === 0 ||
    !requirements.isSetSupported("ExcelApi", OPTIONAL_EXCEL_API.spills)
  ) {
    return contents;
  }
  const spills = toFreeze.map((cell) => ({
    cell,
    range: context.workbook.worksheets
      .getItem(cell.sheet)
      .getRange(rangeAddress(cell.row, cell.column, 1, 1))
      .getSpillingToRangeOrNullObject()
      .load("address"),
  }));
  await context.sync();
  const spilling = spills.filter((s) => !s.range.isNullObject).map((s) => s.cell);
  if (spilling.length === 0) return contents;
  return {
    ...contents,
    sheets: contents.sheets.map((sheet): SheetContents => {
      const here = spilling.filter((c) => sameSheetName(c.sheet, sheet.name));
      if (here.length === 0) return sheet;
      return {
        ...sheet,
        cells: sheet.cells.map((row, i) =>
          row.map((cell, j) =>
            here.some((c) => c.row === sheet.top + i && c.column === sheet.left + j)
              ? { ...cell, array: "spills" as const }
              : cell
          )
        ),
      };
    }),
  };
}
