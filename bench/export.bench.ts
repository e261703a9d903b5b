/**
 * The .xlsx export's cost, against a baseline measured in the same run: one full evaluate()
 * of the same workbook (about what every slider step costs the preview), with IronCalc's own
 * toBytes() (what the preview pays to keep the workbook in the browser) beside it. Cases: the whole export, and its two halves: reading the workbook from the engine
 * (every planned cell, numbers through the full-precision reader) and writing the package
 * (XML parts and zip). The analyst's workbook of the tests is used: four saved scenarios,
 * inputs moved. Figures: the file's size and parts, and the on-demand chunks the page fetches
 * when "Download as .xlsx" is pressed (when dist/ is built).
 */
import fs from "node:fs";
import path from "node:path";
import { test } from "vitest";
import { exportWorkbook, readWorkbookForExport, writeXlsx } from "../src/preview/export";
import { DIST } from "../test/foundation/paths";
import { analystBook, PLAN } from "../test/export/support/exportedBook";
import { openXlsx } from "../test/export/support/xlsxXml";
import { fileWeight } from "./support/pageWeight";
import { recordFigures, runBench } from "./harness";

test("export the workbook as .xlsx", async () => {
  const { model } = await analystBook();
  const content = readWorkbookForExport(model, PLAN);
  const bytes = exportWorkbook(model, PLAN);
  const cells = content.sheets.reduce((n, s) => n + s.cells.length, 0);
  const formulas = content.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula).length, 0);

  await runBench(
    "export",
    [
      {
        group: "export",
        name: "IronCalc evaluate() of the same workbook",
        run: () => model.evaluate(),
        baseline: true,
      },
      {
        group: "export",
        name: "IronCalc toBytes() of the same workbook",
        run: () => model.toBytes(),
      },
      {
        group: "export",
        name: "exportWorkbook(): read + write",
        run: () => exportWorkbook(model, PLAN),
      },
      {
        group: "export",
        name: "read the workbook from the engine",
        run: () => readWorkbookForExport(model, PLAN),
      },
      {
        group: "export",
        name: "write the .xlsx package (XML + zip)",
        run: () => writeXlsx(content),
      },
    ],
    { timeMs: 2000, iterations: 10 }
  );

  const chunks = fs.existsSync(path.join(DIST, "export.js"))
    ? fs
        .readdirSync(DIST)
        .filter((f) => f.endsWith(".js"))
        .filter((f) => {
          const code = fs.readFileSync(path.join(DIST, f), "utf8");
          return f === "export.js" || /invalid zip data/.test(code);
        })
    : [];
  const weight = chunks.length > 0 ? fileWeight(chunks) : undefined;
  recordFigures("export-size", {
    "file bytes": bytes.length,
    "zip parts": openXlsx(bytes).paths.length,
    "cells written": cells,
    formulas,
    "IronCalc toBytes() bytes": model.toBytes().length,
    "on-demand chunks": chunks.join(", ") || "dist/ not built",
    "on-demand JS bytes": weight?.raw ?? "dist/ not built",
    "on-demand JS gzip bytes": weight?.gzip ?? "dist/ not built",
  });
});
