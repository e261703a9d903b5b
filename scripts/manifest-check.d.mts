// Types for manifest-check.mjs (plain JS so `npm run validate` runs on bare Node), used by the
// TypeScript tests in test/foundation/.
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}
export interface ManifestResult {
  errors: string[];
  id: string | null;
  namespace: string | null;
  baseUrl: string | null;
}
export interface BundleResult {
  errors: string[];
  jsonIds: string[];
  associatedIds: string[];
}
export const OFFICE_APP_ORDER: string[];
export const MAX_NAMESPACE_LENGTH: number;
export const MAX_RESID_LENGTH: number;
export const STORE_ICON: { file: string; size: number };
export function parseXml(xml: string): El;
export function checkManifest(xml: string, options: { rootDir: string }): ManifestResult;
export function checkIcon(file: string, size: number, where: string): string[];
export function checkManifestInfo(manifestPath: string, expectedId: string | null): string[];
export function checkFunctionsBundle(distDir: string): BundleResult;
