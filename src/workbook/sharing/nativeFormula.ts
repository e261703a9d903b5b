/**
 * A twin without its workbook name: the LAMBDA's body inlined in LET, with the call's
 * arguments bound to the LAMBDA's parameter names. Used where the workbook lacks the twin's
 * name (an Excel without LAMBDA, whose LET still works, or a name the analyst defined as their
 * own): the cell still computes exactly what the twin computes, with no name to depend on.
 *
 * ISOMITTED works only inside a LAMBDA, so each ISOMITTED(param) of the body is replaced by
 * TRUE or FALSE, as the call at hand omits the argument or not; an omitted parameter is bound
 * to 0, which the body never reads (every optional parameter goes through
 * IF(ISOMITTED(p),default,p)).
 */
import { tokenize, tokenTypes } from "@borgar/fx";
import type { Twin } from "../../model/twins";

const OMITTED_PLACEHOLDER = "0";

/** The twin's body: its formula without `LAMBDA(params,` and the last `)`. */
function twinBody(twin: Twin): string {
  const head = `LAMBDA(${twin.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(",")},`;
  if (!twin.formula.startsWith(head) || !twin.formula.endsWith(")")) {
    throw new Error(`The twin ${twin.name} is not LAMBDA(params, body)`);
  }
  return twin.formula.slice(head.length, -1);
}

/**
 * `LET(p1,arg1,p2,arg2,…,body)` for a call of the twin; `args[i]` is undefined where the call
 * omits argument i (left out or blank), which only optional parameters may be.
 */
export function inlineTwin(twin: Twin, args: readonly (string | undefined)[]): string {
  const omitted = new Set<string>();
  const bindings = twin.params.map((param, i) => {
    const arg = args[i];
    if (arg === undefined) {
      if (!param.optional) throw new Error(`${twin.name}: ${param.name} is required`);
      omitted.add(param.name.toUpperCase());
      return `${param.name},${OMITTED_PLACEHOLDER}`;
    }
    return `${param.name},${arg}`;
  });
  return `LET(${bindings.join(",")},${answerIsOmitted(twinBody(twin), omitted)})`;
}

/** The body with every ISOMITTED(name) replaced by TRUE or FALSE. */
function answerIsOmitted(body: string, omitted: ReadonlySet<string>): string {
  const tokens = tokenize(body, { withLocation: false, mergeRefs: false, negativeNumbers: false });
  let text = "";
  for (let i = 0; i < tokens.length; i++) {
    const [fn, open, param, close] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (
      fn?.type === tokenTypes.FUNCTION &&
      fn.value.toUpperCase() === "ISOMITTED" &&
      open?.value === "(" &&
      param?.type === tokenTypes.REF_NAMED &&
      close?.value === ")"
    ) {
      text += omitted.has(param.value.toUpperCase()) ? "TRUE" : "FALSE";
      i += 3;
    } else {
      text += fn?.value ?? "";
    }
  }
  return text;
}
