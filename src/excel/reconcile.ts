/**
 * Reconcile: what a load must do to the analyst's workbook, decided from the plan and a
 * snapshot of the workbook (snapshot.ts), before anything is written. Pure: no Office.js.
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
import type { HostProblem, LoadSummary } from "../workbook/host";
import { ownershipMarkerName, OWNERSHIP_PREFIX } from "../workbook/names";
import type {
  NameKind,
  PlanChart,
  PlanName,
  PlanTable,
  SheetKey,
  WorkbookPlan,
} from "../workbook/plan";
import {
  freeSheetName,
  freeTableName,
  isTableNameFor,
  NameSet,
  sameName,
  sheetOfReference,
} from "./refs";
import type { NameInfo, SheetInfo, TableInfo, WorkbookSnapshot } from "./snapshot";

export interface LoadOptions {
  /** Write the article's values over the analyst's input values. */
  readonly resetInputs: boolean;
}

/** Builds the plan with the given sheet names (src/workbook's buildPlan). */
export type PlanMaker = (options: {
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
}) => WorkbookPlan;

export interface SheetStep {
  readonly key: SheetKey;
  /** The name in the workbook: planned, a free one, or the analyst's rename of the add-in's sheet. */
  readonly name: string;
  readonly action: "create" | "update";
  /** Write the blocks marked analystData (input values): on a new sheet, or when resetting. */
  readonly writeAnalystData: boolean;
}

export interface TableStep {
  readonly table: PlanTable;
  /** The table's name in the workbook (planned, or free). */
  readonly name: string;
  /** The name of its sheet in the workbook. */
  readonly sheet: string;
  readonly action: "create" | "update";
  /**
   * Which body rows to write: "all" (a new table, or a reset), "none" (saved scenarios on a
   * reload: the analyst's), or "unmarked" (a reload of a figure table: rows the analyst marked
   * as overridden stay as they are; the others get the article's values back).
   */
  readonly rows: "all" | "none" | "unmarked";
}

export interface NameStep {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly action: "create" | "update";
  /** Ownership markers are hidden from Name Manager. */
  readonly hidden: boolean;
}

export interface ChartStep {
  readonly chart: PlanChart;
  /** The name of its sheet in the workbook. */
  readonly sheet: string;
}

export interface LoadDecision {
  /** The plan built with the sheet names in the workbook. */
  readonly plan: WorkbookPlan;
  readonly sheets: readonly SheetStep[];
  readonly tables: readonly TableStep[];
  /** Defined names and every ownership marker, written with the cells. */
  readonly names: readonly NameStep[];
  /** The portable LAMBDA twins and their markers, written last: an Excel without LAMBDA refuses them. */
  readonly twins: readonly NameStep[];
  /** Charts to add (on sheets created now; an existing chart is left as the analyst has it). */
  readonly charts: readonly ChartStep[];
  /** The inputs sheet whose values are kept (to say which differ from the article), if any. */
  readonly keptInputsSheet: string | null;
  readonly summary: LoadSummary;
}

export type Reconciliation =
  | { readonly ok: true; readonly decision: LoadDecision }
  | { readonly ok: false; readonly problems: readonly HostProblem[] };

/** What each kind of name is for, in the analyst's words. */
const NAME_PURPOSE: Readonly<Record<NameKind, string>> = {
  input: "an input cell",
  output: "a result cell",
  calc: "a calculation of the model",
  scenarioColumn: "a column of the saved scenarios",
  check: "a check",
  twin: "a portable function",
};

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
    problems.push({
      code: "protected",
      message: "The workbook's structure is protected, so the add-in cannot add its sheets.",
      repair:
        "Unprotect the workbook (Review > Protect Workbook), load the article's figures, then protect it again if you wish.",
    });
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
        warnings.push(
          `Your workbook has its own "${name.name}", so the add-in's portable ${name.name} was not written (=AICOST.${name.name}() still works where the add-in is installed).`
        );
      } else {
        problems.push(conflict);
      }
      continue;
    }
    if (existing && own && !isTwin && !sameFormula(existing.formula, own.formula)) {
      // The analyst pointed the add-in's name somewhere else: theirs to decide, kept as is.
      kept.push(`${name.name}: your own definition (${existing.formula})`);
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
    if (t.rows === "none") kept.push(`Your saved scenarios in ${t.name}`);
  }

  const count = (n: number): string[] => (n > 0 ? [`${n} named cells and ranges`] : []);
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

/** Several reasons to stop, as the one problem a HostError carries. */
export function combineProblems(problems: readonly HostProblem[]): HostProblem {
  const [first] = problems;
  if (!first) throw new Error("combineProblems needs at least one problem");
  if (problems.length === 1) return first;
  return {
    code: first.code,
    message: `${problems.length} things stop the load: ${problems.map((p, i) => `(${i + 1}) ${p.message}`).join(" ")}`,
    repair: problems.map((p, i) => `(${i + 1}) ${p.repair}`).join(" "),
  };
}

