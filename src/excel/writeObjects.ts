/**
 * Writing one defined name, one table or one chart of the plan: the Office.js calls, queued
 * (no sync here). applyPlan.ts decides what to write and when.
 */
import { rangeAddress } from "../workbook/a1";
import type { NumberFormat, PlanChart } from "../workbook/plan";
import { applyRoleStyle, officeCell, officeCells, officeFormats } from "./cells";
import type { NameStep, TableStep } from "../workbook/load";
import { keptFigureLines } from "../workbook/load/summary";
import { splitReference } from "../workbook/references";

export function queueName(names: Excel.NamedItemCollection, step: NameStep): void {
  if (step.action === "create") {
    const item = step.comment
      ? names.add(step.name, step.formula, step.comment)
      : names.add(step.name, step.formula);
    if (step.hidden) item.visible = false;
    return;
  }
  const item = names.getItem(step.name);
  item.formula = step.formula;
  if (step.comment) item.comment = step.comment;
  item.visible = !step.hidden;
}

/** A figure table reloaded with its overridden rows kept: read its body now, write it later. */
export interface MarkedRows {
  readonly kept: () => string[];
  readonly queueRows: () => number;
}

/**
 * A table: header and body written as ranges, then made a table when new. The body spans the
 * table's whole capacity (saved scenarios: empty rows wait for new scenarios), so saving or
 * deleting a scenario only writes cells and never resizes the table or the names over it.
 */
export function queueTable(sheet: Excel.Worksheet, step: TableStep): MarkedRows | undefined {
  const { table } = step;
  const width = table.columns.length;
  const bodyRows = Math.max(table.capacity, table.rows.length);
  const header = sheet.getRange(rangeAddress(table.headerRow, table.column, 1, width));
  header.formulas = [table.columns.map((c) => officeCell(c.header))];
  applyRoleStyle(header, "header");
  const body = sheet.getRange(rangeAddress(table.headerRow + 1, table.column, bodyRows, width));
  const rowRange = (i: number): Excel.Range =>
    sheet.getRange(rangeAddress(table.headerRow + 1 + i, table.column, 1, width));
  const formatsOf = (i: number): NumberFormat[] => [
    ...(table.numberFormats[i] ?? table.columns.map((c) => c.numberFormat)),
  ];
  if (step.rows === "all") {
    const empty = table.columns.map(() => null);
    body.formulas = officeCells(Array.from({ length: bodyRows }, (_, i) => table.rows[i] ?? empty));
    body.numberFormat = officeFormats(Array.from({ length: bodyRows }, (_, i) => formatsOf(i)));
  }
  applyRoleStyle(body, table.bodyRole);
  if (step.action === "create") {
    const created = sheet.tables.add(
      sheet.getRange(rangeAddress(table.headerRow, table.column, 1 + bodyRows, width)),
      true
    );
    created.name = step.name;
  }
  if (step.rows !== "unmarked") return undefined;

  const flag = table.columns.findIndex((c) => c.key === table.keepRowsMarkedBy);
  // Read with the write batch; the closures below run after its sync.
  const current = sheet
    .getRange(rangeAddress(table.headerRow + 1, table.column, table.rows.length, width))
    .load("values");
  const isMarked = (i: number): boolean => current.values[i]?.[flag] === true;
  return {
    kept: () => keptFigureLines(step.name, current.values, flag),
    queueRows: () => {
      let queued = 0;
      table.rows.forEach((row, i) => {
        if (isMarked(i)) return;
        const range = rowRange(i);
        range.formulas = officeCells([row]);
        range.numberFormat = officeFormats([formatsOf(i)]);
        queued++;
      });
      return queued;
    },
  };
}

export function queueChart(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  plan: PlanChart,
  canFormatAxis: boolean
): void {
  const rangeOf = (reference: string): Excel.Range => {
    const { sheet: name, address } = splitReference(reference);
    return workbook.worksheets.getItem(name).getRange(address);
  };
  const [first, ...others] = plan.series;
  if (!first) return;
  const chart = sheet.charts.add(plan.type, rangeOf(first.values), "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  // Set every series explicitly: Excel's guess could take a first text cell as a series name.
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setValues(rangeOf(first.values));
  firstSeries.setXAxisValues(rangeOf(plan.categories));
  for (const s of others) {
    const series = chart.series.add(s.name);
    series.setValues(rangeOf(s.values));
    series.setXAxisValues(rangeOf(plan.categories));
  }
  chart.axes.valueAxis.title.text = plan.valueAxisTitle;
  if (canFormatAxis && plan.valueFormat) chart.axes.valueAxis.numberFormat = plan.valueFormat;
  const [from = plan.position, to = from] = plan.position.split(":");
  chart.setPosition(from, to);
}
