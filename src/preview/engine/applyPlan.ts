/**
 * Applies a WorkbookPlan to an IronCalc Model: the same sheets, cells, formats, styles and
 * names as the Excel applier writes, so the preview and the tests compute what Excel computes.
 *
 * Where IronCalc differs from Excel:
 * - no Excel tables: a table is written as a plain range (header + rows) plus a defined name for
 *   the table's body and one per column (<Table>_<column key>), so readers can find it; the
 *   plan's formulas never use structured references, so they work unchanged;
 * - no charts: the plan's charts are skipped and reported in `skipped`;
 * - names: only references and LAMBDAs (the plan uses nothing else).
 *
 * Ownership follows plan.ts: a sheet or name the plan wants but that exists without its
 * AICOST_OWNS_ marker is the user's, and applyPlanToEngine stops before changing anything.
 * The one exception is the engine's initial empty "Sheet1", which becomes the first sheet.
 *
 * Layouts follow plan.ts too (upgrade.ts): a workbook an older layout built is upgraded (the
 * analyst's inputs, overridden figures and saved scenarios carried over, everything else
 * written as this layout has it); one a newer layout built stops the load (EngineLayoutError).
 */
import type { Area, Model } from "@ironcalc/wasm";
import { parseCellAddress, rangeAddress, sheetRef } from "../../workbook/a1";
import { ownershipMarkerName } from "../../workbook/names";
import {
  ROLE_STYLES,
  typedInput,
  type CellBlock,
  type NumberFormat,
  type PlanCell,
  type PlanSheet,
  type PlanTable,
  type SheetKey,
  type StyleRole,
  type WorkbookPlan,
} from "../../workbook/plan";
import { readCell, sheetIndexByName } from "./cells";
import { engineLayout } from "./upgrade";

export interface EngineApplyOptions {
  /** Write the article's input values even where the analyst changed them (saved scenarios stay). */
  readonly resetInputs?: boolean;
  /** Write the LAMBDA twins (IronCalc supports LAMBDA; default true). */
  readonly lambda?: boolean;
}

export interface EngineApplyResult {
  /** The engine's sheet index of each of the plan's sheets. */
  readonly sheetIndex: Readonly<Record<SheetKey, number>>;
  readonly created: readonly string[];
  readonly updated: readonly string[];
  /** What the engine could not do, in the analyst's words (charts). */
  readonly skipped: readonly string[];
  /** The layout the workbook had, when this apply upgraded it (plan.ts, "Layouts"). */
  readonly upgradedFrom?: number;
  /** What an upgrade carried over, in the analyst's words (empty otherwise). */
  readonly kept: readonly string[];
  /** What the analyst should know of a load over the add-in's sheets (rows below the scenarios). */
  readonly warnings: readonly string[];
}

/** Thrown when the plan would change something of the user's; nothing was changed. */
export class EngineConflictError extends Error {
  constructor(readonly conflicts: readonly string[]) {
    super(
      `These belong to you, so the add-in left them alone; rename them and load again: ${conflicts.join(", ")}.`
    );
    this.name = "EngineConflictError";
  }
}

/** The default first sheet of a new IronCalc Model, taken over when it is the only one. */
const INITIAL_SHEET = "Sheet1";
/** IronCalc measures column widths in pixels; the plan in points (Excel's unit). */
const PIXELS_PER_POINT = 4 / 3;
const GENERAL = "general";

function definedNames(model: Model): Map<string, string> {
  return new Map(
    model
      .getDefinedNameList()
      .filter((n) => n.scope == null)
      .map((n) => [n.name, n.formula])
  );
}

/** What the plan would take that is the user's (present, but without the add-in's marker). */
function findConflicts(model: Model, plan: WorkbookPlan, lambda: boolean): string[] {
  const names = definedNames(model);
  const conflicts: string[] = [];
  const sheetNames = model.getWorksheetsProperties().map((s) => s.name);
  for (const sheet of plan.sheets) {
    if (!sheetNames.includes(sheet.name)) continue;
    if (!names.has(ownershipMarkerName("SHEET", sheet.key)))
      conflicts.push(`the sheet "${sheet.name}"`);
  }
  for (const name of plan.names) {
    if (name.requires === "lambda" && !lambda) continue;
    if (names.has(name.name) && !names.has(ownershipMarkerName("NAME", name.name))) {
      conflicts.push(`the name ${name.name}`);
    }
  }
  for (const table of plan.tables) {
    if (names.has(table.name) && !names.has(ownershipMarkerName("TABLE", table.key))) {
      conflicts.push(`the name ${table.name}`);
    }
  }
  return conflicts;
}

