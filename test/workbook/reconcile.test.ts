/**
 * reconcile(): what a load does to a workbook, decided from a snapshot before anything is
 * written. The snapshots here are plain data: a new workbook, the workbook as the add-in leaves
 * it after a load, and either of them with the analyst's own objects added.
 */
import { describe, expect, it } from "vitest";
import { reconcile, type LoadDecision, type Reconciliation } from "../../src/workbook/load";
import type { NameInfo, WorkbookSnapshot } from "../../src/workbook/load";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { HostProblem } from "../../src/workbook/host";
import type { WorkbookPlan } from "../../src/workbook/plan";

const makePlan = (options: Parameters<typeof buildPlan>[0]): WorkbookPlan => buildPlan(options);
const KEEP = { resetInputs: false };

const EMPTY: WorkbookSnapshot = {
  sheets: [{ name: "Sheet1", protected: false }],
  tables: [],
  names: [],
  structureProtected: false,
};

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

/** Every formula the decision writes (names, markers, cells, charts), to search for references. */
function everythingWritten(d: LoadDecision): string {
  const cells = d.plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()));
  return JSON.stringify([d.names, d.twins, cells, d.plan.charts]);
}

describe("a new workbook", () => {
  it("creates every sheet, table and name, with a marker for each", () => {
    const d = decided(reconcile(EMPTY, KEEP, makePlan));
    const plan = buildPlan();
    expect(d.sheets.map((s) => [s.name, s.action])).toEqual(
      plan.sheets.map((s) => [s.name, "create"])
    );
    expect(d.tables.every((t) => t.action === "create" && t.rows === "all")).toBe(true);
    const markers = [...d.names, ...d.twins].filter((n) => n.hidden).map((n) => n.name);
    expect(markers.sort()).toEqual(plan.ownership.map((m) => m.markerName).sort());
    expect(d.twins.filter((t) => !t.hidden).map((t) => t.name)).toEqual(
      plan.names.filter((n) => n.requires === "lambda").map((n) => n.name)
    );
    expect(d.charts.map((c) => c.chart.name)).toEqual(plan.charts.map((c) => c.name));
    expect(d.summary.warnings).toEqual([]);
  });

  it("stops when the workbook's structure is protected, saying how to unprotect it", () => {
    const [problem, ...rest] = stopped(
      reconcile({ ...EMPTY, structureProtected: true }, KEEP, makePlan)
    );
    expect(rest).toEqual([]);
    expect(problem?.code).toBe("protected");
    expect(problem?.repair).toMatch(/Review > Protect Workbook/);
  });
});

