/**
 * The checks on IronCalc: the master check is TRUE for the article's defaults, FALSE when an
 * input leaves its range (validateInputs' rules, exactly at the bounds) or when a figure is
 * changed without being marked Overridden.
 */
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, INPUT_SPECS, validateInputs, type FigureId } from "../../src/model";
import { sheetIndexOf } from "../../src/preview/engine";
import { masterCheckPasses, readNamedCell, writeInputs } from "../support/engineReads";
import { inputName } from "../../src/workbook";
import { loadedWorkbook, type LoadedWorkbook } from "./engineWorkbook";
import { scenarioAnywhere, scenarioWithinRange } from "./scenarioArbitraries";

const GENERATED = 100;
const SLOW = 240_000;

let workbook: LoadedWorkbook;
beforeAll(() => {
  workbook = loadedWorkbook({}, { lambda: false });
});

/** Type into a figure's cell on the Figures sheet (column "low", "high" or "overridden"). */
function typeIntoFigure(id: FigureId, column: "low" | "high" | "overridden", input: string): void {
  const { model, plan } = workbook;
  const table = plan.tables.find((t) => t.rows.some((r) => r[0] === id));
  if (!table) throw new Error(`no table holds ${id}`);
  const row = table.headerRow + 1 + table.rows.findIndex((r) => r[0] === id);
  const col = table.column + table.columns.findIndex((c) => c.key === column);
  model.setUserInput(sheetIndexOf(model, plan, "figures"), row + 1, col + 1, input);
  model.evaluate();
}

function typeIntoInput(id: (typeof INPUT_SPECS)[number]["id"], input: string): void {
  const { model, plan } = workbook;
  const cell = plan.inputCells[id];
  model.setUserInput(sheetIndexOf(model, plan, "inputs"), cell.row + 1, cell.column + 1, input);
  model.evaluate();
}

const passes = (): boolean => masterCheckPasses(workbook.model, workbook.plan);

afterEach(() => {
  writeInputs(workbook.model, workbook.plan, DEFAULT_INPUTS);
});

describe("the checks on IronCalc", () => {
  it("pass for the article's defaults, with a label beside the named master check", () => {
    expect(passes()).toBe(true);
    const { model, plan } = workbook;
    const label = readNamedCell(model, plan, {
      ...plan.masterCheck,
      column: plan.masterCheck.column - 1,
    });
    expect(label).toEqual({ kind: "text", value: "All checks pass" });
  });

  it("fail when any input leaves its range, even by a hair, and pass again at the bound", () => {
    for (const spec of INPUT_SPECS) {
      for (const outside of [
        spec.min - Math.abs(spec.min) * 1e-14 - 1e-300,
        spec.max + Math.abs(spec.max) * 1e-14,
      ]) {
        writeInputs(workbook.model, workbook.plan, { ...DEFAULT_INPUTS, [spec.id]: outside });
        expect(passes(), `${spec.id} = ${outside}`).toBe(false);
      }
      for (const bound of [spec.min, spec.max]) {
        // The round cannot exceed the valuation, so the two move together at their bounds.
        const inputs = { ...DEFAULT_INPUTS, [spec.id]: bound };
        if (validateInputs(inputs).length > 0) continue;
        writeInputs(workbook.model, workbook.plan, inputs);
        expect(passes(), `${spec.id} = ${bound}`).toBe(true);
      }
    }
  });

  it("fail when an input cell holds text or is empty", () => {
    typeIntoInput("fundingUsd", "forty billion");
    expect(passes()).toBe(false);
    typeIntoInput("fundingUsd", "");
    expect(passes()).toBe(false);
  });

  it("fail when the round is larger than the post-money valuation", () => {
    writeInputs(workbook.model, workbook.plan, {
      ...DEFAULT_INPUTS,
      fundingUsd: 200e9,
      valuationUsd: 100e9,
    });
    expect(passes()).toBe(false);
  });

  it("fail when a figure is changed, and pass once it is marked Overridden", () => {
    typeIntoFigure("openai_annual_operations", "high", "9000000000");
    expect(passes()).toBe(false);
    typeIntoFigure("openai_annual_operations", "overridden", "TRUE");
    expect(passes()).toBe(true);
    typeIntoFigure("openai_annual_operations", "overridden", "FALSE");
    typeIntoFigure("openai_annual_operations", "high", "8000000000");
    expect(passes()).toBe(true);
    typeIntoFigure("r1_operating_cost_share", "low", "0.050000000000001");
    expect(passes()).toBe(false);
    typeIntoFigure("r1_operating_cost_share", "low", "0.05");
    expect(passes()).toBe(true);
  });

  it("shows the overridden figure on the Inputs sheet, where the input's article range reads it", () => {
    const { model, plan } = workbook;
    typeIntoFigure("openai_funding_round", "low", "35000000000");
    const cell = plan.inputCells.fundingUsd;
    const articleLow = readNamedCell(model, plan, { ...cell, column: cell.column + 2 });
    expect(articleLow).toEqual({ kind: "number", value: 35e9 });
    typeIntoFigure("openai_funding_round", "low", "40000000000");
  });

  it(
    `agree with validateInputs for ${GENERATED} generated scenarios`,
    () => {
      fc.assert(
        fc.property(fc.oneof(scenarioWithinRange, scenarioAnywhere), (inputs) => {
          writeInputs(workbook.model, workbook.plan, inputs);
          return passes() === (validateInputs(inputs).length === 0);
        }),
        { numRuns: GENERATED }
      );
    },
    SLOW
  );

  it("name the master check so a host can read it", () => {
    expect(
      workbook.plan.names.find((n) => n.name === workbook.plan.masterCheck.name)?.formula
    ).toMatch(/^='Checks'!/);
    expect(inputName("fundingUsd")).toBe("in_FundingUsd");
  });
});
