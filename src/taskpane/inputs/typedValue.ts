/**
 * A value typed into an input's numeric field: accepted as a model value, or refused with a
 * message that says which range is allowed. Refused values are never written. Pure.
 */
import { formatValue, validateInputs, type InputSpec } from "../../model";
import { formMessages } from "../../workbook/messages";
import { fromFieldText, type FieldUnit } from "./fieldUnits";

export type TypedValue =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

export function readTypedValue(spec: InputSpec, unit: FieldUnit, text: string): TypedValue {
  const value = fromFieldText(text, unit);
  if (value === undefined) {
    return {
      ok: false,
      message: formMessages.notANumber(
        spec.label,
        formatValue(spec.min, spec.unit),
        formatValue(spec.max, spec.unit)
      ),
    };
  }
  // The model's own validation, for this input alone (its range); its message names the range.
  const own = validateInputs({ [spec.id]: value }).find((p) => p.inputId === spec.id);
  return own ? { ok: false, message: own.message } : { ok: true, value };
}
