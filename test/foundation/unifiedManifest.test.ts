// The unified manifest (manifest.json): it validates offline against the schema Microsoft's
// package ships, it declares what manifest.xml declares, and each way of breaking it or of
// letting the two drift apart is reported.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { drawIcon } from "../../scripts/make-icons.mjs";
import {
  checkUnifiedManifest,
  compareManifests,
  schemaErrors,
} from "../../scripts/unified-manifest-check.mjs";
import { buildUnifiedManifest, manifestFunctions } from "../../scripts/unified-manifest.mjs";
import { MANIFEST, REPO } from "./paths";

// Copies are broken on purpose with values no manifest type allows (a lifetime of "forever"),
// so they are untyped JSON here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const xml = fs.readFileSync(MANIFEST, "utf8");
const sourceText = fs.readFileSync(path.join(REPO, "manifest.json"), "utf8");
const manifest = (): Json => JSON.parse(sourceText);
const runtimeOf = (m: Json) => m.extensions[0].runtimes[0];
const buttonOf = (m: Json) => m.extensions[0].ribbons[0].tabs[0].groups[0].controls[0];
const check = (m: Json, rootDir = REPO) => checkUnifiedManifest(m, { rootDir });

/** A functions.json of made-up functions: the conversion must not depend on ours. */
const madeUpMetadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "ALPHA.ONE",
      name: "ALPHA.ONE",
      description: "First.",
      helpUrl: "https://example.com/help#alpha",
      parameters: [
        { name: "x", description: "An x.", type: "number", dimensionality: "matrix" },
        { name: "y", description: "A y.", type: "any", optional: true, extra: "dropped" },
      ],
      result: { type: "number", dimensionality: "matrix" },
      options: { volatile: true, requiresParameterAddresses: true },
    },
    { id: "BETA", name: "BETA", description: "Second.", parameters: [], result: {} },
  ],
};

