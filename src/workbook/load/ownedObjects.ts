/**
 * Finding the add-in's own sheets and tables in a snapshot, and free names for the ones it must
 * create beside the analyst's (reconcile.ts says the rules). Pure.
 */
import type { HostProblem } from "../host";
import type { SheetKey, WorkbookPlan } from "../plan";
import { sheetBesideYours, strangerTable, tableBesideYours } from "../messages/load";
import type { LoadOptions, SheetStep, TableStep } from "./decision";
import {
  freeSheetName,
  freeTableName,
  isTableNameFor,
  NameSet,
  sameName,
  sheetOfReference,
} from "../references";
import type { NameInfo, SheetInfo, WorkbookSnapshot } from "./snapshot";

export function resolveSheets(
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
      warnings.push(sheetBesideYours(sheet.name, sheet.key, free));
    }
    return { key: sheet.key, name: free, action: "create", writeAnalystData: true };
  });
}

export function resolveTables(
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
        // The name the add-in's table would have: the planned one, or a free one beside the analyst's.
        const ours = freeTableName(table.name, taken);
        problems.push(strangerTable(sheet.name, stranger.name, ours));
        continue;
      }
    }
    const name = freeTableName(table.name, taken);
    taken.add(name);
    claimed.add(name);
    if (name !== table.name) {
      warnings.push(tableBesideYours(table.name, name));
    }
    steps.push({ table, name, sheet: sheet.name, action: "create", rows: "all" });
  }
  return steps;
}

export function plannedSheetName(plan: WorkbookPlan, key: SheetKey): string {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`The plan has no ${key} sheet`);
  return sheet.name;
}
