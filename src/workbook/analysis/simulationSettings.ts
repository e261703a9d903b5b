/**
 * The Trials sheet's two choices the pane writes, the seed and the trial count, decided once for
 * both hosts: which named cells they go to and whether a value may go there at all (whole
 * numbers, 0 to the plan's largest seed and 1 to its rows of trials, as the sheet's B6 checks).
 * A refused value is a HostError before anything is written, in the catalogue's words, so
 * Excel and the preview refuse it alike; the pane checks a typed value with the same rule. Pure.
 */
import { HostError } from "../host";
import { trialsMessages } from "../messages/trials";
import type { NamedCell, SimulationCells, WorkbookPlan } from "../plan";

/** What the pane asks to write; a choice left out is left as the workbook has it. */
export interface SimulationSettings {
  readonly seed?: number;
  readonly trials?: number;
}

export interface SimulationLimits {
  readonly maxSeed: number;
  readonly maxTrials: number;
}

/** One write to carry out: the plan's cell and the number that goes in. */
export interface SimulationWrite {
  readonly cell: NamedCell;
  readonly value: number;
}

export function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** A number as the refusal quotes it: 100000000 → "100,000,000", 2.5 → "2.5". */
function shownNumber(value: number): string {
  return Number.isFinite(value)
    ? value.toLocaleString("en-US", { maximumFractionDigits: 15 })
    : String(value);
}

/** The problem with a seed or a count, or undefined when it may be written. */
export function settingProblem(
  limits: SimulationLimits,
  which: keyof SimulationSettings,
  value: number,
  typed: string = shownNumber(value)
): HostError | undefined {
  if (which === "seed") {
    return isWholeIn(value, 0, limits.maxSeed)
      ? undefined
      : new HostError(trialsMessages.seedRefused(typed, limits.maxSeed));
  }
  return isWholeIn(value, 1, limits.maxTrials)
    ? undefined
    : new HostError(trialsMessages.trialsRefused(typed, limits.maxTrials));
}

/**
 * The writes for these settings, seed first; throws the HostError of the first value refused
 * (nothing written), or of a plan without a Trials sheet.
 */
export function simulationWrites(
  plan: WorkbookPlan,
  settings: SimulationSettings
): SimulationWrite[] {
  const cells: SimulationCells | undefined = plan.simulation;
  if (!cells) throw new HostError(trialsMessages.noTrialsSheet);
  const writes: SimulationWrite[] = [];
  for (const which of ["seed", "trials"] as const) {
    const value = settings[which];
    if (value === undefined) continue;
    const problem = settingProblem(cells, which, value);
    if (problem) throw problem;
    writes.push({ cell: cells[which], value });
  }
  return writes;
}
