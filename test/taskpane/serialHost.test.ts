/** The pane's host calls run one at a time, in order; a failure does not stop the queue. */
import { describe, expect, test } from "vitest";
import { serialHost } from "../../src/taskpane/host/serialHost";
import { HostError } from "../../src/workbook/host";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import { TestAutoOpen, TestSharing } from "../support/testSharing";

describe("serialHost", () => {
  test("a call starts only when the one before it has finished", async () => {
    const host = new TestHost();
    const log: string[] = [];
    let releaseFirst = (): void => undefined;
    const first = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const write = host.writeInput.bind(host);
    host.writeInput = async (id, value) => {
      log.push(`start ${value}`);
      if (value === 0.08) await first;
      log.push(`end ${value}`);
      return write(id, value);
    };
    const serial = serialHost(host);

    const a = serial.writeInput("efficiencyShare", 0.08);
    const b = serial.writeInput("efficiencyShare", 0.09);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(["start 0.08"]);
    releaseFirst();
    await Promise.all([a, b]);
    expect(log).toEqual(["start 0.08", "end 0.08", "start 0.09", "end 0.09"]);
    expect(host.currentInputs.efficiencyShare).toBe(0.09);
  });

  test("a refused call rejects for its caller only; the next call still runs", async () => {
    const host = new TestHost();
    host.failNextWrite(SAMPLE_PROBLEMS.protected);
    const serial = serialHost(host);
    const refused = serial.writeInput("efficiencyShare", 0.08);
    const next = serial.writeInput("efficiencyShare", 0.09);
    await expect(refused).rejects.toBeInstanceOf(HostError);
    expect((await next).inputs.efficiencyShare).toBe(0.09);
  });

  test("prepare for sharing waits for a load on its way (both change cells)", async () => {
    const sharing = new TestSharing([
      { address: "Sheet1!B2", formula: "=AICOST.RATIO(A1,A2)", becomes: "twin" },
    ]);
    const host = new TestHost({ loaded: false, sharing });
    const release = host.holdLoads();
    const serial = serialHost(host);
    const load = serial.loadArticle({ resetInputs: false });
    const prepared = serial.sharing?.prepareForSharing();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(sharing.calls.prepareForSharing).toBe(0);
    release();
    await load;
    expect((await prepared)?.changed).toBe(1);
  });

  test("hosts without sharing stay without it; the auto-open switch is passed as it is", () => {
    expect(serialHost(new TestHost()).sharing).toBeUndefined();
    expect(serialHost(new TestHost()).autoOpen).toBeUndefined();
    const autoOpen = new TestAutoOpen();
    expect(serialHost(new TestHost({ autoOpen })).autoOpen).toBe(autoOpen);
  });

  test("events are passed straight through", () => {
    const host = new TestHost();
    const unsubscribe = serialHost(host).onWorkbookChanged(() => undefined);
    expect(host.listenerCount).toBe(1);
    unsubscribe();
    expect(host.listenerCount).toBe(0);
  });
});
