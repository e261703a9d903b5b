/**
 * Load the article into the workbook: read a snapshot, reconcile it with the plan, then write
 * everything in as few batches as Excel takes. The number of context.sync() calls does not
 * grow with the number of names, sheets or rows, only with the size of the cells' text, and
 * for any plan whose cells come to less than one request's budget (requestChunks.ts: 4 MB by
 * estimate; layout 3's whole plan is about 0.7 MB) it is fixed:
 *   1. read the snapshot (snapshot.ts);
 *   1b. only where the add-in loaded before: read the layout stamp and what an upgrade would
 *      carry over (survey.ts), then go on, upgrade an older layout, or stop before any change
 *      (a newer layout; upgrade.ts decides);
 *   2. write sheets, names, markers, cells, formats, styles, tables and charts; read back the
 *      kept input values (for the summary) and, on a reload, the figure tables' "overridden"
 *      flags. Where the cells are larger than one request carries (Excel on the web refuses
 *      more than about 5 MB), this is several syncs, the cells cut between them in whole rows
 *      (splitBlocks) in the same order of work: the names first, in the first; the layout
 *      stamp (its cell and its names) last, in the last, so a load that fails part way leaves
 *      the older layout's stamp and the next load takes the workbook as that layout again;
 *   3. write the figure rows not marked overridden (a reload only), then the portable LAMBDA
 *      twins and their markers, last: an Excel without LAMBDA refuses them, which is only a
 *      warning. Commands before a refused one stay done; in that case alone the figure rows are
 *      written once more, on their own (one sync more), to be sure of them.
 * Every decision is made in src/workbook/load before the first write; this file only carries it out.
 */
import type { LoadProgress, LoadSummary } from "../workbook/host";
import { columnLetters, rangeAddress } from "../workbook/a1";
import { planInputs, type CellBlock, type NamedCell, type SheetKey } from "../workbook/plan";
import {
  decideLayout,
  keptInputLines,
  twinEntries,
  writtenSummary,
  type LoadDecision,
  type LoadOptions,
  type NameStep,
  type PlanMaker,
  startLoad,
} from "../workbook/load";
import { LOAD_STEPS, twinsRefused } from "../workbook/messages/load";
import { applyRoleStyle, officeCells, officeFormats } from "./cells";
import { hostErrorFrom } from "./officeErrors";
import { OPTIONAL_EXCEL_API, type Requirements } from "./requirements";
import { splitBlocks, type BlockRows, type RequestChunk } from "./requestChunks";
import { readSnapshot } from "./snapshot";
import { queueSurvey } from "./survey";
import { queueChart, queueName, queueTable } from "./writeObjects";
import { queueSheetRules } from "./writeRules";
import { LAYOUT_STAMP_NAME, ownershipMarkerName } from "../workbook/names";

export interface ApplyOptions extends LoadOptions {
  readonly requirements: Requirements;
  readonly onProgress?: LoadProgress;
}

export async function loadArticle(
  context: Excel.RequestContext,
  makePlan: PlanMaker,
  options: ApplyOptions
): Promise<LoadSummary> {
  options.onProgress?.(LOAD_STEPS.read);
  const start = startLoad(await readSnapshot(context), options, makePlan);
  let decision = start.decision;
  if (start.survey) {
    const survey = queueSurvey(context, start.survey);
    await context.sync();
    decision = decideLayout(decision, survey(), options);
  }

  options.onProgress?.(LOAD_STEPS.write);
  const after = await queueWrites(context, decision, options.requirements);
  await context.sync();
  const keptInputs = after.keptInputs();
  const keptFigures = after.keptFigures();
  const twins = await finish(context, decision, after.queueFigureRows, options.onProgress);
  return writtenSummary(decision, { keptInputs, keptFigures, twins });
}

/** What the write batch read, for after its sync. */
interface AfterWrite {
  /** Kept input values that differ from the article's, in the analyst's words. */
  readonly keptInputs: () => string[];
  /** Figures the analyst marked as overridden, kept as they are. */
  readonly keptFigures: () => string[];
  /** Queues the figure rows not marked overridden; returns how many rows it queued. */
  readonly queueFigureRows: () => number;
}