describe("the analyst's own objects", () => {
  it("leaves the analyst's sheet of a planned name alone and gives the add-in's a free name", () => {
    const snapshot = { ...EMPTY, sheets: [...EMPTY.sheets, { name: "Inputs", protected: false }] };
    const d = decided(reconcile(snapshot, KEEP, makePlan));
    expect(d.sheets.find((s) => s.key === "inputs")).toMatchObject({
      name: "Inputs (2)",
      action: "create",
    });
    expect(d.sheets.some((s) => s.name === "Inputs")).toBe(false);
    // Every reference points at the add-in's sheet, none at the analyst's.
    const written = everythingWritten(d);
    expect(written).toContain("'Inputs (2)'!");
    expect(written).not.toMatch(/'Inputs'!/);
    expect(d.summary.warnings.join(" ")).toMatch(/Your sheet "Inputs" is left as it is/);
  });

  it("counts on: Inputs (3) when Inputs (2) is the analyst's too", () => {
    const snapshot = {
      ...EMPTY,
      sheets: [
        ...EMPTY.sheets,
        { name: "inputs", protected: false },
        { name: "Inputs (2)", protected: false },
      ],
    };
    const d = decided(reconcile(snapshot, KEEP, makePlan));
    expect(d.sheets.find((s) => s.key === "inputs")?.name).toBe("Inputs (3)");
  });

  it("gives the add-in's table a free name when the analyst's table has its name", () => {
    const snapshot = { ...EMPTY, tables: [{ name: "ArticleCosts", sheet: "Sheet1" }] };
    const d = decided(reconcile(snapshot, KEEP, makePlan));
    expect(d.tables.find((t) => t.table.key === "costs")).toMatchObject({
      name: "ArticleCosts_2",
      action: "create",
    });
    expect(d.tables.some((t) => t.name === "ArticleCosts")).toBe(false);
  });

  it("gives the add-in's table a free name when the analyst's defined name has its name", () => {
    const snapshot = { ...EMPTY, names: [{ name: "SavedScenarios", formula: "=Sheet1!$A$1" }] };
    const d = decided(reconcile(snapshot, KEEP, makePlan));
    expect(d.tables.find((t) => t.table.key === "scenarios")?.name).toBe("SavedScenarios_2");
  });

  it("stops at the analyst's defined name of a planned name, and says what to rename", () => {
    const snapshot = { ...EMPTY, names: [{ name: "IN_FUNDINGUSD", formula: "=Sheet1!$C$3" }] };
    const problems = stopped(reconcile(snapshot, KEEP, makePlan));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "conflict" });
    expect(problems[0]?.message).toMatch(/"IN_FUNDINGUSD" \(=Sheet1!\$C\$3\).*input cell/);
    expect(problems[0]?.repair).toMatch(
      /Rename or delete your "IN_FUNDINGUSD" \(Formulas > Name Manager\)/
    );
  });

  it("stops at the analyst's table named like a planned defined name", () => {
    const snapshot = { ...EMPTY, tables: [{ name: "chk_AllChecksPass", sheet: "Sheet1" }] };
    const [problem] = stopped(reconcile(snapshot, KEEP, makePlan));
    expect(problem?.code).toBe("conflict");
    expect(problem?.repair).toMatch(/Rename your table/);
  });

  it("skips a portable twin whose name is the analyst's, with a warning, and loads the rest", () => {
    const snapshot = { ...EMPTY, names: [{ name: "BURN.YEARS", formula: "=LAMBDA(x,x)" }] };
    const d = decided(reconcile(snapshot, KEEP, makePlan));
    expect([...d.names, ...d.twins].some((n) => n.name === "BURN.YEARS")).toBe(false);
    expect([...d.names, ...d.twins].some((n) => n.name === "AICOST_OWNS_NAME_BURN.YEARS")).toBe(
      false
    );
    expect(d.summary.warnings.join(" ")).toMatch(/Your workbook has its own "BURN.YEARS"/);
  });

  it("lists every reason to stop at once", () => {
    const snapshot = {
      ...afterLoad(),
      sheets: afterLoad().sheets.map((s) => (s.name === "Model" ? { ...s, protected: true } : s)),
      names: [
        ...afterLoad().names.filter((n) => n.name !== "AICOST_OWNS_NAME_out_AnnualSavingUsd"),
      ],
    };
    const problems = stopped(reconcile(snapshot, KEEP, makePlan));
    expect(problems.map((p) => p.code).sort()).toEqual(["conflict", "protected"]);
  });
});

