// Types for unified-manifest.mjs (plain JS: webpack.config.js imports it), used by the tests.
export const DEV_BASE_URL: string;
export function rebase(text: string, baseUrl: string): string;
export function manifestFunctions(metadata: unknown): Array<Record<string, unknown>>;
export function buildUnifiedManifest(
  sourceText: string,
  baseUrl: string,
  functionsJsonText: string
): string;
