// The engine is loaded only by the preview: the add-in's page (taskpane.html, which Excel
// loads for the pane and the functions) and functions.js carry no IronCalc, and the preview
// page loads neither office.js nor the functions. Checked on the built dist/.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensurePreviewBuilt, initialScripts, readDist } from "./support/serveDist";

/** Strings every build of IronCalc's JS glue contains (wasm-bindgen names, its method names). */
const IRONCALC = /__wbindgen|wasm_bg|getFormattedCellValue|ironcalc/i;

/** Modules only the preview uses: its own code, and its sheet tabs (Fluent's TabList, which
 *  brings tabster's arrow-key mover). The pane's Fluent controls use none of them. */
const PREVIEW_ONLY = [
  /^webpack:\/\/[^/]+\/\.\/src\/preview\//,
  /\/node_modules\/@fluentui\/react-tabs\//,
  /\/node_modules\/tabster\/dist\/esm\/Mover\.js$/,
];

/** The modules a page's start-up scripts were built from, by their source maps. */
function initialModules(page: string): string[] {
  return initialScripts(page).flatMap(
    (script) => (JSON.parse(readDist(`${script}.map`)) as { sources: string[] }).sources
  );
}

beforeAll(() => ensurePreviewBuilt());

describe("the add-in's bundles", () => {
  it("taskpane.html loads no script that contains IronCalc", () => {
    const scripts = initialScripts("taskpane.html");
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    for (const script of scripts) expect(readDist(script), script).not.toMatch(IRONCALC);
  });

  it("taskpane.html loads no module only the preview uses (its code, its sheet tabs)", () => {
    const modules = initialModules("taskpane.html");
    expect(modules.some((m) => m.includes("/src/taskpane/"))).toBe(true);
    for (const only of PREVIEW_ONLY) expect(modules.filter((m) => only.test(m))).toEqual([]);
  });

  it("functions.js and taskpane.js hold no IronCalc and fetch no .wasm", () => {
    for (const file of ["functions.js", "taskpane.js"]) {
      expect(readDist(file), file).not.toMatch(IRONCALC);
      expect(readDist(file), file).not.toMatch(/\.wasm/);
    }
  });
});

describe("the preview's bundles", () => {
  it("preview.html loads the engine (the check above would see it) but not office.js or the functions", () => {
    const html = readDist("preview.html");
    expect(html).not.toMatch(/office\.js|functions\.js/);
    const code = initialScripts("preview.html").map(readDist).join("\n");
    expect(code).toMatch(IRONCALC);
  });

  it("preview.html loads the modules only it uses (the check above would see them)", () => {
    const modules = initialModules("preview.html");
    for (const only of PREVIEW_ONLY)
      expect(
        modules.some((m) => only.test(m)),
        `${only}`
      ).toBe(true);
  });

  it("preview.html's first scripts hold no chart library: it is a chunk of its own, loaded on demand", () => {
    const charts = /\/node_modules\/(@fluentui\/react-charts|d3-[\w-]+)\//;
    for (const page of ["preview.html", "taskpane.html"])
      expect(
        initialModules(page).filter((m) => charts.test(m)),
        page
      ).toEqual([]);
    const chunks = fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js.map"))
      .filter((f) =>
        (JSON.parse(readDist(f)) as { sources: string[] }).sources.some((m) => charts.test(m))
      );
    expect(chunks.length).toBeGreaterThan(0);
  });

  it("fetches IronCalc's .wasm as a file emitted next to the page", () => {
    const code = initialScripts("preview.html").map(readDist).join("\n");
    const wasm = /"([\w.-]+\.wasm)"/.exec(code)?.[1];
    expect(wasm).toBeDefined();
    const bytes = fs.readFileSync(path.join(DIST, wasm ?? ""));
    expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]); // "\0asm"
  });
});