describe("a workbook the add-in loaded before", () => {
  it("updates everything in place and creates nothing: a second load changes nothing", () => {
    const d = decided(reconcile(afterLoad(), KEEP, makePlan));
    expect(d.sheets.every((s) => s.action === "update")).toBe(true);
    expect(d.tables.every((t) => t.action === "update")).toBe(true);
    expect([...d.names, ...d.twins].every((n) => n.action === "update")).toBe(true);
    expect(d.charts).toEqual([]);
    expect(d.summary.created).toEqual([]);
    expect(d.summary.warnings).toEqual([]);
  });

  it("keeps the analyst's input values and overridden figures unless they reset to the article", () => {
    const kept = decided(reconcile(afterLoad(), KEEP, makePlan));
    expect(kept.sheets.find((s) => s.key === "inputs")?.writeAnalystData).toBe(false);
    expect(kept.keptInputsSheet).toBe("Inputs");
    expect(kept.tables.find((t) => t.table.key === "costs")?.rows).toBe("unmarked");
    const reset = decided(reconcile(afterLoad(), { resetInputs: true }, makePlan));
    expect(reset.sheets.find((s) => s.key === "inputs")?.writeAnalystData).toBe(true);
    expect(reset.keptInputsSheet).toBeNull();
    expect(reset.tables.find((t) => t.table.key === "costs")?.rows).toBe("all");
  });

  it("keeps the saved scenarios, even when resetting the inputs", () => {
    for (const resetInputs of [false, true]) {
      const d = decided(reconcile(afterLoad(), { resetInputs }, makePlan));
      expect(d.tables.find((t) => t.table.key === "scenarios")?.rows).toBe("none");
      expect(d.summary.kept).toContain("Your saved scenarios in SavedScenarios");
    }
  });

  it("stops when one of the add-in's sheets is protected, naming it and the repair", () => {
    const snapshot = afterLoad();
    const protectedInputs = {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => (s.name === "Inputs" ? { ...s, protected: true } : s)),
    };
    const [problem, ...rest] = stopped(reconcile(protectedInputs, KEEP, makePlan));
    expect(rest).toEqual([]);
    expect(problem?.code).toBe("protected");
    expect(problem?.message).toMatch(/"Inputs" is protected/);
    expect(problem?.repair).toMatch(/Review > Unprotect Sheet/);
  });

  it("does not mind a protected sheet of the analyst's", () => {
    const snapshot = afterLoad();
    const theirs = {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => (s.name === "Sheet1" ? { ...s, protected: true } : s)),
    };
    expect(reconcile(theirs, KEEP, makePlan).ok).toBe(true);
  });

  it("finds its sheet by marker after the analyst renamed it, and keeps their name", () => {
    const plan = buildPlan({ sheetNames: { inputs: "My inputs" } });
    const d = decided(reconcile(afterLoad(plan), KEEP, makePlan));
    expect(d.sheets.find((s) => s.key === "inputs")).toMatchObject({
      name: "My inputs",
      action: "update",
    });
    expect(everythingWritten(d)).not.toMatch(/'Inputs'!/);
  });

  it("finds the free-named sheet and table of an earlier load again", () => {
    const plan = buildPlan({ sheetNames: { inputs: "Inputs (2)" } });
    const before = afterLoad(plan);
    const snapshot: WorkbookSnapshot = {
      ...before,
      sheets: [...before.sheets, { name: "Inputs", protected: false }],
      tables: [
        ...before.tables.map((t) =>
          t.name === "ArticleCosts" ? { ...t, name: "ArticleCosts_2" } : t
        ),
        { name: "ArticleCosts", sheet: "Sheet1" },
      ],
    };
    const d = decided(reconcile(snapshot, KEEP, makePlan));
    expect(d.sheets.find((s) => s.key === "inputs")).toMatchObject({
      name: "Inputs (2)",
      action: "update",
    });
    expect(d.tables.find((t) => t.table.key === "costs")).toMatchObject({
      name: "ArticleCosts_2",
      action: "update",
    });
    expect(d.summary.created).toEqual([]);
  });

  it("keeps a name the analyst pointed elsewhere (it no longer matches its marker)", () => {
    const snapshot = afterLoad();
    const redefined = {
      ...snapshot,
      names: snapshot.names.map((n) =>
        n.name === "in_SpendGrowth" ? { ...n, formula: "=Sheet1!$B$2" } : n
      ),
    };
    const d = decided(reconcile(redefined, KEEP, makePlan));
    const touched = [...d.names, ...d.twins].map((n) => n.name);
    expect(touched).not.toContain("in_SpendGrowth");
    expect(touched).not.toContain("AICOST_OWNS_NAME_in_SpendGrowth");
    expect(d.summary.kept).toContain("in_SpendGrowth: your own definition (=Sheet1!$B$2)");
  });

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
