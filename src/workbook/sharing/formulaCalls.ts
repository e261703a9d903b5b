/**
 * Finding AICOST.<FUNCTION>( calls in a formula and rewriting them, leaving every other
 * character exactly as it was. Pure.
 *
 * The formula is split by @borgar/fx's tokenizer, whose tokens put together give back the
 * formula byte for byte, so a rewrite only ever replaces the calls it was asked to. The
 * tokenizer already knows what is NOT a call: text in quotes ("AICOST.RATIO(" with ""
 * escapes), quoted sheet names ('My ''AICOST.RATIO('' sheet'!A1), structured references and
 * error literals. What is left here is matching parentheses and splitting arguments at the
 * commas of their own level (not those inside nested calls, parentheses or {array;constants}).
 */
import { nodeTypes, parse, tokenize, tokenTypes, type Token } from "@borgar/fx";

/** The add-in's custom-function namespace (manifest <Namespace>). */
export const ADDIN_NAMESPACE = "AICOST";
const PREFIX = `${ADDIN_NAMESPACE}.`;

/** Tokens [start, end) of one argument, between the call's parentheses and commas. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

export interface AddinCall {
  /** The function's id after "AICOST.", in upper case: "BURN.YEARS" (Excel ignores case). */
  readonly id: string;
  /** The name as the formula writes it: "aicost.burn.years". */
  readonly written: string;
  /** Token index of the name; its "(" follows it. */
  readonly name: number;
  /** Token index of the matching ")". */
  readonly close: number;
  /**
   * The text between the parentheses split at the call's own commas: always one span at least
   * (`F()` and `F( )` have one blank span, so a rewrite keeps the space), `F(,)` two.
   */
  readonly args: readonly TokenSpan[];
  /** Arguments as Excel counts them: `F()` and `F( )` have none, `F(,)` two blank ones. */
  readonly count: number;
}

export interface ScannedFormula {
  readonly formula: string;
  readonly tokens: readonly Token[];
  /** Every AICOST call, outer calls before the calls nested in them, in reading order. */
  readonly calls: readonly AddinCall[];
  /** False when a call's parentheses do not close (never in a formula Excel accepted). */
  readonly complete: boolean;
}

const OPEN = "(";
const CLOSE = ")";

export function scanFormula(formula: string): ScannedFormula {
  const tokens = tokenize(formula, {
    withLocation: false,
    mergeRefs: false,
    negativeNumbers: false,
  });
  const calls: AddinCall[] = [];
  let complete = true;
  tokens.forEach((token, i) => {
    if (!isAddinName(token) || !isOperator(tokens[i + 1], OPEN)) return;
    const call = readCall(tokens, i);
    if (call) calls.push(call);
    else complete = false;
  });
  return { formula, tokens, calls, complete };
}

/** A function token in the add-in's namespace, e.g. `AICOST.RATIO` or `aicost.burn.years`. */
function isAddinName(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.type === tokenTypes.FUNCTION &&
    token.value.length > PREFIX.length &&
    token.value.slice(0, PREFIX.length).toUpperCase() === PREFIX
  );
}

function isOperator(token: Token | undefined, value: string): boolean {
  return token !== undefined && token.type === tokenTypes.OPERATOR && token.value === value;
}

/** The call whose name is at `name`, or undefined when its ")" is missing. */
function readCall(tokens: readonly Token[], name: number): AddinCall | undefined {
  const args: TokenSpan[] = [];
  let depth = 0; // parentheses opened inside the call
  let braces = 0; // {array constants}, whose commas separate columns
  let start = name + 2;
  for (let i = name + 2; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== tokenTypes.OPERATOR) continue;
    const v = token.value;
    if (v === OPEN) depth++;
    else if (v === "{") braces++;
    else if (v === "}") braces--;
    else if (v === "," && depth === 0 && braces === 0) {
      args.push({ start, end: i });
      start = i + 1;
    } else if (v === CLOSE) {
      if (depth > 0) {
        depth--;
        continue;
      }
      args.push({ start, end: i });
      const first = args[0];
      const count = args.length === 1 && first && isBlank(tokens, first) ? 0 : args.length;
      const written = tokens[name]?.value ?? "";
      return {
        id: written.slice(PREFIX.length).toUpperCase(),
        written,
        name,
        close: i,
        args,
        count,
      };
    }
  }
  return undefined;
}

/** A span holding nothing but whitespace: an omitted argument, as in `F(1,,3)`. */
export function isBlank(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let i = span.start; i < span.end; i++) {
    const type = tokens[i]?.type;
    if (type !== tokenTypes.WHITESPACE && type !== tokenTypes.NEWLINE) return false;
  }
  return true;
}

/** The text of tokens [start, end), unchanged. */
function textOf(tokens: readonly Token[], span: TokenSpan): string {
  let text = "";
  for (let i = span.start; i < span.end; i++) text += tokens[i]?.value ?? "";
  return text;
}

/**
 * The formula with each AICOST call replaced by what `replace` makes of it, given the call and
 * its arguments' texts (already rewritten, for calls nested in them). Everything outside the
 * calls is copied as it is. `replace` returning undefined keeps the call's own text.
 */
