// Where the foundation tests find the repo and the built add-in. `npm test` builds dist/ right
// before vitest runs; a test run alone builds it once if it is missing (ensureDist).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
export const DIST = path.join(REPO, "dist");
export const MANIFEST = path.join(REPO, "manifest.xml");

/** Builds the production bundle into dist/ when it is not there yet. */
export function ensureDist(): void {
  if (
    fs.existsSync(path.join(DIST, "functions.js")) &&
    fs.existsSync(path.join(DIST, "manifest.xml"))
  )
    return;
  const webpackCli = path.join(REPO, "node_modules", "webpack-cli", "bin", "cli.js");
  execFileSync(process.execPath, [webpackCli, "--mode", "production"], {
    cwd: REPO,
    stdio: "pipe",
  });
}
