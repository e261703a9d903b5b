import { describe, expect, it } from "vitest";
import { HostError, type SharingControls } from "../../src/workbook/host";
import { sharingOnDemand } from "../../src/workbook/onDemand";

const controls: SharingControls = {
  status: () => Promise.resolve({ prepared: true, preparedCells: 3 }),
  prepareForSharing: () =>
    Promise.resolve({
      changed: 0,
      toTwin: 0,
      toNative: 0,
      frozen: 0,
      recordSheet: null,
      notes: [],
    }),
  restoreAddinFormulas: () => Promise.resolve({ restored: 2, leftAlone: [] }),
};

describe("sharing controls loaded on first use", () => {
  it("loads the code once, on the first call, and answers every call through it", async () => {
    let loads = 0;
    const sharing = sharingOnDemand(() => {
      loads++;
      return Promise.resolve(controls);
    });
    expect(loads).toBe(0);
    const [status, restored] = await Promise.all([
      sharing.status(),
      sharing.restoreAddinFormulas(),
    ]);
    expect(status.preparedCells).toBe(3);
    expect(restored.restored).toBe(2);
    expect((await sharing.prepareForSharing()).changed).toBe(0);
    expect(loads).toBe(1);
  });

  it("tries again after a failed load instead of failing for ever", async () => {
    let loads = 0;
    const sharing = sharingOnDemand(() => {
      loads++;
      return loads === 1 ? Promise.reject(new Error("chunk failed")) : Promise.resolve(controls);
    });
    const error: unknown = await sharing.restoreAddinFormulas().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).problem).toEqual({
      code: "offline",
      message:
        "The add-in could not fetch the code to restore the add-in formulas from its server (chunk failed). Nothing in the workbook was changed.",
      repair: "Check the network connection, then try again.",
    });
    expect((await sharing.status()).prepared).toBe(true);
    expect(loads).toBe(2);
  });
});
