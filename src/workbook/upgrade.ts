/**
 * Upgrading a workbook that an older layout of the add-in built (plan.ts, "Layouts"), decided
 * from what a host read: no Office.js, no engine. The hosts read the workbook; these decide
 * - which layout it holds (layoutStep): this one, an older one to upgrade, a newer one to
 *   leave alone (a newer add-in built it: update this one), or a stamp it cannot read;
 * - what of the analyst's work goes over to the new layout (carryWork): the input values,
 *   read through their names; the figure rows marked Overridden and every row of the saved
 *   scenarios, read by their tables' headers (columns the analyst moved stop every load:
 *   columnOrder.ts). Cells go over as found: a formula stays a
 *   formula, a text stays text (never turned into a formula);
 * - the plan to write (planWithCarriedWork): this layout, with that work where the article's
 *   values would go, written whole, so that every formula of the add-in becomes this layout's.
 *
 * The analyst's own cells beside the add-in's are never read or written here; cells that a
 * newer layout adds where an older one left room (CellBlock.since) are written only if empty.
 * layouts.ts holds the first (and the cells as found), carryOver.ts the other two.
 */
export * from "./layouts";
export * from "./carryOver";
export * from "./columnOrder";
