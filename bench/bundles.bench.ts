/**
 * The production bundles' weight, raw and gzipped: the task pane's initial JavaScript (every
 * local script taskpane.html loads; the functions ride in the same shared-runtime page) and
 * the functions bundle alone. Issue 6 aims at 150 KB gzipped for the pane, 10 KB for the
 * functions. Sizes are exact, not timed, so they need no baseline.
 */
import { test } from "vitest";
import { ensureDist } from "../test/foundation/paths";
import { recordFigures } from "./harness";
import { fileWeight, pageScripts } from "./support/pageWeight";

const KB = 1024;

test("bundle sizes", () => {
  ensureDist();
  const paneScripts = pageScripts("taskpane.html");
  const pane = fileWeight(paneScripts.filter((f) => !f.endsWith("functions.js")));
  const functions = fileWeight(paneScripts.filter((f) => f.endsWith("functions.js")));
  const page = fileWeight(["taskpane.html", ...paneScripts]);
  recordFigures("bundles", {
    "task pane initial JS, raw KB": +(pane.raw / KB).toFixed(1),
    "task pane initial JS, gzip KB": +(pane.gzip / KB).toFixed(1),
    "task pane target, gzip KB": 150,
    "functions.js, raw KB": +(functions.raw / KB).toFixed(1),
    "functions.js, gzip KB": +(functions.gzip / KB).toFixed(1),
    "functions target, gzip KB": 10,
    "whole shared-runtime page, gzip KB": +(page.gzip / KB).toFixed(1),
    scripts: paneScripts.join(" "),
  });
});
