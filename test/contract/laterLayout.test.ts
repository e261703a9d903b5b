// A workbook of this layout, edited by an analyst, opened by a later copy of the add-in whose
// layout has one more input and one more calculation line (test/fixtures/laterLayout.ts): its
// load upgrades the workbook in place, keeping the analyst's inputs, overridden figure, saved
// scenarios and their own formulas by address, and gives the new input its article value,
// in the new cells only.
import { expect, it } from "vitest";
import { evaluate, INPUT_IDS, type ScenarioInputs } from "../../src/model";
import { cellAddress, PLAN_VERSION } from "../../src/workbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { ShownValue } from "../../src/workbook/sharing/cellValues";
import { EDITED, SAVED } from "../fixtures/analystEdits";
import { laterPlan, LATER_VERSION, NEW_INPUT, NEW_LINE } from "../fixtures/laterLayout";
import { calcName } from "../../src/workbook/names";
import { sameNumber } from "../support/ironcalc";
import { onBothHostsWithLayout } from "./support/books";

const NOW = buildPlan();
const LATER = laterPlan();

/** Their own sheet: formulas over the add-in's cells by address (Compare!M5: a scenario's output). */
const THEIRS = ["=Inputs!B5*2", "=Model!B13", "=Scenarios!C6", "=Compare!M5", "=Checks!B4"];

const at = (cell: { row: number; column: number }): string => cellAddress(cell.row, cell.column);

function number(shown: ShownValue): number {
  if (shown.kind !== "number") throw new Error(`Expected a number, got ${JSON.stringify(shown)}`);
  return shown.value;
}

