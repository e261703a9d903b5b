/** Output cells as the pane shows them, where each input comes from, and failures in words. */
import { describe, expect, test } from "vitest";
import { inputSpec } from "../../src/model";
import { provenanceOf } from "../../src/taskpane/inputs/provenance";
import { problemOf } from "../../src/taskpane/problems/problemOf";
import { readingView } from "../../src/taskpane/results/readingText";
import { HostError } from "../../src/workbook/host";
import { SAMPLE_PROBLEMS } from "../support/testHost";

describe("readingView", () => {
  test("numbers in the analyst's units, 'never' in words, Excel errors verbatim", () => {
    expect(readingView(5.333333, "years")).toEqual({
      kind: "number",
      value: 5.333333,
      text: "5.33 years",
    });
    expect(readingView(562.5e6, "USD per year").text).toBe("$562.5M a year");
    expect(readingView("never", "years")).toEqual({ kind: "never", text: "Never runs out" });
    expect(readingView("#DIV/0!", "share")).toEqual({ kind: "error", text: "#DIV/0!" });
    expect(readingView(undefined, "share").kind).toBe("missing");
  });
});

describe("provenanceOf", () => {
  test("a figure: its range as the article gives it, its metric, qualifier and sentence", () => {
    const spend = provenanceOf(inputSpec("frontierAnnualSpendUsd"));
    expect(spend).toMatchObject({
      kind: "figure",
      rangeText: "Article: $7B–$8B a year",
      entity: "OpenAI",
      qualifier: "",
    });
    const orion = provenanceOf(inputSpec("frontierRunCostUsd"));
    expect(orion).toMatchObject({ rangeText: "Article: $500M", qualifier: "reportedly" });
    expect(orion.kind === "figure" && orion.sentence).toMatch(
      /^OpenAI’s recent “Orion” model reportedly cost/
    );
  });

  test("an assumption: its range and why", () => {
    expect(provenanceOf(inputSpec("targetRunwayYears"))).toEqual({
      kind: "assumption",
      rangeText: "Assumption: 10 years",
      why: "Not in the article: a ten-year horizon for the efficiency goal seek.",
    });
  });
});

describe("problemOf", () => {
  test("a HostError keeps its message and repair", () => {
    expect(problemOf(new HostError(SAMPLE_PROBLEMS.conflict))).toEqual({
      message: SAMPLE_PROBLEMS.conflict.message,
      repair: SAMPLE_PROBLEMS.conflict.repair,
    });
  });

  test("anything else still says what to do", () => {
    expect(problemOf(new Error("timeout"))).toEqual({
      message: "The workbook did not answer as expected (timeout).",
      repair: "Try again. If it keeps happening, close and reopen the add-in.",
    });
    expect(problemOf("?").message).toBe("The workbook did not answer as expected.");
  });
});
