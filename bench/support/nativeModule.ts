/**
 * Loads a source module as the bundles run it: bundled into one CommonJS file by Vite (the
 * same scope hoisting webpack does in production) and required natively by Node.
 *
 * Why: under vitest every import becomes a getter on a module object, so a benchmark that
 * imports the model directly would time vitest's module wrapper on every call.
 */
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { build } from "vite";
import { RESULTS_DIR } from "../harness";

export async function loadNative<T>(entry: string, name: string): Promise<T> {
  const outDir = resolve(RESULTS_DIR, ".native", name);
  await build({
    configFile: false,
    logLevel: "silent",
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      lib: {
        entry: resolve(__dirname, "../..", entry),
        formats: ["cjs"],
        fileName: () => `${name}.cjs`,
      },
    },
  });
  const require = createRequire(import.meta.url);
  return require(resolve(outDir, `${name}.cjs`)) as T;
}
