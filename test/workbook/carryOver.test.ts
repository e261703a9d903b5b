/**
 * What goes over to a later layout that added an input and a column of the saved scenarios
 * (test/fixtures/laterLayout.ts), decided by layout, not per input: what the workbook's layout
 * did not have starts at the article's value; what it had goes over as found.
 */
import { describe, expect, it } from "vitest";
import { buildPlan, PLAN_VERSION, type PlanCell } from "../../src/workbook";
import { carryWork, planWithCarriedWork, type FoundCell } from "../../src/workbook/upgrade";
import { laterPlan, LATER_VERSION, NEW_INPUT } from "../fixtures/laterLayout";

const NOW = buildPlan();
const LATER = laterPlan();

const number = (value: number): FoundCell => ({ formula: null, kind: "number", value });
const EMPTY: FoundCell = { formula: null, kind: "empty", value: "" };
const text = (value: string): FoundCell => ({ formula: null, kind: "text", value });

/** The saved scenarios as this layout wrote them: its headers, one row of the analyst's. */
function scenariosOfThisLayout(): Parameters<typeof carryWork>[1]["tables"] {
  const table = NOW.tables.find((t) => t.key === "scenarios");
  if (!table) throw new Error("no scenarios table");
  const row = table.columns.map((c, j): FoundCell =>
    c.key === "name" ? text("Lean") : c.key === "note" ? text("mine") : number(j)
  );
  return {
    scenarios: {
      header: table.columns.map((c) => c.header),
      tableName: table.name,
      sheetName: "Scenarios",
      rows: [row],
    },
  };
}

/** The cell the plan writes at an input's place. */
function inputCellOf(plan: ReturnType<typeof laterPlan>, id: string): PlanCell | undefined {
  const at = Object.values(plan.inputCells).find((c) => c.id === id);
  const block = plan.sheets
    .find((s) => s.key === "inputs")
    ?.blocks.find(
      (b) =>
        b.analystData &&
        at !== undefined &&
        b.column === at.column &&
        b.row <= at.row &&
        at.row < b.row + b.cells.length
    );
  return at && block ? block.cells[at.row - block.row]?.[0] : undefined;
}

describe("carrying a workbook of this layout over to a later one", () => {
  const found = {
    // A host reads a new input where the plan puts it: empty in this layout's workbook.
    inputs: { fundingUsd: number(52e9), [NEW_INPUT.id]: EMPTY },
    tables: scenariosOfThisLayout(),
  };

  it("keeps what this layout had, and gives what it lacked the article's value", () => {
    const carried = carryWork(LATER, found, { resetInputs: false, from: PLAN_VERSION });
    if (!carried.ok) throw new Error(JSON.stringify(carried.problems));
    expect(carried.work.inputs).toEqual({ fundingUsd: 52e9 });
    const [row] = carried.work.scenarioRows;
    expect(row?.slice(0, -1)).toEqual([
      "Lean",
      "mine",
      ...NOW.scenarios.columns.slice(2).map((_, j) => j + 2),
    ]);
    expect(row?.at(-1)).toBe(NEW_INPUT.base);

    const upgraded = planWithCarriedWork(LATER, carried.work);
    expect(inputCellOf(upgraded, NEW_INPUT.id)).toBe(NEW_INPUT.base);
    expect(inputCellOf(upgraded, "fundingUsd")).toBe(52e9);
    expect(carried.work.kept.join("\n")).toMatch(/Funding round: \$52B/);
  });

  it("takes the layout the workbook holds at its word: an input it had goes over, even empty", () => {
    const scenarios = LATER.tables.find((t) => t.key === "scenarios");
    const tables = {
      scenarios: {
        header: scenarios?.columns.map((c) => c.header) ?? [],
        tableName: "SavedScenarios",
        sheetName: "Scenarios",
        rows: [],
      },
    };
    const carried = carryWork(
      LATER,
      { ...found, tables },
      { resetInputs: false, from: LATER_VERSION }
    );
    if (!carried.ok) throw new Error(JSON.stringify(carried.problems));
    expect(carried.work.inputs[NEW_INPUT.id]).toBeNull();
  });

  it("stops where a column of the workbook's own layout is gone", () => {
    const carried = carryWork(LATER, found, { resetInputs: false, from: LATER_VERSION });
    expect(carried.ok).toBe(false);
    if (carried.ok) return;
    const header = LATER.tables.find((t) => t.key === "scenarios")?.columns.at(-1)?.header ?? "?";
    expect(carried.problems.map((p) => p.message).join("\n")).toContain(
      `no column headed "${header}"`
    );
  });
});
