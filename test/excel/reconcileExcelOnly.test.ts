/**
 * reconcile() over what only Excel's snapshot holds: names Excel turned into =#REF! when the
 * analyst deleted a sheet (IronCalc keeps such a name's old reference), and a table the analyst
 * renamed on the add-in's sheet (the preview offers no table to rename). Everything else a load
 * decides is tested on both hosts in test/contract/. The snapshots here are plain data.
 */
import { describe, expect, it } from "vitest";
import { reconcile, type LoadDecision, type Reconciliation } from "../../src/workbook/load";
import type { NameInfo, WorkbookSnapshot } from "../../src/workbook/load";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { HostProblem } from "../../src/workbook/host";
import type { WorkbookPlan } from "../../src/workbook/plan";

const makePlan = (options: Parameters<typeof buildPlan>[0]): WorkbookPlan => buildPlan(options);
const KEEP = { resetInputs: false };

/** The workbook as a load of `plan` leaves it: its sheets, tables, names and markers. */
function afterLoad(plan: WorkbookPlan = buildPlan()): WorkbookSnapshot {
  const sheetName = (key: string): string => plan.sheets.find((s) => s.key === key)?.name ?? "";
  return {
    sheets: [
      { name: "Sheet1", protected: false },
      ...plan.sheets.map((s) => ({ name: s.name, protected: false })),
    ],
    tables: plan.tables.map((t) => ({ name: t.name, sheet: sheetName(t.sheet) })),
    names: [
      ...plan.names.map((n): NameInfo => ({ name: n.name, formula: n.formula })),
      ...plan.ownership.map((m): NameInfo => ({ name: m.markerName, formula: m.formula })),
    ],
    structureProtected: false,
  };
}

function decided(result: Reconciliation): LoadDecision {
  if (!result.ok)
    throw new Error(`Expected a decision, got: ${result.problems.map((p) => p.message).join(" ")}`);
  return result.decision;
}

function stopped(result: Reconciliation): readonly HostProblem[] {
  if (result.ok) throw new Error("Expected the load to stop");
  return result.problems;
}

describe("a workbook the add-in loaded before, as only Excel shows it", () => {
  it("recreates a sheet of its own that the analyst deleted, leaving their sheets alone", () => {
    const snapshot = afterLoad();
    const deleted = {
      ...snapshot,
      sheets: snapshot.sheets.filter((s) => s.name !== "Checks"),
      names: snapshot.names.map((n) => ({
        ...n,
        formula: n.formula.replace(/'Checks'!/g, "#REF!"),
      })),
    };
    const d = decided(reconcile(deleted, KEEP, makePlan));
    expect(d.sheets.find((s) => s.key === "checks")).toMatchObject({
      name: "Checks",
      action: "create",
    });
    expect(d.sheets.filter((s) => s.action === "create")).toHaveLength(1);
    expect(d.names.find((n) => n.name === "chk_AllChecksPass")?.action).toBe("update");
  });

  it("stops when a table that is not the add-in's sits where its missing table must go", () => {
    const snapshot = afterLoad();
    const renamed = {
      ...snapshot,
      tables: snapshot.tables.map((t) =>
        t.name === "ArticleCapex" ? { ...t, name: "MyCapex" } : t
      ),
    };
    const [problem] = stopped(reconcile(renamed, KEEP, makePlan));
    expect(problem?.code).toBe("conflict");
    expect(problem?.repair).toMatch(/Rename the table back to "ArticleCapex"/);
  });
});
