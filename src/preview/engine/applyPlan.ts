/**
 * A load on an IronCalc Model, as the Excel host does it (src/excel/applyPlan.ts): read the
 * snapshot (snapshot.ts), let src/workbook/load decide (reconcile, then the layout survey
 * where the add-in loaded before), then carry out the decision: the same sheets, cells,
 * formats, styles, names, markers and tables, so the preview computes what Excel computes and
 * refuses what Excel refuses, in the same words. What the engine lacks (docs/HOSTS.md,
 * "IronCalc 0.8.4"), standIns.ts stands in for (docs/HOSTS.md, "Where the IronCalc adapter
 * stands in").
 */
import type { Area, Model } from "@ironcalc/wasm";
import { buildPlan, PLAN_VERSION } from "../../workbook/buildPlan";
import { parseCellAddress, rangeAddress } from "../../workbook/a1";
import type { LoadSummary } from "../../workbook/host";
import {
  decideLayout,
  keptFigureLines,
  keptInputLines,
  startLoad,
  twinEntries,
  writtenSummary,
  type LoadDecision,
  type LoadOptions,
  type NameStep,
  type PlanMaker,
  type TableStep,
} from "../../workbook/load";
import {
  ROLE_STYLES,
  typedInput,
  type NumberFormat,
  type PlanCell,
  type SheetKey,
  type StyleRole,
  type WorkbookPlan,
} from "../../workbook/plan";
import { NameSet } from "../../workbook/references";
import { readCell, sheetIndexByName } from "./cells";
import { cellFromEngine, readEngineSnapshot, readEngineSurvey } from "./snapshot";
import { defineTable, globalNames, readStandIns } from "./standIns";

export interface EngineApplyOptions {
  /** Write the article's input values even where the analyst changed them (saved scenarios stay). */
  readonly resetInputs?: boolean;
  /**
   * Write the LAMBDA twins (default true). Off, the twins are left out without a word: IronCalc
   * takes about a second to write them, which tests of everything else do without.
   */
  readonly lambda?: boolean;
}

export interface EngineApplyResult extends LoadSummary {
  /** The engine's sheet index of each of the plan's sheets. */
  readonly sheetIndex: Readonly<Record<SheetKey, number>>;
}

/** The default first sheet of a new IronCalc Model, taken over when it is the only one. */
export const INITIAL_SHEET = "Sheet1";
/** IronCalc measures column widths in pixels; the plan in points (Excel's unit). */
const PIXELS_PER_POINT = 4 / 3;
const GENERAL = "general";

/**
 * Loads the plan: decides as Excel's host does, then writes and evaluates. Throws a HostError
 * (nothing changed) where a load must stop. `plan` is a PlanMaker, or one plan: rebuilt with
 * other sheet names where the analyst has its own (a plan of an older layout, as tests keep
 * one, cannot be rebuilt and is used as it is).
 */
export function applyPlanToEngine(
  model: Model,
  plan: WorkbookPlan | PlanMaker,
  options: EngineApplyOptions = {}
): EngineApplyResult {
  const makePlan = typeof plan === "function" ? plan : planMakerFor(plan);
  const loadOptions: LoadOptions = { resetInputs: options.resetInputs === true };
  const start = startLoad(readEngineSnapshot(model, makePlan({})), loadOptions, makePlan);
  const decision = start.survey
    ? decideLayout(start.decision, readEngineSurvey(model, start.survey), loadOptions)
    : start.decision;
  return writeDecision(model, decision, options.lambda ?? true);
}

function planMakerFor(plan: WorkbookPlan): PlanMaker {
  return (options) =>
    options.sheetNames && plan.version === PLAN_VERSION
      ? buildPlan({ ...options, trialRows: plan.trialRows })
      : plan;
}

