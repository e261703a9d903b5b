/**
 * The preview's reads for a load, the same the Excel host makes (src/excel/snapshot.ts and
 * survey.ts): the WorkbookSnapshot, and the layout survey's ranges, read from IronCalc and the
 * adapter's records (standIns.ts). src/workbook/load decides from them.
 */
import type { Model } from "@ironcalc/wasm";
import type { InputId } from "../../model";
import { columnLetters, parseCellAddress, quoteSheet } from "../../workbook/a1";
import type { RangeSource, Survey, SurveySources, WorkbookSnapshot } from "../../workbook/load";
import { ownershipMarkerName } from "../../workbook/names";
import type { WorkbookPlan } from "../../workbook/plan";
import { NameSet, referenceParts } from "../../workbook/references";
import type { FoundCell, FoundTable } from "../../workbook/upgrade";
import { readCell, sheetIndexByName } from "./cells";
import { globalNames, isStandInRecord, readStandIns } from "./standIns";

/**
 * What the workbook holds, as Excel's snapshot says it: formulas with their "=", tables
 * (the records) as tables and not as names. A workbook an earlier preview wrote has no table
 * records: a name of a planned table whose table marker is there is that table.
 */
export function readEngineSnapshot(model: Model, plan: WorkbookPlan): WorkbookSnapshot {
  const names = globalNames(model);
  const records = readStandIns(names);
  const sheetNames = model.getWorksheetsProperties().map((s) => s.name);
  const sheets = new NameSet(sheetNames);
  const marked = new NameSet(names.map((n) => n.name));
  const recorded = new NameSet(records.tables.map((t) => t.name));
  const earlier = plan.tables.flatMap((table) => {
    const name = names.find((n) => n.name === table.name);
    const parts = name ? referenceParts(name.formula) : null;
    return parts && !recorded.has(table.name) && marked.has(ownershipMarkerName("TABLE", table.key))
      ? [{ name: table.name, sheet: parts.sheet }]
      : [];
  });
  const tables = [...records.tables, ...earlier].filter((t) => sheets.has(t.sheet));
  // A table's names: its own, and one per column of the add-in's tables (standIns.ts).
  const keys = [...new Set(plan.tables.flatMap((t) => t.columns.map((c) => c.key)))];
  const tableNames = new NameSet(
    [...records.tables, ...earlier].flatMap((t) => [t.name, ...keys.map((k) => `${t.name}_${k}`)])
  );
  return {
    sheets: sheetNames.map((name) => ({ name, protected: records.protectedSheets.has(name) })),
    tables: tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    names: names
      .filter((n) => !isStandInRecord(n.name) && !tableNames.has(n.name))
      .map((n) => ({ name: n.name, formula: `=${n.formula}` })),
    structureProtected: records.structureProtected,
  };
}

/** A rectangle on a sheet: 0-based top-left, size. */
interface Place {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
}

/** Reads what the survey's sources name, as Excel's survey reads them. */
export function readEngineSurvey(model: Model, sources: SurveySources): Survey {
  const names = new Map(globalNames(model).map((n) => [n.name.toUpperCase(), n.formula]));
  const placeOf = (source: RangeSource): Place | undefined => {
    if ("name" in source) {
      const formula = names.get(source.name.toUpperCase());
      const parts = formula === undefined ? null : referenceParts(formula);
      return parts ? place(model, parts.sheet, parts.address) : undefined;
    }
    return place(model, source.sheet, source.address);
  };
  const cellsOf = (at: Place): FoundCell[][] =>
    Array.from({ length: at.height }, (_, i) =>
      Array.from({ length: at.width }, (_, j) =>
        cellFromEngine(model, at.sheet, at.row + i, at.column + j)
      )
    );

  const stampAt = sources.stamp ? placeOf({ name: sources.stamp }) : undefined;
  const stampCell = stampAt ? cellsOf({ ...stampAt, height: 1, width: 1 })[0]?.[0] : undefined;
  const inputs: Partial<Record<InputId, FoundCell>> = {};
  for (const [id, source] of Object.entries(sources.inputs) as [InputId, RangeSource][]) {
    const at = placeOf(source);
    const cell = at ? cellsOf({ ...at, height: 1, width: 1 })[0]?.[0] : undefined;
    if (cell) inputs[id] = cell;
  }
  const tables: Record<string, FoundTable> = {};
  for (const [key, source] of Object.entries(sources.tables)) {
    const header = placeOf(source.header);
    if (!header) continue;
    const body = { ...header, row: header.row + 1, height: source.rows };
    const below = { ...header, row: body.row + source.rows, height: source.below };
    tables[key] = {
      header:
        cellsOf({ ...header, height: 1 })[0]?.map((c) => (c.kind === "empty" ? "" : c.value)) ?? [],
      rows: cellsOf(body),
      tableName: source.tableName,
      sheetName: source.sheetName,
      ...(source.below > 0 ? { below: { firstRow: below.row + 1, rows: cellsOf(below) } } : {}),
    };
  }
  const newBlocks = sources.newBlocks.flatMap(({ sheetName, block }) => {
    const at = place(model, sheetName, block.address);
    return at ? [{ sheetName, block, cells: cellsOf(at) }] : [];
  });
  return {
    stamp:
      stampAt && stampCell
        ? { found: true, cell: stampCell, where: addressOf(model, stampAt) }
        : { found: false },
    work: { inputs, tables },
    newBlocks,
  };
}

/** A cell as IronCalc holds it: what was typed says whether it is a formula. */
export function cellFromEngine(
  model: Model,
  sheet: number,
  row: number,
  column: number
): FoundCell {
  const content = model.getCellContent(sheet, row + 1, column + 1);
  // Most cells read below the scenarios are empty: one call to the engine each, not two.
  if (content === "") return { formula: null, kind: "empty", value: "" };
  const cell = readCell(model, sheet, row, column);
  return {
    formula: content.startsWith("=") ? content : null,
    kind: cell.kind,
    value: cell.kind === "empty" ? "" : cell.value,
  };
}

function place(model: Model, sheetName: string, address: string): Place | undefined {
  const sheet = sheetIndexByName(model, sheetName);
  if (sheet < 0) return undefined;
  const [first = "", last = first] = address.replace(/\$/g, "").split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  return {
    sheet,
    row: a.row,
    column: a.column,
    height: b.row - a.row + 1,
    width: b.column - a.column + 1,
  };
}

/** "Checks!B3", as Excel gives a range's address (quoted where the sheet name needs it). */
function addressOf(model: Model, at: Place): string {
  const name = model.getWorksheetsProperties()[at.sheet]?.name ?? "";
  const first = `${columnLetters(at.column)}${at.row + 1}`;
  const last = `${columnLetters(at.column + at.width - 1)}${at.row + at.height}`;
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quoteSheet(name);
  return `${sheet}!${first === last ? first : `${first}:${last}`}`;
}
