// No focused or skipped tests anywhere: a stray `.only` or `.skip` would let CI pass while
// tests silently do not run (vitest's allowOnly: false catches `.only` at run time too).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./paths";

const FOLDERS = ["test", "bench"];
// Built from parts so this file does not match itself.
const FORBIDDEN = new RegExp(
  `\\b(it|test|describe|bench|suite)\\.(${["on", "ly"].join("")}|${["sk", "ip"].join("")})\\b`
);

function* files(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) yield full;
  }
}

describe("test hygiene", () => {
  it("has no focused or skipped tests or benches", () => {
    const offenders = FOLDERS.flatMap((folder) => [...files(path.join(REPO, folder))]).filter(
      (file) => FORBIDDEN.test(fs.readFileSync(file, "utf8"))
    );
    expect(offenders.map((f) => path.relative(REPO, f))).toEqual([]);
  });
});
