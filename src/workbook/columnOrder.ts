/**
 * Are the columns of the add-in's tables where the plan put them? Every load writes a table's
 * headers in the plan's order and leaves the analyst's rows where they are (a reload), or
 * writes the rows back in the plan's order (an upgrade). Excel moves the analyst's own formulas
 * with the cells when they move a column, so either way a moved column would end up under
 * another header, or their formulas would read another column. A load therefore stops, before
 * any change, and says how to move the columns back. Pure: the hosts read the header rows.
 */
import { columnShifted, columnsOutOfOrder } from "./messages/load";
import type { HostProblem } from "./host";
import type { PlanTable, WorkbookPlan } from "./plan";

/** A table's header row as found, and its name and sheet as the workbook names them. */
export interface FoundHeader {
  readonly header: readonly unknown[];
  /**
   * For messages: the planned name, or the free one the add-in took where the analyst had it
   * ("SavedScenarios_2"), so the analyst finds the table under the name they see.
   */
  readonly tableName: string;
  readonly sheetName: string;
}

/** The problems of every table whose columns are not where the plan put them (a reload). */
export function misplacedTables(
  plan: WorkbookPlan,
  found: Partial<Record<PlanTable["key"], FoundHeader>>
): HostProblem[] {
  return plan.tables.flatMap((table) => {
    const header = found[table.key];
    if (!header) return [];
    const order = outOfOrder(table, header);
    if (order) return [order];
    const shifted = shiftedColumns(table, header);
    return shifted ? [shifted] : [];
  });
}

/** A planned column found by its header: its place in the plan and in the workbook. */
interface Placed {
  readonly planned: number;
  readonly found: number;
}

function placed(table: PlanTable, found: FoundHeader): Placed[] {
  const headers = found.header.map((h) => normalise(String(h ?? "")));
  return table.columns
    .map((c, planned) => ({ planned, found: headers.indexOf(normalise(c.header)) }))
    .filter((p) => p.found >= 0);
}

/**
 * A problem when the table's columns (those still found by their headers) are in another
 * order than the plan's, with the moves (cut, then Insert Cut Cells) that put them back.
 */
export function outOfOrder(table: PlanTable, found: FoundHeader): HostProblem | undefined {
  const byPlan = placed(table, found);
  const byWorkbook = [...byPlan].sort((a, b) => a.found - b.found).map((p) => p.planned);
  const first = byWorkbook.findIndex((p, k) => k > 0 && p < (byWorkbook[k - 1] ?? -1));
  if (first < 0) return undefined;
  const header = (planned: number | undefined): string =>
    table.columns[planned ?? -1]?.header ?? "";
  const moves = movesBack(
    byWorkbook,
    byPlan.map((p) => p.planned)
  ).map(({ column, after, before }) => ({
    column: header(column),
    ...(after === undefined ? { before: header(before) } : { after: header(after) }),
  }));
  const now = { first: header(byWorkbook[first - 1]), then: header(byWorkbook[first]) };
  return columnsOutOfOrder(found, now, moves);
}

/**
 * The fewest single-column moves (each one a cut and Insert Cut Cells) that turn `current`
 * into `wanted`, described by the column each one lands after (or before, in first place).
 */
function movesBack(
  current: readonly number[],
  wanted: readonly number[]
): { column: number; after: number | undefined; before: number | undefined }[] {
  const order = [...current];
  const moves: { column: number; after: number | undefined; before: number | undefined }[] = [];
  wanted.forEach((column, i) => {
    if (order[i] === column) return;
    const before = order[i];
    order.splice(order.indexOf(column), 1);
    order.splice(i, 0, column);
    moves.push({ column, after: i > 0 ? wanted[i - 1] : undefined, before });
  });
  return moves;
}

/**
 * A problem when the columns are in order but not in their places: a column inserted inside
 * the table, or one of the add-in's deleted. A reload would write the headers over them.
 */
function shiftedColumns(table: PlanTable, found: FoundHeader): HostProblem | undefined {
  const byPlan = placed(table, found);
  const moved = byPlan.find((p) => p.found !== p.planned);
  if (!moved) return undefined;
  const planned = new Set(table.columns.map((c) => normalise(c.header)));
  const theirs = found.header
    .slice(0, moved.found)
    .map((h) => String(h ?? ""))
    .filter((h) => h.trim() !== "" && !planned.has(normalise(h)));
  const missing = table.columns
    .filter((_, i) => !byPlan.some((p) => p.planned === i) && i < moved.planned)
    .map((c) => c.header);
  const header = table.columns[moved.planned]?.header ?? "";
  return columnShifted(found, { header, at: moved.found, planned: moved.planned }, theirs, missing);
}

function normalise(text: string): string {
  return text.trim().toLocaleUpperCase("en-US");
}
