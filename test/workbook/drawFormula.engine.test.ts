// The Trials sheet's draw formula on IronCalc gives the model's drawValue to the last bit, for
// every shape, the article's cases and the corner cases (read through mantissa halves).
import { describe, expect, it } from "vitest";
import { drawFormula } from "../../src/workbook/analysis/hdrFormula";
import { newEngineWorkbook } from "../support/ironcalc";
import { drawRows, shapeText } from "./support/drawRows";
import { halves, halvesFormulas } from "./support/summaryChecks";

const ROWS = drawRows();

describe("IronCalc draws each shape exactly as the model", () => {
  it(`gives every one of the ${ROWS.length} draws to the last bit`, () => {
    const model = newEngineWorkbook();
    model.pauseEvaluation();
    ROWS.forEach((r, i) => {
      const row = i + 1;
      model.setUserInput(0, row, 1, shapeText(r.shape));
      [r.low, r.value, r.high, r.u].forEach((v, c) => model.setUserInput(0, row, c + 2, String(v)));
      model.setUserInput(
        0,
        row,
        6,
        drawFormula({
          shape: `A${row}`,
          low: `B${row}`,
          value: `C${row}`,
          high: `D${row}`,
          uniform: `E${row}`,
        })
      );
      const [hi, lo] = halvesFormulas(`F${row}`, r.expected);
      model.setUserInput(0, row, 7, hi);
      model.setUserInput(0, row, 8, lo);
    });
    model.resumeEvaluation();
    model.evaluate();
    const wrong = ROWS.flatMap((r, i) => {
      const shown = `${model.getFormattedCellValue(0, i + 1, 7)} ${model.getFormattedCellValue(0, i + 1, 8)}`;
      return shown === halves(r.expected)
        ? []
        : [`${JSON.stringify(r)}: ${shown} vs ${halves(r.expected)}`];
    });
    expect(ROWS.length).toBeGreaterThan(1_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
