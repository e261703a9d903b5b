/**
 * The host's reads of the workbook, queued on a request context (the caller syncs): the named
 * input and output cells, and the saved-scenarios table through its ownership marker. Thin
 * Office.js; what the values mean is decided in src/workbook (state.ts, scenarios/).
 */
import type { WorkbookState } from "../workbook/host";
import { ownershipMarkerName } from "../workbook/names";
import { planInputs, planOutputs, type PlanTable, type WorkbookPlan } from "../workbook/plan";
import { readScenarioTable, type ScenarioTable } from "../workbook/scenarios";
import {
  NOT_LOADED,
  stateFromReadings,
  type NamedReading,
  type NamedReadings,
} from "../workbook/state";
import type { AnalysisName } from "../workbook/analysis/readings";
import type { ShownValue } from "../workbook/sharing/cellValues";
import { cellContent, shownValue } from "./cells";
import { isOwnershipMarker, sheetOfReference } from "../workbook/references";

const CELL_PROPERTIES = "values,valueTypes";

/** The cells a workbook-scoped defined name refers to. */
export function namedRange(context: Excel.RequestContext, name: string): Excel.Range {
  return context.workbook.names.getItem(name).getRange();
}

/**
 * Queues the reads of every named input and output, and of the analysis names given (the
 * Sensitivity and Map sheets' results, in the same batch); the reader runs after the sync.
 * Names that `present` says are gone are reported missing instead of read (a missing name
 * fails the sync).
 */
export function queueNamedReads(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  present: (name: string) => boolean = () => true,
  analysis: readonly AnalysisName[] = []
): () => NamedReadings {
  const queue = (name: string): (() => NamedReading) => {
    if (!present(name)) return () => ({ kind: "missing" });
    const range = namedRange(context, name).load(CELL_PROPERTIES);
    return () => ({
      kind: "cell",
      value: shownValue(range.values[0]?.[0], String(range.valueTypes[0]?.[0])),
    });
  };
  const inputs = planInputs(plan).map(({ id, name }) => [id, queue(name)] as const);
  const outputs = planOutputs(plan).map(({ id, name }) => [id, queue(name)] as const);
  const blocks = analysis.map(({ name }) => [name, queueBlock(name)] as const);
  function queueBlock(name: string): () => ShownValue[][] | undefined {
    if (!present(name)) return () => undefined;
    const range = namedRange(context, name).load(CELL_PROPERTIES);
    return () =>
      range.values.map((row, r) =>
        row.map((value: unknown, c) => shownValue(value, String(range.valueTypes[r]?.[c])))
      );
  }
  return () => ({
    inputs: Object.fromEntries(inputs.map(([id, read]) => [id, read()])),
    outputs: Object.fromEntries(outputs.map(([id, read]) => [id, read()])),
    ...(blocks.length > 0
      ? { analysis: new Map(blocks.map(([name, read]) => [name, read()])) }
      : {}),
  });
}

/**
 * After a failed read: which names are there (one sync), then the state without the rest
 * (another); also which of the analysis names are there, so later reads ask only for those.
 */
export async function diagnoseState(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  analysis: readonly AnalysisName[] = []
): Promise<{ state: WorkbookState; analysisHere: readonly AnalysisName[] }> {
  const names = context.workbook.names.load("items/name,items/type");
  await context.sync();
  if (!names.items.some((n) => isOwnershipMarker(n.name))) {
    return { state: NOT_LOADED, analysisHere: [] };
  }
  // A name whose cells were deleted is still listed, with type "Error" (=#REF!).
  const usable = new Set(
    names.items.filter((n) => n.type === "Range").map((n) => n.name.toLocaleUpperCase("en-US"))
  );
  const present = (name: string): boolean => usable.has(name.toLocaleUpperCase("en-US"));
  const analysisHere = analysis.filter((n) => present(n.name));
  const read = queueNamedReads(context, plan, present, analysisHere);
  await context.sync();
  return { state: stateFromReadings(plan, read()), analysisHere };
}

/** Whether the article was ever loaded here (any ownership marker), in one sync. */
export async function anythingLoaded(context: Excel.RequestContext): Promise<boolean> {
  const names = context.workbook.names.load("items/name");
  await context.sync();
  return names.items.some((n) => isOwnershipMarker(n.name));
}

/** The scenarios table's header row (its marker follows it) and the body's whole capacity below. */
export function scenarioRanges(
  context: Excel.RequestContext,
  plan: WorkbookPlan
): { header: Excel.Range; body: Excel.Range } {
  const header = namedRange(context, ownershipMarkerName("TABLE", "scenarios"));
  return { header, body: header.getRowsBelow(plan.scenarios.capacity) };
}

/** Queues the read of the scenarios table; the reader runs after the sync. */
export function queueScenarioRead(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  table: PlanTable
): () => ScenarioTable {
  const { header, body } = scenarioRanges(context, plan);
  header.load("values,address");
  // Formulas too: a delete moves the rows below up, each cell as it was typed.
  body.load(`${CELL_PROPERTIES},formulas`);
  return () => {
    // Range.address is sheet-qualified: "Scenarios!A4:L4".
    const sheet = sheetOfReference(`=${header.address}`) ?? "";
    const cells = header.address.slice(header.address.lastIndexOf("!") + 1);
    const firstRowNumber = Number(/^\$?[A-Z]+\$?(\d+)/.exec(cells)?.[1] ?? "0") + 1;
    return readScenarioTable(table, {
      header: (header.values[0] ?? []).map((h: unknown) => String(h ?? "")),
      body: body.formulas.map((formulas, r) =>
        formulas.map((formula: unknown, c) =>
          cellContent(formula, body.values[r]?.[c], String(body.valueTypes[r]?.[c]))
        )
      ),
      sheet,
      firstRowNumber,
    });
  };
}
