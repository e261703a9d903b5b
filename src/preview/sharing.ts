/**
 * "Prepare for sharing" and "Restore add-in formulas" on the preview's IronCalc workbook: the
 * same decisions as in Excel (src/workbook/sharing/), read from and written to the engine.
 * IronCalc has no sheet or workbook protection: what the preview records as protected
 * (engine/standIns.ts) refuses a prepare or a restore as Excel's protection does. The
 * preview's workbook holds AICOST formulas only when one is put there (the view is read-only):
 * IronCalc keeps such a formula and shows #NAME?, which prepare leaves alone rather than freeze.
 */
import type { Model } from "@ironcalc/wasm";
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
  sameSheetName,
  sharingStatus,
  sheetsForStatus,
  typed,
  type CellContent,
  type RecordWrite,
  type SharingWrites,
  type SheetContents,
  type WorkbookContents,
} from "../workbook/sharing";
import { applyRole } from "./engine";
import { readStandIns } from "./engine/standIns";
import type { NameSet } from "../workbook/references";
import { readContent } from "./engine/cells";
import { LAST_COLUMN, usedCells } from "./usedCells";

/** IronCalc measures column widths in pixels; the record's widths are in points. */
const PIXELS_PER_POINT = 4 / 3;

export class PreviewSharing implements SharingControls {
  constructor(
    private readonly model: Model,
    /** Called after the workbook changed (a sheet may have come or gone). */
    private readonly changed: () => void
  ) {}

  async status(): Promise<SharingStatus> {
    // Read once: IronCalc writes every name's formula out afresh on each call (milliseconds).
    const names = definedNames(this.model);
    return sharingStatus(readContents(this.model, sheetsForStatus(names), RECORD_COLUMNS, names));
  }

  async prepareForSharing(): Promise<SharingReport> {
    const { writes, report } = planPrepare(readContents(this.model, () => true));
    this.write(writes);
    return report;
  }

  async restoreAddinFormulas(): Promise<RestoreReport> {
    const { writes, report } = planRestore(readContents(this.model, () => true));
    this.write(writes);
    return report;
  }

  /** The record first, then the cells, with one recalculation at the end. */
  private write(writes: SharingWrites): void {
    if (writes.record === null && writes.cells.length === 0) return;
    const model = this.model;
    model.pauseEvaluation();
    try {
      if (writes.record) writeRecord(model, writes.record);
      for (const { cell, written } of writes.cells) {
        model.setUserInput(
          sheetIndex(model, cell.sheet),
          cell.row + 1,
          cell.column + 1,
          typed(written)
        );
      }
    } finally {
      model.resumeEvaluation();
      model.evaluate();
    }
    this.changed();
  }
}

function definedNames(model: Model): { name: string; formula: string }[] {
  return model
    .getDefinedNameList()
    .filter((n) => n.scope == null)
    .map((n) => ({ name: n.name, formula: `=${n.formula}` }));
}

/** The cells of the sheets `wanted` picks, within their first `columns` columns. */
function readContents(
  model: Model,
  wanted: (sheetName: string) => boolean,
  columns = LAST_COLUMN,
  names = definedNames(model)
): WorkbookContents {
  // readContent sets a number format to read a number in full: no recalculation for that.
  model.pauseEvaluation();
  try {
    // What the preview records as protected (standIns.ts) refuses as Excel's protection does.
    const records = readStandIns(
      names.map((n) => ({ ...n, formula: n.formula.replace(/^=/, "") }))
    );
    return {
      sheets: readSheets(model, wanted, columns, records.protectedSheets),
      names,
      structureProtected: records.structureProtected,
    };
  } finally {
    model.resumeEvaluation();
  }
}

function readSheets(
  model: Model,
  wanted: (sheetName: string) => boolean,
  columns: number,
  protectedSheets: NameSet
): SheetContents[] {
  return model.getWorksheetsProperties().map((props, index): SheetContents => {
    // IronCalc holds no charts or shapes: a sheet's cells are all it has.
    const empty = {
      name: props.name,
      protected: protectedSheets.has(props.name),
      top: 0,
      left: 0,
      cells: [],
      drawings: "none" as const,
    };
    if (!wanted(props.name)) return empty;
    // Only the cells the engine holds are read. The rows and cells between them stay holes,
    // which contentAt and formulaCells read as empty: a cell typed at XFD1 or in row 100000
    // costs one read, not a rectangle of empty cells.
    const cells: CellContent[][] = [];
    for (const { row, column } of usedCells(model, index, columns)) {
      (cells[row - 1] ??= [])[column - 1] = cellContent(model, index, row - 1, column - 1);
    }
    return { ...empty, cells };
  });
}

function cellContent(model: Model, sheet: number, row: number, column: number): CellContent {
  const content = readContent(model, sheet, row, column);
  const array = content.formula === null ? undefined : arrayOf(model, sheet, row, column);
  return array ? { ...content, array } : content;
}

/** IronCalc says whether a formula spills (a dynamic array) or is a legacy array's anchor. */
function arrayOf(
  model: Model,
  sheet: number,
  row: number,
  column: number
): "spills" | "legacy" | undefined {
  const structure = model.getCellArrayStructure(sheet, row + 1, column + 1);
  if (typeof structure !== "object") return undefined;
  if ("ArrayAnchor" in structure) {
    const [width, height] = structure.ArrayAnchor;
    return width * height > 1 ? "legacy" : undefined;
  }
  if ("DynamicAnchor" in structure) {
    const [width, height] = structure.DynamicAnchor;
    return width * height > 1 ? "spills" : undefined;
  }
  return undefined;
}

function sheetIndex(model: Model, name: string): number {
  const index = model.getWorksheetsProperties().findIndex((s) => sameSheetName(s.name, name));
  if (index < 0) throw new Error(`No sheet named ${name}`);
  return index;
}

function writeRecord(model: Model, record: RecordWrite): void {
  if (record.action === "delete") {
    model.deleteSheet(sheetIndex(model, record.sheet));
    model.deleteDefinedName(RECORD_MARKER, null);
    return;
  }
  if (record.action === "create") {
    model.newSheet();
    const index = model.getWorksheetsProperties().length - 1;
    model.renameSheet(index, record.sheet);
    const heading = recordHeading();
    heading.cells.forEach((cells, row) => writeRow(model, index, row, cells));
    heading.roles.forEach((role, row) =>
      applyRole(
        model,
        { sheet: index, row: row + 1, column: 1, width: RECORD_COLUMNS, height: 1 },
        role
      )
    );
    RECORD_WIDTHS_PT.forEach((pt, column) =>
      model.setColumnsWidth(index, column + 1, column + 1, pt * PIXELS_PER_POINT)
    );
  }
  const marker = recordMarkerFormula(record.sheet).slice(1);
  if (record.marker === "add") model.newDefinedName(RECORD_MARKER, null, marker);
  else if (record.marker === "update")
    model.updateDefinedName(RECORD_MARKER, null, RECORD_MARKER, null, marker);
  const index = sheetIndex(model, record.sheet);
  for (const { row, cells } of record.rows) writeRow(model, index, row, cells);
}

/**
 * One row of plan cells from column A: text stays text, null empties the cell (all of it: a
 * cleared text would keep its apostrophe as a style, and IronCalc would read the cell as 0).
 */
function writeRow(model: Model, sheet: number, row: number, cells: readonly PlanCell[]): void {
  cells.forEach((cell, column) => {
    const input = typedInput(cell);
    if (input === "") model.rangeClearAll(sheet, row + 1, column + 1, row + 1, column + 1);
    else model.setUserInput(sheet, row + 1, column + 1, input);
  });
}
