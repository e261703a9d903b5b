/**
 * The writer on its own, against a workbook whose replies the test releases one by one: a move
 * is written at once, one write is in flight, only the newest value of each input waits, the
 * last value is always written, every reply is shown in order, a refused write loses nothing
 * after it, and writes start at most MAX_WRITES_PER_SECOND a second.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { InputId } from "../../src/model";
import {
  InputWriter,
  MAX_WRITES_PER_SECOND,
  MIN_WRITE_GAP_MS,
  type Drafts,
} from "../../src/taskpane/inputs/inputWriter";
import type { WorkbookState } from "../../src/workbook/host";

const state = (id: InputId, value: number): WorkbookState => ({
  loaded: true,
  inputs: { [id]: value },
  outputs: {},
  problems: [],
});

interface Write {
  readonly id: InputId;
  readonly value: number;
  readonly answer: () => Promise<void>;
  readonly refuse: () => Promise<void>;
}

/** A workbook whose replies the test releases one by one. */
function harness(options: { pauseMs?: number } = {}) {
  const writes: Write[] = [];
  const states: WorkbookState[] = [];
  const errors: [unknown, InputId][] = [];
  let drafts: Drafts = {};
  const writer = new InputWriter({
    write: (id, value) =>
      new Promise<WorkbookState>((resolve, reject) => {
        const settled = async (): Promise<void> => {
          await vi.advanceTimersByTimeAsync(0);
        };
        writes.push({
          id,
          value,
          answer: () => (resolve(state(id, value)), settled()),
          refuse: () => (reject(new Error(`no ${value}`)), settled()),
        });
      }),
    onState: (s) => states.push(s),
    onError: (e, id) => errors.push([e, id]),
    onDrafts: (d) => {
      drafts = d;
    },
    ...options,
  });
  const values = () => writes.map((w) => w.value);
  return { writer, writes, values, states, errors, drafts: () => drafts };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("InputWriter", () => {
  test("a step is written at once, its draft shown until the workbook answers", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    expect(h.values()).toEqual([0.08]);
    expect(h.drafts()).toEqual({ efficiencyShare: 0.08 });

    await h.writes[0]?.answer();
    expect(h.states).toEqual([state("efficiencyShare", 0.08)]);
    expect(h.drafts()).toEqual({});
  });

  test("while a write is on its way only the newest value waits, and goes when it ends", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    for (const value of [0.085, 0.09, 0.095]) h.writer.move("efficiencyShare", value);
    expect(h.values()).toEqual([0.08]);
    expect(h.drafts()).toEqual({ efficiencyShare: 0.095 });

    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[0]?.answer();
    expect(h.values()).toEqual([0.08, 0.095]);
    // The first reply is shown (the results follow a drag), still as an earlier value's.
    expect(h.states.map((s) => s.inputs.efficiencyShare)).toEqual([0.08]);
    expect(h.drafts()).toEqual({ efficiencyShare: 0.095 });

    await h.writes[1]?.answer();
    expect(h.states.map((s) => s.inputs.efficiencyShare)).toEqual([0.08, 0.095]);
    expect(h.drafts()).toEqual({});
  });

  test("each input keeps its newest value; they are written in the order they first waited", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.move("spendGrowth", 0.1);
    h.writer.move("efficiencyShare", 0.09);
    h.writer.move("spendGrowth", 0.2);
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[0]?.answer();
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[1]?.answer();
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[2]?.answer();
    expect(h.writes.map((w) => [w.id, w.value])).toEqual([
      ["efficiencyShare", 0.08],
      ["spendGrowth", 0.2], // waited first, while 0.08 was on its way
      ["efficiencyShare", 0.09],
    ]);
    expect(h.drafts()).toEqual({});
  });

  test("moving away and back while a write is on its way writes nothing more", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.move("efficiencyShare", 0.085);
    h.writer.move("efficiencyShare", 0.08);
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[0]?.answer();
    expect(h.values()).toEqual([0.08]);
    expect(h.drafts()).toEqual({});
  });

  test("a value written earlier is written again once the writer was idle (the cell may have changed)", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    await h.writes[0]?.answer();
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    h.writer.move("efficiencyShare", 0.08);
    expect(h.values()).toEqual([0.08, 0.08]);
  });

  test("a refused write is reported and the value after it is still written", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.move("efficiencyShare", 0.09);
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[0]?.refuse();
    expect(h.errors.map(([e, id]) => [(e as Error).message, id])).toEqual([
      ["no 0.08", "efficiencyShare"],
    ]);
    expect(h.values()).toEqual([0.08, 0.09]);
    await h.writes[1]?.answer();
    expect(h.states.map((s) => s.inputs.efficiencyShare)).toEqual([0.09]);
    expect(h.drafts()).toEqual({});
  });

  test("after a refusal the same value can be written again", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.move("efficiencyShare", 0.09);
    h.writer.move("efficiencyShare", 0.08);
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    await h.writes[0]?.refuse();
    expect(h.values()).toEqual([0.08, 0.08]);
  });

  test("the last write refused: its draft goes, so the workbook's value shows again", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    await h.writes[0]?.refuse();
    expect(h.errors).toHaveLength(1);
    expect(h.drafts()).toEqual({});
  });

  test("a host that throws instead of rejecting is reported, and the writer carries on", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    let drafts: Drafts = {};
    const writer = new InputWriter({
      write: (id, value) => {
        calls += 1;
        if (calls === 1) throw new Error("thrown");
        return Promise.resolve(state(id, value));
      },
      onState: () => {},
      onError: (e) => errors.push(e),
      onDrafts: (d) => {
        drafts = d;
      },
    });
    writer.move("efficiencyShare", 0.08);
    writer.move("efficiencyShare", 0.09);
    await vi.advanceTimersByTimeAsync(MIN_WRITE_GAP_MS);
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
    expect(drafts).toEqual({});
  });

  test(`a fast host is written at most ${MAX_WRITES_PER_SECOND} times a second, the last value always`, async () => {
    const written: number[] = [];
    const writer = new InputWriter({
      write: (id, value) => (written.push(value), Promise.resolve(state(id, value))),
      onState: () => {},
      onError: () => {},
      onDrafts: () => {},
    });
    // A drag reporting a position every 4 ms for a second, to an instant host.
    for (let step = 1; step <= 250; step++) {
      writer.move("efficiencyShare", step / 1000);
      await vi.advanceTimersByTimeAsync(4);
    }
    await vi.advanceTimersByTimeAsync(MIN_WRITE_GAP_MS);
    expect(written.length).toBeLessThanOrEqual(MAX_WRITES_PER_SECOND + 1);
    expect(written.length).toBeGreaterThanOrEqual(MAX_WRITES_PER_SECOND - 1);
    expect(written.at(-1)).toBe(0.25);
    expect(written).toEqual([...written].sort((a, b) => a - b));
  });

  test("letting go writes a value held back by that limit at once", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    await h.writes[0]?.answer();
    h.writer.move("efficiencyShare", 0.09);
    expect(h.values()).toEqual([0.08]); // within the gap
    h.writer.commit("efficiencyShare");
    expect(h.values()).toEqual([0.08, 0.09]);
  });

  test("a typed value goes out without waiting for the gap", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    await h.writes[0]?.answer();
    h.writer.writeNow("efficiencyShare", 0.1);
    expect(h.values()).toEqual([0.08, 0.1]);
  });

  test("the previous policy, kept for the bench: a pause after the last move, then one write", async () => {
    const h = harness({ pauseMs: 250 });
    h.writer.move("efficiencyShare", 0.08);
    vi.advanceTimersByTime(100);
    h.writer.move("efficiencyShare", 0.085);
    vi.advanceTimersByTime(249);
    expect(h.values()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.values()).toEqual([0.085]);
  });

  test("dispose writes the values still waiting, and reports no reply after", async () => {
    const h = harness();
    h.writer.move("efficiencyShare", 0.08);
    h.writer.move("spendGrowth", 0.1);
    h.writer.dispose();
    expect(h.writes.map((w) => [w.id, w.value])).toEqual([
      ["efficiencyShare", 0.08],
      ["spendGrowth", 0.1],
    ]);
    for (const write of h.writes) await write.answer();
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    expect(h.writes).toHaveLength(2);
    expect(h.states).toHaveLength(0);
  });
});
