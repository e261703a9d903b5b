import { describe, expect, it } from "vitest";
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  figure,
  HEDGE_SPREAD,
  INPUT_CASES,
  INPUT_SPECS,
  inputCase,
  validateInputs,
} from "../../src/model";
import { ARTICLE } from "./article";

describe("every input's low and high case", () => {
  it("covers every input, in INPUT_SPECS order", () => {
    expect(INPUT_CASES.map((c) => c.inputId)).toEqual(INPUT_SPECS.map((s) => s.id));
    expect(Object.keys(DEFAULT_CASES).sort()).toEqual(INPUT_SPECS.map((s) => s.id).sort());
  });

  it.each(INPUT_CASES.map((c) => [c.inputId, c] as const))(
    "%s: low ≤ value ≤ high, within the input's min..max, with a reason",
    (id, c) => {
      const spec = INPUT_SPECS.find((s) => s.id === id);
      expect(spec).toBeDefined();
      expect(c.low).toBeLessThanOrEqual(DEFAULT_INPUTS[id]);
      expect(DEFAULT_INPUTS[id]).toBeLessThanOrEqual(c.high);
      expect(c.low).toBeGreaterThanOrEqual(spec?.min ?? Number.NaN);
      expect(c.high).toBeLessThanOrEqual(spec?.max ?? Number.NaN);
      expect(c.reason.length).toBeGreaterThan(20);
    }
  );

  it("takes the article's ends where it gives a range, quoting the range as the article writes it", () => {
    const ranged = INPUT_CASES.filter((c) => c.source === "article range");
    expect(ranged.map((c) => c.inputId)).toEqual(["frontierAnnualSpendUsd", "efficiencyShare"]);
    for (const c of ranged) {
      const f = figure(c.figureId ?? "v3_training_cost");
      expect([c.low, c.high]).toEqual([f.low, f.high]);
      expect(ARTICLE).toContain(f.quote);
      expect(c.reason).toContain(f.quote);
    }
    expect(inputCase("efficiencyShare")).toMatchObject({ low: 0.05, high: 0.1 }); // "5-10%"
  });

  it("spreads a single article number by its hedge, and says it is an assumption", () => {
    for (const c of INPUT_CASES.filter((x) => x.source === "assumption" && x.figureId)) {
      const f = figure(c.figureId ?? "v3_training_cost");
      expect(f.low).toBe(f.high);
      const spread = HEDGE_SPREAD[f.qualifier];
      expect(c.low).toBeCloseTo(f.low * (1 - spread), 6);
      expect(c.high).toBeCloseTo(f.high * (1 + spread), 6);
      expect(c.reason).toContain(f.quote);
      expect(c.reason).toMatch(/our assumption/);
    }
    // "reportedly $500 million" is less certain than "a $40 billion funding round".
    expect(inputCase("frontierRunCostUsd")).toMatchObject({ low: 375e6, high: 625e6 });
    expect(inputCase("fundingUsd")).toMatchObject({ low: 36e9, high: 44e9 });
  });

  it("gives the analyst's own inputs cases that say they are not from the article", () => {
    for (const c of INPUT_CASES.filter((x) => !x.figureId)) {
      expect(c.source).toBe("assumption");
      expect(c.reason).toMatch(/^Not in the article/);
      expect(c.low).toBeLessThan(c.high); // every input moves, so the tornado has a bar for it
    }
  });

  it("keeps every scenario valid with any single input at either case", () => {
    for (const c of INPUT_CASES) {
      for (const value of [c.low, c.high]) {
        expect(validateInputs({ ...DEFAULT_INPUTS, [c.inputId]: value })).toEqual([]);
      }
    }
  });
});
