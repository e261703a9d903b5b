/**
 * The named input and output cells, read as the workbook holds them, and turned into the
 * WorkbookState the pane shows. Outputs are what Excel computed (a number, "never", or an
 * error's text such as "#NUM!"), never recomputed here. Hand edits become problems with a
 * repair: a lost name, an empty input, text where a number belongs, an output formula deleted.
 * Pure: the Office.js reads are in excelHost.ts.
 */
import {
  INPUT_IDS,
  inputSpec,
  OUTPUT_IDS,
  outputSpec,
  validateInputs,
  type InputId,
  type OutputId,
} from "../model";
import type { CellReading, HostProblem, WorkbookState } from "../workbook/host";
import type { WorkbookPlan } from "../workbook/plan";
import { RELOAD_REPAIR } from "./officeErrors";

/** One named cell as read: its value and Excel's value type, or its name is gone. */
export type NamedReading =
  | { readonly kind: "cell"; readonly value: unknown; readonly type: string }
  | { readonly kind: "missing" };

export interface NamedReadings {
  readonly inputs: Readonly<Record<InputId, NamedReading>>;
  readonly outputs: Readonly<Record<OutputId, NamedReading>>;
}

/** Excel.RangeValueType values, as strings (the Excel global does not exist outside Excel). */
const VALUE_TYPE = {
  number: "Double",
  text: "String",
  boolean: "Boolean",
  error: "Error",
  empty: "Empty",
} as const;

const RETYPE_INPUT_REPAIR =
  'Type a number in it, or use "Reset inputs to the article" to put the article\'s value back.';

export function stateFromReadings(plan: WorkbookPlan, readings: NamedReadings): WorkbookState {
  const problems: HostProblem[] = [];
  const inputs: Partial<Record<InputId, number>> = {};
  for (const id of INPUT_IDS) {
    const { label } = inputSpec(id);
    const name = plan.inputCells[id].name;
    const reading = readings.inputs[id];
    if (reading.kind === "missing") {
      problems.push(lostName(`The input "${label}"`, name));
      continue;
    }
    if (reading.type === VALUE_TYPE.number && typeof reading.value === "number") {
      inputs[id] = reading.value;
      continue;
    }
    problems.push({
      code: "damaged",
      message: `The input "${label}" (${name}) ${notANumber(reading)}.`,
      repair: RETYPE_INPUT_REPAIR,
    });
  }
  // Inputs outside the model's range still compute; the analyst is told which and why.
  for (const p of validateInputs(inputs)) {
    if (inputs[p.inputId] === undefined) continue; // already reported above
    problems.push({
      code: "invalid-input",
      message: p.message,
      repair: "Type a value within the range, or move the slider.",
    });
  }

  const outputs: Partial<Record<OutputId, CellReading>> = {};
  for (const id of OUTPUT_IDS) {
    const { label } = outputSpec(id);
    const name = plan.outputCells[id].name;
    const reading = readings.outputs[id];
    if (reading.kind === "missing") {
      problems.push(lostName(`The result "${label}"`, name));
    } else if (reading.type === VALUE_TYPE.empty) {
      problems.push({
        code: "damaged",
        message: `The result "${label}" (${name}) is empty: its formula was deleted.`,
        repair: RELOAD_REPAIR,
      });
    } else if (typeof reading.value === "number") {
      outputs[id] = reading.value;
    } else {
      // "never", or an error's text such as "#NUM!": shown as the workbook shows it.
      outputs[id] = String(reading.value);
    }
  }
  return { loaded: true, inputs, outputs, problems };
}

function lostName(what: string, name: string): HostProblem {
  return {
    code: "damaged",
    message: `${what} has lost its name ${name} (deleted in Name Manager, or its cell was deleted).`,
    repair: RELOAD_REPAIR,
  };
}

function notANumber(reading: { readonly value: unknown; readonly type: string }): string {
  switch (reading.type) {
    case VALUE_TYPE.empty:
      return "is empty";
    case VALUE_TYPE.error:
      return `shows ${String(reading.value)} instead of a number`;
    case VALUE_TYPE.boolean:
      return `holds ${String(reading.value).toUpperCase()} instead of a number`;
    default:
      return `holds the text "${String(reading.value)}" instead of a number`;
  }
}

/** A workbook the article was never loaded into: nothing to read, nothing wrong. */
export const NOT_LOADED: WorkbookState = { loaded: false, inputs: {}, outputs: {}, problems: [] };
