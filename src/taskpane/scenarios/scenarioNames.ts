/**
 * Rules for scenario names, checked before anything is written. Pure.
 *
 * Names are compared as the hosts compare them (src/workbook/scenarios: trimmed, without
 * regard to case), so the pane refuses exactly the names the workbook would refuse.
 */
import { scenarioNameKey } from "../../workbook/scenarios/table";
import { formMessages } from "../../workbook/messages";

/** What one Excel cell holds; names and notes are stored in cells of the scenarios table. */
export const CELL_TEXT_LIMIT = 32_767;

export function sameName(a: string, b: string): boolean {
  return scenarioNameKey(a) === scenarioNameKey(b);
}

/**
 * Why `name` cannot be used, or undefined when it can. `except` is the scenario being renamed
 * (keeping its own name, or changing only its case, is allowed).
 */
export function nameProblem(
  name: string,
  existing: readonly string[],
  except?: string
): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return formMessages.nameEmpty;
  if (trimmed.length > CELL_TEXT_LIMIT) return tooLong("A name");
  const clash = existing.find(
    (other) => sameName(other, trimmed) && !(except !== undefined && sameName(other, except))
  );
  return clash === undefined ? undefined : formMessages.nameTaken(clash);
}

/** "Base (copy)", or "Base (copy 2)", … : the first that no scenario has. */
export function copyName(name: string, existing: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${name} (copy)` : `${name} (copy ${n})`;
    if (!existing.some((other) => sameName(other, candidate))) return candidate;
  }
}

/** Why `note` cannot be saved, or undefined. Notes are optional; only Excel's cell limit applies. */
export function noteProblem(note: string): string | undefined {
  return note.trim().length > CELL_TEXT_LIMIT ? tooLong("A note") : undefined;
}

function tooLong(what: "A name" | "A note"): string {
  return formMessages.tooLong(what, CELL_TEXT_LIMIT);
}