/**
 * Queues every write of the decision, and the reads needed after it. Where the cells are larger
 * than one request carries, it syncs between their chunks; the last chunk, the rest of the
 * writes and the layout stamp are left queued for the caller's sync.
 */
async function queueWrites(
  context: Excel.RequestContext,
  decision: LoadDecision,
  requirements: Requirements
): Promise<AfterWrite> {
  const workbook = context.workbook;
  const worksheets = new Map<SheetKey, Excel.Worksheet>();
  for (const step of decision.sheets) {
    worksheets.set(
      step.key,
      step.action === "create"
        ? workbook.worksheets.add(step.name)
        : workbook.worksheets.getItem(step.name)
    );
  }
  const sheetFor = (key: SheetKey): Excel.Worksheet => {
    const sheet = worksheets.get(key);
    if (!sheet) throw new Error(`No ${key} sheet in the decision`);
    return sheet;
  };

  // Names first, so the formulas written next find every name they use; the layout stamp's
  // last, so a batch that fails part way leaves the older layout's mark and the next load
  // upgrades again.
  const isStamp = (step: NameStep): boolean => STAMP_NAMES.has(step.name);
  for (const step of decision.names.filter((n) => !isStamp(n))) queueName(workbook.names, step);

  // The cells, in as many requests as their size needs (requestChunks.ts): one for any plan
  // under the budget, so an ordinary load's syncs stay as they are. The stamp's own cell goes
  // last, with its names: until the last request is done, the workbook says the older layout.
  const entries = decision.plan.sheets.flatMap((planSheet) => {
    const step = decision.sheets.find((s) => s.key === planSheet.key);
    return planSheet.blocks
      .filter((b) => !b.analystData || step?.writeAnalystData === true)
      .map((block) => ({ key: planSheet.key, block }));
  });
  const stamp = decision.plan.layoutStamp;
  const stampAt = stamp
    ? entries.findIndex((e) => e.key === stamp.sheet && holds(e.block, stamp))
    : -1;
  if (stampAt >= 0) entries.push(...entries.splice(stampAt, 1));
  const pieces = piecesByBlock(splitBlocks(entries.map((e) => e.block)));
  let request = 0;
  const queueBlock = async (index: number): Promise<void> => {
    const entry = entries[index];
    if (!entry) return;
    for (const piece of pieces.get(index) ?? []) {
      if (piece.request > request) {
        // Only between chunks of cells too large for one request (none for an ordinary plan).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        request = piece.request;
      }
      queueCells(sheetFor(entry.key), entry.block, piece.rows);
    }
  };

  // Every block but the stamp's, each after its sheet's others, then the sheet's looks.
  const beforeStamp = stampAt >= 0 ? entries.length - 1 : entries.length;
  let next = 0;
  for (const planSheet of decision.plan.sheets) {
    const sheet = sheetFor(planSheet.key);
    while (next < beforeStamp && entries[next]?.key === planSheet.key) await queueBlock(next++);
    for (const styled of planSheet.styles)
      applyRoleStyle(sheet.getRange(styled.address), styled.role);
    for (const width of planSheet.columnWidths) {
      const letters = columnLetters(width.column);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = width.widthPt;
    }
    if (planSheet.frozenRows > 0) sheet.freezePanes.freezeRows(planSheet.frozenRows);
  }

  const canValidate = requirements.isSetSupported("ExcelApi", OPTIONAL_EXCEL_API.dataValidation);
  for (const planSheet of decision.plan.sheets) {
    queueSheetRules(sheetFor(planSheet.key), planSheet, canValidate);
  }

  const marked = decision.tables.map((step) => queueTable(sheetFor(step.table.sheet), step));

  const canFormatAxis = requirements.isSetSupported("ExcelApi", OPTIONAL_EXCEL_API.chartAxisFormat);
  for (const step of decision.charts) {
    queueChart(workbook, sheetFor(step.chart.sheet), step.chart, canFormatAxis);
  }
  // A first load ends on the inputs sheet: the one place the analyst types.
  if (decision.sheets.some((s) => s.key === "inputs" && s.action === "create")) {
    sheetFor("inputs").activate();
  }
  if (stampAt >= 0) await queueBlock(entries.length - 1);
  for (const step of decision.names.filter(isStamp)) queueName(workbook.names, step);

  return {
    keptInputs: readKeptInputs(context, decision),
    keptFigures: () => marked.flatMap((m) => m?.kept() ?? []),
    queueFigureRows: () => marked.reduce((n, m) => n + (m?.queueRows() ?? 0), 0),
  };
}

