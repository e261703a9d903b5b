/**
 * The inputs and results as both hosts read them: what the pane is told before a load, after
 * one, after a slider change, and when the analyst typed something else into an input cell or
 * deleted a result's formula. Results are the workbook's, equal to src/model's evaluate().
 * Excel's round trips where the adapter is Excel (1 to read, 1 per slider change).
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_INPUTS,
  formatValue,
  inputSpec,
  outputSpec,
  validateInputs,
} from "../../src/model";
import {
  inputNotANumber,
  inputOutOfRange,
  inputRefused,
  NOT_LOADED_YET,
  resultEmpty,
} from "../../src/workbook/messages";
import { NOT_LOADED } from "../../src/workbook/state";
import { refusal } from "../excel/support/hostOn";
import { expectInputs, expectOutputsOf } from "../preview/support/hostState";
import { loadIronCalc } from "../support/ironcalc";
import { onBothHosts, type ContractBook } from "./support/books";
import { expectSyncs, syncsOf } from "./support/roundTrips";
import { PLAN } from "./support/scenarioTable";

beforeAll(() => loadIronCalc());

const INPUTS = "Inputs";
const MODEL = "Model";

onBothHosts("the inputs and results", (book) => {
  async function loaded(): Promise<ContractBook> {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    return b;
  }

  it("before a load: nothing loaded, nothing wrong; a slider change says to load first", async () => {
    const b = book();
    expect(await b.host.readState()).toEqual(NOT_LOADED);
    expect((await refusal(b.host.writeInput("fundingUsd", 30e9))).problem).toEqual(NOT_LOADED_YET);
  });

  it("after a load: the article's inputs, and the model's results for them (Excel: one sync)", async () => {
    const b = await loaded();
    const [state, n] = await syncsOf(b, () => b.host.readState());
    expectSyncs(b, n, 1);
    expect(state.loaded).toBe(true);
    expect(state.problems).toEqual([]);
    expectInputs(state.inputs, DEFAULT_INPUTS);
    expectOutputsOf(state, DEFAULT_INPUTS);
  });

  describe("a slider change", () => {
    it("writes the input and reads the results back (Excel: one sync), 'never' included", async () => {
      const b = await loaded();
      const [state, n] = await syncsOf(b, () => b.host.writeInput("annualRevenueUsd", 20e9));
      expectSyncs(b, n, 1);
      expect(state.outputs.runwayAtFrontierYears).toBe("never");
      expectOutputsOf(state, { ...DEFAULT_INPUTS, annualRevenueUsd: 20e9 });
    });

    it("refuses a value outside the input's range without touching the workbook", async () => {
      const b = await loaded();
      const spec = inputSpec("efficiencyShare");
      const [error, n] = await syncsOf(b, () => refusal(b.host.writeInput("efficiencyShare", 2)));
      expectSyncs(b, n, 0);
      expect(error.problem).toEqual(
        inputRefused(spec.label, formatValue(spec.min, spec.unit), formatValue(spec.max, spec.unit))
      );
      expectInputs((await b.host.readState()).inputs, DEFAULT_INPUTS);
    });
  });

  describe("an input cell typed by hand", () => {
    const funding = PLAN.inputCells.fundingUsd;

    it("reports text in it, and still reads the other inputs", async () => {
      const b = await loaded();
      b.type(INPUTS, funding.address, "forty billion");
      const state = await b.host.readState();
      expect(state.inputs.fundingUsd).toBeUndefined();
      expect(Object.keys(state.inputs)).toHaveLength(Object.keys(DEFAULT_INPUTS).length - 1);
      expect(state.problems).toEqual([
        inputNotANumber(
          inputSpec("fundingUsd").label,
          funding.name,
          'holds the text "forty billion" instead of a number'
        ),
      ]);
    });

    it("reports an empty input cell", async () => {
      const b = await loaded();
      b.type(INPUTS, funding.address, "");
      const state = await b.host.readState();
      expect(state.problems).toEqual([
        inputNotANumber(inputSpec("fundingUsd").label, funding.name, "is empty"),
      ]);
    });

    it("reads a number outside the model's range, says so, and computes with it", async () => {
      const b = await loaded();
      b.type(INPUTS, funding.address, 5e15);
      const state = await b.host.readState();
      const inputs = { ...DEFAULT_INPUTS, fundingUsd: 5e15 };
      const outside = validateInputs(inputs).map((p) => inputOutOfRange(p.message));
      expect(outside.length).toBeGreaterThan(0);
      expect(state.problems).toEqual(outside);
      expectOutputsOf(state, inputs);
    });
  });

  it("reports a result whose formula was deleted, and reads the others", async () => {
    const b = await loaded();
    const ratio = PLAN.outputCells.trainingCostRatio;
    b.type(MODEL, ratio.address, "");
    const state = await b.host.readState();
    expect(state.outputs.trainingCostRatio).toBeUndefined();
    expect(state.problems).toEqual([
      resultEmpty(outputSpec("trainingCostRatio").label, ratio.name),
    ]);
  });
});
