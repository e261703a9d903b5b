/**
 * The decode of the Trials sheet's names (src/workbook/analysis/readings.ts, the simulation
 * part) and the seed and count rule (analysis/simulationSettings.ts): every name the decode
 * wants is one of the plan's; a plan without a Trials sheet gives no simulation part; trials
 * that cannot run say why: the seed or the count as typed on the sheet, each input that cannot
 * be drawn (its shape, or its cases), and a refusal of a value outside the plan's limits.
 */
import { describe, expect, it } from "vitest";
import { INPUT_SPECS, SHAPE_LABELS, SHAPES } from "../../src/model";
import {
  analysisFromCells,
  analysisNames,
  type AnalysisCells,
} from "../../src/workbook/analysis/readings";
import { settingProblem, simulationWrites } from "../../src/workbook/analysis/simulationSettings";
import { buildPlan } from "../../src/workbook/buildPlan";
import { HostError } from "../../src/workbook/host";
import { trialsMessages } from "../../src/workbook/messages";
import type { ShownValue } from "../../src/workbook/sharing/cellValues";
import { bySlot } from "../../src/workbook/slots";

const plan = buildPlan();
const SIM = analysisNames(plan).filter(
  (n) => n.name.startsWith("sim_") || n.name.endsWith("_Shape")
);
/** The plan's limits (the test suite's plans have a short Trials sheet: shortTrials.ts). */
const LIMITS = {
  maxSeed: plan.simulation?.maxSeed ?? NaN,
  maxTrials: plan.simulation?.maxTrials ?? NaN,
};
const LABELS = SHAPES.map((s) => SHAPE_LABELS[s]);

/** Every simulation name's cells: `fill` for single cells, a column of it for ranges. */
function cells(overrides: Record<string, ShownValue[][]> = {}): AnalysisCells {
  const one = (v: ShownValue): ShownValue[][] => [[v]];
  const many = (n: number, v: ShownValue): ShownValue[][] => Array.from({ length: n }, () => [v]);
  const na: ShownValue = { kind: "error", value: "#N/A" };
  const entries = SIM.map(({ name }): [string, ShownValue[][]] => {
    if (name === "sim_InputReady")
      return [name, many(INPUT_SPECS.length, { kind: "boolean", value: true })];
    if (name.startsWith("sim_Bin")) return [name, many(20, na)];
    if (name.endsWith("_Shape")) return [name, one({ kind: "text", value: LABELS[1] ?? "" })];
    return [name, one(na)];
  });
  return new Map([...entries, ...Object.entries(overrides)]);
}

describe("the simulation readings", () => {
  it("asks for every sim_ name of the plan that the pane shows, and each input's shape", () => {
    const names = SIM.map((n) => n.name);
    expect(names).toHaveLength(4 + INPUT_SPECS.length + 4 * 9 + 2 + 4);
    expect(names).toContain("sim_RunwayAtEfficientYears_P10");
    expect(names).toContain("sim_ShortfallAtEfficient");
    expect(names).toContain("in_EfficiencyShare_Shape");
  });

  it("has no simulation part for a plan without a Trials sheet", () => {
    expect(analysisFromCells(cells(), {})?.simulation).toBeUndefined();
    expect(analysisFromCells(cells(), plan)?.simulation?.limits).toEqual(LIMITS);
  });

  it("says why trials cannot run: the seed and count as typed, and each input that cannot be drawn", () => {
    const [first, second] = bySlot(INPUT_SPECS);
    const ready = INPUT_SPECS.map((s): ShownValue[] => [
      { kind: "boolean", value: s.id !== first?.id && s.id !== second?.id },
    ]);
    const sim = analysisFromCells(
      cells({
        sim_Seed: [[{ kind: "number", value: 1.5 }]],
        sim_Trials: [[{ kind: "text", value: "many" }]],
        sim_Ready: [[{ kind: "boolean", value: false }]],
        sim_InputReady: ready,
        [`in_${(first?.id ?? "").replace(/^./, (c) => c.toUpperCase())}_Shape`]: [
          [{ kind: "text", value: "Normal" }],
        ],
      }),
      plan
    )?.simulation;
    expect(sim?.ready).toBe(false);
    expect(sim?.problems).toEqual([
      trialsMessages.seedNotValid("1.5", LIMITS.maxSeed),
      trialsMessages.trialsNotValid("“many”", LIMITS.maxTrials),
      trialsMessages.inputNotDrawn(first?.label ?? "", "Normal", LABELS),
      trialsMessages.inputNotDrawn(second?.label ?? "", LABELS[1] ?? "", LABELS),
    ]);
  });

  it("with every part ready but B6 FALSE (a hand edit), says it cannot tell why", () => {
    const sim = analysisFromCells(
      cells({
        sim_Seed: [[{ kind: "number", value: 1 }]],
        sim_Trials: [[{ kind: "number", value: 10 }]],
        sim_Ready: [[{ kind: "boolean", value: false }]],
      }),
      plan
    )?.simulation;
    expect(sim?.problems).toEqual([trialsMessages.notReadyUnknown]);
  });
});

describe("the seed and count the pane writes", () => {
  it("go to the plan's Trials!B4 and B5, seed first", () => {
    expect(
      simulationWrites(plan, { trials: 10, seed: 0 }).map((w) => [w.cell.address, w.value])
    ).toEqual([
      ["B4", 0],
      ["B5", 10],
    ]);
  });
  it("are refused outside whole numbers from 0 (1) to the plan's limits, nothing written", () => {
    for (const [which, value, typed] of [
      ["seed", -1, "-1"],
      ["seed", 0.5, "0.5"],
      ["seed", 100_000_000, "100,000,000"],
      ["trials", 0, "0"],
      ["trials", LIMITS.maxTrials + 1, (LIMITS.maxTrials + 1).toLocaleString("en-US")],
      ["trials", Number.POSITIVE_INFINITY, "Infinity"],
    ] as const) {
      const problem = settingProblem(LIMITS, which, value);
      expect(problem, `${which} ${value}`).toBeInstanceOf(HostError);
      const words = which === "seed" ? trialsMessages.seedRefused : trialsMessages.trialsRefused;
      expect(problem?.problem).toEqual(
        words(typed, which === "seed" ? LIMITS.maxSeed : LIMITS.maxTrials)
      );
    }
    expect(settingProblem(LIMITS, "seed", 99_999_999)).toBeUndefined();
    expect(settingProblem(LIMITS, "trials", 1)).toBeUndefined();
    expect(() => simulationWrites({ ...plan, simulation: undefined }, { seed: 1 })).toThrow(
      trialsMessages.noTrialsSheet.message
    );
  });
});
