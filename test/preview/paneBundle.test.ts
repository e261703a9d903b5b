// The task pane's first scripts (what Excel waits for before the pane shows: every local script
// taskpane.html loads but functions.js, as bench/bundles.bench.ts counts them) stay within
// 150 KB gzipped and hold no chart library; the Analysis section and its tornado chart are
// chunks of their own, fetched later (AnalysisSection.tsx, TornadoView.tsx). Checked on the
// built dist/.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensurePreviewBuilt, initialScripts, readDist } from "./support/serveDist";

/** The pane's budget for its first load, gzipped. */
const PANE_BUDGET_KB = 150;
const KB = 1024;
const CHART_LIBRARY = /\/node_modules\/(@fluentui\/react-charts|d3-[\w-]+)\//;

function sourcesOf(script: string): string[] {
  return (JSON.parse(readDist(`${script}.map`)) as { sources: string[] }).sources;
}

const paneScripts = (): string[] =>
  initialScripts("taskpane.html").filter((s) => !s.endsWith("functions.js"));

beforeAll(() => ensurePreviewBuilt());

describe("the task pane's first scripts", () => {
  it(`weigh at most ${PANE_BUDGET_KB} KB gzipped`, () => {
    const scripts = paneScripts();
    expect(scripts).toContain("taskpane.js");
    const sizes = scripts.map(
      (s) => zlib.gzipSync(fs.readFileSync(path.join(DIST, s)), { level: 9 }).length
    );
    const gzip = sizes.reduce((a, b) => a + b, 0);
    const each = scripts.map((s, i) => `${s} ${((sizes[i] ?? 0) / KB).toFixed(1)} KB`).join(", ");
    expect(gzip / KB, each).toBeLessThanOrEqual(PANE_BUDGET_KB);
  });

  it("hold no chart library code and not the Analysis section's panel or chart", () => {
    const modules = paneScripts().flatMap(sourcesOf);
    expect(modules.filter((m) => CHART_LIBRARY.test(m))).toEqual([]);
    expect(modules.some((m) => m.endsWith("/src/taskpane/analysis/AnalysisSection.tsx"))).toBe(
      true
    );
    for (const late of ["AnalysisPanel.tsx", "HeatGrid.tsx", "TornadoChart.tsx"])
      expect(
        modules.filter((m) => m.endsWith(`/src/taskpane/analysis/${late}`)),
        late
      ).toEqual([]);
  });

  it("leave the tornado chart to a chunk of its own, beside the chart library", () => {
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    const holding = (pattern: RegExp): string[] =>
      chunks.filter(
        (c) =>
          fs.existsSync(path.join(DIST, `${c}.map`)) && sourcesOf(c).some((m) => pattern.test(m))
      );
    expect(holding(/\/src\/taskpane\/analysis\/TornadoChart\.tsx$/)).toEqual(["tornado.js"]);
    expect(holding(/\/src\/taskpane\/analysis\/AnalysisPanel\.tsx$/)).toEqual(["analysis.js"]);
    expect(holding(CHART_LIBRARY).length).toBeGreaterThan(0);
  });
});