describe("the project's manifest.json", () => {
  it("passes the bundled schema and every rule of this add-in", async () => {
    const result = await check(manifest());
    expect(result.errors).toEqual([]);
    expect(result.namespace).toBe("AICOST");
    expect(result.baseUrl).toBe("https://localhost:3000/");
  });

  it("declares the same add-in as manifest.xml", () => {
    expect(compareManifests(xml, manifest())).toEqual([]);
    expect(manifest().id).toBe(xml.match(/<Id>([^<]+)<\/Id>/)?.[1]);
  });

  it("validates without the network: nothing is fetched, and an unbundled $schema is an error", async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error("the network was used")));
    vi.stubGlobal("fetch", fetchSpy);
    try {
      expect(await schemaErrors(manifest())).toEqual([]);
      for (const schema of [
        "https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json",
        "https://schemas.example.com/teams/v1.27/MicrosoftTeams.schema.json",
      ]) {
        const errors = await schemaErrors({ ...manifest(), $schema: schema });
        expect(errors.join("\n")).toContain(
          `$schema ${schema} is not a schema that @microsoft/app-manifest bundles`
        );
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("names package icons that scripts/make-icons.mjs draws (colour 192 px, white outline 32 px)", () => {
    const { icons } = manifest();
    expect(fs.readFileSync(path.join(REPO, icons.color)).equals(drawIcon(192))).toBe(true);
    const outline = PNG.sync.read(fs.readFileSync(path.join(REPO, icons.outline)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(
      fs.readFileSync(path.join(REPO, icons.outline)).equals(drawIcon(32, [255, 255, 255]))
    ).toBe(true);
  });
});

describe("the validator fails on broken copies of manifest.json", () => {
  const cases: Array<[string, (m: Json) => void, RegExp]> = [
    [
      "a short-lived runtime",
      (m) => (runtimeOf(m).lifetime = "short"),
      /lifetime must be "long", not "short"/,
    ],
    [
      "a lifetime the schema does not know",
      (m) => (runtimeOf(m).lifetime = "forever"),
      /schema: \/extensions\/0\/runtimes\/0\/lifetime must be equal to one of the allowed values/,
    ],
    [
      "a namespace longer than 32 characters",
      (m) => (runtimeOf(m).customFunctions.namespace.id = "A".repeat(33)),
      /schema: \/extensions\/0\/runtimes\/0\/customFunctions\/namespace\/id must NOT have more than 32 characters/,
    ],
    [
      "no metadata URL",
      (m) => delete runtimeOf(m).customFunctions.metadataUrl,
      /metadataUrl is missing/,
    ],
    [
      "an http URL",
      (m) => (runtimeOf(m).customFunctions.metadataUrl = "http://localhost:3000/functions.json"),
      /metadataUrl: URL must be https: http:\/\/localhost:3000\/functions.json/,
    ],
    [
      "a URL on another host than the pane",
      (m) => (runtimeOf(m).code.script = "https://cdn.example.com/functions.js"),
      /code\/script: https:\/\/cdn.example.com\/functions.js is not served by the add-in/,
    ],
    [
      "a button whose action is not the runtime's",
      (m) => (buttonOf(m).actionId = "NoSuchAction"),
      /actionId "NoSuchAction" is not an openPage action/,
    ],
    [
      "a task pane action the auto-open setting cannot open",
      (m) => delete runtimeOf(m).actions[0].view,
      /view must be Office.AutoShowTaskpaneWithDocument, not \(missing\)/,
    ],
    [
      "functions written by hand in the source",
      (m) => (runtimeOf(m).customFunctions.functions = manifestFunctions(madeUpMetadata)),
      /leave them out of manifest.json; the build copies them from functions.json/,
    ],
    [
      "a ribbon icon that does not exist",
      (m) => (buttonOf(m).icons[2].url = "https://localhost:3000/assets/icon-81.png"),
      /icon-81.png does not exist/,
    ],
    [
      "a colour icon at the wrong size",
      (m) => (m.icons.color = "assets/icon-128.png"),
      /icons\/color: .*icon-128.png is 128x128, the manifest states 192x192/,
    ],
    [
      "an outline icon that is not white",
      (m) => (m.icons.outline = "assets/icon-32.png"),
      /icons\/outline: .*icon-32.png must be white on a transparent background/,
    ],
    [
      "no workbook scope",
      (m) => (m.extensions[0].requirements.scopes = ["document"]),
      /scopes must include "workbook"/,
    ],
    [
      "a missing required field",
      (m) => delete m.developer,
      /schema: \(top level\) must have required property 'developer'/,
    ],
  ];

  it.each(cases)("%s", async (_name, breakIt, expected) => {
    const broken = manifest();
    breakIt(broken);
    const { errors } = await check(broken);
    expect(errors.join("\n")).toMatch(expected);
  });
});

describe("manifest.xml and manifest.json are kept in step", () => {
  const jsonChanges: Array<[string, (m: Json) => void, string]> = [
    ["the namespace", (m) => (runtimeOf(m).customFunctions.namespace.id = "AICOST2"), "namespace"],
    [
      "the functions metadata URL",
      (m) => (runtimeOf(m).customFunctions.metadataUrl = "https://localhost:3000/fn.json"),
      "functions metadata URL",
    ],
    [
      "the task pane page",
      (m) => (runtimeOf(m).code.page = "https://localhost:3000/pane.html"),
      "task pane page",
    ],
    [
      "a requirement",
      (m) => (m.extensions[0].requirements.capabilities[1].minVersion = "1.9"),
      "requirements",
    ],
    [
      "an icon URL",
      (m) => (buttonOf(m).icons[0].url = "https://localhost:3000/assets/icon-32.png"),
      "ribbon button icons",
    ],
    [
      "the permission",
      (m) => (m.authorization.permissions.resourceSpecific[0].name = "Document.Read.User"),
      "permission",
    ],
    ["the version", (m) => (m.version = "1.0.1"), "version"],
    ["the id", (m) => (m.id = "00000000-0000-4000-8000-000000000000"), "id"],
    ["the button's label", (m) => (buttonOf(m).label = "AI Costs"), "ribbon button"],
    ["the runtime lifetime", (m) => (runtimeOf(m).lifetime = "short"), "runtime lifetime"],
  ];

  it.each(jsonChanges)(
    "a change of %s in manifest.json alone is reported",
    (_name, change, key) => {
      const changed = manifest();
      change(changed);
      const differences = compareManifests(xml, changed);
      expect(differences).toHaveLength(
        key === "task pane page" ? 2 : 1 // the page is the shared runtime's page too
      );
      expect(differences.join("\n")).toMatch(new RegExp(`^${key}: manifest.xml says `, "m"));
    }
  );

  it("a change in manifest.xml alone is reported with both values", () => {
    const changed = xml.replace(
      '<Set Name="ExcelApi" MinVersion="1.7"/>',
      '<Set Name="ExcelApi" MinVersion="1.12"/>'
    );
    expect(changed).not.toBe(xml);
    expect(compareManifests(changed, manifest())).toEqual([
      'requirements: manifest.xml says ["ExcelApi 1.12","SharedRuntime 1.1"], manifest.json says ["ExcelApi 1.7","SharedRuntime 1.1"]',
    ]);
  });
});

describe("the built manifest.json", () => {
  it("copies every function of functions.json, whatever they are, options flattened", () => {
    const built = JSON.parse(
      buildUnifiedManifest(
        sourceText,
        "https://addins.example.com/x/",
        JSON.stringify(madeUpMetadata)
      )
    );
    expect(runtimeOf(built).customFunctions.functions).toEqual([
      {
        id: "ALPHA.ONE",
        name: "ALPHA.ONE",
        description: "First.",
        helpUrl: "https://example.com/help#alpha",
        parameters: [
          { name: "x", description: "An x.", type: "number", dimensionality: "matrix" },
          { name: "y", description: "A y.", type: "any", optional: true },
        ],
        result: { dimensionality: "matrix" },
        volatile: true,
        requiresParameterAddress: true,
      },
      { id: "BETA", name: "BETA", description: "Second.", parameters: [], result: {} },
    ]);
    expect(JSON.stringify(built)).not.toContain("localhost");
    expect(runtimeOf(built).customFunctions.metadataUrl).toBe(
      "https://addins.example.com/x/functions.json"
    );
  });

  it("must list exactly the functions of functions.json", async () => {
    const built = JSON.parse(
      buildUnifiedManifest(sourceText, "https://localhost:3000/", JSON.stringify(madeUpMetadata))
    );
    const ok = await checkUnifiedManifest(built, { rootDir: REPO, functionsJson: madeUpMetadata });
    expect(ok.errors).toEqual([]);
    const fewer = { functions: madeUpMetadata.functions.slice(0, 1) };
    const { errors } = await checkUnifiedManifest(built, { rootDir: REPO, functionsJson: fewer });
    expect(errors.join("\n")).toMatch(
      /customFunctions.functions differ from functions.json \(manifest: ALPHA.ONE, BETA; functions.json: ALPHA.ONE\)/
    );
  });
});

describe("npm run validate with manifest.json", () => {
  let dir: string;
  const cli = path.join(REPO, "scripts", "validate-manifest.mjs");
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-unified-"));
    fs.cpSync(path.join(REPO, "assets"), path.join(dir, "assets"), { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(dir, "manifest.xml"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => fs.rmSync(path.join(dir, "manifest.json"), { force: true }));

  const run = () =>
    spawnSync(process.execPath, [cli, path.join(dir, "manifest.xml"), "--root", dir], {
      encoding: "utf8",
    });

  it("reports the project's copy valid and in agreement", () => {
    fs.copyFileSync(path.join(REPO, "manifest.json"), path.join(dir, "manifest.json"));
    const result = run();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /manifest.json: valid \(schema 1\.27, namespace AICOST, .*agrees with manifest.xml\)/
    );
  });

  it("exits 1 when manifest.json disagrees with manifest.xml", () => {
    const changed = manifest();
    runtimeOf(changed).customFunctions.namespace = { id: "AICOSTS", name: "AICOSTS" };
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(changed));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /disagrees with manifest.xml on namespace: manifest.xml says "AICOST", manifest.json says "AICOSTS"/
    );
  });

  it("exits 1 when manifest.json is missing", () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/manifest.json: file not found/);
  });
});