function area(sheet: number, address: string): Area {
  const [first = "", last = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  return {
    sheet,
    row: a.row + 1,
    column: a.column + 1,
    height: b.row - a.row + 1,
    width: b.column - a.column + 1,
  };
}

/** The look of a role (ROLE_STYLES, as in Excel) on a range; the sharing record uses it too. */
export function applyRole(model: Model, target: Area, role: StyleRole): void {
  const style = ROLE_STYLES[role];
  if (style.bold) model.updateRangeStyle(target, "font.b", "true");
  if (style.italic) model.updateRangeStyle(target, "font.i", "true");
  if (style.fontColor) model.updateRangeStyle(target, "font.color", style.fontColor);
  if (style.fill) model.updateRangeStyle(target, "fill.fg_color", style.fill);
  if (style.fontSize) model.updateRangeStyle(target, "font.size", String(style.fontSize));
  if (style.wrap) model.updateRangeStyle(target, "alignment.wrap_text", "true");
}

/** Write cells and formats, one row at a time, formats in runs of equal neighbours. */
function writeRows(
  model: Model,
  sheet: number,
  row: number,
  column: number,
  cells: readonly (readonly PlanCell[])[],
  formats: readonly (readonly NumberFormat[])[]
): void {
  cells.forEach((values, i) => {
    values.forEach((cell, j) =>
      model.setUserInput(sheet, row + i + 1, column + j + 1, typedInput(cell))
    );
    const rowFormats = formats[i] ?? [];
    let start = 0;
    while (start < rowFormats.length) {
      let end = start;
      while (end + 1 < rowFormats.length && rowFormats[end + 1] === rowFormats[start]) end++;
      const format = rowFormats[start] ?? null;
      const run = {
        sheet,
        row: row + i + 1,
        column: column + start + 1,
        width: end - start + 1,
        height: 1,
      };
      model.updateRangeStyle(run, "num_fmt", format ?? GENERAL);
      start = end + 1;
    }
  });
}

function writeBlock(model: Model, sheet: number, block: CellBlock, keepAnalystData: boolean): void {
  if (block.analystData && keepAnalystData) return;
  writeRows(model, sheet, block.row, block.column, block.cells, block.numberFormats);
}

function writeTable(
  model: Model,
  sheet: number,
  table: PlanTable,
  reload: { existed: boolean; reset: boolean; upgrade: boolean }
): void {
  const header = [table.columns.map((c) => c.header)];
  writeRows(model, sheet, table.headerRow, table.column, header, [table.columns.map(() => null)]);
  if (table.analystData && reload.existed && !reload.upgrade) return;
  const marker = table.columns.findIndex((c) => c.key === table.keepRowsMarkedBy);
  table.rows.forEach((row, i) => {
    const at = table.headerRow + 1 + i;
    if (marker >= 0 && reload.existed && !reload.reset && !reload.upgrade) {
      const flag = readCell(model, sheet, at, table.column + marker);
      if (flag.kind === "boolean" && flag.value) return;
    }
    writeRows(model, sheet, at, table.column, [row], [table.numberFormats[i] ?? []]);
  });
}

/** IronCalc has no tables: a name for the table's body and one per column stand in for them. */
function tableNames(table: PlanTable, sheetName: string): [name: string, formula: string][] {
  const body = (column: number, width: number): string =>
    sheetRef(
      sheetName,
      rangeAddress(table.headerRow + 1, column, Math.max(table.rows.length, 1), width, true)
    );
  return [
    [table.name, body(table.column, table.columns.length)],
    ...table.columns.map((c, i): [string, string] => [
      `${table.name}_${c.key}`,
      body(table.column + i, 1),
    ]),
  ];
}

/**
 * Creates or updates workbook-scoped names; formulas without their leading "=". A name that
 * already says the same is left alone: IronCalc re-reads every formula of the workbook when a
 * name changes (about 30 ms a name with the plan's cells in place, well under 1 ms in an empty
 * workbook without LAMBDAs), which is why names are written before the cells.
 */
function defineNames(
  model: Model,
  names: readonly (readonly [name: string, formula: string])[]
): void {
  const existing = definedNames(model);
  const unquoted = (formula: string): string => formula.replace(/'/g, "");
  for (const [name, formula] of names) {
    const current = existing.get(name);
    if (current === undefined) model.newDefinedName(name, null, formula);
    else if (unquoted(current) !== unquoted(formula))
      model.updateDefinedName(name, null, name, null, formula);
  }
}

function sheetNameOf(plan: WorkbookPlan, key: SheetKey): string {
  return plan.sheets.find((s) => s.key === key)?.name ?? key;
}

function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/** Find or make the sheet; returns its index and whether it was new. */
function ensureSheet(
  model: Model,
  sheet: PlanSheet,
  isFirst: boolean
): { index: number; created: boolean } {
  const existing = sheetIndexByName(model, sheet.name);
  if (existing >= 0) return { index: existing, created: false };
  const sheets = model.getWorksheetsProperties();
  if (isFirst && sheets.length === 1 && sheets[0]?.name === INITIAL_SHEET) {
    model.renameSheet(0, sheet.name);
    return { index: 0, created: true };
  }
  model.newSheet();
  const index = model.getWorksheetsProperties().length - 1;
  model.renameSheet(index, sheet.name);
  return { index, created: true };
}

/**
 * Apply the plan to the Model and evaluate it. A second apply updates the add-in's own sheets
 * and names, keeping the analyst's input values and saved scenarios unless resetInputs.
 */
export function applyPlanToEngine(
  model: Model,
  planned: WorkbookPlan,
  options: EngineApplyOptions = {}
): EngineApplyResult {
  const lambda = options.lambda ?? true;
  const conflicts = findConflicts(model, planned, lambda);
  if (conflicts.length > 0) throw new EngineConflictError(conflicts);
  // An upgrade writes everything, the analyst's carried work included, as on a new sheet.
  const layout = engineLayout(model, planned, { resetInputs: options.resetInputs === true });
  const upgrade = layout.kind === "upgrade";
  const plan = upgrade ? layout.plan : planned;

  const created: string[] = [];
  const updated: string[] = [];
  const sheetIndex: Partial<Record<SheetKey, number>> = {};
  const isNew: Partial<Record<SheetKey, boolean>> = {};
  model.pauseEvaluation();
  try {
    plan.sheets.forEach((sheet, i) => {
      const { index, created: fresh } = ensureSheet(model, sheet, i === 0);
      sheetIndex[sheet.key] = index;
      isNew[sheet.key] = fresh;
      (fresh ? created : updated).push(sheet.name);
    });
    const indexOf = (key: SheetKey): number => sheetIndex[key] ?? -1;
    const keep = (key: SheetKey): boolean =>
      !options.resetInputs && !upgrade && isNew[key] === false;
    const written = (requires: "lambda" | undefined): boolean => requires !== "lambda" || lambda;

    // References first, LAMBDAs last: IronCalc re-reads every LAMBDA name (tens of ms each)
    // whenever a name is added, so the order alone takes seconds off a load.
    const isLambda = (formula: string): boolean => formula.startsWith("=LAMBDA(");
    const names = plan.names.filter((n) => written(n.requires));
    defineNames(model, [
      ...names
        .filter((n) => !isLambda(n.formula))
        .map((n) => [n.name, withoutEquals(n.formula)] as const),
      ...plan.ownership
        .filter((m) => written(m.requires))
        .map((m) => [m.markerName, withoutEquals(m.formula)] as const),
      // From the plan as built (not the carried rows of an upgrade), so they stay put.
      ...planned.tables.flatMap((t) => tableNames(t, sheetNameOf(plan, t.sheet))),
      ...names
        .filter((n) => isLambda(n.formula))
        .map((n) => [n.name, withoutEquals(n.formula)] as const),
    ]);
    for (const sheet of plan.sheets) {
      const index = indexOf(sheet.key);
      for (const block of sheet.blocks) writeBlock(model, index, block, keep(sheet.key));
      for (const width of sheet.columnWidths) {
        model.setColumnsWidth(
          index,
          width.column + 1,
          width.column + 1,
          width.widthPt * PIXELS_PER_POINT
        );
      }
      model.setFrozenRowsCount(index, sheet.frozenRows);
    }
    // Saved scenarios are the analyst's work: written with a new sheet only, never reset.
    for (const table of plan.tables) {
      const reload = {
        existed: isNew[table.sheet] === false,
        reset: options.resetInputs === true,
        upgrade,
      };
      writeTable(model, indexOf(table.sheet), table, reload);
    }
    for (const sheet of plan.sheets) {
      for (const styled of sheet.styles)
        applyRole(model, area(indexOf(sheet.key), styled.address), styled.role);
    }
  } finally {
    model.resumeEvaluation();
  }
  model.evaluate();
  const skipped = plan.charts.map((c) => `The chart "${c.title}" (the preview draws no charts).`);
  return {
    sheetIndex: sheetIndex as Record<SheetKey, number>,
    created,
    updated,
    skipped,
    ...(upgrade ? { upgradedFrom: layout.from } : {}),
    kept: upgrade ? layout.kept : [],
    warnings: layout.warnings,
  };
}
