/**
 * A load's decision, as data: what reconcile.ts decided to create, update or keep, with the
 * names things have in the workbook. applyPlan.ts carries it out; tests read it directly.
 */
import type { HostProblem, LoadSummary } from "../host";
import type { PlanChart, PlanTable, SheetKey, WorkbookPlan } from "../plan";

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
