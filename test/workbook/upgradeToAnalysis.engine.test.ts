/**
 * Upgrading a workbook of layout 2 (test/fixtures/layout-2, as that layout wrote it) to this
 * layout on IronCalc: the analyst's inputs and saved scenarios are kept; the new low and high
 * cases start at the article's (src/model/cases.ts); the Sensitivity and Map sheets compute the
 * model from the kept inputs; a second load changes nothing, and keeps cases the analyst
 * changed since. Cells of the analyst's where the cases go stop the upgrade before any change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CASES, DEFAULT_INPUTS, INPUT_SPECS, type ScenarioInputs } from "../../src/model";
import { applyPlanToEngine, sheetIndexOf } from "../../src/preview/engine";
import { HostError } from "../../src/workbook/host";
import {
  readInputs,
  savedScenarios as readScenarioRows,
  writeInputs,
  writeScenarioRows,
} from "../support/engineReads";
import { buildPlan, PLAN_VERSION, type WorkbookPlan } from "../../src/workbook";
import { caseName } from "../../src/workbook/names";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";
import { snapshot } from "./engineWorkbook";
import { mapDisagreement, sensitivityDisagreement } from "./support/analysisChecks";
import { readNamed, typeInto } from "./support/analysisReads";

/** Loads of the whole plan, several a test, on a shared machine. */
const SLOW = 600_000;
let layoutTwo: WorkbookPlan;
beforeAll(() => {
  loadIronCalc();
  layoutTwo = olderLayoutPlan(2);
});

/** The analyst's inputs in the layout-2 workbook (15 significant digits, as typed). */
const THEIRS: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.05, spendGrowth: 0.3 };

function builtByLayoutTwo(): Model {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, layoutTwo, { lambda: false });
  writeInputs(model, layoutTwo, THEIRS);
  writeScenarioRows(model, layoutTwo, [
    { name: "Growth 30%", note: "theirs", inputs: { ...DEFAULT_INPUTS, spendGrowth: 0.3 } },
  ]);
  return model;
}

function casesRead(model: Model, plan: WorkbookPlan): Record<string, (string | number)[]> {
  return Object.fromEntries(
    INPUT_SPECS.map((s) => [
      s.id,
      [
        readNamed(model, plan, caseName(s.id, "Low"))[0]?.[0] ?? "",
        readNamed(model, plan, caseName(s.id, "High"))[0]?.[0] ?? "",
      ],
    ])
  );
}

describe("a workbook of layout 2, loaded by this layout", () => {
  it(
    "upgrades: inputs and scenarios kept, the article's cases, analysis sheets that compute",
    () => {
      const model = builtByLayoutTwo();
      const plan = buildPlan();
      const saved = readScenarioRows(model, layoutTwo);
      const result = applyPlanToEngine(model, plan, { lambda: false });
      expect(result.upgradedFrom).toBe(2);
      expect(PLAN_VERSION).toBeGreaterThanOrEqual(3);
      const newNames = plan.names.filter((n) => !layoutTwo.names.some((o) => o.name === n.name));
      expect(newNames.length).toBeGreaterThan(20);
      expect(result.created).toEqual([
        "Sensitivity",
        "Map",
        "Trials",
        `${newNames.length} named cells and ranges`,
      ]);
      expect(readInputs(model, plan)).toEqual({ ...THEIRS, efficiencyShare: 0.05 });
      // Saved over the first row (the article's low), as the analyst did.
      expect(saved[0]?.name).toBe("Growth 30%");
      expect(readScenarioRows(model, plan)).toEqual(saved);
      const articleCases = Object.fromEntries(
        INPUT_SPECS.map((s) => [s.id, [DEFAULT_CASES[s.id].low, DEFAULT_CASES[s.id].high]])
      );
      expect(casesRead(model, plan)).toEqual(articleCases);
      const workbook = { model, plan };
      const typedShare = readInputs(model, plan);
      const inputs = { ...THEIRS, ...typedShare } as ScenarioInputs;
      expect(sensitivityDisagreement(workbook, inputs)).toBeUndefined();
      expect(mapDisagreement(workbook, inputs)).toBeUndefined();

      // The analyst changes a case; a load keeps it and changes nothing else.
      typeInto(model, plan, caseName("fundingUsd", "High"), 60e9);
      const before = snapshot(model);
      const again = applyPlanToEngine(model, buildPlan(), { lambda: false });
      expect(again.upgradedFrom).toBeUndefined();
      expect(snapshot(model)).toBe(before);
      expect(readNamed(model, plan, caseName("fundingUsd", "High"))).toEqual([[60e9]]);
    },
    SLOW
  );

  it(
    "stops, changing nothing, where the analyst used the cells the cases go to",
    () => {
      const model = builtByLayoutTwo();
      const inputs = sheetIndexOf(model, layoutTwo, "inputs");
      model.setUserInput(inputs, 6, 11, "my note");
      model.evaluate();
      const before = snapshot(model);
      let error: unknown;
      try {
        applyPlanToEngine(model, buildPlan(), { lambda: false });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).problem.message).toMatch(/which layout 2 left empty.*"my note"/);
      expect(snapshot(model)).toBe(before);
      model.rangeClearContents(inputs, 6, 11, 6, 11);
      expect(applyPlanToEngine(model, buildPlan(), { lambda: false }).upgradedFrom).toBe(2);
    },
    SLOW
  );
});
