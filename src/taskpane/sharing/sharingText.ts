/**
 * What the Sharing section says, in words, from the host's reports: counts with their nouns
 * ("1 cell", "12 cells"), the report's title and lines, the record's status. Pure, so every
 * wording is tested without rendering.
 */
import type { RestoreReport, SharingReport, SharingStatus } from "../../workbook/host";
import { sharingReportMessages as say } from "../../workbook/messages";

export function prepareTitle(report: SharingReport): string {
  return report.changed === 0 ? say.nothingToPrepare : say.prepared(report.changed);
}

/** One line per way a cell was changed, leaving out the ways no cell took. */
export function prepareCounts(report: SharingReport): string[] {
  const ways = [
    { count: report.toTwin, line: say.preparedToTwin },
    { count: report.toNative, line: say.preparedToNative },
    { count: report.frozen, line: say.preparedFrozen },
  ];
  return ways.filter((way) => way.count > 0).map((way) => way.line(way.count));
}

/** Where the record is, and why it must stay: Restore reads it. */
export function recordLine(report: SharingReport): string | undefined {
  if (report.recordSheet === null) return undefined;
  return say.recordKeptOn(report.recordSheet);
}

export function restoreTitle(report: RestoreReport): string {
  if (report.restored === 0 && report.leftAlone.length === 0) return say.nothingToRestore;
  return say.restored(report.restored);
}

export function leftAloneLine(report: RestoreReport): string | undefined {
  const count = report.leftAlone.length;
  if (count === 0) return undefined;
  // Edited since, or a cell their formula read was deleted: each line says which.
  return say.leftAloneFollow(count);
}

/** What else Restore has to say (e.g. why the record sheet was kept); none from older hosts. */
export function restoreNotes(report: RestoreReport): readonly string[] {
  return report.notes ?? [];
}

/** The record's state, under the buttons. */
export function statusLine(status: SharingStatus): string {
  if (!status.prepared || status.preparedCells === 0) return say.nonePrepared;
  return say.preparedNow(status.preparedCells);
}

/** Restore has work only when the record holds cells. */
export function canRestore(status: SharingStatus | undefined): boolean {
  return status !== undefined && status.prepared && status.preparedCells > 0;
}
