// The analysis core recalculated by LibreOffice, in one file and one soffice run, with a wrong
// cached value in every formula cell so that only a real recalculation can pass:
// - the HDR formula: every draw of hdrDraws() (trial, variable, entity, seed3, seed4, the
//   formula, and its draw number k = u·2^32 − 0.5);
// - the shaped draws: drawFormula for every row of drawRows(), against drawValue;
// - the simulation's summary: samples from simulate() and their PERCENTILE.INC, AVERAGE and
//   bin counts, read bit for bit through mantissa halves (test/workbook/support/summaryChecks.ts). The file stores u to 15 significant digits only, so
// the bits are compared through k, computed inside LibreOffice from the full u: k·2^−32 is
// exact both ways, so equal k means equal u to the last bit.
import { beforeAll, describe, expect, it } from "vitest";
import { writeXlsx } from "../../src/preview/export";
import type { ExportCell, ExportSheet } from "../../src/preview/export/workbookContent";
import { cellAddress } from "../../src/workbook/a1";
import { drawFormula, hdrUniformFormula } from "../../src/workbook/analysis/hdrFormula";
import { drawRows, shapeText } from "../workbook/support/drawRows";
import { drawNumber, hdrDraws, modelUniform } from "../workbook/support/hdrDraws";
import {
  halves,
  halvesFormulas,
  sampleColumns,
  simulation,
  SUMMARY_RUNS,
  summaryChecks,
} from "../workbook/support/summaryChecks";
import { HAS_SOFFICE, noteWhenSkipped, resaveWithLibreOffice } from "./support/libreOffice";
import { openXlsx, readSheets, type StoredSheet } from "./support/xlsxXml";

noteWhenSkipped();

const DRAWS = hdrDraws();
const LOOK = { numberFormat: null, style: {} };
/** Columns: A trial, B variable, C entity, D seed3, E seed4, F the uniform, G its draw number. */
const U = 5;
const K = 6;
/** A cached value no draw can have: the test fails unless LibreOffice recomputes. */
const WRONG = { kind: "number", value: -1 } as const;

const SUMMARIES = SUMMARY_RUNS.map(({ seed, trials }) => {
  const sim = simulation(seed, trials);
  return { name: `Summary ${seed}`, columns: sampleColumns(sim), checks: summaryChecks(sim) };
});
/** Summary sheets: samples in A..D, each check's formula in T, its mantissa halves in U and V. */
const CHECK = 19;
/** How far LibreOffice's AVERAGE may lie from plain-order addition, in units of the last place. */
const MEAN_ULPS = 16;

function summarySheet(summary: (typeof SUMMARIES)[number]): ExportSheet {
  const cells: ExportCell[] = [];
  const number = (value: number) => ({ kind: "number", value }) as const;
  const rows = Math.max(summary.columns[0]?.length ?? 0, summary.checks.length);
  for (let row = 0; row < rows; row++) {
    summary.columns.forEach((values, column) => {
      const v = values[row];
      if (v !== undefined) cells.push({ row, column, value: number(v), look: LOOK });
    });
    const check = summary.checks[row];
    if (!check) continue;
    const [hi, lo] = halvesFormulas(cellAddress(row, CHECK), check.expected);
    cells.push({ row, column: CHECK, formula: check.formula, value: WRONG, look: LOOK });
    cells.push({ row, column: CHECK + 1, formula: hi, value: WRONG, look: LOOK });
    cells.push({ row, column: CHECK + 2, formula: lo, value: WRONG, look: LOOK });
  }
  return { name: summary.name, columnWidths: [], frozenRows: 0, tables: [], cells };
}

const SHAPE_ROWS = drawRows();

/** Shapes sheet: A the shape's text, B..E low, value, high, u, F the draw, G and H its halves. */
function shapesSheet(): ExportSheet {
  const cells: ExportCell[] = [];
  SHAPE_ROWS.forEach((r, row) => {
    const at = (column: number): string => cellAddress(row, column);
    cells.push({ row, column: 0, value: { kind: "text", value: shapeText(r.shape) }, look: LOOK });
    [r.low, r.value, r.high, r.u].forEach((value, i) =>
      cells.push({ row, column: i + 1, value: { kind: "number", value }, look: LOOK })
    );
    const formula = drawFormula({
      shape: at(0),
      low: at(1),
      value: at(2),
      high: at(3),
      uniform: at(4),
    });
    cells.push({ row, column: 5, formula, value: WRONG, look: LOOK });
    const [hi, lo] = halvesFormulas(at(5), r.expected);
    cells.push({ row, column: 6, formula: hi, value: WRONG, look: LOOK });
    cells.push({ row, column: 7, formula: lo, value: WRONG, look: LOOK });
  });
  return { name: "Shapes", columnWidths: [], frozenRows: 0, tables: [], cells };
}

