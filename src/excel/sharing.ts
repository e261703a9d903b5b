/**
 * "Prepare for sharing" and "Restore add-in formulas" in Excel: thin Office.js around the pure
 * decisions of src/workbook/sharing/. A few round trips, whatever the size of the workbook:
 *   1. the snapshot (snapshot.ts): sheets with their protection, names, structure protection;
 *   2. the size of every sheet's used range (or only the record sheet's, for status()), with
 *      the record sheet's chart and shape counts for Restore;
 *   3. their cells (formulas, values and value types): in one request for an ordinary
 *      workbook, in blocks of rows above usedCells.ts's limit (Excel on the web caps a request
 *      at about 5 MB);
 *   (prepare only, when it has cells to freeze and ExcelApi 1.12: whether they spill, spills.ts)
 *   4. the writes, all in one batch: the record first, then the analyst's cells (should Excel
 *      refuse a cell half-way, every cell changed is already in the record).
 * Nothing is written when the plan refuses (a protected sheet): the HostError comes from the
 * pure layer before the writes are queued.
 */
import { columnLetters, rangeAddress } from "../workbook/a1";
import type {
  RestoreReport,
  SharingControls,
  SharingReport,
  SharingStatus,
} from "../workbook/host";
import { typedInput, type PlanCell } from "../workbook/plan";
import {
  planPrepare,
  planRestore,
  RECORD_COLUMNS,
  RECORD_MARKER,
  RECORD_WIDTHS_PT,
  recordHeading,
  recordMarkerFormula,
  findRecordSheet,
  sameSheetName,
  sharingStatus,
  sheetsForStatus,
  type RecordWrite,
  type SharingWrites,
  type SheetContents,
  type WorkbookContents,
  type Written,
} from "../workbook/sharing";
import { applyRoleStyle, cellContent, officeCells, type OfficeCell } from "./cells";
import type { ExcelRunner } from "./changeEvents";
import { officeMessages } from "../workbook/messages/office";
import { hostErrorFrom } from "./officeErrors";
import { OPTIONAL_EXCEL_API, type Requirements } from "./requirements";
import { readSnapshot, type WorkbookSnapshot } from "./snapshot";
import { withArrays } from "./spills";
import { CELLS_PER_REQUEST, readUsedCells } from "./usedCells";

export class ExcelSharing implements SharingControls {
  constructor(
    private readonly runner: ExcelRunner,
    private readonly requirements: Requirements,
    /** Cells read per request (usedCells.ts); smaller in tests of big workbooks. */
    private readonly cellsPerRequest = CELLS_PER_REQUEST
  ) {}

  status(): Promise<SharingStatus> {
    return this.excel(officeMessages.sharingSteps.status, async (context) => {
      const snapshot = await readSnapshot(context);
      const wanted = sheetsForStatus(snapshot.names);
      return sharingStatus(
        await readContents(context, snapshot, wanted, undefined, this.cellsPerRequest)
      );
    });
  }

  prepareForSharing(): Promise<SharingReport> {
    return this.excel(officeMessages.sharingSteps.prepare, async (context) => {
      const snapshot = await readSnapshot(context);
      const read = await readContents(
        context,
        snapshot,
        () => true,
        undefined,
        this.cellsPerRequest
      );
      const contents = await withArrays(context, read, this.requirements);
      const { writes, report } = planPrepare(contents);
      await write(context, writes);
      return report;
    });
  }

  restoreAddinFormulas(): Promise<RestoreReport> {
    return this.excel(officeMessages.sharingSteps.restore, async (context) => {
      const snapshot = await readSnapshot(context);
      const contents = await readContents(
        context,
        snapshot,
        () => true,
        this.requirements,
        this.cellsPerRequest
      );
      const { writes, report } = planRestore(contents);
      await write(context, writes);
      return report;
    });
  }

  private excel<T>(step: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.runner.run(batch).catch((error: unknown) => {
      throw hostErrorFrom(error, step);
    });
  }
}

/**
 * Sync 2: the used range of each sheet `wanted` picks (the others read as empty). With
 * `drawingsBy` (Restore, which deletes the record sheet only when it holds no chart or shape),
 * the record sheet's charts and, where ExcelApi 1.9 allows, shapes are counted in the same sync.
 */
