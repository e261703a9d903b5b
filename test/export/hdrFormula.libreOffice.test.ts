// The HDR formula recalculated by LibreOffice: one file holds every draw of hdrDraws() (trial,
// variable, entity, seed3, seed4, the formula, and its draw number k = u·2^32 − 0.5), with a
// wrong cached value in every formula cell so that only a real recalculation can pass; one
// soffice run recalculates and saves it. The file stores u to 15 significant digits only, so
// the bits are compared through k, computed inside LibreOffice from the full u: k·2^−32 is
// exact both ways, so equal k means equal u to the last bit.
import { beforeAll, describe, expect, it } from "vitest";
import { writeXlsx } from "../../src/preview/export";
import type { ExportCell } from "../../src/preview/export/workbookContent";
import { cellAddress } from "../../src/workbook/a1";
import { hdrUniformFormula } from "../../src/workbook/analysis/hdrFormula";
import { drawNumber, hdrDraws, modelUniform } from "../workbook/support/hdrDraws";
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

function drawsFile(): Uint8Array {
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
    sheets: [{ name: "Draws", columnWidths: [], frozenRows: 0, tables: [], cells }],
    names: [],
  });
}

describe.skipIf(!HAS_SOFFICE)("LibreOffice computes the HDR formula exactly as the model", () => {
  let sheet: StoredSheet | undefined;

  beforeAll(async () => {
    const [saved] = await resaveWithLibreOffice(
      [{ name: "draws.xlsx", bytes: drawsFile() }],
      "always"
    );
    sheet = readSheets(openXlsx(saved as Uint8Array))[0];
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
});
