/**
 * What a read of the named inputs and results means, once for both hosts: each host reads the
 * cells (Excel through the defined names, the preview through the sheets' markers) into
 * NamedReadings, and this turns them into the WorkbookState the pane shows. Outputs are what
 * the workbook computed (a number, "never", or an error's text such as "#NUM!"), never
 * recomputed here. Hand edits become problems with a repair: a lost name or sheet, an empty
 * input, text where a number belongs, an output formula deleted. Pure.
 */
import {
  formatValue,
  inputSpec,
  outputSpec,
  validateInputs,
  type InputId,
  type OutputId,
} from "../model";
import { HostError, type CellReading, type HostProblem, type WorkbookState } from "./host";
import {
  inputNotANumber,
  inputNotInLayout,
  inputOutOfRange,
  inputRefused,
  lostCell,
  resultEmpty,
} from "./messages/state";
import { planInputs, planOutputs, type InputCell, type WorkbookPlan } from "./plan";
import type { ShownValue } from "./sharing/cellValues";
import { analysisFromCells, type AnalysisCells } from "./analysis/readings";

/** One named cell as read: what it shows, or it cannot be found (its name or sheet is gone). */
export type NamedReading =
  { readonly kind: "cell"; readonly value: ShownValue } | { readonly kind: "missing" };

/** By the plan's input and output cells (planInputs, planOutputs): absent reads as missing. */
export interface NamedReadings {
  readonly inputs: Readonly<Partial<Record<InputId, NamedReading>>>;
  readonly outputs: Readonly<Partial<Record<OutputId, NamedReading>>>;
  /** The analysis names' cells (analysis/readings.ts: analysisNames); absent: not read. */
  readonly analysis?: AnalysisCells;
}

const MISSING: NamedReading = { kind: "missing" };

/** A workbook the article was never loaded into (no ownership marker): nothing to read, nothing wrong. */
export const NOT_LOADED: WorkbookState = { loaded: false, inputs: {}, outputs: {}, problems: [] };

export function stateFromReadings(plan: WorkbookPlan, readings: NamedReadings): WorkbookState {
  const problems: HostProblem[] = [];
  const inputs: Partial<Record<InputId, number>> = {};
  for (const { id, label, name, since, base } of planInputs(plan)) {
    const reading = readings.inputs[id] ?? MISSING;
    // An input of a later layout than the workbook's has no cell until the upgrade, which
    // gives it the article's value: read before it, it is that value, not a lost cell.
    if (reading.kind === "missing" && (since ?? 1) > 1) inputs[id] = base;
    else if (reading.kind === "missing") problems.push(lostCell("input", label, name));
    else if (reading.value.kind === "number") inputs[id] = reading.value.value;
    else problems.push(inputNotANumber(label, name, holds(reading.value)));
  }
  // Inputs outside the model's range still compute; the analyst is told which and why.
  for (const p of validateInputs(inputs)) {
    if (inputs[p.inputId] !== undefined) problems.push(inputOutOfRange(p.message));
  }

  const outputs: Partial<Record<OutputId, CellReading>> = {};
  for (const { id, name } of planOutputs(plan)) {
    const { label } = outputSpec(id);
    const reading = readings.outputs[id] ?? MISSING;
    if (reading.kind === "missing") problems.push(lostCell("result", label, name));
    else if (reading.value.kind === "empty") problems.push(resultEmpty(label, name));
    else outputs[id] = shown(reading.value);
  }
  const analysis = readings.analysis ? analysisFromCells(readings.analysis, plan) : undefined;
  return { loaded: true, inputs, outputs, problems, ...(analysis ? { analysis } : {}) };
}

/**
 * The plan's cell of an input about to be written, refusing (before anything is written) an
 * input the plan has no cell for or a value the model does not take for it.
 */
export function checkInputValue(plan: WorkbookPlan, id: InputId, value: number): InputCell {
  const spec = plan.inputCells[id] as InputCell | undefined;
  if (spec === undefined) throw new HostError(inputNotInLayout(inputSpec(id).label));
  if (Number.isFinite(value) && value >= spec.min && value <= spec.max) return spec;
  throw new HostError(
    inputRefused(spec.label, formatValue(spec.min, spec.unit), formatValue(spec.max, spec.unit))
  );
}

/** A result as the workbook shows it: a number, or its text ("never", "#NUM!"). */
function shown(value: Exclude<ShownValue, { kind: "empty" }>): CellReading {
  switch (value.kind) {
    case "number":
    case "text":
    case "error":
      return value.value;
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
  }
}

function holds(value: Exclude<ShownValue, { kind: "number" }>): string {
  switch (value.kind) {
    case "empty":
      return "is empty";
    case "error":
      return `shows ${value.value} instead of a number`;
    case "boolean":
      return `holds ${value.value ? "TRUE" : "FALSE"} instead of a number`;
    case "text":
      return `holds the text "${value.value}" instead of a number`;
  }
}
