/**
 * What the Sharing section says, in words, from the host's reports: counts with their nouns
 * ("1 cell", "12 cells"), the report's title and lines, the record's status. Pure, so every
 * wording is tested without rendering.
 */
import type { RestoreReport, SharingReport, SharingStatus } from "../../workbook/host";

/** "1 cell", "12 cells", "0 cells". */
export function cells(count: number): string {
  return `${count} ${count === 1 ? "cell" : "cells"}`;
}

export function prepareTitle(report: SharingReport): string {
  if (report.changed === 0) {
    return "Nothing to prepare: no formula in this workbook calls an AICOST function.";
  }
  return `Prepared for sharing: ${cells(report.changed)} changed.`;
}

/** One line per way a cell was changed, leaving out the ways no cell took. */
export function prepareCounts(report: SharingReport): string[] {
  const ways = [
    { count: report.toTwin, one: "to its portable twin", many: "to their portable twins" },
    { count: report.toNative, one: "to a native Excel formula", many: "to native Excel formulas" },
    {
      count: report.frozen,
      one: "frozen to its current value",
      many: "frozen to their current values",
    },
  ];
  return ways
    .filter((way) => way.count > 0)
    .map((way) => `${cells(way.count)} ${way.count === 1 ? way.one : way.many}`);
}

/** Where the record is, and why it must stay: Restore reads it. */
export function recordLine(report: SharingReport): string | undefined {
  if (report.recordSheet === null) return undefined;
  return `The record of every change is kept on the sheet “${report.recordSheet}”: keep it, and save the file, so “Restore add-in formulas” can put them back.`;
}

export function restoreTitle(report: RestoreReport): string {
  if (report.restored === 0 && report.leftAlone.length === 0) {
    return "Nothing to restore: the workbook holds no prepared cells.";
  }
  return `Restored ${report.restored} add-in ${report.restored === 1 ? "formula" : "formulas"}.`;
}

export function leftAloneLine(report: RestoreReport): string | undefined {
  const count = report.leftAlone.length;
  if (count === 0) return undefined;
  // Edited since, or a cell their formula read was deleted: each line says which.
  return `${cells(count)} ${count === 1 ? "was" : "were"} left as ${count === 1 ? "it is" : "they are"}, for the reason given:`;
}

/** What else Restore has to say (e.g. why the record sheet was kept); none from older hosts. */
export function restoreNotes(report: RestoreReport): readonly string[] {
  return report.notes ?? [];
}

/** The record's state, under the buttons. */
export function statusLine(status: SharingStatus): string {
  if (!status.prepared || status.preparedCells === 0) {
    return "No cell of this workbook is prepared for sharing.";
  }
  return `${cells(status.preparedCells)} ${status.preparedCells === 1 ? "is" : "are"} prepared for sharing; “Restore add-in formulas” puts ${status.preparedCells === 1 ? "it" : "them"} back.`;
}

/** Restore has work only when the record holds cells. */
export function canRestore(status: SharingStatus | undefined): boolean {
  return status !== undefined && status.prepared && status.preparedCells > 0;
}