onBothHostsWithLayout("a workbook of this layout, loaded by a later layout", laterPlan, (open) => {
  it("upgrades in place: the analyst's work kept, the new input's cells given the article's value", async () => {
    const { book, otherHost } = open();
    await book.host.loadArticle({ resetInputs: false });
    await book.host.writeInput("fundingUsd", EDITED.fundingUsd);
    await book.host.writeInput("efficiencyShare", EDITED.efficiencyShare);
    book.type("Inputs", at(NOW.inputCells.spendGrowth), "=0.2+0.05");
    book.type("Figures", "D5", 5000000); // v3_training_cost's low, overridden on purpose
    book.type("Figures", "J5", "TRUE");
    for (const s of SAVED) await book.host.saveScenario(s);
    book.addSheet("My analysis");
    THEIRS.forEach((f, i) => book.type("My analysis", `A${i + 1}`, f));
    const theirs = (): ShownValue[] => THEIRS.map((_, i) => book.value("My analysis", `A${i + 1}`));
    const before = {
      state: await book.host.readState(),
      list: await book.host.listScenarios(),
      theirs: theirs(),
    };
    expect(before.list.scenarios).toHaveLength(3 + SAVED.length);

    const later = otherHost();
    const summary = await later.loadArticle({ resetInputs: false });

    expect(summary.upgradedFrom).toBe(PLAN_VERSION);
    expect(summary.kept).toEqual(
      expect.arrayContaining([
        `Your saved scenarios (${3 + SAVED.length}, with their notes)`,
        "ArticleCosts: v3_training_cost, marked as overridden",
        "Annual growth of the spend: your formula =0.2+0.05",
      ])
    );
    // The later copy reads its own layout's inputs: the analyst's, and the new one at the
    // article's value (in every saved scenario too).
    const withNew = <T extends { inputs: object }>(had: T): T => ({
      ...had,
      inputs: { ...had.inputs, [NEW_INPUT.id]: NEW_INPUT.base },
    });
    const laterList = { ...before.list, scenarios: before.list.scenarios.map(withNew) };
    // The analysis aside: the later layout's tornado has a row for its new input too.
    const { analysis: laterAnalysis, ...laterState } = await later.readState();
    const { analysis: _analysisBefore, ...stateBefore } = before.state;
    expect(laterState).toEqual(withNew(stateBefore));
    expect(laterAnalysis?.tornado?.rows.map((r) => r.input.label)).toContain(NEW_INPUT.label);
    expect(await later.listScenarios()).toEqual(laterList);
    expect(book.content("Inputs", at(NOW.inputCells.spendGrowth))).toBe("=0.2+0.05");
    expect(book.value("Figures", "D5")).toEqual({ kind: "number", value: 5000000 });
    expect(book.value("Figures", "J5")).toEqual({ kind: "boolean", value: true });
    expect(theirs()).toEqual(before.theirs);
    expect(book.value("Checks", at(LATER.layoutStamp ?? NOW.masterCheck))).toEqual({
      kind: "number",
      value: LATER_VERSION,
    });

    // The new input: its cell below the others, its column right of the saved scenarios (the
    // article's value in every row carried), the new line on the Model and Compare sheets.
    const input = LATER.inputCells[NEW_INPUT.id];
    expect(input.row).toBe(Math.max(...Object.values(NOW.inputCells).map((c) => c.row)) + 1);
    expect(book.value("Inputs", input.address)).toEqual({ kind: "number", value: NEW_INPUT.base });
    const table = LATER.scenarios;
    const column = table.columns.indexOf(NEW_INPUT.id);
    expect(column).toBe(NOW.scenarios.columns.length);
    expect(book.value("Scenarios", cellAddress(table.headerRow, column))).toMatchObject({
      kind: "text",
    });
    for (let k = 0; k < before.list.scenarios.length; k++) {
      expect(book.value("Scenarios", cellAddress(table.firstRow + k, column)), `row ${k}`).toEqual({
        kind: "number",
        value: NEW_INPUT.base,
      });
    }
    const spend = before.state.inputs.frontierAnnualSpendUsd ?? NaN;
    const lineAt = LATER.names.find((n) => n.name === calcName(NEW_LINE.key))?.formula ?? "";
    const newLine = number(book.value("Model", lineAt.replace(/^.*!/, "").replace(/\$/g, "")));
    const lastLine = Math.max(
      ...NOW.names
        .filter((n) => n.kind === "calc" || n.kind === "output")
        .map((n) => Number(/(\d+)$/.exec(n.formula)?.[1]))
    );
    expect(lineAt).toBe(`='Model'!$B$${lastLine + 1}`);
    expect(sameNumber(newLine, spend * NEW_INPUT.base)).toBe(true);
    const compare = LATER.compare;
    const first = before.list.scenarios[0];
    const inputs = first?.inputs as ScenarioInputs;
    const newColumn = compare.inputColumns[NEW_INPUT.id];
    expect(number(book.value("Compare", cellAddress(compare.firstRow, newColumn)))).toBe(
      NEW_INPUT.base
    );
    const onCompare = number(book.value("Compare", cellAddress(compare.firstRow, newColumn + 1)));
    expect(sameNumber(onCompare, inputs.frontierAnnualSpendUsd * NEW_INPUT.base)).toBe(true);
    // Every output of the scenario as src/model has it, where this layout put it.
    const runway = evaluate(inputs).runwayAtFrontierYears;
    const shown = book.value(
      "Compare",
      cellAddress(compare.firstRow, compare.outputColumns.runwayAtFrontierYears)
    );
    if (typeof runway === "number") expect(sameNumber(number(shown), runway)).toBe(true);
    for (const id of INPUT_IDS) expect(compare.inputColumns[id]).toBe(NOW.compare.inputColumns[id]);

    // Loaded again by the later copy: its own layout now, nothing to upgrade.
    const again = await later.loadArticle({ resetInputs: false });
    expect(again.upgradedFrom).toBeUndefined();
    expect(await later.listScenarios()).toEqual(laterList);
  });

  it("stops before any change where the analyst used a cell the new column takes", async () => {
    const { book, otherHost } = open();
    await book.host.loadArticle({ resetInputs: false });
    const column = NOW.scenarios.columns.length;
    const where = cellAddress(NOW.scenarios.firstRow + 1, column);
    book.type("Scenarios", where, "my own note");
    const names = book.names();

    await expect(otherHost().loadArticle({ resetInputs: false })).rejects.toMatchObject({
      problem: {
        code: "conflict",
        message: expect.stringContaining(
          `Scenarios!${cellAddress(NOW.scenarios.headerRow, column)}:`
        ) as unknown,
      },
    });
    expect(book.content("Scenarios", where)).toBe("my own note");
    expect(book.names()).toEqual(names);
  });
});
