/**
 * The survey before a load over the add-in's own sheets: the layout stamp, the analyst's work
 * (input cells, the tables' header rows and bodies) and the cells a newer layout adds, queued
 * in ONE batch (the caller syncs) from the sources src/workbook/load/layout.ts picked. Thin Office.js.
 */
import type { InputId } from "../model";
import type { RangeSource, Survey, SurveySources } from "../workbook/load";
import type { FoundBlock, FoundCell, FoundKind, FoundTable } from "../workbook/upgrade";

const CELL_PROPERTIES = "formulas,values,valueTypes";

/** Excel.RangeValueType values, as strings (the Excel global does not exist outside Excel). */
const KIND_OF_TYPE: Readonly<Record<string, FoundKind>> = {
  Double: "number",
  String: "text",
  Boolean: "boolean",
  Error: "error",
  Empty: "empty",
};

/**
 * A cell as Office.js reads it. Range.formulas gives a formula for a formula cell and the value
 * for any other (a text "=x" typed with an apostrophe comes back as "=x" in both), so a cell
 * holds a formula exactly when its formula differs from its value.
 */
export function cellFromOffice(formula: unknown, value: unknown, type: unknown): FoundCell {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  return {
    formula: isFormula ? formula : null,
    kind: KIND_OF_TYPE[String(type)] ?? "text",
    value,
  };
}

function rangeOf(context: Excel.RequestContext, source: RangeSource): Excel.Range {
  return "name" in source
    ? context.workbook.names.getItem(source.name).getRange()
    : context.workbook.worksheets.getItem(source.sheet).getRange(source.address);
}

/** A loaded range's cells as FoundCells (after the sync). */
function cellsOf(range: Excel.Range): FoundCell[][] {
  return range.values.map((row, i) =>
    row.map((value, j) => cellFromOffice(range.formulas[i]?.[j], value, range.valueTypes[i]?.[j]))
  );
}

/** The sheet row (1-based) of a range's first cell, from its address ("Scenarios!A25:L124"). */
function firstRowOf(address: string): number {
  const row = /^\$?[A-Z]+\$?(\d+)/.exec(address.slice(address.lastIndexOf("!") + 1))?.[1];
  if (row === undefined) throw new Error(`Unexpected range address ${address}`);
  return Number(row);
}

/** Queues every read of the survey; the returned reader runs after the sync. */
export function queueSurvey(context: Excel.RequestContext, sources: SurveySources): () => Survey {
  const stamp = sources.stamp
    ? context.workbook.names.getItem(sources.stamp).getRange().load(`address,${CELL_PROPERTIES}`)
    : undefined;
  const inputs = Object.entries(sources.inputs).map(
    ([id, source]) => [id as InputId, rangeOf(context, source).load(CELL_PROPERTIES)] as const
  );
  const tables = Object.entries(sources.tables).map(([key, source]) => {
    const header = rangeOf(context, source.header).load("values");
    const body = header.getRowsBelow(source.rows).load(CELL_PROPERTIES);
    const below =
      source.below > 0
        ? body.getRowsBelow(source.below).load(`address,${CELL_PROPERTIES}`)
        : undefined;
    return { key, header, body, below, tableName: source.tableName, sheetName: source.sheetName };
  });
  const blocks = sources.newBlocks.map(({ sheetName, block }) => ({
    sheetName,
    block,
    range: context.workbook.worksheets
      .getItem(sheetName)
      .getRange(block.address)
      .load(CELL_PROPERTIES),
  }));

  return () => {
    const stampCell = stamp ? cellsOf(stamp)[0]?.[0] : undefined;
    const foundTables = Object.fromEntries(
      tables.map(({ key, header, body, below, tableName, sheetName }): [string, FoundTable] => [
        key,
        {
          header: header.values[0] ?? [],
          rows: cellsOf(body),
          tableName,
          sheetName,
          ...(below
            ? { below: { firstRow: firstRowOf(below.address), rows: cellsOf(below) } }
            : {}),
        },
      ])
    );
    const newBlocks: FoundBlock[] = blocks.map(({ sheetName, block, range }) => ({
      sheetName,
      block,
      cells: cellsOf(range),
    }));
    return {
      stamp:
        stamp && stampCell
          ? { found: true, cell: stampCell, where: stamp.address.replace(/\$/g, "") }
          : { found: false },
      work: {
        inputs: Object.fromEntries(
          inputs.map(([id, range]) => [id, cellsOf(range)[0]?.[0]])
        ) as Partial<Record<InputId, FoundCell>>,
        tables: foundTables,
      },
      newBlocks,
    };
  };
}
