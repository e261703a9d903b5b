/**
 * functions.json as the sources declare it: the same generator the webpack plugin runs
 * (custom-functions-metadata, which custom-functions-metadata-plugin 2.1.10 calls), so tests
 * that only need the metadata do not need a build. The bundle test checks that dist/ holds
 * exactly this.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** What the tests read of one entry of functions.json. */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly description?: string;
    readonly optional?: boolean;
    readonly dimensionality?: string;
  }[];
  /** "matrix" when the function returns a range. */
  readonly result?: { readonly dimensionality?: string; readonly type?: string };
}

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "../../../src/functions/functions.ts");

export interface Metadata {
  readonly functions: readonly FunctionMetadata[];
  /** The JavaScript function in functions.ts behind each id, as the plugin associates them. */
  readonly functionNameById: ReadonlyMap<string, string>;
}

let cached: Promise<Metadata> | undefined;

/** The metadata of src/functions/functions.ts; fails on any error the generator reports (its exit code does not). */
export function sourceMetadata(): Promise<Metadata> {
  cached ??= generateCustomFunctionsMetadata(FUNCTIONS_SOURCE).then((result) => {
    if (result.errors.length > 0)
      throw new Error(`functions.ts metadata errors:\n${result.errors.join("\n")}`);
    const { functions } = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
    return {
      functions,
      functionNameById: new Map(result.associate.map((a) => [a.id, a.functionName])),
    };
  });
  return cached;
}
