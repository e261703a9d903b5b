// The unified manifest (manifest.json) as the build writes it: the development URLs rewritten to
// the production base URL, and the custom functions copied from the generated functions.json.
// WHY copied and not written by hand: functions.json is generated from the JSDoc in
// src/functions/, so the manifest's list is derived from it and can never disagree with it
// (docs/HOSTS.md, "Manifests"). Plain JS with no dependency: webpack.config.js imports it.

/** The URL every development manifest URL starts with (manifest.xml and manifest.json). */
export const DEV_BASE_URL = "https://localhost:3000/";

/** Rewrites every development URL in a manifest's text to `baseUrl` (which ends with "/"). */
export function rebase(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl);
}

/** Parameter fields the unified manifest schema knows (functions.json may carry more). */
const PARAMETER_FIELDS = [
  "name",
  "description",
  "type",
  "cellValueType",
  "dimensionality",
  "customEnumId",
  "optional",
  "repeating",
];
/** functions.json `options` flags and their names in the unified manifest. */
const OPTION_FIELDS = {
  stream: "stream",
  volatile: "volatile",
  cancelable: "cancelable",
  requiresAddress: "requiresAddress",
  requiresParameterAddresses: "requiresParameterAddress",
  capturesCallingObject: "capturesCallingObject",
  excludeFromAutoComplete: "excludeFromAutoComplete",
  linkedEntityLoadService: "linkedEntityLoadService",
};

const pick = (from, fields) =>
  Object.fromEntries(fields.filter((f) => from[f] !== undefined).map((f) => [f, from[f]]));

/**
 * The unified manifest's `customFunctions.functions` for a functions.json object: the same ids,
 * names, descriptions, parameters and results, with functions.json's `options` flattened as the
 * manifest schema has them. Generic: it reads whatever functions the metadata declares.
 */
export function manifestFunctions(metadata) {
  const functions = Array.isArray(metadata?.functions) ? metadata.functions : [];
  return functions.map((f) => {
    const options = f.options ?? {};
    const flags = Object.fromEntries(
      Object.entries(OPTION_FIELDS)
        .filter(([from]) => options[from] !== undefined)
        .map(([from, to]) => [to, options[from]])
    );
    return {
      ...pick(f, ["id", "name", "description", "helpUrl"]),
      parameters: (f.parameters ?? []).map((p) => pick(p, PARAMETER_FIELDS)),
      result: pick(f.result ?? {}, ["dimensionality"]),
      ...flags,
    };
  });
}

/**
 * The built manifest.json: `sourceText` (the repo's manifest.json) rebased to `baseUrl`, with the
 * functions of `functionsJsonText` (the built functions.json) in its runtime's customFunctions.
 */
export function buildUnifiedManifest(sourceText, baseUrl, functionsJsonText) {
  const manifest = JSON.parse(rebase(sourceText, baseUrl));
  const runtime = manifest.extensions?.[0]?.runtimes?.find((r) => r.customFunctions);
  if (runtime) {
    runtime.customFunctions.functions = manifestFunctions(JSON.parse(functionsJsonText));
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
