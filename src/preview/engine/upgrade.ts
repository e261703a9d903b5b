/**
 * The layout of a workbook on IronCalc, before the plan is applied over the add-in's own
 * sheets (plan.ts, "Layouts"): read the stamp and what an upgrade carries over, the way the
 * Excel host reads them (src/excel/upgrade.ts says where: inputs through their names, tables
 * through their markers, the older layout's place where a name is gone), and let
 * src/workbook/upgrade.ts decide: apply as planned, upgrade, or stop before any change (a
 * reload stops too where the analyst moved a table's columns: columnOrder.ts). Both read the
 * same ROWS_READ_BELOW rows below the saved scenarios' capacity and warn of what they hold.
 *
 * IronCalc has no tables, so a table never grows here and always has its planned name (the
 * applier stops where the analyst has that name): rows typed below the capacity are just cells
 * below it, the same case as rows below a table Excel grew.
 */
import type { Model } from "@ironcalc/wasm";
import { INPUT_IDS, type InputId } from "../../model";
import type { HostProblem } from "../../workbook/host";
import { LAYOUT_STAMP_NAME, OWNERSHIP_PREFIX, ownershipMarkerName } from "../../workbook/names";
import type { PlanTable, SheetKey, WorkbookPlan } from "../../workbook/plan";
import { columnLetters, parseCellAddress } from "../../workbook/a1";
import { combineProblems } from "../../workbook/problems";
import {
  blocksSince,
  carryWork,
  layoutStep,
  misplacedTables,
  planWithCarriedWork,
  reloadWarnings,
  ROWS_READ_BELOW,
  takenCells,
  type FoundBlock,
  type FoundCell,
  type FoundStamp,
  type FoundTable,
} from "../../workbook/upgrade";
import { readCell, sheetIndexByName } from "./cells";
import { sheetIndexOf } from "./namedCells";

/** Thrown when the workbook's layout stops the load; nothing was changed. */
export class EngineLayoutError extends Error {
  constructor(readonly problem: HostProblem) {
    super(problem.message);
    this.name = "EngineLayoutError";
  }
}

/** What to apply: the plan as given, or the upgrade (with the analyst's work in it). */
export type EngineLayout =
  | {
      readonly kind: "as-planned";
      /** What a reload found that the analyst should know (rows below the scenarios table). */
      readonly warnings: readonly string[];
    }
  | {
      readonly kind: "upgrade";
      readonly from: number;
      readonly plan: WorkbookPlan;
      readonly kept: readonly string[];
      readonly warnings: readonly string[];
    };

/** A rectangle on a sheet: 0-based top-left, size. */
interface Place {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
}