function analysisFile(): Uint8Array {
  const cells: ExportCell[] = [];
  DRAWS.forEach((d, row) => {
    [d.trial, d.variable, d.entity, d.seed3, d.seed4].forEach((value, column) =>
      cells.push({ row, column, value: { kind: "number", value }, look: LOOK })
    );
    const at = (column: number): string => cellAddress(row, column);
    const formula = hdrUniformFormula({
      trial: at(0),
      variable: at(1),
      entity: at(2),
      // The standard's optional seeds as cells only where a draw uses them.
      seed3: d.seed3 === 0 ? "0" : at(3),
      seed4: d.seed4 === 0 ? "0" : at(4),
    });
    cells.push({ row, column: U, formula, value: WRONG, look: LOOK });
    cells.push({ row, column: K, formula: `=${at(U)}*4294967296-0.5`, value: WRONG, look: LOOK });
  });
  return writeXlsx({
    sheets: [
      { name: "Draws", columnWidths: [], frozenRows: 0, tables: [], cells },
      shapesSheet(),
      ...SUMMARIES.map(summarySheet),
    ],
    names: [],
  });
}

describe.skipIf(!HAS_SOFFICE)("LibreOffice computes the analysis core exactly as the model", () => {
  let sheets: StoredSheet[] = [];
  let sheet: StoredSheet | undefined;

  beforeAll(async () => {
    const [saved] = await resaveWithLibreOffice(
      [{ name: "analysis.xlsx", bytes: analysisFile() }],
      "always"
    );
    sheets = readSheets(openXlsx(saved as Uint8Array));
    sheet = sheets[0];
  }, 300_000);

  it(`gives every one of the ${DRAWS.length} draws to the last bit`, () => {
    expect(DRAWS.length).toBeGreaterThanOrEqual(10_000);
    const wrong: string[] = [];
    DRAWS.forEach((d, row) => {
      const expected = modelUniform(d);
      const k = sheet?.cells.get(cellAddress(row, K))?.value;
      const u = sheet?.cells.get(cellAddress(row, U))?.value;
      // The stored u is LibreOffice's 15-digit rounding of the same double.
      const near = typeof u === "number" && Math.abs(u - expected) <= 1e-15;
      if (k !== drawNumber(expected) || !near) {
        wrong.push(`${JSON.stringify(d)}: ${String(u)} (k ${String(k)}) vs ${expected}`);
      }
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it(`draws every one of the ${SHAPE_ROWS.length} shaped draws to the last bit`, () => {
    const saved = sheets.find((x) => x.name === "Shapes");
    const wrong = SHAPE_ROWS.flatMap((r, row) => {
      const shown = `${String(saved?.cells.get(cellAddress(row, 6))?.value)} ${String(saved?.cells.get(cellAddress(row, 7))?.value)}`;
      return shown === halves(r.expected)
        ? []
        : [`${JSON.stringify(r)}: ${shown} vs ${halves(r.expected)}`];
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it.each(SUMMARIES.map((s) => [s.name, s] as const))(
    "%s: percentiles, mean and bin counts to the last bit",
    (name, summary) => {
      const saved = sheets.find((x) => x.name === name);
      const wrong = summary.checks.flatMap((check, row) => {
        const hi = saved?.cells.get(cellAddress(row, CHECK + 1))?.value;
        const lo = saved?.cells.get(cellAddress(row, CHECK + 2))?.value;
        const shown = `${String(hi)} ${String(lo)}`;
        if (shown === halves(check.expected)) return [];
        // LibreOffice adds with compensated (Kahan) summation, Excel and IronCalc in plain
        // order: AVERAGE may differ in its last few bits (docs/HOSTS.md), nothing else may.
        const [expectedHi = 0, expectedLo = 0] = halves(check.expected).split(" ").map(Number);
        const ulps = Math.abs(
          Number(hi) * 2 ** 26 + Number(lo) - (expectedHi * 2 ** 26 + expectedLo)
        );
        if (check.what.endsWith(" mean") && Number(hi) === expectedHi && ulps <= MEAN_ULPS)
          return [];
        return [`${check.what}: ${shown} vs ${halves(check.expected)}`];
      });
      expect(summary.checks.length).toBeGreaterThan(100);
      expect(wrong).toEqual([]);
    }
  );
});
