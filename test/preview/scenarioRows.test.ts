// The scenarios table read row by row: free rows, listed rows and the problems an analyst's
// hand edits can cause, each with its row number.
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, INPUT_SPECS } from "../../src/model";
import type { EngineCell } from "../../src/preview/engine";
import { readScenarioRows, scenarioCells } from "../../src/preview/scenarioRows";
import { buildPlan } from "../../src/workbook/buildPlan";

const layout = buildPlan().scenarios;
const EMPTY: EngineCell = { kind: "empty" };
const text = (value: string): EngineCell => ({ kind: "text", value });
const number = (value: number): EngineCell => ({ kind: "number", value });

/** A row as the engine would read it after saving `name` with the default inputs. */
function row(name: string, note = ""): EngineCell[] {
  return layout.columns.map((key) =>
    key === "name"
      ? name === ""
        ? EMPTY
        : text(name)
      : key === "note"
        ? note === ""
          ? EMPTY
          : text(note)
        : number(DEFAULT_INPUTS[key])
  );
}
const blank = (): EngineCell[] => layout.columns.map(() => EMPTY);

describe("readScenarioRows", () => {
  it("lists named rows in order and counts all-empty rows as free", () => {
    const read = readScenarioRows(layout, [
      row("Base", "the article"),
      blank(),
      row("Bold"),
      blank(),
    ]);
    expect(read.rows.map((r) => [r.index, r.scenario.name, r.scenario.note])).toEqual([
      [0, "Base", "the article"],
      [2, "Bold", ""],
    ]);
    expect(read.rows[0]?.scenario.inputs).toEqual(DEFAULT_INPUTS);
    expect(read.free).toEqual([1, 3]);
    expect(read.problems).toEqual([]);
  });

  it("reports a row with values but no name, by its row number", () => {
    const read = readScenarioRows(layout, [row("Base"), row("")]);
    expect(read.rows).toHaveLength(1);
    expect(read.free).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({
        code: "damaged",
        message: expect.stringMatching(/Row 2 .* no name/),
      }),
    ]);
  });

  it("lists only the first of two rows with the same name (ignoring case and spaces)", () => {
    const read = readScenarioRows(layout, [row("Base"), row(" BASE ")]);
    expect(read.rows.map((r) => r.index)).toEqual([0]);
    expect(read.problems[0]?.message).toMatch(/Two rows .* named “BASE”/);
  });

  it("reports text in an input column with the input's label, and lists the other rows", () => {
    const damaged = row("Typo");
    damaged[layout.columns.indexOf("fundingUsd")] = text("forty billion");
    const read = readScenarioRows(layout, [damaged, row("Fine")]);
    expect(read.rows.map((r) => r.scenario.name)).toEqual(["Fine"]);
    const label = INPUT_SPECS.find((s) => s.id === "fundingUsd")?.label ?? "";
    expect(read.problems[0]?.message).toContain(label);
    expect(read.problems[0]?.message).toMatch(/Row 1/);
  });

  it("reads a number typed as a scenario name as its text", () => {
    const named = row("");
    named[layout.columns.indexOf("name")] = number(2025);
    expect(readScenarioRows(layout, [named]).rows[0]?.scenario.name).toBe("2025");
  });
});

describe("scenarioCells", () => {
  it("writes name, note and every input in the table's column order", () => {
    const cells = scenarioCells(layout, {
      name: "  Base ",
      note: "=not a formula",
      inputs: DEFAULT_INPUTS,
    });
    expect(cells[layout.columns.indexOf("name")]).toBe("Base");
    expect(cells[layout.columns.indexOf("note")]).toBe("=not a formula");
    for (const spec of INPUT_SPECS)
      expect(cells[layout.columns.indexOf(spec.id)]).toBe(DEFAULT_INPUTS[spec.id]);
  });
});
