/**
 * Upgrading a workbook of layout 3 (test/fixtures/layout-3, as that layout wrote it) to this
 * layout on IronCalc: the analyst's inputs, cases, saved scenarios and analysis choices are
 * kept; each input's new shape starts at src/model's default; the Trials sheet runs the
 * model's simulation of the kept inputs and cases; a second load changes nothing and keeps a
 * shape, a seed and a count the analyst changed since. Cells of the analyst's where the shapes
 * go stop the upgrade before any change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_SETUP,
  DEFAULT_SHAPES,
  INPUT_SPECS,
  SHAPE_LABELS,
  type ScenarioInputs,
} from "../../src/model";
import { applyPlanToEngine, sheetIndexOf } from "../../src/preview/engine";
import { HostError } from "../../src/workbook/host";
import {
  readInputs,
  savedScenarios as readScenarioRows,
  writeInputs,
  writeScenarioRows,
} from "../support/engineReads";
import { buildPlan, type WorkbookPlan } from "../../src/workbook";
import { TRIAL_ROWS } from "../../src/workbook/sheets/trials";
import { caseName, shapeName, simulationName } from "../../src/workbook/names";
import { olderLayoutPlan } from "../fixtures/layouts";
import { newEngineWorkbook, type Model } from "../support/ironcalc";
import { snapshot } from "./engineWorkbook";
import { readNamed, typeInto } from "./support/analysisReads";
import { simulationDisagreement } from "./support/trialsChecks";

/** Loads of the whole plan, several a test, on a shared machine. */
const SLOW = 600_000;
let layoutThree: WorkbookPlan;
beforeAll(() => {
  layoutThree = olderLayoutPlan(3);
});

const THEIRS: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.06, spendGrowth: 0.3 };
const THEIR_FUNDING_HIGH = 60e9;

function builtByLayoutThree(): Model {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, layoutThree, { lambda: false });
  writeInputs(model, layoutThree, THEIRS);
  writeScenarioRows(model, layoutThree, [
    { name: "Growth 30%", note: "theirs", inputs: { ...DEFAULT_INPUTS, spendGrowth: 0.3 } },
  ]);
  typeInto(model, layoutThree, caseName("fundingUsd", "High"), THEIR_FUNDING_HIGH);
  typeInto(model, layoutThree, "sens_Output", "Runway at frontier spend");
  return model;
}

describe("a workbook of layout 3, loaded by this layout", () => {
  it(
    "upgrades: inputs, cases, scenarios and choices kept, default shapes, trials that compute",
    () => {
      const model = builtByLayoutThree();
      const plan = buildPlan({ trialRows: TRIAL_ROWS });
      const saved = readScenarioRows(model, layoutThree);
      const result = applyPlanToEngine(model, plan, { lambda: false });
      expect(result.upgradedFrom).toBe(3);
      const newNames = plan.names.filter((n) => !layoutThree.names.some((o) => o.name === n.name));
      expect(result.created).toEqual(["Trials", `${newNames.length} named cells and ranges`]);
      expect(readInputs(model, plan)).toEqual(THEIRS);
      expect(readScenarioRows(model, plan)).toEqual(saved);
      expect(readNamed(model, plan, caseName("fundingUsd", "High"))).toEqual([
        [THEIR_FUNDING_HIGH],
      ]);
      expect(readNamed(model, plan, "sens_Output")).toEqual([["Runway at frontier spend"]]);
      for (const spec of INPUT_SPECS)
        expect(readNamed(model, plan, shapeName(spec.id)), spec.id).toEqual([
          [SHAPE_LABELS[DEFAULT_SHAPES[spec.id]]],
        ]);
      const cases = {
        ...DEFAULT_CASES,
        fundingUsd: { ...DEFAULT_CASES.fundingUsd, high: THEIR_FUNDING_HIGH },
      };
      const setup = { ...DEFAULT_SETUP, inputs: THEIRS, cases };
      const workbook = { model, plan };
      expect(simulationDisagreement(workbook, setup)).toBeUndefined();

      // The analyst picks a shape, a seed and a count; a load keeps them and changes nothing.
      typeInto(model, plan, shapeName("spendGrowth"), SHAPE_LABELS.uniform);
      typeInto(model, plan, simulationName("seed"), 42);
      typeInto(model, plan, simulationName("trials"), 250);
      const before = snapshot(model);
      const again = applyPlanToEngine(model, buildPlan({ trialRows: TRIAL_ROWS }), {
        lambda: false,
      });
      expect(again.upgradedFrom).toBeUndefined();
      expect(snapshot(model)).toBe(before);
      const chosen = {
        ...setup,
        shapes: { ...setup.shapes, spendGrowth: "uniform" as const },
        seed: 42,
        trials: 250,
      };
      expect(simulationDisagreement(workbook, chosen)).toBeUndefined();
    },
    SLOW
  );

  it(
    "stops, changing nothing, where the analyst used the cells the shapes go to",
    () => {
      const model = builtByLayoutThree();
      const inputs = sheetIndexOf(model, layoutThree, "inputs");
      // Inputs!N7: the third input's shape.
      model.setUserInput(inputs, 7, 14, "my note");
      model.evaluate();
      const before = snapshot(model);
      let error: unknown;
      try {
        applyPlanToEngine(model, buildPlan({ trialRows: TRIAL_ROWS }), { lambda: false });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).problem.message).toMatch(/which layout 3 left empty.*"my note"/);
      expect(snapshot(model)).toBe(before);
      model.rangeClearContents(inputs, 7, 14, 7, 14);
      expect(
        applyPlanToEngine(model, buildPlan({ trialRows: TRIAL_ROWS }), { lambda: false })
          .upgradedFrom
      ).toBe(3);
    },
    SLOW
  );
});
