// The exporter is loaded on demand: the built pages' initial scripts (preview.html and the
// add-in's taskpane.html) carry neither its code nor its zip library; a chunk of its own does.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensurePreviewBuilt, initialScripts, readDist } from "../preview/support/serveDist";

/** Strings only the exporter and fflate's zip code contain. */
const EXPORTER = /_xlfn\._xlws\.|fullCalcOnLoad/;
const ZIP_LIBRARY = /invalid zip data/;

describe("the exporter's bundle", () => {
  beforeAll(() => ensurePreviewBuilt());

  it.each(["preview.html", "taskpane.html"])(
    "%s loads no exporter or zip code at first",
    (page) => {
      const scripts = initialScripts(page);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(readDist(script), script).not.toMatch(EXPORTER);
        expect(readDist(script), script).not.toMatch(ZIP_LIBRARY);
      }
    }
  );

  it("is a chunk of its own, export.js, fetched when the button is pressed", () => {
    expect(readDist("export.js")).toMatch(EXPORTER);
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(chunks.some((f) => ZIP_LIBRARY.test(readDist(f)))).toBe(true);
  });
});
