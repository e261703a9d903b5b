/**
 * Test support: the analysis sheets' results read through their defined names (sens_…, map_…,
 * in_…_Low), as the task pane will read them, and a cell typed through its name.
 */
import { readCell, sheetIndexByName } from "../../../src/preview/engine";
import { asReading, type Reading } from "../../support/engineReads";
import { parseCellAddress } from "../../../src/workbook/a1";
import { typedInput, type WorkbookPlan } from "../../../src/workbook/plan";
import type { Model } from "../../support/ironcalc";

interface Place {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
}

/** Where a plan's name points: "='Sensitivity'!$N$8:$N$17" → its sheet and rectangle. */
export function namedPlace(model: Model, plan: WorkbookPlan, name: string): Place {
  const formula = plan.names.find((n) => n.name === name)?.formula;
  const match = formula ? /^='((?:[^']|'')+)'!(.+)$/.exec(formula) : null;
  if (!match) throw new Error(`No plan name ${name} over cells`);
  const [, sheetName = "", address = ""] = match;
  const [first = "", last = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  return {
    sheet: sheetIndexByName(model, sheetName.replace(/''/g, "'")),
    row: a.row,
    column: a.column,
    height: b.row - a.row + 1,
    width: b.column - a.column + 1,
  };
}

/** The cells a name covers, as readings (numbers, texts, error texts), row by row. */
export function readNamed(model: Model, plan: WorkbookPlan, name: string): Reading[][] {
  const at = namedPlace(model, plan, name);
  return Array.from({ length: at.height }, (_, i) =>
    Array.from({ length: at.width }, (_, j) =>
      asReading(readCell(model, at.sheet, at.row + i, at.column + j))
    )
  );
}

/** Type a value into the (first) cell of a name, as the analyst would, and recalculate. */
export function typeInto(
  model: Model,
  plan: WorkbookPlan,
  name: string,
  value: string | number
): void {
  const at = namedPlace(model, plan, name);
  model.setUserInput(at.sheet, at.row + 1, at.column + 1, typedInput(value));
  model.evaluate();
}
