/**
 * Loads source modules as the bundles run them: bundled into one CommonJS file by Vite (the
 * same scope hoisting webpack does in production) and required natively by Node.
 *
 * Why: under vitest every import becomes a getter on a module object, so a benchmark that
 * imports the model directly would time vitest's module wrapper on every call (applying the
 * workbook plan to IronCalc ran about 8x slower so).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { build } from "vite";
import { RESULTS_DIR } from "../harness";

const ROOT = resolve(__dirname, "../..");
const NATIVE_DIR = resolve(RESULTS_DIR, ".native");

/** One source module (a path from the project's root), bundled on its own. */
export async function loadNative<T>(entry: string, name: string): Promise<T> {
  return bundle<T>(resolve(ROOT, entry), name);
}

/**
 * Several source modules (paths from the project's root) bundled together, each under its
 * key: what they share (the model, the plan) is one copy, as in the shipped bundle.
 */
export async function loadNativeModules<T extends Record<string, unknown>>(
  entries: { readonly [K in keyof T]: string },
  name: string
): Promise<T> {
  mkdirSync(NATIVE_DIR, { recursive: true });
  const entry = resolve(NATIVE_DIR, `${name}.entry.ts`);
  const lines = Object.entries(entries).map(
    ([key, path]) => `export * as ${key} from ${JSON.stringify(resolve(ROOT, path as string))};`
  );
  writeFileSync(entry, lines.join("\n") + "\n");
  return bundle<T>(entry, name);
}

async function bundle<T>(entry: string, name: string): Promise<T> {
  const outDir = resolve(NATIVE_DIR, name);
  await build({
    configFile: false,
    logLevel: "silent",
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      lib: {
        entry,
        formats: ["cjs"],
        fileName: () => `${name}.cjs`,
      },
    },
  });
  const require = createRequire(import.meta.url);
  return require(resolve(outDir, `${name}.cjs`)) as T;
}
