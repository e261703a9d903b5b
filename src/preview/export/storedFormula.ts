/**
 * A formula as Excel stores it in a file, from the formula as typed (docs/HOSTS.md, "Stored
 * formulas"): a function newer than Excel 2007 is stored with the "_xlfn." prefix ("future
 * function"), and a few dynamic-array functions with "_xlfn._xlws."; without the prefix Excel
 * opens the file but shows #NAME? where they are used. LAMBDA and LET parameters are stored
 * as "_xlpm.name" wherever they are used, and an optional LAMBDA parameter, typed "[name]", is
 * declared as "_xlop.name" without brackets: "[_xlpm.name]" is not a stored form, and Excel
 * drops the whole defined name as a repair (measured with Excel's own saves of LAMBDA names).
 *
 * Names of the workbook (BURN.YEARS, in_FundingUsd), references, text and numbers are left as
 * they are. The formula has no leading "=" on either side.
 */
import { tokenize, type Token } from "./formulaTokens";

const XLFN = "_xlfn.";
const XLWS = "_xlfn._xlws.";

/**
 * Functions added to Excel after 2007, by the prefix they are stored with (docs/HOSTS.md,
 * dynamic-array functions included). The few 2010+ functions stored without a prefix
 * (NETWORKDAYS.INTL, WORKDAY.INTL, ISO.CEILING, ECMA.CEILING) are not listed.
 */
const FUTURE_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ...[
    "ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE",
    "BINOM.INV BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE",
    "CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA",
    "CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL",
    "DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST",
    "FIELDVALUE FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT",
    "FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST",
    "GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS IMAGE IMCOSH IMCOT IMCSC",
    "IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST",
    "LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NORM.DIST",
    "NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC",
    "PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC",
    "RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SINGLE SKEW.P",
    "SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE",
    "TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT",
    "VAR.P VAR.S VSTACK WEBSERVICE WEIBULL.DIST WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST",
  ]
    .join(" ")
    .split(" ")
    .map((name): [string, string] => [name, XLFN]),
  ["FILTER", XLWS],
  ["SORT", XLWS],
]);

/** The prefix Excel stores a function with ("" for one every Excel knows). */
export function futurePrefix(functionName: string): string {
  return FUTURE_FUNCTIONS.get(functionName.toUpperCase()) ?? "";
}

/** One argument of a call or group: its tokens and nested calls, commas excluded. */
type Argument = Node[];
type Node =
  | { readonly kind: "token"; readonly token: Token }
  | { readonly kind: "call"; readonly name: string; readonly args: Argument[] }
  | { readonly kind: "group"; readonly args: Argument[] };

/** The formula as Excel stores it in a file (both without "="). */
export function storedFormula(formula: string): string {
  const parser: Parser = { tokens: tokenize(formula), at: 0, formula };
  const { args, closed } = parseArguments(parser);
  if (closed) throw new Error(`A ")" has no "(" in the formula: ${formula}`);
  return writeArguments(args, new Set());
}

interface Parser {
  readonly tokens: readonly Token[];
  readonly formula: string;
  at: number;
}

/** Arguments up to the ")" that closes them (consumed, closed: true) or the formula's end. */
function parseArguments(parser: Parser): { args: Argument[]; closed: boolean } {
  const args: Argument[] = [[]];
  const current = (): Argument => args[args.length - 1] as Argument;
  while (parser.at < parser.tokens.length) {
    const token = parser.tokens[parser.at] as Token;
    parser.at += 1;
    if (token.kind === "close") return { args, closed: true };
    if (token.kind === "comma") args.push([]);
    else if (token.kind === "open") {
      current().push({ kind: "group", args: parseNested(parser) });
    } else if (token.kind === "word" && parser.tokens[parser.at]?.kind === "open") {
      parser.at += 1;
      current().push({ kind: "call", name: token.text, args: parseNested(parser) });
    } else current().push({ kind: "token", token });
  }
  return { args, closed: false };
}

function parseNested(parser: Parser): Argument[] {
  const { args, closed } = parseArguments(parser);
  if (!closed) throw new Error(`A "(" is not closed in the formula: ${parser.formula}`);
  return args;
}

/** Names are compared as Excel does, without case. */
const key = (name: string): string => name.toUpperCase();

function writeArgument(arg: Argument, scope: ReadonlySet<string>): string {
  return arg.map((node) => writeNode(node, scope)).join("");
}

function writeNode(node: Node, scope: ReadonlySet<string>): string {
  if (node.kind === "token") {
    const { token } = node;
    return token.kind === "word" && scope.has(key(token.text)) ? `_xlpm.${token.text}` : token.text;
  }
  if (node.kind === "group") return `(${writeArguments(node.args, scope)})`;
  const upper = key(node.name);
  if (scope.has(upper)) return `_xlpm.${node.name}(${writeArguments(node.args, scope)})`;
  if (upper === "LAMBDA") return `${XLFN}${node.name}(${writeLambda(node.args, scope)})`;
  if (upper === "LET") return `${XLFN}${node.name}(${writeLet(node.args, scope)})`;
  return `${futurePrefix(node.name)}${node.name}(${writeArguments(node.args, scope)})`;
}

function writeArguments(args: readonly Argument[], scope: ReadonlySet<string>): string {
  return args.map((a) => writeArgument(a, scope)).join(",");
}

/** LAMBDA(x, [y], body): parameters declared as _xlpm.x and _xlop.y, used as _xlpm. */
function writeLambda(args: readonly Argument[], scope: ReadonlySet<string>): string {
  const inner = new Set(scope);
  const params = args.slice(0, -1).map((arg) => {
    const param = parameterOf(arg);
    inner.add(key(param.name));
    return `${param.space.before}${param.optional ? "_xlop." : "_xlpm."}${param.name}${param.space.after}`;
  });
  const body = args[args.length - 1] ?? [];
  return [...params, writeArgument(body, inner)].join(",");
}

/** LET(name1, value1, name2, value2, …, body): each name is seen by what follows it. */
function writeLet(args: readonly Argument[], scope: ReadonlySet<string>): string {
  const inner = new Set(scope);
  const written = args.map((arg, i) => {
    const isName = i % 2 === 0 && i < args.length - 1;
    if (!isName) return writeArgument(arg, inner);
    const param = parameterOf(arg);
    if (param.optional) throw new Error(`LET names cannot be optional: [${param.name}]`);
    inner.add(key(param.name));
    return `${param.space.before}_xlpm.${param.name}${param.space.after}`;
  });
  return written.join(",");
}

interface Parameter {
  readonly name: string;
  readonly optional: boolean;
  readonly space: { readonly before: string; readonly after: string };
}

/** A declared parameter: a name, or [name] for an optional one, with the spaces around it. */
function parameterOf(arg: Argument): Parameter {
  const tokens = arg.map((node) => (node.kind === "token" ? node.token : undefined));
  const first = tokens.findIndex((t) => t?.kind !== "space");
  const last = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t?.kind !== "space");
  const core = tokens.slice(first, last + 1);
  const text = (t: (Token | undefined)[]): string => t.map((token) => token?.text ?? "").join("");
  const space = { before: text(tokens.slice(0, first)), after: text(tokens.slice(last + 1)) };
  const [a, b, c] = core;
  if (core.length === 1 && a?.kind === "word") return { name: a.text, optional: false, space };
  if (
    core.length === 3 &&
    a?.kind === "bracketOpen" &&
    b?.kind === "word" &&
    c?.kind === "bracketClose"
  )
    return { name: b.text, optional: true, space };
  throw new Error(`Not a parameter name: ${text(tokens)}`);
}
