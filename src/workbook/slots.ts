/**
 * Fixed places in the layout (plan.ts, "Layouts"). Every input (src/model INPUT_SPECS) and every
 * calculation line (CALC_LINES) has a slot: its number among its kind, 0, 1, 2, … in the order
 * they were added, never reused or changed, and the layout that added it (`since`, absent:
 * layout 1). The sheets place things by slot and by layout, never by their order in a list:
 *
 * - where a kind has room to grow (the Inputs sheet's rows, the Model sheet's rows, the saved
 *   scenarios' columns) the place is the slot itself, so a new one lands below or to the right;
 * - where something follows a kind (the Compare sheet's inputs, then outputs, then workings; the
 *   Checks sheet's inputs, then figures), each layout's additions form a section of their own,
 *   after every older layout's (`byLayout`).
 *
 * So a new input or line can be written anywhere in its list (the lists keep the order that
 * reads best) and no cell of an older layout moves.
 */
import type { InputSpec } from "../model";
import type { CalcLine } from "./calculations";

/** Something with a fixed place in the layout. */
export interface Slotted {
  readonly slot: number;
  readonly since?: number;
}

/** What a plan lays out: the layout's number, its inputs and its calculation lines. */
export interface LayoutContent {
  /** The layout (PLAN_VERSION), written as the stamp. */
  readonly version: number;
  readonly inputs: readonly InputSpec[];
  readonly lines: readonly CalcLine[];
}

/** The layout that added it. */
export function sinceOf(item: Slotted): number {
  return item.since ?? 1;
}

/** The block option for cells of that layout (layout 1's blocks carry no `since`). */
export function sinceOption(since: number): { since?: number } {
  return since > 1 ? { since } : {};
}

/** In slot order. */
export function bySlot<T extends Slotted>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.slot - b.slot);
}

/** Grouped by the layout that added them, oldest first, each group in slot order. */
export function byLayout<T extends Slotted>(
  items: readonly T[]
): { readonly since: number; readonly items: readonly T[] }[] {
  const sinces = [...new Set(items.map(sinceOf))].sort((a, b) => a - b);
  return sinces.map((since) => ({
    since,
    items: bySlot(items.filter((item) => sinceOf(item) === since)),
  }));
}

/**
 * Throws (a mistake in the code, never the analyst's) unless the slots are 0 … n − 1, each
 * once, and a later slot never comes from an older layout than an earlier one, and none from a
 * layout after `version`: then a new slot is always below or to the right of every older one.
 */
export function checkSlots(
  kind: string,
  items: readonly (Slotted & { readonly id: string })[],
  version: number
): void {
  const sorted = bySlot(items);
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    if (item.slot !== i) {
      throw new Error(`The ${kind} slots must be 0 to ${items.length - 1}, each once: ${item.id}`);
    }
    if (previous && sinceOf(item) < sinceOf(previous)) {
      throw new Error(
        `The ${kind} ${item.id} (slot ${item.slot}) comes from layout ${sinceOf(item)}, older than slot ${previous.slot}'s: a new slot comes from the newest layout.`
      );
    }
    if (sinceOf(item) > version) {
      throw new Error(
        `The ${kind} ${item.id} comes from layout ${sinceOf(item)}, after this layout (${version}): bump PLAN_VERSION.`
      );
    }
  });
}