async function readContents(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  wanted: (sheetName: string) => boolean,
  drawingsBy?: Requirements,
  cellsPerRequest = CELLS_PER_REQUEST
): Promise<WorkbookContents> {
  const record = drawingsBy ? findRecordSheet(snapshot.names) : null;
  const recordSheet = record === null ? null : context.workbook.worksheets.getItem(record);
  const chartCount = recordSheet?.charts.getCount();
  const shapeCount =
    recordSheet && drawingsBy?.isSetSupported("ExcelApi", OPTIONAL_EXCEL_API.shapes)
      ? recordSheet.shapes.getCount()
      : undefined;
  // The counts ride along with the first round trip of the reads.
  const used = await readUsedCells(
    context,
    snapshot.sheets.filter((s) => wanted(s.name)).map((s) => s.name),
    cellsPerRequest
  );
  const drawings =
    (chartCount?.value ?? 0) > 0 || (shapeCount?.value ?? 0) > 0
      ? "some"
      : shapeCount === undefined
        ? "unknown"
        : "none";
  return {
    sheets: snapshot.sheets.map((sheet): SheetContents => {
      const range = used.get(sheet.name);
      if (!range)
        return { name: sheet.name, protected: sheet.protected, top: 0, left: 0, cells: [] };
      return {
        name: sheet.name,
        protected: sheet.protected,
        ...(record !== null && sameSheetName(sheet.name, record) ? { drawings } : {}),
        top: range.top,
        left: range.left,
        cells: range.formulas.map((formulas, r) =>
          formulas.map((formula: unknown, c) =>
            cellContent(formula, range.values[r]?.[c], String(range.valueTypes[r]?.[c]))
          )
        ),
      };
    }),
    names: snapshot.names,
    structureProtected: snapshot.structureProtected,
  };
}

/** Sync 3: the record, then the cells. */
async function write(context: Excel.RequestContext, writes: SharingWrites): Promise<void> {
  if (writes.record === null && writes.cells.length === 0) return;
  if (writes.record) queueRecord(context, writes.record);
  for (const { cell, written } of writes.cells) {
    context.workbook.worksheets
      .getItem(cell.sheet)
      .getRange(rangeAddress(cell.row, cell.column, 1, 1)).formulas = [[officeWritten(written)]];
  }
  await context.sync();
}

function queueRecord(context: Excel.RequestContext, record: RecordWrite): void {
  const { worksheets, names } = context.workbook;
  if (record.action === "delete") {
    worksheets.getItem(record.sheet).delete();
    names.getItem(RECORD_MARKER).delete();
    return;
  }
  const sheet =
    record.action === "create" ? worksheets.add(record.sheet) : worksheets.getItem(record.sheet);
  if (record.action === "create") {
    const heading = recordHeading();
    sheet.getRange(rangeAddress(0, 0, heading.cells.length, RECORD_COLUMNS)).formulas = officeCells(
      heading.cells
    );
    heading.roles.forEach((role, row) =>
      applyRoleStyle(sheet.getRange(rangeAddress(row, 0, 1, RECORD_COLUMNS)), role)
    );
    RECORD_WIDTHS_PT.forEach((width, column) => {
      const letters = columnLetters(column);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = width;
    });
  }
  if (record.marker === "add") {
    names.add(RECORD_MARKER, recordMarkerFormula(record.sheet)).visible = false;
  } else if (record.marker === "update") {
    names.getItem(RECORD_MARKER).formula = recordMarkerFormula(record.sheet);
  }
  for (const block of contiguous(record.rows)) {
    sheet.getRange(rangeAddress(block.row, 0, block.cells.length, RECORD_COLUMNS)).formulas =
      officeCells(block.cells);
  }
}

/** Rows next to each other written as one range: one command for all of a prepare's new rows. */
function contiguous(rows: RecordWrite["rows"]): { row: number; cells: (readonly PlanCell[])[] }[] {
  const blocks: { row: number; cells: (readonly PlanCell[])[] }[] = [];
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.cells.length === r.row) last.cells.push(r.cells);
    else blocks.push({ row: r.row, cells: [r.cells] });
  }
  return blocks;
}

/** A written value as Office.js takes it: numbers and booleans as they are, the rest as typed. */
function officeWritten(written: Written): OfficeCell {
  switch (written.kind) {
    case "formula":
      return written.formula;
    case "number":
    case "boolean":
      return written.value;
    case "error":
      return written.value;
    case "text":
      return typedInput(written.value);
  }
}
