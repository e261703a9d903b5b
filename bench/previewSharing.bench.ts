/**
 * "Prepare for sharing" and "Restore add-in formulas" on the preview's IronCalc workbook
 * (src/preview/sharing.ts, bundled as shipped: support/nativeModule.ts says why), against a
 * baseline measured in the same run: one evaluate() of the same workbook. Workbooks: the
 * analyst's workbook of the export tests (four saved scenarios, inputs moved), where prepare
 * finds nothing to change and reading the workbook is its whole cost; the same with three
 * AICOST cells on a sheet of the analyst's own (prepare, then restore, so that every run starts
 * from the same workbook); and the same with a cell typed at XFD1 on one sheet and one in row
 * 100000 on another, which the reader must find without reading the empty cells between.
 */
import { beforeAll, test } from "vitest";
import type * as SharingModule from "../src/preview/sharing";
import type { RestoreReport, SharingReport } from "../src/workbook/host";
import { analystBook } from "../test/export/support/exportedBook";
import { STAND_INS } from "../test/support/addinFunctions";
import type { Model } from "../test/support/ironcalc";
import { runBench } from "./harness";
import { loadNativeModules } from "./support/nativeModule";

let PreviewSharing: typeof SharingModule.PreviewSharing;

beforeAll(async () => {
  ({
    sharing: { PreviewSharing },
  } = await loadNativeModules<{ sharing: typeof SharingModule }>(
    { sharing: "src/preview/sharing.ts" },
    "preview-sharing"
  ));
});

/** A new sheet of the analyst's, with `typed` entered as [row, column, text], 1-based. */
function addSheet(model: Model, name: string, typed: readonly [number, number, string][]): void {
  model.newSheet();
  const sheet = model.getWorksheetsProperties().length - 1;
  model.renameSheet(sheet, name);
  for (const [row, column, text] of typed) model.setUserInput(sheet, row, column, text);
  model.evaluate();
}

function sharingOf(model: Model): SharingModule.PreviewSharing {
  return new PreviewSharing(model, () => undefined);
}

/**
 * Waits for one prepare + restore of the three AICOST cells and throws if either failed or did
 * other than prepare all three and restore all three: a failed run must fail the bench, not pass
 * as a timing.
 */
async function checkRoundTrip(
  prepared: Promise<SharingReport>,
  restored: Promise<RestoreReport>
): Promise<void> {
  const [prepare, restore] = await Promise.allSettled([prepared, restored]);
  if (prepare.status === "rejected") throw new Error("prepare failed", { cause: prepare.reason });
  if (restore.status === "rejected") throw new Error("restore failed", { cause: restore.reason });
  // Two cells to their portable twins; AICOST.FIGURE has none, so it is frozen to its value.
  const { changed, toTwin, frozen } = prepare.value;
  if (changed !== 3 || toTwin !== 2 || frozen !== 1) {
    throw new Error(
      `prepare changed ${changed} cells (${toTwin} to twins, ${frozen} frozen), not 3 (2 and 1)`
    );
  }
  const { restored: back, leftAlone } = restore.value;
  if (back !== 3 || leftAlone.length > 0) {
    throw new Error(`restore gave back ${back} cells, not 3 (left alone: ${leftAlone.join("; ")})`);
  }
}

test("preview: prepare for sharing and restore, against one evaluate()", async () => {
  const plain = (await analystBook()).model;

  const withAddin = (await analystBook()).model;
  for (const s of STAND_INS) withAddin.newDefinedName(s.name, null, s.formula);
  addSheet(withAddin, "My analysis", [
    [1, 1, "40000000000"],
    [1, 2, "7500000000"],
    [1, 3, "=AICOST.BURN.YEARS(A1,B1)"],
    [2, 1, "=AICOST.RATIO(6000000,500000000)"],
    [2, 2, '=AICOST.FIGURE("r1_operating_cost_share","high")'],
  ]);

  const far = (await analystBook()).model;
  addSheet(far, "Far right", [
    [1, 1, "far right:"],
    [1, 16384, "XFD1"],
  ]);
  addSheet(far, "Far down", [
    [1, 1, "far down:"],
    [100000, 1, "A100000"],
  ]);

  const roundTrip = sharingOf(withAddin);
  await checkRoundTrip(roundTrip.prepareForSharing(), roundTrip.restoreAddinFormulas());
  /** Every timed round trip, checked once the timing is over. */
  const roundTrips: Promise<void>[] = [];

  await runBench(
    "preview-sharing",
    [
      {
        group: "sharing",
        name: "IronCalc evaluate() of the analyst's workbook",
        run: () => plain.evaluate(),
        baseline: true,
      },
      {
        group: "sharing",
        name: "status() (the pane asks when it opens)",
        run: () => sharingOf(plain).status(),
      },
      {
        group: "sharing",
        name: "prepare, nothing to change: reading the workbook",
        run: () => sharingOf(plain).prepareForSharing(),
      },
      {
        group: "sharing",
        name: "prepare + restore, 3 AICOST cells",
        // The harness times synchronous runs; both actions do all their work before their
        // promise is returned (nothing in them awaits), so both are inside the sample. Their
        // answers are awaited after the timing (below): a failed one fails the bench.
        run: () => {
          const prepared = roundTrip.prepareForSharing();
          const restored = roundTrip.restoreAddinFormulas();
          roundTrips.push(checkRoundTrip(prepared, restored));
          return restored;
        },
      },
      {
        group: "sharing",
        name: "prepare, nothing to change, cells at XFD1 and A100000",
        run: () => sharingOf(far).prepareForSharing(),
      },
    ],
    { timeMs: 2000, iterations: 5 }
  );
  if (roundTrips.length === 0) throw new Error("prepare + restore never ran");
  await Promise.all(roundTrips);
});