/** Carries out the decision, then reads what the summary needs. */
function writeDecision(model: Model, decision: LoadDecision, lambda: boolean): EngineApplyResult {
  const { plan } = decision;
  const sheetIndex: Partial<Record<SheetKey, number>> = {};
  const marked: { step: TableStep; rows: unknown[][] }[] = [];
  model.pauseEvaluation();
  try {
    decision.sheets.forEach((step, i) => {
      sheetIndex[step.key] =
        step.action === "create"
          ? newSheet(model, step.name, i === 0)
          : sheetIndexByName(model, step.name);
    });
    const indexOf = (key: SheetKey): number => sheetIndex[key] ?? -1;

    // References first, LAMBDAs last (after the tables' records, which are names too): IronCalc
    // re-reads every LAMBDA name (tens of ms each) whenever a name is added, so the order
    // alone takes seconds off a load.
    defineNames(model, decision.names);
    const records = new NameSet(readStandIns(globalNames(model)).tables.map((t) => t.name));
    for (const step of decision.tables) {
      // A new table, or one an earlier preview wrote without its record.
      if (step.action === "create" || !records.has(step.name)) {
        const { table } = step;
        const rows = 1 + Math.max(table.capacity, table.rows.length);
        defineTable(
          model,
          step.sheet,
          rangeAddress(table.headerRow, table.column, rows, table.columns.length),
          step.name,
          table.columns.map((c) => c.key)
        );
      }
    }
    if (lambda) defineNames(model, decision.twins);

    for (const planSheet of plan.sheets) {
      const step = decision.sheets.find((s) => s.key === planSheet.key);
      const index = indexOf(planSheet.key);
      for (const block of planSheet.blocks) {
        if (block.analystData && !step?.writeAnalystData) continue;
        writeRows(model, index, block.row, block.column, block.cells, block.numberFormats);
      }
      for (const width of planSheet.columnWidths) {
        const column = width.column + 1;
        model.setColumnsWidth(index, column, column, width.widthPt * PIXELS_PER_POINT);
      }
      if (planSheet.frozenRows > 0) model.setFrozenRowsCount(index, planSheet.frozenRows);
    }
    for (const step of decision.tables) {
      const rows = writeTable(model, indexOf(step.table.sheet), step);
      if (rows) marked.push({ step, rows });
    }
    for (const planSheet of plan.sheets) {
      for (const styled of planSheet.styles)
        applyRole(model, area(indexOf(planSheet.key), styled.address), styled.role);
    }
  } finally {
    model.resumeEvaluation();
  }
  model.evaluate();

  const inputsSheet =
    decision.keptInputsSheet === null ? -1 : sheetIndexByName(model, decision.keptInputsSheet);
  const keptInputs = keptInputLines(decision, (cell) => {
    const shown = readCell(model, inputsSheet, cell.row, cell.column);
    return shown.kind === "empty" ? "" : shown.value;
  });
  const keptFigures = marked.flatMap(({ step, rows }) =>
    keptFigureLines(step.name, rows, flagColumn(step))
  );
  const twins = lambda ? twinEntries(decision) : { created: [], updated: [], warnings: [] };
  // The decision's charts are drawn by the view (src/preview/workbookView), not written here.
  return {
    ...writtenSummary(decision, { keptInputs, keptFigures, twins }),
    sheetIndex: sheetIndex as Record<SheetKey, number>,
  };
}

/** Adds a sheet at the end (a blank preview's only, empty "Sheet1" becomes the first one). */
function newSheet(model: Model, name: string, isFirst: boolean): number {
  const sheets = model.getWorksheetsProperties();
  if (isFirst && sheets.length === 1 && sheets[0]?.name === INITIAL_SHEET) {
    model.renameSheet(0, name);
    return 0;
  }
  model.newSheet();
  const index = model.getWorksheetsProperties().length - 1;
  model.renameSheet(index, name);
  return index;
}

/**
 * Creates or updates workbook-scoped names; formulas without their leading "=". A name that
 * already says the same is left alone: IronCalc re-reads every formula of the workbook when a
 * name changes (about 30 ms a name with the plan's cells in place, well under 1 ms in an empty
 * workbook without LAMBDAs), which is why names are written before the cells.
 */
