// The exporter is loaded on demand: the built pages' initial scripts (preview.html and the
// add-in's taskpane.html) carry neither its code nor its zip library; a chunk of its own does.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensurePreviewBuilt } from "../preview/support/serveDist";

/** Strings only the exporter and fflate's zip code contain. */
const EXPORTER = /_xlfn\._xlws\.|fullCalcOnLoad/;
const ZIP_LIBRARY = /invalid zip data/;

function initialScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

const read = (file: string): string => fs.readFileSync(path.join(DIST, file), "utf8");

describe("the exporter's bundle", () => {
  beforeAll(() => ensurePreviewBuilt());

  it.each(["preview.html", "taskpane.html"])(
    "%s loads no exporter or zip code at first",
    (page) => {
      const scripts = initialScripts(page);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(read(script), script).not.toMatch(EXPORTER);
        expect(read(script), script).not.toMatch(ZIP_LIBRARY);
      }
    }
  );

  it("is a chunk of its own, export.js, fetched when the button is pressed", () => {
    expect(read("export.js")).toMatch(EXPORTER);
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(chunks.some((f) => ZIP_LIBRARY.test(read(f)))).toBe(true);
  });
});
