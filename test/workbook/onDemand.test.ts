import { describe, expect, it } from "vitest";
import { HostError, type SharingControls } from "../../src/workbook/host";
import { hostOnDemand, sharingOnDemand } from "../../src/workbook/onDemand";
import { TestHost } from "../support/testHost";

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

describe("a host loaded on first use (hostOnDemand)", () => {
  it("fetches once and passes every call to the real host, listeners too", async () => {
    const real = new TestHost();
    let loads = 0;
    const host = hostOnDemand("test", () => {
      loads++;
      return Promise.resolve(real);
    });
    const seen: number[] = [];
    const stop = host.onWorkbookChanged((s) => seen.push(s.inputs.efficiencyShare ?? NaN));
    await host.loadArticle({ resetInputs: false });
    const state = await host.writeInput("efficiencyShare", 0.06);
    expect(state.inputs.efficiencyShare).toBe(0.06);
    expect((await host.readState()).inputs.efficiencyShare).toBe(0.06);
    expect(real.calls.writeInput).toBe(1);
    real.typeInCell("efficiencyShare", 0.08);
    expect(seen).toEqual([0.08]);
    stop();
    expect(real.listenerCount).toBe(0);
    expect(loads).toBe(1);
  });

  it("a failed fetch is the offline problem for the step, and the next call fetches again", async () => {
    let loads = 0;
    const real = new TestHost();
    const host = hostOnDemand("test", () => {
      loads++;
      return loads === 1 ? Promise.reject(new Error("chunk failed")) : Promise.resolve(real);
    });
    const error: unknown = await host.readState().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).problem.code).toBe("offline");
    expect((error as HostError).problem.message).toContain(
      "could not fetch the code to read the workbook"
    );
    expect(await host.readState()).toEqual(await real.readState());
    expect(loads).toBe(2);
  });

  it("a listener dropped before the host arrives is never attached", async () => {
    const real = new TestHost();
    const host = hostOnDemand("test", () => Promise.resolve(real));
    host.onWorkbookChanged(() => undefined)();
    await host.readState();
    expect(real.listenerCount).toBe(0);
  });
});
