/**
 * Reconcile: what a load must do to the analyst's workbook, decided from the plan and a
 * snapshot of the workbook (snapshot.ts), before anything is written. Pure, the same for every host.
 *
 * The rule (plan.ts, "Ownership"): an object is the add-in's only when its ownership marker
 * (the hidden name AICOST_OWNS_<KIND>_<key>) says so. Everything else is the analyst's, and
 * nothing of theirs is overwritten, deleted or renamed:
 * - a sheet of the planned name without a marker: the add-in's sheet gets a free name
 *   ("Inputs (2)") and the plan is rebuilt with it, so every reference points at the add-in's;
 * - a table name taken (by a table or a defined name): the add-in's table gets a free name
 *   ("ArticleCosts_2"); formulas never use table names, so nothing else changes;
 * - a defined name taken: the load stops and says what to rename (formulas use these names,
 *   so there is no free name to fall back on). A portable LAMBDA twin is only skipped;
 * - an add-in sheet that must be updated but is protected, or a protected workbook structure
 *   when a sheet must be added: the load stops and says how to unprotect.
 * The add-in's own objects are updated in place. The analyst's input values (blocks marked
 * analystData) and the figures they marked as overridden are kept unless they asked to reset
 * to the article; saved scenarios are kept even then (they are the analyst's work).
 */
import type { HostProblem, LoadSummary } from "../host";
import { ownershipMarkerName } from "../names";
import type { LoadOptions, NameStep, PlanMaker, Reconciliation } from "./decision";
import {
  keptOwnDefinition,
  keptScenariosLine,
  nameConflict,
  namesLine,
  protectedSheet,
  STRUCTURE_PROTECTED,
  tableConflict,
  twinLeftOut,
} from "../messages/load";
import { plannedSheetName, resolveSheets, resolveTables } from "./ownedObjects";
import { NameSet, sameName } from "../references";
import type { SheetKey } from "../plan";
import type { NameInfo, WorkbookSnapshot } from "./snapshot";

export type * from "./decision";

export function reconcile(
  snapshot: WorkbookSnapshot,
  options: LoadOptions,
  makePlan: PlanMaker
): Reconciliation {
  const problems: HostProblem[] = [];
  const warnings: string[] = [];
  const names = byName(snapshot.names);
  const marker = (kind: "SHEET" | "TABLE" | "NAME", key: string): NameInfo | undefined =>
    names.get(upper(ownershipMarkerName(kind, key)));

  // Sheets: the add-in's are found through their markers (whatever the analyst renamed them to).
  const planned = makePlan({});
  const sheets = resolveSheets(planned, snapshot.sheets, marker, options, warnings);
  const sheetNames = Object.fromEntries(sheets.map((s) => [s.key, s.name])) as Record<
    SheetKey,
    string
  >;
  const renamed = sheets.some((s) => s.name !== plannedSheetName(planned, s.key));
  const plan = renamed ? makePlan({ sheetNames }) : planned;

  for (const step of sheets) {
    const sheet = snapshot.sheets.find((s) => sameName(s.name, step.name));
    if (step.action === "update" && sheet?.protected) problems.push(protectedSheet(step.name));
  }
  if (snapshot.structureProtected && sheets.some((s) => s.action === "create")) {
    problems.push(STRUCTURE_PROTECTED);
  }

  const tables = resolveTables(plan, sheets, snapshot, names, options, problems, warnings);
  const ourTables = new NameSet(tables.map((t) => t.name));

  // Defined names: the add-in's (marker matches) are updated; the analyst's stop the load.
  const nameSteps: NameStep[] = [];
  const twinSteps: NameStep[] = [];
  const kept: string[] = [];
  let namesCreated = 0;
  let namesUpdated = 0;
  for (const name of plan.names) {
    const existing = names.get(upper(name.name));
    const own = marker("NAME", name.name);
    const userTable = snapshot.tables.find(
      (t) => sameName(t.name, name.name) && !ourTables.has(t.name)
    );
    const isTwin = name.requires === "lambda";
    const conflict = userTable
      ? tableConflict(name, userTable)
      : existing && !own
        ? nameConflict(name, existing)
        : undefined;
    if (conflict) {
      if (isTwin) {
        warnings.push(twinLeftOut(name.name));
      } else {
        problems.push(conflict);
      }
      continue;
    }
    if (existing && own && !isTwin && !sameFormula(existing.formula, own.formula)) {
      // The analyst pointed the add-in's name somewhere else: theirs to decide, kept as is.
      kept.push(keptOwnDefinition(name.name, existing.formula));
      continue;
    }
    const steps = isTwin ? twinSteps : nameSteps;
    steps.push({
      name: name.name,
      formula: name.formula,
      comment: name.comment,
      action: existing ? "update" : "create",
      hidden: false,
    });
    if (!isTwin) {
      if (existing) namesUpdated++;
      else namesCreated++;
    }
  }

  if (problems.length > 0) return { ok: false, problems };

  // Markers for everything the add-in writes (and only that): sheets, tables, names.
  const written = new NameSet([...nameSteps, ...twinSteps].map((n) => n.name));
  const writtenTables = new Set<string>(tables.map((t) => t.table.key));
  for (const m of plan.ownership) {
    const mine =
      m.kind === "SHEET" ||
      (m.kind === "TABLE" && writtenTables.has(m.key)) ||
      (m.kind === "NAME" && written.has(m.key));
    if (!mine) continue;
    const step: NameStep = {
      name: m.markerName,
      formula: m.formula,
      comment: "",
      action: names.has(upper(m.markerName)) ? "update" : "create",
      hidden: true,
    };
    (m.requires === "lambda" ? twinSteps : nameSteps).push(step);
  }

  const charts = plan.charts.flatMap((chart) => {
    const step = sheets.find((s) => s.key === chart.sheet);
    return step?.action === "create" ? [{ chart, sheet: step.name }] : [];
  });

  const inputsStep = sheets.find((s) => s.key === "inputs");
  const keptInputsSheet =
    inputsStep && inputsStep.action === "update" && !inputsStep.writeAnalystData
      ? inputsStep.name
      : null;
  for (const t of tables) {
    if (t.rows === "none") kept.push(keptScenariosLine(t.name));
  }

  const count = (n: number): string[] => (n > 0 ? [namesLine(n)] : []);
  const summary: LoadSummary = {
    created: [
      ...sheets.filter((s) => s.action === "create").map((s) => s.name),
      ...tables.filter((t) => t.action === "create").map((t) => t.name),
      ...count(namesCreated),
    ],
    updated: [
      ...sheets.filter((s) => s.action === "update").map((s) => s.name),
      ...tables.filter((t) => t.action === "update").map((t) => t.name),
      ...count(namesUpdated),
    ],
    kept,
    warnings,
  };
  return {
    ok: true,
    decision: {
      plan,
      sheets,
      tables,
      names: nameSteps,
      twins: twinSteps,
      charts,
      keptInputsSheet,
      summary,
    },
  };
}

/** Names by their upper-case form (Excel's names are case-insensitive). */
function byName(names: readonly NameInfo[]): Map<string, NameInfo> {
  return new Map(names.map((n) => [upper(n.name), n]));
}

function upper(name: string): string {
  return name.toLocaleUpperCase("en-US");
}

/** Two formulas as Excel returns them (both normalised the same way): equal up to case. */
function sameFormula(a: string, b: string): boolean {
  return upper(a) === upper(b);
}
