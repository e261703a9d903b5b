/** The Sharing section's words, from the host's reports: counts, titles, the record's status. */
import { describe, expect, test } from "vitest";
import { sharingReportMessages } from "../../src/workbook/messages";
import {
  canRestore,
  leftAloneLine,
  prepareCounts,
  prepareTitle,
  recordLine,
  restoreNotes,
  restoreTitle,
  statusLine,
} from "../../src/taskpane/sharing/sharingText";
import type { SharingReport } from "../../src/workbook/host";

const report = (counts: Partial<SharingReport>): SharingReport => {
  const toTwin = counts.toTwin ?? 0;
  const toNative = counts.toNative ?? 0;
  const frozen = counts.frozen ?? 0;
  const changed = toTwin + toNative + frozen;
  return {
    changed,
    toTwin,
    toNative,
    frozen,
    recordSheet: changed > 0 ? "Record" : null,
    notes: [],
    ...counts,
  };
};

describe("prepare's report", () => {
  test("counts cells with their noun, one and many", () => {
    const { cells } = sharingReportMessages;
    expect(cells(1)).toBe("1 cell");
    expect(cells(0)).toBe("0 cells");
    expect(cells(12)).toBe("12 cells");
  });

  test("says how many cells changed, and each way they changed, leaving out ways none took", () => {
    const r = report({ toTwin: 3, frozen: 1 });
    expect(prepareTitle(r)).toBe("Prepared for sharing: 4 cells changed.");
    expect(prepareCounts(r)).toEqual([
      "3 cells to their portable twins",
      "1 cell frozen to its current value",
    ]);
    expect(prepareCounts(report({ toNative: 1 }))).toEqual(["1 cell to a native Excel formula"]);
  });

  test("with nothing to change, says so and names no record", () => {
    const r = report({});
    expect(prepareTitle(r)).toMatch(/^Nothing to prepare: no formula .* calls an AICOST function/);
    expect(prepareCounts(r)).toEqual([]);
    expect(recordLine(r)).toBeUndefined();
  });

  test("names the record's sheet and why it must be kept", () => {
    expect(recordLine(report({ toTwin: 1, recordSheet: "AICOST record" }))).toMatch(
      /on the sheet “AICOST record”: keep it, and save the file/
    );
  });
});

describe("restore's report", () => {
  test("counts the formulas restored", () => {
    expect(restoreTitle({ restored: 1, leftAlone: [] })).toBe("Restored 1 add-in formula.");
    expect(restoreTitle({ restored: 5, leftAlone: ["A1"] })).toBe("Restored 5 add-in formulas.");
  });

  test("gives Restore's notes, and none from a host that has none", () => {
    expect(restoreNotes({ restored: 1, leftAlone: [] })).toEqual([]);
    expect(
      restoreNotes({ restored: 1, leftAlone: [], notes: ["The record sheet was kept"] })
    ).toEqual(["The record sheet was kept"]);
  });

  test("with no record at all, says there was nothing to restore", () => {
    expect(restoreTitle({ restored: 0, leftAlone: [] })).toMatch(/^Nothing to restore/);
  });

  test("introduces the cells left alone in the right number", () => {
    expect(leftAloneLine({ restored: 0, leftAlone: [] })).toBeUndefined();
    expect(leftAloneLine({ restored: 0, leftAlone: ["A1"] })).toBe(
      "1 cell was left as it is, for the reason given:"
    );
    expect(leftAloneLine({ restored: 0, leftAlone: ["A1", "A2"] })).toBe(
      "2 cells were left as they are, for the reason given:"
    );
  });
});

describe("the record's status", () => {
  test("Restore has work only when the record holds cells", () => {
    expect(canRestore(undefined)).toBe(false);
    expect(canRestore({ prepared: false, preparedCells: 0 })).toBe(false);
    expect(canRestore({ prepared: true, preparedCells: 0 })).toBe(false);
    expect(canRestore({ prepared: true, preparedCells: 2 })).toBe(true);
  });

  test("says how many cells are prepared, or that none are", () => {
    expect(statusLine({ prepared: false, preparedCells: 0 })).toMatch(/No cell .* is prepared/);
    expect(statusLine({ prepared: true, preparedCells: 1 })).toMatch(
      /^1 cell is prepared .* puts it back/
    );
    expect(statusLine({ prepared: true, preparedCells: 3 })).toMatch(
      /^3 cells are prepared .* puts them back/
    );
  });
});