/** Whether a block holds a named cell (the layout stamp's). */
function holds(block: CellBlock, cell: NamedCell): boolean {
  return (
    cell.row >= block.row &&
    cell.row < block.row + block.cells.length &&
    cell.column >= block.column &&
    cell.column < block.column + (block.cells[0]?.length ?? 0)
  );
}

/** Each block's pieces, by the block's index, with the request (0-based) each goes in. */
function piecesByBlock(
  chunks: readonly RequestChunk[]
): Map<number, { request: number; rows: BlockRows }[]> {
  const pieces = new Map<number, { request: number; rows: BlockRows }[]>();
  chunks.forEach((chunk, request) => {
    for (const rows of chunk.pieces) {
      const list = pieces.get(rows.block) ?? [];
      list.push({ request, rows });
      pieces.set(rows.block, list);
    }
  });
  return pieces;
}

/** Queues one piece of a block: the whole block at its own address, or some of its rows. */
function queueCells(sheet: Excel.Worksheet, block: CellBlock, piece: BlockRows): void {
  const whole = piece.firstRow === 0 && piece.rowCount === block.cells.length;
  const end = piece.firstRow + piece.rowCount;
  const width = block.cells[0]?.length ?? 0;
  const address = whole
    ? block.address
    : rangeAddress(block.row + piece.firstRow, block.column, piece.rowCount, width);
  const range = sheet.getRange(address);
  range.formulas = officeCells(block.cells.slice(piece.firstRow, end));
  range.numberFormat = officeFormats(block.numberFormats.slice(piece.firstRow, end));
}

/** The stamp's name and its marker. */
const STAMP_NAMES = new Set([LAYOUT_STAMP_NAME, ownershipMarkerName("NAME", LAYOUT_STAMP_NAME)]);

/** Queues loads of the kept input cells; the returned reader runs after the sync. */
function readKeptInputs(context: Excel.RequestContext, decision: LoadDecision): () => string[] {
  const sheetName = decision.keptInputsSheet;
  if (sheetName === null) return () => [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = new Map(
    planInputs(decision.plan).map((cell) => [cell.id, sheet.getRange(cell.address).load("values")])
  );
  return () => keptInputLines(decision, (cell) => ranges.get(cell.id)?.values[0]?.[0]);
}

/**
 * Sync 3: the figure rows kept for it, then the LAMBDA twins. A refusal of the twins leaves
 * the rest of the load in place and becomes a warning.
 */
async function finish(
  context: Excel.RequestContext,
  decision: LoadDecision,
  queueFigureRows: () => number,
  onProgress: LoadProgress | undefined
): Promise<Pick<LoadSummary, "created" | "updated" | "warnings">> {
  const none = { created: [], updated: [], warnings: [] };
  const figureRows = queueFigureRows();
  const twins = decision.twins.filter((t) => !t.hidden);
  if (decision.twins.length === 0) {
    if (figureRows > 0) await context.sync();
    return none;
  }
  onProgress?.(LOAD_STEPS.twins);
  for (const step of decision.twins) queueName(context.workbook.names, step);
  try {
    await context.sync();
  } catch (error) {
    if (figureRows > 0) {
      queueFigureRows();
      await context.sync();
    }
    const failure = hostErrorFrom(error, "add the portable functions");
    const detail = failure instanceof Error ? failure.message : String(failure);
    const names = twins.map((t) => t.name);
    return { ...none, warnings: [twinsRefused(names, detail)] };
  }
  return twinEntries(decision);
}
