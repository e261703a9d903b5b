/**
 * The debounced writer on its own: one write per committed change, drafts shown until the
 * workbook answers for the latest value, older replies never pull a draft back.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { InputId } from "../../src/model";
import { InputWriter, WRITE_DELAY_MS, type Drafts } from "../../src/taskpane/inputs/inputWriter";
import type { WorkbookState } from "../../src/workbook/host";

const state = (share: number): WorkbookState => ({
  loaded: true,
  inputs: { efficiencyShare: share },
  outputs: {},
  problems: [],
});

/** A workbook whose replies the test releases one by one. */
function harness() {
  const writes: { id: InputId; value: number; answer: () => void; refuse: () => void }[] = [];
  const states: WorkbookState[] = [];
  const errors: unknown[] = [];
  let drafts: Drafts = {};
  const writer = new InputWriter({
    write: (id, value) =>
      new Promise<WorkbookState>((resolve, reject) => {
        writes.push({
          id,
          value,
          answer: () => resolve(state(value)),
          refuse: () => reject(new Error("no")),
        });
      }),
    onState: (s) => states.push(s),
    onError: (e) => errors.push(e),
    onDrafts: (d) => {
      drafts = d;
    },
  });
  return { writer, writes, states, errors, drafts: () => drafts };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("InputWriter", () => {
  test("moves show a draft at once and write once, the last value, after the pause", () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.move("efficiencyShare", 0.085);
    expect(h.drafts()).toEqual({ efficiencyShare: 0.085 });
    vi.advanceTimersByTime(WRITE_DELAY_MS - 1);
    expect(h.writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(h.writes.map((w) => w.value)).toEqual([0.085]);
  });

  test("each input has its own pause", () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    vi.advanceTimersByTime(200);
    h.writer.move("spendGrowth", 0.1);
    vi.advanceTimersByTime(50);
    expect(h.writes.map((w) => w.id)).toEqual(["efficiencyShare"]);
    vi.advanceTimersByTime(200);
    expect(h.writes.map((w) => w.id)).toEqual(["efficiencyShare", "spendGrowth"]);
  });

  test("commit writes at once and the pause then writes nothing more", () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.commit("efficiencyShare");
    vi.advanceTimersByTime(WRITE_DELAY_MS * 2);
    expect(h.writes).toHaveLength(1);
    h.writer.commit("efficiencyShare"); // nothing new to write
    expect(h.writes).toHaveLength(1);
  });

  test("the draft stays until the workbook answers for the latest value", async () => {
    const h = harness();
    h.writer.writeNow("efficiencyShare", 0.08);
    h.writer.writeNow("efficiencyShare", 0.09);
    h.writes[0]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states).toHaveLength(1);
    expect(h.drafts()).toEqual({ efficiencyShare: 0.09 }); // the older reply does not pull it back
    h.writes[1]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.drafts()).toEqual({});
  });

  test("a refused write is reported and its draft dropped, so the cell's value shows again", async () => {
    const h = harness();
    h.writer.writeNow("efficiencyShare", 0.08);
    h.writes[0]?.refuse();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.errors).toHaveLength(1);
    expect(h.drafts()).toEqual({});
  });

  test("dispose writes the moves still waiting for their pause, and reports no reply after", async () => {
    const h = harness();
    h.writer.writeNow("efficiencyShare", 0.08);
    h.writer.move("spendGrowth", 0.1);
    h.writer.dispose();
    expect(h.writes.map((w) => [w.id, w.value])).toEqual([
      ["efficiencyShare", 0.08],
      ["spendGrowth", 0.1],
    ]);
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    for (const write of h.writes) write.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.writes).toHaveLength(2);
    expect(h.states).toHaveLength(0);
  });
});
