/**
 * functions.ts, generated from the records (specs.ts): custom-functions-metadata-plugin reads
 * Excel's metadata from JSDoc `@customfunction` comments on function declarations, so each
 * record becomes one such declaration that hands its arguments to the runner.
 * test/functions/source.test.ts checks that functions.ts holds exactly this text (as prettier
 * prints it); `UPDATE_FUNCTIONS=1 npx vitest run test/functions/source.test.ts` rewrites it.
 * Pure: no file access.
 */
import { fullName, headingAnchor, README_URL } from "./docs";
import type { FunctionSpec } from "./specs";

/** The most arguments the runner hands on (runner.ts runOnce and runOnceOnText). */
const MAX_ARGS = { number: 5, text: 3 };

const HEADER = `/**
 * The custom functions in the AICOST namespace (manifest <Namespace>), GENERATED from the
 * records in specs.ts by source.ts: edit those, then run
 * UPDATE_FUNCTIONS=1 npx vitest run test/functions/source.test.ts
 */
import { runOnCells, runOnce, runOnceOnText } from "./runner";
import { SPECS } from "./specs";
`;

/** The JavaScript name of a record's function in functions.ts: its model function's. */
export function functionName(spec: FunctionSpec): string {
  return spec.compute.name;
}

function declaration(id: string, spec: FunctionSpec): string {
  const kind = "text" in spec ? "text" : "number";
  if (spec.rules.length > MAX_ARGS[kind])
    throw new Error(`AICOST.${id}: the runner takes at most ${MAX_ARGS[kind]} arguments`);
  const ranges = "ranges" in spec && spec.ranges === true;
  const names = spec.rules.map((r) => r.name);
  const params = spec.rules.map((r) =>
    ranges ? `${r.name}: unknown[][]` : `${r.name}${r.optional ? "?" : ""}: unknown`
  );
  const result = ranges
    ? "Array<Array<number | string | CustomFunctions.Error>>"
    : (spec.result ?? "number");
  const record = `SPECS[${JSON.stringify(id)}]`;
  const call = ranges
    ? `runOnCells(${record}, [${names.join(", ")}])`
    : `${kind === "text" ? "runOnceOnText" : "runOnce"}(${[record, ...names].join(", ")})`;
  return [
    "/**",
    ` * ${spec.description}`,
    ` * @customfunction ${id}`,
    ` * @helpurl ${README_URL}#${headingAnchor(fullName(id))}`,
    ...spec.rules.map((r) => ` * @param ${r.optional ? `[${r.name}]` : r.name} ${r.description}`),
    ` * @returns ${spec.returns}`,
    " */",
    `export function ${functionName(spec)}(${params.join(", ")}): ${result} {`,
    `  return ${call};`,
    "}",
  ].join("\n");
}

/** The text of functions.ts, before prettier prints it. */
export function functionsSource(specs: Readonly<Record<string, FunctionSpec>>): string {
  const declarations = Object.entries(specs).map(([id, spec]) => declaration(id, spec));
  return [HEADER, ...declarations].join("\n\n");
}
