/**
 * A load's summary once it is written: the decision's own (reconcile.ts, layout.ts) with what
 * only the writes can tell, in the same words from every host: the kept input values that
 * differ from the article's, the figures the analyst marked as overridden, and the twins.
 */
import { formatValue } from "../../model";
import { planInputs, type InputCell } from "../plan";
import type { LoadSummary } from "../host";
import { keptFigureLine, keptInputLine, keptInputNotANumber, twinsLine } from "../messages/load";
import type { LoadDecision, NameStep } from "./decision";

/** The kept input cells' values, read after the writes (`valueOf`: what the cell shows). */
export function keptInputLines(
  decision: LoadDecision,
  valueOf: (cell: InputCell) => unknown
): string[] {
  if (decision.keptInputsSheet === null) return [];
  return planInputs(decision.plan).flatMap((cell) => {
    const value = valueOf(cell);
    const { label } = cell;
    if (typeof value !== "number") return [keptInputNotANumber(label, String(value))];
    if (sameValue(value, cell.base)) return [];
    return [keptInputLine(label, formatValue(value, cell.unit), formatValue(cell.base, cell.unit))];
  });
}

/** The overridden figures a reload kept: a table's body rows as read, and its flag column. */
export function keptFigureLines(
  tableName: string,
  rows: readonly (readonly unknown[])[],
  flagColumn: number
): string[] {
  return rows.flatMap((row) =>
    row[flagColumn] === true ? [keptFigureLine(tableName, String(row[0]))] : []
  );
}

/** The twins' lines when they were written. */
export function twinEntries(
  decision: LoadDecision
): Pick<LoadSummary, "created" | "updated" | "warnings"> {
  const twins = decision.twins.filter((t) => !t.hidden);
  const entry = (action: NameStep["action"]): string[] => {
    const names = twins.filter((t) => t.action === action).map((t) => t.name);
    return names.length > 0 ? [twinsLine(names)] : [];
  };
  return { created: entry("create"), updated: entry("update"), warnings: [] };
}

/** The decision's summary with what the writes found. */
export function writtenSummary(
  decision: LoadDecision,
  found: {
    readonly keptInputs: readonly string[];
    readonly keptFigures: readonly string[];
    readonly twins: Pick<LoadSummary, "created" | "updated" | "warnings">;
    readonly warnings?: readonly string[];
  }
): LoadSummary {
  const summary = decision.summary;
  return {
    ...summary,
    created: [...summary.created, ...found.twins.created],
    updated: [...summary.updated, ...found.twins.updated],
    kept: [...found.keptInputs, ...found.keptFigures, ...summary.kept],
    warnings: [...summary.warnings, ...found.twins.warnings, ...(found.warnings ?? [])],
  };
}

/** A typed number keeps 15 significant digits (Excel and IronCalc alike): compare to that. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
