import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** src/model is the pure core (DESIGN.md): no Office, no React, no DOM, no Node. */
const MODEL_DIR = resolve(__dirname, "../../src/model");
const files = readdirSync(MODEL_DIR).filter((f) => f.endsWith(".ts"));

describe("src/model stays pure", () => {
  it.each(files)("%s imports only from src/model", (file) => {
    const source = readFileSync(join(MODEL_DIR, file), "utf8");
    const imports = [...source.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
    for (const path of imports) expect(path, `${file} imports ${path}`).toMatch(/^\.\/[\w-]+$/);
  });

  it.each(files)("%s uses no Office, Excel, DOM or browser global", (file) => {
    const code = readFileSync(join(MODEL_DIR, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
    expect(code).not.toMatch(
      /\b(Office|Excel|CustomFunctions|document|window|React|localStorage|fetch)\b\s*[.(]/
    );
  });
});
