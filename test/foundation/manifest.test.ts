// The offline manifest validator: the real manifest passes, and each way of breaking the
// shared runtime that Excel would only show as "the add-in does not load" is caught.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkManifest, checkManifestInfo, parseXml } from "../../scripts/manifest-check.mjs";
import { MANIFEST, REPO } from "./paths";
import { requiredExcelApi } from "../../src/excel/requirements";

const manifest = fs.readFileSync(MANIFEST, "utf8");
const check = (xml: string, rootDir = REPO) => checkManifest(xml, { rootDir });

/** Replaces exactly one occurrence, so a test never "breaks" a copy by accident or not at all. */
function breakCopy(xml: string, from: string | RegExp, to: string): string {
  const matches = xml.match(
    typeof from === "string" ? new RegExp(escape(from), "g") : new RegExp(from, "g")
  );
  expect(matches?.length, `expected one match of ${String(from)}`).toBe(1);
  return xml.replace(from, to);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the project manifest", () => {
  it("passes every offline check", () => {
    const result = check(manifest);
    expect(result.errors).toEqual([]);
    expect(result.namespace).toBe("AICOST");
    expect(result.baseUrl).toBe("https://localhost:3000/");
  });

  it("is parsed by office-addin-manifest info (exit 0, prints the id)", () => {
    const { id } = check(manifest);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(checkManifestInfo(MANIFEST, id)).toEqual([]);
  });

  it("declares the shared runtime, ExcelApi minimum and auto-open task pane", () => {
    const root = parseXml(manifest);
    const sets = root.children.find((c) => c.name === "Requirements")?.children[0]?.children ?? [];
    expect(sets.map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`)).toEqual([
      "SharedRuntime 1.1",
      // The Excel layer's own table of the APIs it calls decides the minimum (test/excel keeps it true).
      `ExcelApi ${requiredExcelApi()}`,
    ]);
    expect(manifest).toContain("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>");
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });
});

describe("the validator fails on broken copies", () => {
  const cases: Array<[string, string | RegExp, string, RegExp]> = [
    ["missing Runtimes", /<Runtimes>[\s\S]*?<\/Runtimes>/, "", /Runtimes> is missing/],
    [
      "Runtimes not right after Host",
      /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
      "$3$2$1",
      /Runtimes> must come right after <Host>/,
    ],
    [
      "a mismatched resid on FunctionFile",
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="GetStarted.LearnMoreUrl"/>',
      /one resid for all of/,
    ],
    [
      "a namespace longer than 32 characters",
      'id="Functions.Namespace" DefaultValue="AICOST"',
      `id="Functions.Namespace" DefaultValue="${"A".repeat(33)}"`,
      /longer than 32 characters/,
    ],
    [
      "an http URL",
      '"https://localhost:3000/functions.json"',
      '"http://localhost:3000/functions.json"',
      /URL must be https: http:\/\/localhost:3000\/functions.json/,
    ],
    [
      "top-level elements out of order",
      /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>ReadWriteDocument<\/Permissions>)/,
      "$3$2$1",
      /<DefaultSettings> is out of order/,
    ],
    [
      "a resid without a resource",
      '<Namespace resid="Functions.Namespace"/>',
      '<Namespace resid="No.Such.String"/>',
      /resid "No.Such.String" on <Namespace> has no resource/,
    ],
    [
      "a missing SharedRuntime requirement",
      '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      "",
      /SharedRuntime/,
    ],
    [
      "an icon that does not exist",
      "assets/icon-80.png",
      "assets/icon-81.png",
      /icon-81.png does not exist/,
    ],
    [
      "a shared runtime that stops with the pane (lifetime not long)",
      '<Runtime resid="Taskpane.Url" lifetime="long"/>',
      '<Runtime resid="Taskpane.Url"/>',
      /lifetime must be "long", not "\(missing\)"/,
    ],
    [
      "a ShowTaskpane action with another TaskpaneId (auto-open would open nothing)",
      "<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>",
      "<TaskpaneId>AiCost.Taskpane</TaskpaneId>",
      /TaskpaneId> must be Office.AutoShowTaskpaneWithDocument, not AiCost.Taskpane/,
    ],
    [
      "a ShowTaskpane action without a TaskpaneId",
      "<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>",
      "",
      /TaskpaneId> must be Office.AutoShowTaskpaneWithDocument, not \(missing\)/,
    ],
    ["malformed XML", "</OfficeApp>", "", /malformed XML/],
  ];

  it.each(cases)("%s", (_name, from, to, expected) => {
    const broken = breakCopy(manifest, from, to);
    const { errors } = check(broken);
    expect(errors.join("\n")).toMatch(expected);
  });

  describe("with icons at the wrong size", () => {
    let dir: string;
    beforeAll(() => {
      // A copy of assets/ where the 32 px icon is really 33 px.
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-icons-"));
      fs.cpSync(path.join(REPO, "assets"), path.join(dir, "assets"), { recursive: true });
      const png = new PNG({ width: 33, height: 33 });
      fs.writeFileSync(path.join(dir, "assets", "icon-32.png"), PNG.sync.write(png));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("reports the stated and the real size", () => {
      const { errors } = check(manifest, dir);
      expect(errors.join("\n")).toMatch(/icon-32.png is 33x33, the manifest states 32x32/);
    });

    it("makes `npm run validate` (the CLI) exit 1", () => {
      const cli = path.join(REPO, "scripts", "validate-manifest.mjs");
      const run = spawnSync(process.execPath, [cli, MANIFEST, "--root", dir], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/33x33/);
    });
  });

  it("office-addin-manifest info rejects an unparsable copy", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-manifest-"));
    try {
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, manifest.replace("</OfficeApp>", ""));
      expect(checkManifestInfo(file, null).join("\n")).toMatch(/exited 1/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run validate", () => {
  it("exits 0 on the project manifest", () => {
    const out = execFileSync(
      process.execPath,
      [path.join(REPO, "scripts", "validate-manifest.mjs")],
      {
        cwd: REPO,
        encoding: "utf8",
      }
    );
    expect(out).toMatch(/manifest.xml: valid/);
  });
});
