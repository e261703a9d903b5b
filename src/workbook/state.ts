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
  INPUT_IDS,
  inputSpec,
  OUTPUT_IDS,
  outputSpec,
  validateInputs,
  type InputId,
  type OutputId,
} from "../model";
import { HostError, type CellReading, type HostProblem, type WorkbookState } from "./host";
import {
  inputNotANumber,
  inputOutOfRange,
  inputRefused,
  lostCell,
  resultEmpty,
} from "./messages/state";
import type { WorkbookPlan } from "./plan";
import type { ShownValue } from "./sharing/cellValues";

/** One named cell as read: what it shows, or it cannot be found (its name or sheet is gone). */
export type NamedReading =
  { readonly kind: "cell"; readonly value: ShownValue } | { readonly kind: "missing" };

export interface NamedReadings {
  readonly inputs: Readonly<Record<InputId, NamedReading>>;
  readonly outputs: Readonly<Record<OutputId, NamedReading>>;
}

/** A workbook the article was never loaded into (no ownership marker): nothing to read, nothing wrong. */
export const NOT_LOADED: WorkbookState = { loaded: false, inputs: {}, outputs: {}, problems: [] };

export function stateFromReadings(plan: WorkbookPlan, readings: NamedReadings): WorkbookState {
  const problems: HostProblem[] = [];
  const inputs: Partial<Record<InputId, number>> = {};
  for (const id of INPUT_IDS) {
    const { label } = inputSpec(id);
    const name = plan.inputCells[id].name;
    const reading = readings.inputs[id];
    if (reading.kind === "missing") problems.push(lostCell("input", label, name));
    else if (reading.value.kind === "number") inputs[id] = reading.value.value;
    else problems.push(inputNotANumber(label, name, holds(reading.value)));
  }
  // Inputs outside the model's range still compute; the analyst is told which and why.
  for (const p of validateInputs(inputs)) {
    if (inputs[p.inputId] !== undefined) problems.push(inputOutOfRange(p.message));
  }

  const outputs: Partial<Record<OutputId, CellReading>> = {};
  for (const id of OUTPUT_IDS) {
    const { label } = outputSpec(id);
    const name = plan.outputCells[id].name;
    const reading = readings.outputs[id];
    if (reading.kind === "missing") problems.push(lostCell("result", label, name));
    else if (reading.value.kind === "empty") problems.push(resultEmpty(label, name));
    else outputs[id] = shown(reading.value);
  }
  return { loaded: true, inputs, outputs, problems };
}

/** Refuses, before anything is written, a value the model does not take for this input. */
export function checkInputValue(id: InputId, value: number): void {
  const spec = inputSpec(id);
  if (Number.isFinite(value) && value >= spec.min && value <= spec.max) return;
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
