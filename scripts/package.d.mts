// Types for package.mjs (plain JS so `npm run package` runs on bare Node), used by the tests.
export const PACKAGE_NAME: string;
export function baseUrlFrom(raw: string | undefined): { baseUrl?: string; error?: string };
export function checkManifestsFor(
  baseUrl: string,
  options: { xml: string; json: string; rootDir: string; functionsJson?: unknown }
): Promise<string[]>;
export function packageFiles(distDir: string): {
  files: Record<string, Uint8Array>;
  errors: string[];
};
export function zipPackage(files: Record<string, Uint8Array>): Uint8Array;
export function checkPackage(
  zipBytes: Uint8Array,
  options: { distDir: string; baseUrl: string }
): Promise<string[]>;
