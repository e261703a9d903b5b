/**
 * Text stays text on IronCalc: every string the plan writes (the article's sentences with their
 * curly quotes, labels, ids) reads back exactly, and a text that Excel would take for a formula,
 * a number or a boolean ("=…", "+5", "-3", "@x", "123", "TRUE") is kept as text too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FIGURES } from "../../src/model";
import { applyPlanToEngine, readCell, sheetIndexOf } from "../../src/preview/engine";
import { buildPlan, type PlanCell, type WorkbookPlan } from "../../src/workbook";
import { newEngineWorkbook } from "../support/ironcalc";

const RISKY_TEXTS = [
  "=1+1",
  "=AICOST.RATIO(1,2)",
  "+5",
  "-3",
  "@x",
  "123",
  "0.5",
  "1.5%",
  "$40",
  "TRUE",
  "#N/A",
  "'quoted",
  "never",
];

/** The plan with one more block of risky texts on the Inputs sheet, below everything else. */
function withRiskyTexts(plan: WorkbookPlan): { plan: WorkbookPlan; row: number } {
  const row = 40;
  const cells: PlanCell[][] = [RISKY_TEXTS];
  const sheets = plan.sheets.map((s) =>
    s.key !== "inputs"
      ? s
      : {
          ...s,
          blocks: [
            ...s.blocks,
            {
              row,
              column: 0,
              address: `A${row + 1}`,
              cells,
              numberFormats: [RISKY_TEXTS.map(() => null)],
            },
          ],
        }
  );
  return { plan: { ...plan, sheets }, row };
}

describe("text cells on IronCalc", () => {
  const model = newEngineWorkbook();
  const { plan, row } = withRiskyTexts(buildPlan());
  beforeAll(() => {
    applyPlanToEngine(model, plan, { lambda: false });
  });

  it("keep texts that look like formulas, numbers or booleans as text", () => {
    const sheet = sheetIndexOf(model, plan, "inputs");
    RISKY_TEXTS.forEach((text, column) => {
      expect(readCell(model, sheet, row, column), text).toEqual({ kind: "text", value: text });
    });
  });

  it("read back every text the plan writes exactly, the article's sentences included", () => {
    let texts = 0;
    for (const sheet of plan.sheets) {
      const index = sheetIndexOf(model, plan, sheet.key);
      for (const block of sheet.blocks) {
        block.cells.forEach((cells, i) =>
          cells.forEach((cell, j) => {
            if (typeof cell !== "string" || cell === "") return;
            texts++;
            expect(readCell(model, index, block.row + i, block.column + j)).toEqual({
              kind: "text",
              value: cell,
            });
          })
        );
      }
    }
    const sentences = new Set<string>();
    for (const table of plan.tables) {
      const index = sheetIndexOf(model, plan, table.sheet);
      table.rows.forEach((cells, i) =>
        cells.forEach((cell, j) => {
          if (typeof cell !== "string" || cell === "") return;
          texts++;
          const read = readCell(model, index, table.headerRow + 1 + i, table.column + j);
          expect(read).toEqual({ kind: "text", value: cell });
          if (FIGURES.some((f) => f.sentence === cell)) sentences.add(cell);
        })
      );
    }
    expect(sentences.size).toBe(new Set(FIGURES.map((f) => f.sentence)).size);
    expect(texts).toBeGreaterThan(150);
  });
});
