/**
 * An output cell as the pane shows it. The value is the workbook's own (a number, "never", or
 * Excel's error text): the pane formats it in the analyst's units and never recomputes it. Pure.
 */
import { formatValue, NEVER, type Unit } from "../../model";
import type { CellReading } from "../../workbook/host";

export type ReadingView =
  | { readonly kind: "number"; readonly value: number; readonly text: string }
  | { readonly kind: "never"; readonly text: string }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "missing"; readonly text: string };

export function readingView(reading: CellReading | undefined, unit: Unit): ReadingView {
  if (reading === undefined) return { kind: "missing", text: "Not in the workbook" };
  if (typeof reading === "number")
    return { kind: "number", value: reading, text: formatValue(reading, unit) };
  if (reading === NEVER) return { kind: "never", text: "Never runs out" };
  // Excel's error text ("#NUM!", "#DIV/0!", "#NAME?"), exactly as the cell shows it.
  return { kind: "error", text: reading };
}