function defineNames(model: Model, steps: readonly NameStep[]): void {
  const existing = new Map(globalNames(model).map((n) => [n.name.toUpperCase(), n]));
  const unquoted = (formula: string): string => formula.replace(/'/g, "");
  const isLambda = (step: NameStep): boolean => step.formula.startsWith("=LAMBDA(");
  const ordered = [...steps.filter((s) => !isLambda(s)), ...steps.filter(isLambda)];
  for (const step of ordered) {
    const formula = step.formula.startsWith("=") ? step.formula.slice(1) : step.formula;
    const current = existing.get(step.name.toUpperCase());
    if (current === undefined) model.newDefinedName(step.name, null, formula);
    else if (unquoted(current.formula) !== unquoted(formula))
      model.updateDefinedName(current.name, null, current.name, null, formula);
  }
}

/**
 * A table's header and body as Excel's host writes them (src/excel/writeObjects.ts): the body
 * over the table's whole capacity; "unmarked" rows only where the analyst did not mark them.
 * Returns the body as read before writing, for a table whose marked rows are kept.
 */
function writeTable(model: Model, sheet: number, step: TableStep): unknown[][] | undefined {
  const { table } = step;
  const width = table.columns.length;
  const bodyRows = Math.max(table.capacity, table.rows.length);
  const first = table.headerRow + 1;
  const formatsOf = (i: number): NumberFormat[] => [
    ...(table.numberFormats[i] ?? table.columns.map((c) => c.numberFormat)),
  ];
  writeRows(
    model,
    sheet,
    table.headerRow,
    table.column,
    [table.columns.map((c) => c.header)],
    [table.columns.map(() => null)]
  );
  applyRole(model, area(sheet, rangeAddress(table.headerRow, table.column, 1, width)), "header");
  let current: unknown[][] | undefined;
  if (step.rows === "all") {
    const empty = table.columns.map(() => null);
    const rows = Array.from({ length: bodyRows }, (_, i) => table.rows[i] ?? empty);
    writeRows(
      model,
      sheet,
      first,
      table.column,
      rows,
      rows.map((_, i) => formatsOf(i))
    );
  } else if (step.rows === "unmarked") {
    const flag = flagColumn(step);
    current = table.rows.map((_, i) =>
      table.columns.map((_, j) => {
        const cell = cellFromEngine(model, sheet, first + i, table.column + j);
        return cell.kind === "empty" ? "" : cell.value;
      })
    );
    table.rows.forEach((row, i) => {
      if (current?.[i]?.[flag] === true) return;
      writeRows(model, sheet, first + i, table.column, [row], [formatsOf(i)]);
    });
  }
  applyRole(model, area(sheet, rangeAddress(first, table.column, bodyRows, width)), table.bodyRole);
  return current;
}

function flagColumn(step: TableStep): number {
  return step.table.columns.findIndex((c) => c.key === step.table.keepRowsMarkedBy);
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
    const r = row + i + 1;
    values.forEach((cell, j) => {
      const c = column + j + 1;
      if (cell === null) model.rangeClearContents(sheet, r, c, r, c);
      else model.setUserInput(sheet, r, c, typedInput(cell));
    });
    const rowFormats = formats[i] ?? [];
    let start = 0;
    while (start < rowFormats.length) {
      let end = start;
      while (end + 1 < rowFormats.length && rowFormats[end + 1] === rowFormats[start]) end++;
      const format = rowFormats[start] ?? null;
      const run = { sheet, row: r, column: column + start + 1, width: end - start + 1, height: 1 };
      model.updateRangeStyle(run, "num_fmt", format ?? GENERAL);
      start = end + 1;
    }
  });
  // IronCalc queues every change as a diff for collaborative editing, and a longer queue makes
  // each write dearer; nobody collaborates here, so drop it block by block.
  model.flushSendQueue();
}

function area(sheet: number, address: string): Area {
  const [first = "", last = first] = address.replace(/\$/g, "").split(":");
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
