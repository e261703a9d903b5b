/**
 * A small tokenizer for en-US Excel formulas, enough to rewrite function names and LAMBDA/LET
 * parameters without touching what must stay as written: text in double quotes, quoted sheet
 * names, error literals, numbers and references. The tokens' texts joined give the formula
 * back exactly (spaces included), so a rewrite changes only the tokens it means to.
 */

export type TokenKind =
  | "string" // "text", with "" for a quote
  | "sheet" // 'Quoted sheet'! (the reference that follows is its own token)
  | "error" // #NUM!, #DIV/0!, #N/A, …
  | "word" // a name, a function name, a reference (B5, $B$5, Sheet1!B5), TRUE, a number
  | "open" // (
  | "close" // )
  | "comma" // , (argument separator; also the union operator, the same for a rewrite)
  | "bracketOpen" // [ (around an optional LAMBDA parameter)
  | "bracketClose" // ]
  | "space"
  | "other"; // operators, braces, semicolons, ':'

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** Excel's error literals, longest first so "#N/A" is not read as "#N". */
const ERRORS = [
  "#GETTING_DATA",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#NUM!",
  "#REF!",
  "#N/A",
];

/** Characters a name, function name, reference or number is made of. */
const WORD = /[A-Za-z0-9_.$!\\?:]/;
const SINGLE: Readonly<Record<string, TokenKind>> = {
  "(": "open",
  ")": "close",
  ",": "comma",
  "[": "bracketOpen",
  "]": "bracketClose",
};

/** Splits a formula (with or without its leading "=") into tokens; throws on an open quote. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      if (ch === "'" && formula.charAt(end + 1) === "!") {
        tokens.push({ kind: "sheet", text: formula.slice(i, end + 2) });
        i = end + 2;
      } else {
        tokens.push({ kind: ch === '"' ? "string" : "other", text: formula.slice(i, end + 1) });
        i = end + 1;
      }
      continue;
    }
    if (ch === "#") {
      const error = ERRORS.find((e) => formula.startsWith(e, i));
      if (error) {
        tokens.push({ kind: "error", text: error });
        i += error.length;
        continue;
      }
    }
    const single = SINGLE[ch];
    if (single) {
      tokens.push({ kind: single, text: ch });
      i += 1;
      continue;
    }
    const run = (test: (c: string) => boolean, kind: TokenKind): void => {
      let end = i;
      while (end < formula.length && test(formula.charAt(end))) end++;
      tokens.push({ kind, text: formula.slice(i, end) });
      i = end;
    };
    if (/\s/.test(ch)) run((c) => /\s/.test(c), "space");
    else if (WORD.test(ch)) {
      const end = wordEnd(formula, i);
      tokens.push({ kind: "word", text: formula.slice(i, end) });
      i = end;
    } else {
      tokens.push({ kind: "other", text: ch });
      i += 1;
    }
  }
  return tokens;
}

/**
 * Where a word that starts at `from` ends: it runs on over name characters, and over the sign
 * of a number's exponent (1E-14), so that a number stays one token.
 */
function wordEnd(formula: string, from: number): number {
  let end = from;
  while (end < formula.length) {
    const c = formula.charAt(end);
    const exponentSign = (c === "+" || c === "-") && /^[0-9.]+[eE]$/.test(formula.slice(from, end));
    if (!WORD.test(c) && !exponentSign) break;
    end++;
  }
  return end;
}

/** The index of the quote that closes the one at `from` (a doubled quote is part of the text). */
function closingQuote(formula: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < formula.length) {
    if (formula.charAt(i) === quote) {
      if (formula.charAt(i + 1) === quote) i += 2;
      else return i;
    } else i += 1;
  }
  throw new Error(`A quote is not closed in the formula: ${formula}`);
}
