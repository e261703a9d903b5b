/**
 * A load over the add-in's own sheets, and the workbook's layout (plan.ts, "Layouts"): where to
 * read what an upgrade needs (surveySources), and what the load does once it is read
 * (decideLayout): go on as decided, upgrade, or stop. Pure: each host reads the sources (its
 * survey), ../upgrade.ts decides what goes over.
 *
 * Everything is found the way the rest of the host finds it: the stamp and the inputs through
 * their names (an input's ownership marker first: it stays on the add-in's cell even where the
 * analyst pointed the name elsewhere), the tables through their markers (their header rows).
 * Where a name is gone, the place the older layout put the thing is read instead: layouts never
 * move cells, so that is where it still is, and the headers are checked before anything is used.
 */
import type { InputId } from "../../model";
import { HostError, type HostProblem } from "../host";
import { LAYOUT_STAMP_NAME, ownershipMarkerName } from "../names";
import { rangeAddress } from "../a1";
import { planInputs, type CellBlock, type PlanTable } from "../plan";
import {
  blocksSince,
  carryWork,
  layoutStep,
  misplacedTables,
  planWithCarriedWork,
  reloadWarnings,
  ROWS_READ_BELOW,
  takenCells,
  upgradeLine,
  type CarriedWork,
  type FoundBlock,
  type FoundStamp,
  type FoundWork,
} from "../upgrade";
import type { LoadDecision, LoadOptions } from "./decision";
import { combineProblems, keptScenariosLine } from "../messages/load";
import { NameSet, sameName, sheetOfReference } from "../references";
import type { WorkbookSnapshot } from "./snapshot";

/** Cells to read: through a defined name, or at an address on a sheet. */
export type RangeSource =
  { readonly name: string } | { readonly sheet: string; readonly address: string };

export interface TableSource {
  /** Its header row (the marker's reference may be wider than planned: columns added by hand). */
  readonly header: RangeSource;
  /** Body rows to read below the header. */
  readonly rows: number;
  /** Rows to read below those (the saved scenarios: ROWS_READ_BELOW), else 0. */
  readonly below: number;
  /** The table's name and sheet as the workbook names them (for messages). */
  readonly tableName: string;
  readonly sheetName: string;
}

export interface SurveySources {
  /** The stamp's name, when it refers to cells of a sheet in the workbook. */
  readonly stamp: string | null;
  readonly inputs: Partial<Record<InputId, RangeSource>>;
  readonly tables: Partial<Record<PlanTable["key"], TableSource>>;
  /** Blocks a newer layout added, on sheets that exist: must be free to upgrade. */
  readonly newBlocks: readonly { readonly sheetName: string; readonly block: CellBlock }[];
}

/** Where to read, decided from the snapshot and the load's decision (sheet names as they are). */
export function surveySources(snapshot: WorkbookSnapshot, decision: LoadDecision): SurveySources {
  const sheets = new NameSet(snapshot.sheets.map((s) => s.name));
  const usable = (name: string): boolean => {
    const found = snapshot.names.find((n) => sameName(n.name, name));
    const sheet = found ? sheetOfReference(found.formula) : null;
    return sheet !== null && sheets.has(sheet);
  };
  const existing = (key: string): string | undefined =>
    decision.sheets.find((s) => s.key === key && s.action === "update")?.name;
  const plan = decision.plan;

  const inputs: Partial<Record<InputId, RangeSource>> = {};
  const inputsSheet = existing("inputs");
  for (const cell of planInputs(plan)) {
    const { id } = cell;
    const marker = ownershipMarkerName("NAME", cell.name);
    if (usable(marker)) inputs[id] = { name: marker };
    else if (usable(cell.name)) inputs[id] = { name: cell.name };
    else if (inputsSheet !== undefined) inputs[id] = { sheet: inputsSheet, address: cell.address };
  }

  const tables: Partial<Record<PlanTable["key"], TableSource>> = {};
  for (const table of plan.tables) {
    const sheetName = existing(table.sheet);
    if (sheetName === undefined) continue;
    const marker = ownershipMarkerName("TABLE", table.key);
    const header: RangeSource = usable(marker)
      ? { name: marker }
      : {
          sheet: sheetName,
          address: rangeAddress(table.headerRow, table.column, 1, table.columns.length),
        };
    const rows = table.analystData ? table.capacity : table.rows.length;
    // Read on a reload too (the same window as an upgrade), so both warn of rows below.
    const below = table.analystData ? ROWS_READ_BELOW : 0;
    const tableName = decision.tables.find((t) => t.table.key === table.key)?.name ?? table.name;
    tables[table.key] = { header, rows, below, tableName, sheetName };
  }

  // A sheet a later layout added (every block on it that layout's or newer) and that exists
  // with the add-in's marker was written by that layout: none of its cells was left for the
  // analyst. Its blocks are not read back (the Trials sheet's would be some 28 MB).
  const sheetSince = (sheet: (typeof plan.sheets)[number]): number =>
    Math.min(...sheet.blocks.map((b) => b.since ?? 1));
  const newBlocks = blocksSince(plan, 1).flatMap(({ sheet, block }) => {
    const sheetName = existing(sheet.key);
    const since = sheetSince(sheet);
    if (since > 1 && (block.since ?? 1) === since) return [];
    return sheetName === undefined ? [] : [{ sheetName, block }];
  });
  return { stamp: usable(LAYOUT_STAMP_NAME) ? LAYOUT_STAMP_NAME : null, inputs, tables, newBlocks };
}

