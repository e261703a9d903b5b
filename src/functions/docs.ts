/**
 * The README section "Custom functions", generated from what the functions are: their
 * records (specs.ts) and their portable twins (model/twins.ts); and the table of names in
 * src/functions/README.md (checked by test/functions/source.test.ts).
 * test/functions/readme.test.ts checks that README.md holds exactly this text and runs every
 * example; `UPDATE_README=1 npx vitest run test/functions/readme.test.ts` rewrites it.
 * Pure: no file access, so the section is a function of the code.
 */
import * as finance from "../model/finance";
import { Twin, TWINS } from "../model/twins";
import type { ArgRule } from "./coerce";
import { Example, ExampleArg, FunctionSpec, SPECS_BY_ID } from "./specs";

type Specs = Readonly<Record<string, FunctionSpec>>;

export const NAMESPACE = "AICOST";
/** Where the help links of functions.json point: the README on the project's GitHub page. */
export const README_URL = "https://github.com/ai-cost-scenarios/ai-cost-scenarios";
export const SECTION_HEADING = "## Custom functions";

/** GitHub's anchor for a heading: lower case, punctuation other than - and _ dropped, spaces as -. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

export function fullName(id: string): string {
  return `${NAMESPACE}.${id}`;
}

/** A call with its arguments' names, optional ones in brackets: NAME(a, [b]). */
function signature(name: string, params: readonly { name: string; optional?: unknown }[]): string {
  return `${name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/** The twin of a custom function: the one mirroring the same model function. */
export function twinOfFunction(id: string): Twin | undefined {
  const spec = SPECS_BY_ID[id];
  return TWINS.find((t) => finance[t.mirrors] === spec?.compute);
}

/** An argument as typed in a formula: 40000000000, "low", {500000000;6000000}. */
export function formulaArg(arg: ExampleArg): string {
  if (typeof arg === "number") return String(arg);
  if (typeof arg === "string") return `"${arg}"`;
  return `{${arg.map(String).join(";")}}`;
}

export function exampleFormula(name: string, example: Example): string {
  return `=${name}(${example.args.map(formulaArg).join(", ")})`;
}

const SHOWN = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 });

/** A result as the README shows it: 6 significant digits, thousands grouped. */
export function shownResult(expected: Example["expected"]): string {
  if (typeof expected === "number") return SHOWN.format(expected);
  if (typeof expected === "string") return `“${expected}”`;
  return `${expected.map((x) => SHOWN.format(x)).join(" and ")} (one per cell)`;
}

function unitsCell(rules: readonly ArgRule[]): string {
  return rules.map((r) => `\`${r.name}\`: ${r.unit}`).join("<br>");
}

function tableRow([id, { rules, example }]: [string, FunctionSpec]): string {
  const twin = twinOfFunction(id);
  const cells = [
    `[\`${signature(fullName(id), rules)}\`](#${headingAnchor(fullName(id))})`,
    unitsCell(rules),
    `\`${exampleFormula(fullName(id), example)}\``,
    shownResult(example.expected),
    twin ? `\`${signature(twin.name, twin.params)}\`` : "—",
  ];
  return `| ${cells.join(" | ")} |`;
}

function functionSection([id, { rules, example, description }]: [string, FunctionSpec]): string {
  const twin = twinOfFunction(id);
  const lines = [
    `### ${fullName(id)}`,
    "",
    `\`${signature(fullName(id), rules)}\`: ${description}`,
    "",
    "| Argument | Unit | What it is |",
    "| --- | --- | --- |",
    ...rules.map(
      (r) => `| \`${r.name}\`${r.optional ? " (optional)" : ""} | ${r.unit} | ${r.description} |`
    ),
    "",
    `Example: \`${exampleFormula(fullName(id), example)}\` gives ${shownResult(example.expected)}: ${example.source}.`,
  ];
  if (twin) {
    lines.push(
      "",
      `Portable twin: \`=${signature(twin.name, twin.params)}\`, the workbook name \`${twin.name}\` defined as`,
      "",
      "```",
      `=${twin.formula}`,
      "```"
    );
  }
  return lines.join("\n");
}

