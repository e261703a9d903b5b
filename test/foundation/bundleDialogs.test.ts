// The pane's dialogs load on demand (src/taskpane/dialogs/): the built pages' first scripts
// carry neither Fluent's Dialog nor the pane's dialogs; a chunk fetched on first use does.
// Read from the source maps, which name every module a built file was made from.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensurePreviewBuilt, initialScripts, readDist } from "../preview/support/serveDist";

/** Fluent's Dialog and the portal it opens in, and the pane's own dialog modules. */
const DIALOG_CODE = [
  /\/node_modules\/@fluentui\/react-dialog\//,
  /\/node_modules\/@fluentui\/react-portal\//,
  /\/src\/taskpane\/load\/ResetDialog\.tsx$/,
  /\/src\/taskpane\/scenarios\/ScenarioDialogs\.tsx$/,
];

const modulesOf = (script: string): string[] =>
  (JSON.parse(readDist(`${script}.map`)) as { sources: string[] }).sources;

describe("the dialogs' bundle", () => {
  beforeAll(() => ensurePreviewBuilt());

  it.each(["taskpane.html", "preview.html"])("%s loads no dialog code at first", (page) => {
    const modules = initialScripts(page).flatMap(modulesOf);
    expect(modules.some((m) => m.includes("/src/taskpane/load/LoadBar.tsx"))).toBe(true);
    for (const code of DIALOG_CODE) expect(modules.filter((m) => code.test(m))).toEqual([]);
  });

  it("is in chunks fetched on first use", () => {
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    const initial = new Set(["taskpane.html", "preview.html"].flatMap(initialScripts));
    const onDemand = chunks.filter((f) => !initial.has(f)).flatMap(modulesOf);
    for (const code of DIALOG_CODE)
      expect(
        onDemand.some((m) => code.test(m)),
        `${code}`
      ).toBe(true);
  });
});