/** What the survey read (survey.ts), as the pure upgrade logic takes it. */
export interface Survey {
  readonly stamp: FoundStamp;
  readonly work: FoundWork;
  readonly newBlocks: readonly FoundBlock[];
}

/**
 * The load's decision once the layout is known: as it was (this layout; with a warning of rows
 * below the saved scenarios, which it leaves where they are), the upgrade (an older layout: the
 * analyst's work carried over, everything written), or a HostError (a newer layout,
 * an unreadable stamp, cells the upgrade needs in use, tables whose headers were changed, or
 * whose columns the analyst moved: columnOrder.ts).
 */
export function decideLayout(
  decision: LoadDecision,
  survey: Survey,
  options: LoadOptions
): LoadDecision {
  const current = decision.plan.version;
  const step = layoutStep(survey.stamp, current);
  if (step.kind === "refuse") throw new HostError(step.problem);
  if (step.kind === "current") {
    const misplaced = misplacedTables(decision.plan, survey.work.tables);
    if (misplaced.length > 0) throw new HostError(combineProblems(misplaced));
    const warnings = reloadWarnings(decision.plan, survey.work.tables);
    if (warnings.length === 0) return decision;
    const summary = { ...decision.summary, warnings: [...decision.summary.warnings, ...warnings] };
    return { ...decision, summary };
  }
  const newBlocks = survey.newBlocks.filter((b) => (b.block.since ?? 1) > step.from);
  const carried = carryWork(decision.plan, survey.work, { ...options, from: step.from });
  const problems: HostProblem[] = [
    ...takenCells(newBlocks, current, step.from),
    ...(carried.ok ? [] : carried.problems),
  ];
  if (problems.length > 0 || !carried.ok) throw new HostError(combineProblems(problems));
  return upgradeDecision(decision, carried.work, step.from);
}

/** Everything written, with the analyst's work in place of the article's values. */
export function upgradeDecision(
  decision: LoadDecision,
  work: CarriedWork,
  from: number
): LoadDecision {
  const plan = planWithCarriedWork(decision.plan, work);
  const tables = decision.tables.map((step) => ({
    ...step,
    table: plan.tables.find((t) => t.key === step.table.key) ?? step.table,
    rows: "all" as const,
  }));
  // The scenarios are reported as carried (work.kept), not as left in place.
  const leftInPlace = new Set(
    decision.tables.filter((t) => t.rows === "none").map((t) => keptScenariosLine(t.name))
  );
  return {
    ...decision,
    plan,
    sheets: decision.sheets.map((s) => ({ ...s, writeAnalystData: true })),
    tables,
    keptInputsSheet: null,
    summary: {
      ...decision.summary,
      updated: [upgradeLine(from, plan.version), ...decision.summary.updated],
      upgradedFrom: from,
      kept: [...work.kept, ...decision.summary.kept.filter((line) => !leftInPlace.has(line))],
      warnings: [...decision.summary.warnings, ...work.warnings],
    },
  };
}
