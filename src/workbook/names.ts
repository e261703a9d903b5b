/**
 * The add-in's defined names, in one place. Readable names with a short prefix that says what
 * kind of thing they are (in_, out_, calc_, scn_, chk_; sens_, map_ and sim_ for the analysis sheets;
 * in_<Input>_Low and _High for the cases beside an input), so that:
 * - none looks like a cell reference (IronCalc and Excel reject e.g. "OPT1" or "R1C1");
 * - none clashes with the portable LAMBDA twins (upper-case dotted names such as BURN.YEARS);
 * - an analyst reading =in_FundingUsd/out_SpendAtEfficiencyUsd knows what each part is.
 */
import type { OutputId } from "../model";
import type { OwnedKind } from "./plan";

/** "frontierAnnualSpendUsd" → "FrontierAnnualSpendUsd". */
function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** An input's name (any input of the layout, so the parameter is a plain string). */
export function inputName(id: string): string {
  return `in_${pascal(id)}`;
}

export function outputName(id: OutputId): string {
  return `out_${pascal(id)}`;
}

/** A named intermediate calculation on the model sheet. */
export function calcName(key: string): string {
  return `calc_${pascal(key)}`;
}

/** The whole capacity of one column of the scenarios table ("name", "note" or an input). */
export function scenarioColumnName(key: string): string {
  return `scn_${pascal(key)}`;
}

export const MASTER_CHECK_NAME = "chk_AllChecksPass";

/**
 * The layout stamp's cell (layoutStamp.ts): which layout of the add-in built the workbook. In
 * the add-in's own family of names, like its charts (AICOST_RunwayChart), so a colleague reading
 * Name Manager knows whose it is.
 */
export const LAYOUT_STAMP_NAME = "AICOST_LayoutVersion";

/** Every ownership marker starts with this; nothing else the add-in writes does. */
export const OWNERSHIP_PREFIX = "AICOST_OWNS_";

/** The hidden name that marks an object as the add-in's: AICOST_OWNS_SHEET_inputs, … */
export function ownershipMarkerName(kind: OwnedKind, key: string): string {
  return `${OWNERSHIP_PREFIX}${kind}_${key}`;
}

/** Which end of an input's cases. */
export type CaseEndName = "Low" | "High";

/** An input's low or high case, beside its value on the Inputs sheet: in_FundingUsd_Low. */
export function caseName(id: string, end: CaseEndName): string {
  return `${inputName(id)}_${end}`;
}

/** A result or a choice of the Sensitivity sheet: sens_RankedInput, … */
export function sensitivityName(key: string): string {
  return `sens_${pascal(key)}`;
}

/** A result or a choice of the Map sheet: map_Values, … */
export function mapName(key: string): string {
  return `map_${pascal(key)}`;
}

/** An input's shape for the Trials sheet, beside its cases: in_FundingUsd_Shape. */
export function shapeName(id: string): string {
  return `${inputName(id)}_Shape`;
}

/** A result or a choice of the Trials sheet: sim_Seed, sim_RunwayAtEfficientYears_P5, … */
export function simulationName(key: string): string {
  return `sim_${pascal(key)}`;
}