export function engineLayout(
  model: Model,
  plan: WorkbookPlan,
  options: { readonly resetInputs: boolean }
): EngineLayout {
  const names = new Map(
    model
      .getDefinedNameList()
      .filter((n) => n.scope == null)
      .map((n) => [n.name.toUpperCase(), n.formula])
  );
  // A workbook the add-in never loaded into: nothing to upgrade.
  if (![...names.keys()].some((n) => n.startsWith(OWNERSHIP_PREFIX.toUpperCase()))) {
    return { kind: "as-planned", warnings: [] };
  }
  const placeOf = (name: string): Place | undefined => {
    const formula = names.get(name.toUpperCase());
    return formula === undefined ? undefined : referencePlace(model, formula);
  };
  const step = layoutStep(readStamp(model, placeOf(LAYOUT_STAMP_NAME)), plan.version);
  if (step.kind === "refuse") throw new EngineLayoutError(step.problem);

  // Each lookup lists the workbook's names (slow in IronCalc with LAMBDAs): once per sheet.
  const sheets = new Map<SheetKey, number | undefined>();
  const sheetOf = (key: SheetKey): number | undefined => {
    if (!sheets.has(key)) {
      const index = sheetIndexOf(model, plan, key);
      sheets.set(key, index >= 0 ? index : undefined);
    }
    return sheets.get(key);
  };
  // A reload reads the header rows (columns the analyst moved stop it: columnOrder.ts) and the
  // rows below the saved scenarios' capacity, not the rows it leaves as they are.
  const upgrading = step.kind === "upgrade";
  const tables: Partial<Record<PlanTable["key"], FoundTable>> = {};
  for (const table of plan.tables) {
    // The marker first (no lookup of the sheet), else where the layout put the table.
    const marked = placeOf(ownershipMarkerName("TABLE", table.key));
    const sheet = marked ? marked.sheet : sheetOf(table.sheet);
    if (sheet === undefined) continue;
    const header = marked ?? {
      sheet,
      row: table.headerRow,
      column: table.column,
      height: 1,
      width: table.columns.length,
    };
    const bodyRows = table.analystData ? table.capacity : table.rows.length;
    const read = {
      rows: upgrading ? bodyRows : 0,
      below: { from: bodyRows, count: table.analystData ? ROWS_READ_BELOW : 0 },
    };
    tables[table.key] = readTable(model, header, table.name, read);
  }
  if (!upgrading) {
    const misplaced = misplacedTables(plan, tables);
    if (misplaced.length > 0) throw new EngineLayoutError(combineProblems(misplaced));
    return { kind: "as-planned", warnings: reloadWarnings(plan, tables) };
  }

  const inputs: Partial<Record<InputId, FoundCell>> = {};
  for (const id of INPUT_IDS) {
    const cell = plan.inputCells[id];
    const sheet = sheetOf("inputs");
    const place =
      placeOf(ownershipMarkerName("NAME", cell.name)) ??
      placeOf(cell.name) ??
      (sheet === undefined
        ? undefined
        : { sheet, row: cell.row, column: cell.column, height: 1, width: 1 });
    if (place) inputs[id] = foundCell(model, place.sheet, place.row, place.column);
  }
  const newBlocks: FoundBlock[] = blocksSince(plan, step.from).flatMap(({ sheet, block }) => {
    const index = sheetOf(sheet.key);
    if (index === undefined) return [];
    const cells = block.cells.map((row, i) =>
      row.map((_, j) => foundCell(model, index, block.row + i, block.column + j))
    );
    return [{ sheetName: sheetName(model, index), block, cells }];
  });

  const carried = carryWork(plan, { inputs, tables }, options);
  const problems = [
    ...takenCells(newBlocks, plan.version, step.from),
    ...(carried.ok ? [] : carried.problems),
  ];
  if (problems.length > 0 || !carried.ok) throw new EngineLayoutError(combineProblems(problems));
  return {
    kind: "upgrade",
    from: step.from,
    plan: planWithCarriedWork(plan, carried.work),
    kept: carried.work.kept,
    warnings: carried.work.warnings,
  };
}

function readStamp(model: Model, place: Place | undefined): FoundStamp {
  if (!place) return { found: false };
  const where = `${sheetName(model, place.sheet)}!${columnLetters(place.column)}${place.row + 1}`;
  return { found: true, cell: foundCell(model, place.sheet, place.row, place.column), where };
}

/**
 * The header row, the first `rows` body rows, and `below.count` rows from body row
 * `below.from` (the rows below the table's capacity). The name is the table's (for messages).
 */
function readTable(
  model: Model,
  header: Place,
  tableName: string,
  read: { readonly rows: number; readonly below: { readonly from: number; readonly count: number } }
): FoundTable {
  const { rows, below } = read;
  const columns = Array.from({ length: header.width }, (_, j) => header.column + j);
  const rowAt = (row: number): FoundCell[] =>
    columns.map((c) => foundCell(model, header.sheet, row, c));
  const firstBelow = header.row + 1 + below.from; // 0-based
  return {
    ...(below.count > 0
      ? {
          below: {
            firstRow: firstBelow + 1,
            rows: Array.from({ length: below.count }, (_, i) => rowAt(firstBelow + i)),
          },
        }
      : {}),
    tableName,
    header: columns.map((c) => {
      const cell = readCell(model, header.sheet, header.row, c);
      return cell.kind === "empty" ? "" : cell.value;
    }),
    rows: Array.from({ length: rows }, (_, i) =>
      columns.map((c) => foundCell(model, header.sheet, header.row + 1 + i, c))
    ),
    sheetName: sheetName(model, header.sheet),
  };
}

/** A cell as IronCalc holds it: what was typed says whether it is a formula. */
function foundCell(model: Model, sheet: number, row: number, column: number): FoundCell {
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

/** "Inputs!$B$5", "'My inputs'!$A$4:$L$4" (IronCalc's names carry no "=") → where it is. */
function referencePlace(model: Model, formula: string): Place | undefined {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const quoted = text.slice(0, bang);
  const name = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  const sheet = sheetIndexByName(model, name);
  const [first = "", last = first] = text.slice(bang + 1).split(":");
  if (sheet < 0 || !/^\$?[A-Z]+\$?\d+$/.test(first) || !/^\$?[A-Z]+\$?\d+$/.test(last)) {
    return undefined;
  }
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

function sheetName(model: Model, index: number): string {
  return model.getWorksheetsProperties()[index]?.name ?? "";
}
