/**
 * Test support: a PreviewHost's state judged against src/model, the same way by the host's own
 * tests (test/preview/previewHost.test.ts) and the contract suite (test/contract/).
 */
import { expect } from "vitest";
import {
  evaluate,
  INPUT_SPECS,
  isDomainError,
  OUTPUT_IDS,
  type ScenarioInputs,
} from "../../../src/model";
import type { WorkbookState } from "../../../src/workbook/host";
import { sameNumber } from "../../support/ironcalc";

/** Every output of the state equals the model's for these inputs (15 significant digits). */
export function expectOutputsOf(state: WorkbookState, inputs: ScenarioInputs): void {
  const expected = evaluate(inputs);
  for (const id of OUTPUT_IDS) {
    const want = expected[id];
    const got = state.outputs[id];
    if (typeof want === "number") {
      expect(typeof got, id).toBe("number");
      expect(sameNumber(got as number, want), `${id}: ${String(got)} vs ${want}`).toBe(true);
    } else {
      expect(got, id).toBe(isDomainError(want) ? want.excelText : want);
    }
  }
}

/** Inputs as the cells hold them: 15 significant digits, as Excel keeps a typed number. */
export function expectInputs(
  actual: Partial<ScenarioInputs> | undefined,
  expected: ScenarioInputs
): void {
  for (const spec of INPUT_SPECS) {
    const got = actual?.[spec.id];
    expect(typeof got, spec.id).toBe("number");
    expect(sameNumber(got as number, expected[spec.id]), `${spec.id}: ${String(got)}`).toBe(true);
  }
}
