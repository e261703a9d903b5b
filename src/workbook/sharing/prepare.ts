/**
 * "Prepare for sharing", decided from the workbook as read (contents.ts), before anything is
 * written. Pure. Every formula that calls an AICOST function is converted (conversion.ts);
 * nothing else is touched. The record (record.ts) gets one new row per cell changed, below the
 * rows it already has; a row about a cell prepared again (the analyst typed an AICOST formula
 * into it since) is cleared, the new row replacing it.
 *
 * It stops, with nothing written, when a cell to change is on a protected sheet, when the
 * record sheet is protected, or when the record sheet must be added to a workbook whose
 * structure is protected.
 */
import { HostError, type HostProblem, type SharingReport } from "../host";
import { sharingMessages as say } from "../messages/sharing";
import type { PlanCell } from "../plan";
import {
  findName,
  findRecord,
  formulaCells,
  sameSheetName,
  twinsInWorkbook,
  type WorkbookContents,
} from "./contents";
import type { CellContent } from "./cellValues";
import { convertFormula, type Conversion, type How } from "./conversion";
import { scanFormula } from "./formulaCalls";
import {
  cellName,
  emptyRow,
  entryCells,
  FIRST_ROW,
  RECORD_MARKER,
  RECORD_SHEET_NAME,
  type CellAt,
  type RecordEntry,
} from "./record";
import type { SharingWrites } from "./writes";

export interface PreparePlan {
  readonly writes: SharingWrites;
  readonly report: SharingReport;
}

/** What to write to prepare the workbook; throws a HostError (nothing written) when it cannot. */
export function planPrepare(contents: WorkbookContents): PreparePlan {
  const record = findRecord(contents);
  const twinReady = twinsInWorkbook(contents);
  const entries: (RecordEntry & { readonly cell: CellAt })[] = [];
  const notes: string[] = [];
  for (const sheet of contents.sheets) {
    if (record && sheet === record.sheet) continue; // the record holds formula texts, never calls
    for (const { cell, content } of formulaCells(sheet)) {
      const conversion = arrayAware(
        content,
        convertFormula(content.formula, content.value, twinReady)
      );
      if (conversion === null) continue;
      if (conversion.how === "leftAlone") {
        notes.push(say.cellNote(cellName(cell), conversion.note));
        continue;
      }
      const { how, written, note } = conversion;
      entries.push({ cell, how, original: content.formula, written, why: note });
      if (how === "frozen") notes.push(say.cellNote(cellName(cell), note));
    }
  }
  notes.push(...nameNotes(contents));
  const count = (how: How): number => entries.filter((e) => e.how === how).length;
  const natives = count("native");
  if (natives > 0) notes.push(say.writtenOutWithLet(natives));
  if (entries.length === 0) {
    return {
      writes: { cells: [], record: null },
      report: { changed: 0, toTwin: 0, toNative: 0, frozen: 0, recordSheet: null, notes },
    };
  }

  const changedSheets = contents.sheets.filter((s) =>
    entries.some((e) => sameSheetName(e.cell.sheet, s.name))
  );
  const sheetName = record?.sheet.name ?? freeSheetName(contents);
  refuseWhenProtected(
    changedSheets.filter((s) => s.protected).map((s) => s.name),
    record?.sheet.protected ? sheetName : null,
    record === null && contents.structureProtected ? sheetName : null
  );

  // Rows about cells prepared again are cleared; the new rows go below everything there.
  const superseded = (record?.rows ?? []).filter((r) => {
    const at = r.entry?.cell;
    return at != null && entries.some((e) => sameCell(e.cell, at));
  });
  const next = Math.max(FIRST_ROW, (record?.lastRow ?? -1) + 1);
  const rows: { row: number; cells: PlanCell[] }[] = [
    ...superseded.map((r) => ({ row: r.row, cells: emptyRow() })),
    ...entries.map((entry, i) => ({ row: next + i, cells: entryCells(entry) })),
  ];
  return {
    writes: {
      cells: entries.map((e) => ({ cell: e.cell, written: e.written })),
      record: {
        sheet: sheetName,
        action: record ? "update" : "create",
        marker: record ? "keep" : findName(contents, RECORD_MARKER) ? "update" : "add",
        rows,
      },
    },
    report: {
      changed: entries.length,
      toTwin: count("twin"),
      toNative: natives,
      frozen: count("frozen"),
      recordSheet: sheetName,
      notes,
    },
  };
}

/**
 * The cells prepare would freeze, so a host that must ask whether they spill (Excel: one more
 * round trip) asks only about these, and only when there are any.
 */
export function cellsToFreeze(contents: WorkbookContents): CellAt[] {
  const record = findRecord(contents);
  const twinReady = twinsInWorkbook(contents);
  return contents.sheets
    .filter((sheet) => !(record && sheet === record.sheet))
    .flatMap((sheet) => [...formulaCells(sheet)])
    .filter(
      ({ content }) => convertFormula(content.formula, content.value, twinReady)?.how === "frozen"
    )
    .map(({ cell }) => cell);
}

/**
 * A conversion as the cell's array allows (arrays.ts): a legacy array is never changed in part,
 * and a spilling formula is not frozen to its first value (its twin spills the same way).
 */
function arrayAware(content: CellContent, conversion: Conversion | null): Conversion | null {
  if (conversion === null || conversion.how === "leftAlone") return conversion;
  if (content.array === "legacy") {
    return { how: "leftAlone", note: say.legacyArray };
  }
  if (content.array === "spills" && conversion.how === "frozen") {
    return { how: "leftAlone", note: say.spillsNotFrozen(conversion.reasons ?? []) };
  }
  return conversion;
}

/** Defined names calling AICOST functions are not cells: said, and left to the analyst. */
function nameNotes(contents: WorkbookContents): string[] {
  return contents.names
    .filter((n) => scanFormula(n.formula).calls.length > 0)
    .map((n) => say.nameCallsAddin(n.name, n.formula));
}

function sameCell(a: CellAt, b: CellAt): boolean {
  return a.row === b.row && a.column === b.column && sameSheetName(a.sheet, b.sheet);
}

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

/** "Add-in formulas", or "Add-in formulas (2)", … when the analyst has a sheet of that name. */
function freeSheetName(contents: WorkbookContents): string {
  const taken = (name: string): boolean => contents.sheets.some((s) => sameSheetName(s.name, name));
  if (!taken(RECORD_SHEET_NAME)) return RECORD_SHEET_NAME;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = RECORD_SHEET_NAME.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

function refuseWhenProtected(
  changedSheets: readonly string[],
  recordSheet: string | null,
  structureFor: string | null
): void {
  const problems: HostProblem[] = [];
  const sheets = recordSheet === null ? changedSheets : [...changedSheets, recordSheet];
  if (sheets.length > 0) problems.push(say.prepareOnProtectedSheets(sheets));
  if (structureFor !== null) problems.push(say.recordNeedsStructure(structureFor));
  const [first, ...rest] = problems;
  if (!first) return;
  throw new HostError(
    rest.length === 0
      ? first
      : {
          code: "protected",
          message: problems.map((p) => p.message).join(" "),
          repair: problems.map((p) => p.repair).join(" "),
        }
  );
}