function resolveSheets(
  plan: WorkbookPlan,
  existing: readonly SheetInfo[],
  marker: (kind: "SHEET", key: string) => NameInfo | undefined,
  options: LoadOptions,
  warnings: string[]
): SheetStep[] {
  const taken = new NameSet(existing.map((s) => s.name));
  const owned = new Map<SheetKey, string>();
  for (const sheet of plan.sheets) {
    const m = marker("SHEET", sheet.key);
    const target = m ? sheetOfReference(m.formula) : null;
    const found = target === null ? undefined : existing.find((s) => sameName(s.name, target));
    if (found) owned.set(sheet.key, found.name);
  }
  return plan.sheets.map((sheet): SheetStep => {
    const name = owned.get(sheet.key);
    if (name !== undefined) {
      return { key: sheet.key, name, action: "update", writeAnalystData: options.resetInputs };
    }
    const free = freeSheetName(sheet.name, taken);
    taken.add(free);
    if (free !== sheet.name) {
      warnings.push(
        `Your sheet "${sheet.name}" is left as it is: the add-in's ${sheet.key} sheet is named "${free}".`
      );
    }
    return { key: sheet.key, name: free, action: "create", writeAnalystData: true };
  });
}

function resolveTables(
  plan: WorkbookPlan,
  sheets: readonly SheetStep[],
  snapshot: WorkbookSnapshot,
  names: ReadonlyMap<string, NameInfo>,
  options: LoadOptions,
  problems: HostProblem[],
  warnings: string[]
): TableStep[] {
  const taken = new NameSet([...snapshot.tables.map((t) => t.name), ...names.keys()]);
  const claimed = new NameSet();
  const steps: TableStep[] = [];
  for (const table of plan.tables) {
    const sheet = sheets.find((s) => s.key === table.sheet);
    if (!sheet) throw new Error(`The plan puts table ${table.name} on a sheet it does not have`);
    // On the add-in's own sheet, its table is the one of its planned (or earlier free) name.
    const found =
      sheet.action === "update"
        ? snapshot.tables.find(
            (t) =>
              sameName(t.sheet, sheet.name) &&
              isTableNameFor(table.name, t.name) &&
              !claimed.has(t.name)
          )
        : undefined;
    if (found) {
      claimed.add(found.name);
      steps.push({
        table,
        name: found.name,
        sheet: sheet.name,
        action: "update",
        rows: table.analystData
          ? "none"
          : table.keepRowsMarkedBy && !options.resetInputs
            ? "unmarked"
            : "all",
      });
      continue;
    }
    if (sheet.action === "update") {
      const stranger = snapshot.tables.find(
        (t) =>
          sameName(t.sheet, sheet.name) && !plan.tables.some((p) => isTableNameFor(p.name, t.name))
      );
      if (stranger) {
        problems.push({
          code: "conflict",
          message: `The add-in's sheet "${sheet.name}" holds a table "${stranger.name}" that is not the add-in's, where the add-in must put its table "${table.name}".`,
          repair: `Rename the table back to "${table.name}" if it was the add-in's (Table Design > Table Name), or move it to another sheet, then load again.`,
        });
        continue;
      }
    }
    const name = freeTableName(table.name, taken);
    taken.add(name);
    claimed.add(name);
    if (name !== table.name) {
      warnings.push(
        `The name "${table.name}" is already used in your workbook: the add-in's table is named "${name}".`
      );
    }
    steps.push({ table, name, sheet: sheet.name, action: "create", rows: "all" });
  }
  return steps;
}

function plannedSheetName(plan: WorkbookPlan, key: SheetKey): string {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`The plan has no ${key} sheet`);
  return sheet.name;
}

function protectedSheet(name: string): HostProblem {
  return {
    code: "protected",
    message: `The add-in's sheet "${name}" is protected, so its figures and formulas cannot be updated.`,
    repair: `Unprotect "${name}" (Review > Unprotect Sheet), load the article's figures again, then protect it again if you wish.`,
  };
}

function nameConflict(name: PlanName, existing: NameInfo): HostProblem {
  return {
    code: "conflict",
    message: `Your workbook already has a name "${existing.name}" (${existing.formula}), which the add-in needs for ${NAME_PURPOSE[name.kind]}.`,
    repair: `Rename or delete your "${existing.name}" (Formulas > Name Manager), then load the article's figures again.`,
  };
}

function tableConflict(name: PlanName, table: TableInfo): HostProblem {
  return {
    code: "conflict",
    message: `Your table "${table.name}" on "${table.sheet}" has the name the add-in needs for ${NAME_PURPOSE[name.kind]}.`,
    repair: `Rename your table (Table Design > Table Name), then load the article's figures again.`,
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

/** Markers are recognised by prefix; exported for the host's "is anything loaded?" test. */
export function isOwnershipMarker(name: string): boolean {
  return upper(name).startsWith(upper(OWNERSHIP_PREFIX));
}
