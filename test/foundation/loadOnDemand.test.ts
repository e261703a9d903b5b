// The Excel host's load path loads on demand (src/workbook/onDemand.ts): taskpane.html's first
// scripts carry none of its modules; a chunk of its own does, one the task pane's webpack
// runtime asks for by id and that the server serves. Read from the source maps, which name
// every module a built file was made from.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DIST,
  ensurePreviewBuilt,
  initialScripts,
  readDist,
  serveDist,
  type Served,
} from "../preview/support/serveDist";

/** What only "Load the article's figures" (and its reset) runs, in src/excel and src/workbook. */
const LOAD_PATH = [
  "src/excel/applyPlan.ts",
  "src/excel/writeObjects.ts",
  "src/excel/survey.ts",
  "src/workbook/load/reconcile.ts",
  "src/workbook/load/layout.ts",
  "src/workbook/load/ownedObjects.ts",
  "src/workbook/load/decideLoad.ts",
  "src/workbook/carryOver.ts",
  "src/workbook/columnOrder.ts",
];

const modulesOf = (script: string): string[] =>
  (JSON.parse(readDist(`${script}.map`)) as { sources: string[] }).sources;

const builtFrom = (modules: readonly string[], file: string): boolean =>
  modules.some((m) => m.endsWith(`/${file}`));

let served: Served;
beforeAll(async () => {
  ensurePreviewBuilt();
  served = await serveDist();
});
afterAll(() => served.close());

describe("the Excel host's load path", () => {
  it("is in none of taskpane.html's first scripts", () => {
    const modules = initialScripts("taskpane.html").flatMap(modulesOf);
    // The host itself is there (the check would see the load path if it were).
    // The host itself is a chunk too (fetched at once behind hostOnDemand), the load path another.
    expect(builtFrom(modules, "src/excel/excelHost.ts")).toBe(false);
    expect(builtFrom(modules, "src/workbook/onDemand.ts")).toBe(true);
    expect(LOAD_PATH.filter((file) => builtFrom(modules, file))).toEqual([]);
  });

  it("is in one chunk the task pane fetches by its id, served next to the page", async () => {
    const initial = new Set(initialScripts("taskpane.html"));
    const chunks = fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js") && !initial.has(f))
      .filter((f) => builtFrom(modulesOf(f), "src/excel/applyPlan.ts"));
    expect(chunks).toHaveLength(1);
    const chunk = chunks[0] ?? "";
    const modules = modulesOf(chunk);
    expect(LOAD_PATH.filter((file) => !builtFrom(modules, file))).toEqual([]);

    // A JSONP chunk says its id as it registers; the pane's runtime loads it by that id
    // (__webpack_require__.e(id)) and names its file ("load.js", or "<id>.js" unnamed).
    const id = /\.push\(\[\[(\d+)\]/.exec(readDist(chunk))?.[1];
    expect(id, chunk).toBeDefined();
    // The host's chunk asks for it: the runtime and the host's code, which the pane fetches first.
    const hostChunks = fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js") && !initial.has(f))
      .filter((f) => builtFrom(modulesOf(f), "src/excel/excelHost.ts"));
    expect(hostChunks).toHaveLength(1);
    const runtime = [...initial, ...hostChunks].map(readDist).join("\n");
    expect(runtime).toMatch(new RegExp(`\\.e\\(${id}\\)`));
    const name = chunk.replace(/\.js$/, "");
    if (name !== id) expect(runtime).toContain(`${id}:"${name}"`);

    const response = await fetch(new URL(chunk, `${served.origin}/taskpane.html`));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readDist(chunk));
  });
});