const INTRODUCTION = `Type \`=AICOST.\` in a cell to list the functions; each one shows its help as you type. They compute with the same model as the task pane (\`src/model/\`). Money is in US dollars, shares are decimals (0.05 = 5%), growth rates are decimals per year (0.3 = +30% a year).`;

const RULES = [
  '- **Arguments.** Numbers as they are; TRUE and FALSE count as 1 and 0; an empty cell counts as 0 and an omitted optional argument takes its default; numeric text such as `"7.5%"`, `"$6,000,000"` or `"4e10"` is read as its number; any other text gives #VALUE! with a message naming the argument.',
  "- **Errors.** #DIV/0! when a baseline, run cost, spend or valuation is zero; #NUM! when a value is outside its domain (a negative amount, a share above 1, growth of −100% or less, a round above its post-money valuation) or the result is too large for Excel; #VALUE! for text that is not a number; #N/A for an unknown figure id (the message lists the valid ids) and where ranges of different sizes do not overlap.",
  "- **Ranges.** `RATIO`, `EQUIVALENT`, `SAVINGS` and `RUNS` take ranges and give one result per cell, each cell with its own number or error; a single cell, row or column is repeated across the other range, as in Excel's own arithmetic (`=A2:A9/B1`).",
  "- **Portable twins.** One add-in owns one namespace, so `AICOST.` functions show #NAME? for a colleague without the add-in. Each finance function therefore also has a twin, a workbook-level `LAMBDA` name that the add-in can write into the workbook: `=BURN.YEARS(40000000000, 7500000000)` then works in Excel 365 and 2024 without the add-in, with the same arguments and the same results (tested against the model on a spreadsheet engine).",
].join("\n");

/** The whole section, from its heading to its last line (no trailing newline). */
export function functionsSection(specs: Specs): string {
  const records = Object.entries(specs);
  return [
    SECTION_HEADING,
    "",
    "<!-- Generated from src/functions/ and src/model/twins.ts by src/functions/docs.ts: edit those, then run UPDATE_README=1 npx vitest run test/functions/readme.test.ts -->",
    "",
    INTRODUCTION,
    "",
    "| Function | Arguments and units | Example with the article's numbers | Result | Portable twin |",
    "| --- | --- | --- | --- | --- |",
    ...records.map(tableRow),
    "",
    RULES,
    "",
    records.map(functionSection).join("\n\n"),
  ].join("\n");
}

/** Where README's "Custom functions" section starts and ends (before the next "## " heading). */
function sectionBounds(readme: string): { start: number; end: number } {
  const start = readme.indexOf(`\n${SECTION_HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION_HEADING}" heading`);
  const next = readme.indexOf("\n## ", start + SECTION_HEADING.length + 1);
  return { start: start + 1, end: next < 0 ? readme.length : next };
}

/** README's "Custom functions" section as it stands, without trailing blank lines. */
export function currentFunctionsSection(readme: string): string {
  const { start, end } = sectionBounds(readme);
  return readme.slice(start, end).trimEnd();
}

/** README with its "Custom functions" section replaced by `section`. */
export function withFunctionsSection(readme: string, section: string): string {
  const { start, end } = sectionBounds(readme);
  return `${readme.slice(0, start)}${section}\n${end < readme.length ? "\n" : ""}${readme.slice(end).replace(/^\n+/, "")}`;
}

/**
 * The names of each function from the formula to the twin (src/functions/README.md): Excel's
 * id, the model function (also the name in functions.ts), the twin, and the arguments.
 */
export function namesTable(specs: Specs): string {
  const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(", ");
  const rows = Object.entries(specs).map(([id, spec]) => {
    const twin = twinOfFunction(id);
    return [
      `\`${fullName(id)}\``,
      `\`${spec.compute.name}\``,
      twin ? `\`${twin.name}\`` : "—",
      list(spec.rules.map((r) => r.name)),
      twin ? list(twin.params.map((p) => p.name)) : "—",
    ];
  });
  return [
    "| Excel | Model function and functions.ts | Portable twin | Arguments | Twin's arguments |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ].join("\n");
}
