/**
 * Calling the custom functions in-process as Excel calls them: by id, with a range argument
 * as rows of cells where the metadata says "matrix" (a single value becomes [[value]]), and a
 * 1×1 array result read back as the single value Excel shows.
 */
import * as functions from "../../../src/functions/functions";
import type { ExampleArg } from "../../../src/functions/specs";
import { CallResult, callAsExcel } from "./customFunctions";
import type { FunctionMetadata, Metadata } from "./metadata";

const EXPORTS: Readonly<Record<string, unknown>> = functions;

export function functionById(metadata: Metadata, id: string): unknown {
  const name = metadata.functionNameById.get(id);
  if (name === undefined) throw new Error(`no function is associated with ${id}`);
  return EXPORTS[name];
}

export function metadataOf(metadata: Metadata, id: string): FunctionMetadata {
  const f = metadata.functions.find((m) => m.id === id);
  if (!f) throw new Error(`functions.json has no ${id}`);
  return f;
}

/** An example argument as Excel passes it: a column constant {a;b} is [[a],[b]]; a value for a range parameter is [[value]]. */
export function asExcelArgument(arg: ExampleArg, dimensionality: string | undefined): unknown {
  if (Array.isArray(arg)) return arg.map((x: number) => [x]);
  return dimensionality === "matrix" ? [[arg]] : arg;
}

/** Calls the function `id` with example arguments as Excel would. */
export function callById(metadata: Metadata, id: string, args: readonly ExampleArg[]): CallResult {
  const f = metadataOf(metadata, id);
  const excelArgs = args.map((a, i) => asExcelArgument(a, f.parameters[i]?.dimensionality));
  return callAsExcel(functionById(metadata, id), excelArgs);
}