export function rewriteCalls(
  scanned: ScannedFormula,
  replace: (call: AddinCall, args: readonly string[]) => string | undefined
): string {
  const byName = new Map(scanned.calls.map((c) => [c.name, c]));
  const { tokens } = scanned;
  const render = (span: TokenSpan): string => {
    let text = "";
    for (let i = span.start; i < span.end; i++) {
      const call = byName.get(i);
      if (call && call.close < span.end) {
        const args = call.args.map(render);
        text += replace(call, args) ?? textOf(tokens, { start: i, end: call.close + 1 });
        i = call.close;
      } else {
        text += tokens[i]?.value ?? "";
      }
    }
    return text;
  };
  return render({ start: 0, end: tokens.length });
}

const IGNORED_IN_COMPARISON = new Set<string>([tokenTypes.WHITESPACE, tokenTypes.NEWLINE]);

/** A formula's tokens without whitespace: what a spreadsheet keeps of it. */
export function significantTokens(formula: string): Token[] {
  return tokenize(formula, {
    withLocation: false,
    mergeRefs: false,
    negativeNumbers: false,
  }).filter((t) => !IGNORED_IN_COMPARISON.has(t.type));
}

/**
 * Whether two formulas are the same as far as a spreadsheet is concerned. Excel and IronCalc
 * hand back what was written normalised: function and name case changed (IronCalc writes
 * `=cost.ratio(1,2)`), spaces dropped, numbers shortened (1.50 → 1.5), sheet names quoted only
 * where they must be, and (IronCalc) parentheses that change nothing dropped. So formulas are
 * compared as syntax trees where they parse, token by token where they do not; text in quotes
 * must match exactly, everything else up to case.
 */
export function sameFormula(a: string, b: string): boolean {
  const ta = syntaxTree(a);
  const tb = syntaxTree(b);
  if (ta !== undefined && tb !== undefined) return ta === tb;
  const sa = significantTokens(a);
  const sb = significantTokens(b);
  return sa.length === sb.length && sa.every((t, i) => sameToken(t, sb[i]));
}

/**
 * Whether two formulas are the same but for their references (B1 in one, B2 in the other): what
 * a spreadsheet does to a formula when rows or columns are inserted or sheets renamed. False
 * where either does not parse.
 */
export function sameFormulaExceptReferences(a: string, b: string): boolean {
  const ta = syntaxTree(a, true);
  return ta !== undefined && ta === syntaxTree(b, true);
}

/** The formula's syntax tree as comparable text (case and quoting normalised), if it parses. */
function syntaxTree(formula: string, withoutReferences = false): string | undefined {
  try {
    const tree = normalised(parse(tokenize(formula, { withLocation: false }), {}));
    return JSON.stringify(withoutReferences ? referencesBlanked(tree) : tree);
  } catch {
    return undefined;
  }
}

/** A normalised tree with every reference's address blanked (names are kept: they do not move). */
function referencesBlanked(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(referencesBlanked);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = referencesBlanked(value);
  if (out.type === nodeTypes.REFERENCE && out.kind !== "name" && out.kind !== "table") {
    out.value = "";
  }
  return out;
}

/**
 * A syntax tree without what a spreadsheet may change when it hands a formula back: the raw
 * spelling of numbers, the case of names, functions, references and errors, and sheet quotes.
 * Text literals keep their case.
 */
function normalised(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalised);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== "raw" && key !== "loc") out[key] = normalised(value);
  }
  const upper = (v: unknown): unknown => (typeof v === "string" ? v.toUpperCase() : v);
  if (out.type === nodeTypes.IDENTIFIER) out.name = upper(out.name);
  if (out.type === nodeTypes.ERROR) out.value = upper(out.value);
  if (out.type === nodeTypes.REFERENCE && typeof out.value === "string") {
    out.value = unquoteContext(out.value).toUpperCase();
  }
  return out;
}

/** `'My ''s'!A1` → `My 's!A1`: a quoted sheet name as the name itself. */
function unquoteContext(reference: string): string {
  const end = reference.lastIndexOf("'!");
  if (end < 0) return reference;
  return `${reference.slice(1, end).replace(/''/g, "'")}${reference.slice(end + 1)}`;
}

function sameToken(a: Token, b: Token | undefined): boolean {
  if (b === undefined) return false;
  const ca = contextName(a);
  if (ca !== undefined) return ca.toUpperCase() === contextName(b)?.toUpperCase();
  if (a.type !== b.type) return false;
  if (a.type === tokenTypes.STRING) return a.value === b.value;
  if (a.type === tokenTypes.NUMBER) return Number(a.value) === Number(b.value);
  return a.value.toUpperCase() === b.value.toUpperCase();
}

/** The sheet a context token names (quotes taken off), or undefined for other tokens. */
export function contextName(t: Token): string | undefined {
  if (t.type === tokenTypes.CONTEXT) return t.value;
  if (t.type === tokenTypes.CONTEXT_QUOTE) return t.value.slice(1, -1).replace(/''/g, "'");
  return undefined;
}
