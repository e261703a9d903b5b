/**
 * What one cell's formula becomes when the workbook is prepared for sharing. Pure.
 *
 * Every AICOST call in the formula must have a portable form, or none is used: the cell is
 * then frozen to the value it shows, so a colleague sees that value rather than #NAME?.
 * - A call of a function with a twin becomes a call of the twin (AICOST.RATIO(a,b) →
 *   COST.RATIO(a,b), arguments unchanged) when the workbook holds that twin as the add-in
 *   wrote it; otherwise the twin's LAMBDA body is written out with LET (nativeFormula.ts).
 * - Frozen: AICOST.FIGURE and AICOST.SOURCE (the article's constants), a function the add-in
 *   does not have, a call whose arguments the twin would not take the same way (too few or too
 *   many, a required one left blank, a range where the function takes one value), or a
 *   portable formula longer than Excel accepts.
 * - Left alone: a cell to freeze whose value says the function has not calculated (#NAME?,
 *   #BUSY!) or that a cell cannot hold as a value (#SPILL!).
 */
import { tokenTypes } from "@borgar/fx";
import type { Twin } from "../../model/twins";
import { addinFunction, type ConvertibleFunction } from "./addinFunctions";
import { frozenValue, describeValue, type ShownValue, type Written } from "./cellValues";
import {
  ADDIN_NAMESPACE,
  isBlank,
  rewriteCalls,
  scanFormula,
  type AddinCall,
  type ScannedFormula,
  type TokenSpan,
} from "./formulaCalls";
import { inlineTwin } from "./nativeFormula";
import { sharingMessages as say } from "../messages/sharing";

/** Excel's limit on the length of a cell's formula. */
const MAX_FORMULA_CHARS = 8192;

export type How = "twin" | "native" | "frozen";

export type Conversion =
  | {
      readonly how: How;
      readonly written: Written;
      readonly note: string;
      /** Frozen: why no portable form was used (the note says them too). */
      readonly reasons?: readonly string[];
    }
  | { readonly how: "leftAlone"; readonly note: string };

/** Whether the workbook holds a twin's name as the add-in wrote it (so a call of it computes the twin). */
export type TwinCheck = (twin: Twin) => boolean;

/** The cell's conversion, or null when its formula calls no AICOST function. */
export function convertFormula(
  formula: string,
  shown: ShownValue,
  twinReady: TwinCheck
): Conversion | null {
  const scanned = scanFormula(formula);
  if (scanned.calls.length === 0) {
    // A call cut short (never in a formula Excel accepted) is still a call: freeze it.
    return scanned.complete ? null : freeze(shown, [say.unreadableFormula]);
  }
  const reasons = scanned.complete
    ? unique(scanned.calls.flatMap((call) => refusals(scanned, call)))
    : [say.unreadableFormula];
  if (reasons.length > 0) return freeze(shown, reasons);

  const natives = new Set<string>();
  const written = rewriteCalls(scanned, (call, args) => {
    const fn = addinFunction(call.id) as ConvertibleFunction;
    if (twinReady(fn.twin)) return `${fn.twin.name}(${args.join(",")})`;
    natives.add(fn.twin.name);
    return inlineTwin(
      fn.twin,
      args.map((text, i) => (isBlank(scanned.tokens, spanAt(call, i)) ? undefined : text))
    );
  });
  if (written.length > MAX_FORMULA_CHARS) {
    return freeze(shown, [say.tooLongWhenPortable(MAX_FORMULA_CHARS)]);
  }
  const twins = unique(
    scanned.calls.map((c) => (addinFunction(c.id) as ConvertibleFunction).twin.name)
  );
  if (natives.size === 0) {
    return {
      how: "twin",
      written: { kind: "formula", formula: written },
      note: say.toTwin(twins),
    };
  }
  return {
    how: "native",
    written: { kind: "formula", formula: written },
    note: say.toNative([...natives]),
  };
}

/** Why a call cannot become its twin as it stands (none: it can). */
function refusals(scanned: ScannedFormula, call: AddinCall): string[] {
  const name = `${ADDIN_NAMESPACE}.${call.id}`;
  const fn = addinFunction(call.id);
  if (!fn) return [say.notAnAddinFunction(name)];
  if (fn.twin === null) return [say.noPortableForm(name, fn.why)];
  const params = fn.twin.params;
  const required = params.filter((p) => !p.optional).length;
  const count = call.count;
  if (count < required || count > params.length) {
    const takes = required === params.length ? `${required}` : `${required} to ${params.length}`;
    return [say.wrongArgumentCount(name, count, takes)];
  }
  const reasons: string[] = [];
  if (count === 0) return reasons;
  call.args.forEach((span, i) => {
    const param = params[i];
    if (param && !param.optional && isBlank(scanned.tokens, span)) {
      reasons.push(say.requiredArgumentBlank(name, param.name));
    }
    if (!fn.takesRanges && isMultiCell(scanned, span)) {
      reasons.push(say.rangeForOneValue(name));
    }
  });
  return reasons;
}

/** A range (A1:B2, A:A, Table[Col]) or an array constant at the argument's own level. */
function isMultiCell(scanned: ScannedFormula, span: TokenSpan): boolean {
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const token = scanned.tokens[i];
    if (!token) continue;
    if (token.type === tokenTypes.OPERATOR) {
      if (token.value === "(") depth++;
      else if (token.value === ")") depth--;
      else if (depth === 0 && (token.value === ":" || token.value === "{")) return true;
    } else if (
      depth === 0 &&
      (token.type === tokenTypes.REF_BEAM ||
        token.type === tokenTypes.REF_TERNARY ||
        token.type === tokenTypes.REF_STRUCT)
    ) {
      return true;
    }
  }
  return false;
}

function spanAt(call: AddinCall, i: number): TokenSpan {
  const span = call.args[i];
  if (!span) throw new Error(`No argument ${i} in ${call.written}`);
  return span;
}

function freeze(shown: ShownValue, reasons: readonly string[]): Conversion {
  const value = frozenValue(shown);
  if ("refused" in value) {
    return { how: "leftAlone", note: say.leftAlone(value.refused, reasons) };
  }
  return {
    how: "frozen",
    written: value,
    note: say.frozen(describeValue(value), reasons),
    reasons,
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
