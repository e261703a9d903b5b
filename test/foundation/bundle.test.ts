// The built add-in in dist/ (built by `npm test` just before vitest; see paths.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFunctionsBundle, checkManifest } from "../../scripts/manifest-check.mjs";
import { DIST, REPO, ensureDist } from "./paths";

/** Issue 6's budget for the functions bundle, gzipped. */
const FUNCTIONS_GZIP_BUDGET_BYTES = 10 * 1024;
const read = (file: string) => fs.readFileSync(path.join(DIST, file), "utf8");

beforeAll(() => ensureDist());

describe("dist/", () => {
  it("holds the manifest, metadata, page, bundles and icons", () => {
    for (const file of [
      "manifest.xml",
      "functions.json",
      "functions.js",
      "taskpane.html",
      "taskpane.js",
      "support.html",
      ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
    ]) {
      expect(fs.existsSync(path.join(DIST, file)), file).toBe(true);
    }
  });

  it("has a valid manifest whose icons are the copied ones", () => {
    expect(checkManifest(read("manifest.xml"), { rootDir: DIST }).errors).toEqual([]);
  });

  it("declares RATIO and BURN.YEARS with descriptions and documented parameters", () => {
    const { functions } = JSON.parse(read("functions.json")) as {
      functions: Array<{
        id: string;
        description?: string;
        parameters: Array<{ description?: string }>;
      }>;
    };
    const ids = functions.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["RATIO", "BURN.YEARS"]));
    for (const f of functions) {
      expect(f.description, f.id).toBeTruthy();
      expect(f.parameters.length, f.id).toBeGreaterThan(0);
      for (const p of f.parameters) expect(p.description, f.id).toBeTruthy();
    }
  });

  it("associates exactly the ids of functions.json in the built functions.js", () => {
    const result = checkFunctionsBundle(DIST);
    expect(result.errors).toEqual([]);
    expect([...result.associatedIds].sort()).toEqual([...result.jsonIds].sort());
  });

  it("loads the task pane and the functions on ONE page (shared runtime), office.js first", () => {
    const html = read("taskpane.html");
    const order = [
      "appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "taskpane.js",
      "functions.js",
    ].map((needle) => html.indexOf(needle));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
  });

  it("keeps functions.js small and free of React and Fluent", () => {
    const js = read("functions.js");
    expect(zlib.gzipSync(js).length).toBeLessThan(FUNCTIONS_GZIP_BUDGET_BYTES);
    expect(js).not.toMatch(/react|fluentui|griffel/i);
  });

  it("ships separate source maps, not eval-based ones", () => {
    for (const file of ["functions.js", "taskpane.js"]) {
      const js = read(file);
      expect(js).toMatch(new RegExp(`//# sourceMappingURL=${file}\\.map\\s*$`));
      expect(js).not.toContain("eval(");
      expect(fs.existsSync(path.join(DIST, `${file}.map`))).toBe(true);
    }
  });
});

describe("checkFunctionsBundle on a broken build", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-dist-"));
    fs.copyFileSync(path.join(DIST, "functions.js"), path.join(dir, "functions.js"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fails when functions.json lists an id the bundle does not associate", () => {
    const metadata = JSON.parse(read("functions.json"));
    metadata.functions.push({ ...metadata.functions[0], id: "GHOST", name: "GHOST" });
    fs.writeFileSync(path.join(dir, "functions.json"), JSON.stringify(metadata));
    expect(checkFunctionsBundle(dir).errors.join("\n")).toMatch(
      /not associated by functions.js: GHOST/
    );
  });

  it("fails when the bundle associates an id functions.json lacks", () => {
    const metadata = JSON.parse(read("functions.json"));
    metadata.functions = metadata.functions.filter((f: { id: string }) => f.id !== "RATIO");
    fs.writeFileSync(path.join(dir, "functions.json"), JSON.stringify(metadata));
    expect(checkFunctionsBundle(dir).errors.join("\n")).toMatch(
      /absent from functions.json: RATIO/
    );
  });
});

describe("webpack.config.js", () => {
  type CopyPattern = { from: string; transform?: (content: Buffer) => string };
  async function manifestTransform(env: Record<string, string>, mode: string) {
    const { default: makeConfig } = await import(path.join(REPO, "webpack.config.js"));
    const config = await makeConfig(env, { mode });
    const copy = config.plugins.find((p: { patterns?: CopyPattern[] }) =>
      Array.isArray(p.patterns)
    );
    const pattern = copy.patterns.find((p: CopyPattern) => p.from === "manifest.xml");
    return (xml: string) => pattern.transform(Buffer.from(xml)) as string;
  }

  it("rewrites every dev URL to ADDIN_BASE_URL in production", async () => {
    const transform = await manifestTransform(
      { ADDIN_BASE_URL: "https://addins.example.com/aicost" },
      "production"
    );
    const xml = transform(fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8"));
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('"https://addins.example.com/aicost/taskpane.html"');
    const result = checkManifest(xml, { rootDir: REPO });
    expect(result.errors).toEqual([]);
    expect(result.baseUrl).toBe("https://addins.example.com/aicost/");
  });

  it("refuses an http production base URL", async () => {
    await expect(
      manifestTransform({ ADDIN_BASE_URL: "http://example.com/" }, "production")
    ).rejects.toThrow(/must be https/);
  });

  it("keeps the functions bundle out of vendor chunk splitting", async () => {
    const { default: makeConfig } = await import(path.join(REPO, "webpack.config.js"));
    const config = await makeConfig({}, { mode: "production" });
    const chunks = config.optimization.splitChunks.chunks as (c: { name: string }) => boolean;
    expect(chunks({ name: "functions" })).toBe(false);
    expect(chunks({ name: "taskpane" })).toBe(true);
    expect(config.devtool).toBe("source-map");
  });
});
