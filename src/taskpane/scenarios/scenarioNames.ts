/**
 * Rules for scenario names, checked before anything is written. Pure.
 *
 * Names are compared trimmed and without regard to case: the comparison sheet looks scenarios
 * up by name, and Excel's lookups ignore case, so "Base" and "base" would be one scenario to it.
 */

export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
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
  if (trimmed === "") return "Give the scenario a name.";
  const clash = existing.find(
    (other) => sameName(other, trimmed) && !(except !== undefined && sameName(other, except))
  );
  return clash === undefined
    ? undefined
    : `A scenario named “${clash}” already exists. Choose another name.`;
}

/** "Base (copy)", or "Base (copy 2)", … : the first that no scenario has. */
export function copyName(name: string, existing: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${name} (copy)` : `${name} (copy ${n})`;
    if (!existing.some((other) => sameName(other, candidate))) return candidate;
  }
}
