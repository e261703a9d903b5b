// Types for unified-manifest-check.mjs (plain JS so `npm run validate` runs on bare Node), used
// by the TypeScript tests in test/foundation/.
export interface UnifiedResult {
  errors: string[];
  namespace: string | null;
  baseUrl: string | null;
}
export const PACKAGE_ICON_SIZES: Record<string, number>;
export const AUTO_OPEN_VIEW: string;
export const PERMISSIONS: Record<string, string>;
export function bundledSchema(schemaUrl: string | undefined): { schema?: object; error?: string };
export function schemaErrors(manifest: unknown): Promise<string[]>;
export function checkUnifiedManifest(
  manifest: unknown,
  options: { rootDir: string; packageDir?: string; functionsJson?: unknown }
): Promise<UnifiedResult>;
export function compareManifests(xml: string, manifest: unknown): string[];
