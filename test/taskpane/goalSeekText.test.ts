/**
 * Goal seek's words for each outcome the model can give (src/taskpane/analysis/goalSeekText.ts):
 * several solutions, a workbook off target, every value on target, a step over the target,
 * no number at all; and the target read in the result's units.
 */
import { describe, expect, it } from "vitest";
import {
  ACCEPT_RELATIVE,
  DEFAULT_INPUTS,
  evaluate,
  formatValue,
  goalSeek,
  inputCase,
  inputSpec,
} from "../../src/model";
import {
  onTarget,
  outcomeView,
  readTarget,
  targetUnit,
  type GoalSeekQuestion,
} from "../../src/taskpane/analysis/goalSeekText";
import { goalSeekMessages as m } from "../../src/workbook/messages";

const RUNWAY_AT_TEN: GoalSeekQuestion = {
  outputId: "runwayAtEfficientYears",
  target: 10,
  inputId: "efficiencyShare",
};

describe("the target as typed", () => {
  it("is read in the result's units: years as typed, shares in percent, money in $B or $M", () => {
    expect(readTarget("runwayAtEfficientYears", "10")).toEqual({ ok: true, value: 10 });
    expect(readTarget("stakeBought", "12,5")).toEqual({ ok: true, value: 0.125 });
    expect(targetUnit("annualSavingUsd").suffix).toBe("$B"); // the article's $6.9B a year
    expect(readTarget("annualSavingUsd", "5")).toEqual({ ok: true, value: 5e9 });
    expect(targetUnit("spendAtEfficiencyUsd").suffix).toBe("$M"); // the article's $562.5M
    expect(readTarget("spendAtEfficiencyUsd", "400")).toEqual({ ok: true, value: 400e6 });
    expect(readTarget("frontierRunsFunded", "")).toEqual({
      ok: false,
      message: m.targetNotANumber("Frontier runs the round funds", "in runs"),
    });
  });

  it("counts as reached within the model's own tolerance, and never for text", () => {
    expect(onTarget(10 * (1 + ACCEPT_RELATIVE / 2), 10)).toBe(true);
    expect(onTarget(10 * (1 + ACCEPT_RELATIVE * 4), 10)).toBe(false);
    expect(onTarget("never", 10)).toBe(false);
    expect(onTarget(undefined, 10)).toBe(false);
  });
});

describe("what an outcome says", () => {
  it("several solutions: how many, and that it took the one nearest the value before", () => {
    const result = {
      kind: "found",
      value: 0.3,
      output: 10,
      solutions: 2,
      withinCases: false,
    } as const;
    const view = outcomeView({
      kind: "written",
      question: RUNWAY_AT_TEN,
      result,
      value: 0.3,
      previous: 0.075,
      reading: 10,
    });
    expect(view.lines).toContain(m.severalSolutions(2, inputSpec("efficiencyShare").label, "7.5%"));
    expect(view.warning).toBeUndefined();
  });

  it("a workbook whose result is not the target is said apart, as a warning", () => {
    const result = goalSeek(RUNWAY_AT_TEN);
    if (result.kind !== "found") throw new Error("expected a solution");
    const view = outcomeView({
      kind: "written",
      question: RUNWAY_AT_TEN,
      result,
      value: result.value,
      previous: 0.075,
      reading: 9.5,
    });
    expect(view.lines).toContain(m.workbookReads("Runway at efficient spend", "9.5 years"));
    expect(view.warning).toBe(m.offTarget("10 years"));
    expect(view.lines).not.toContain(m.severalSolutions(1, "x", "y"));
  });

  it("within the cases says so with the cases", () => {
    const cases = inputCase("efficiencyShare");
    const question = { ...RUNWAY_AT_TEN, target: 60 }; // 40 / (7.5 × share) = 60 at 8.9%
    const result = goalSeek(question);
    if (result.kind !== "found") throw new Error("expected a solution");
    expect(result.withinCases).toBe(true);
    const reading = evaluate({ ...DEFAULT_INPUTS, efficiencyShare: result.value })
      .runwayAtEfficientYears as number;
    const view = outcomeView({
      kind: "written",
      question,
      result,
      value: result.value,
      previous: 0.075,
      reading,
    });
    expect(view.lines).toContain(
      m.withinCases(formatValue(cases.low, "share"), formatValue(cases.high, "share"))
    );
  });

  it("every value on target, a step over it, and no number at all each say so, with nothing written", () => {
    // The runway does not depend on capex, and the target is the runway as it stands.
    const now = evaluate(DEFAULT_INPUTS).runwayAtEfficientYears as number;
    const question = { ...RUNWAY_AT_TEN, target: now, inputId: "capexUsd" } as const;
    const everywhere = goalSeek(question);
    expect(everywhere.kind).toBe("everywhere");
    if (everywhere.kind === "found") throw new Error("expected no write");
    expect(
      outcomeView({ kind: "not written", question, result: everywhere, previous: 80e9 }).lines
    ).toEqual([
      m.everywhere(
        "Runway at efficient spend",
        formatValue(now, "years"),
        inputSpec("capexUsd").label
      ),
    ]);

    const steps = { outputId: "frontierRunsFunded", target: 50.5, inputId: "fundingUsd" } as const;
    const jumps = goalSeek(steps);
    if (jumps.kind !== "unreachable") throw new Error("expected no solution");
    const lines = outcomeView({
      kind: "not written",
      question: steps,
      result: jumps,
      previous: 40e9,
    }).lines;
    expect(lines[0]).toBe(
      m.jumpsOver("Frontier runs the round funds", "50 runs", inputSpec("fundingUsd").label)
    );
    expect(lines[1]).toMatch(/^The closest is \$[\d.]+B, which gives 5[01] runs\.$/);

    expect(
      outcomeView({
        kind: "not written",
        question: RUNWAY_AT_TEN,
        result: { kind: "unreachable", reason: "no number" },
        previous: 0.075,
      }).lines
    ).toEqual([
      m.noNumber("Runway at efficient spend", inputSpec("efficiencyShare").label),
      m.nothingWritten,
    ]);
  });
});
