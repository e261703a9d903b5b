/**
 * Moves of the sliders become writes to the workbook, one at a time. Plain TypeScript (no
 * React), so its timing is tested on its own.
 *
 * - A move (an arrow key, a drag, a typed value) is written at once when nothing is on its way:
 *   a step answers as fast as the host can.
 * - At most one write is in flight. While it is, only the newest value of each input waits, and
 *   it is written as soon as the previous write ends: the last value is always written, and a
 *   drag writes at the host's own pace (one round trip per write).
 * - Writes also start at most MAX_WRITES_PER_SECOND times a second, for a host that answers
 *   faster than a screen shows (docs/HOSTS.md, "Slider writes"). Pointer release, focus leaving
 *   and a typed value skip that wait.
 * - Every reply is shown as it comes (the results follow a drag), and the drafts stay until
 *   nothing waits or is in flight: that is when the pane shows it is updating, and the last
 *   reply it shows is the last value's. A refused write is reported and the next one still goes.
 */
import type { InputId } from "../../model";
import type { WorkbookState } from "../../workbook/host";

/** About every other frame of a 60 Hz screen, and a keyboard's auto-repeat rate. */
export const MAX_WRITES_PER_SECOND = 30;
/** Whole milliseconds, rounded up to keep to the limit. */
export const MIN_WRITE_GAP_MS = Math.ceil(1000 / MAX_WRITES_PER_SECOND);

export type Drafts = Partial<Record<InputId, number>>;

export interface InputWriterOptions {
  readonly write: (id: InputId, value: number) => Promise<WorkbookState>;
  /** Every state the workbook returns, in the order of the writes. */
  readonly onState: (state: WorkbookState) => void;
  readonly onError: (error: unknown, id: InputId) => void;
  /** The drafts changed: a move, or every write settled (then they are empty). */
  readonly onDrafts: (drafts: Drafts) => void;
  /**
   * Wait this long after the last move before writing: the previous policy (a 250 ms pause),
   * kept only so the bench can measure it beside this one. Defaults to none (or the bench's).
   */
  readonly pauseMs?: number;
}

let baselinePauseMs = 0;
/** For bench/preview.bench.ts only (the preview opened with ?writePause=250). */
export function pauseWritesForBaseline(ms: number): void {
  baselinePauseMs = ms;
}

export class InputWriter {
  private drafts: Drafts = {};
  /** The newest value of each input not written yet, in the order the inputs first waited. */
  private readonly waiting = new Map<InputId, number>();
  /** Values written since the writer was last idle, so moving back to one writes nothing. */
  private readonly written = new Map<InputId, number>();
  private inFlight = false;
  /** Pointer released, focus left, a typed value: the next write skips the wait. */
  private urgent = false;
  /** Timers only, no clock: they run the same under a test's fake timers. Each pumps when done. */
  private gap: ReturnType<typeof setTimeout> | undefined;
  private pause: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly options: InputWriterOptions) {}

  /** A slider moved: show the value now, write it as soon as it may be. */
  move(id: InputId, value: number): void {
    this.setDraft(id, value);
    this.waiting.set(id, value);
    const pauseMs = this.options.pauseMs ?? baselinePauseMs;
    if (pauseMs > 0) {
      clearTimeout(this.pause);
      this.pause = setTimeout(() => {
        this.pause = undefined;
        this.pump();
      }, pauseMs);
    }
    this.pump();
  }

  /** The analyst let go of the slider: a value still held back is written without waiting. */
  commit(id: InputId): void {
    if (!this.waiting.has(id)) return;
    this.urgent = true;
    this.pump();
  }

  /** A typed value: show it and write it without waiting (after the write on its way). */
  writeNow(id: InputId, value: number): void {
    this.move(id, value);
    this.commit(id);
  }

  /**
   * The pane is closing: values still waiting are written now (the analyst's last move should
   * stick; in the shared runtime the host outlives the pane), and no reply is reported.
   */
  dispose(): void {
    clearTimeout(this.gap);
    clearTimeout(this.pause);
    this.disposed = true;
    for (const [id, value] of this.waiting) void this.options.write(id, value).catch(() => {});
    this.waiting.clear();
  }

  private pump(): void {
    if (this.disposed || this.inFlight) return;
    const next = this.waiting.entries().next();
    if (next.done) return this.settle();
    const [id, value] = next.value;
    if (this.written.get(id) === value) {
      this.waiting.delete(id); // moved away and back while a write was on its way
      return this.pump();
    }
    if (!this.urgent && (this.gap !== undefined || this.pause !== undefined)) return;
    this.waiting.delete(id);
    this.send(id, value);
  }

  private send(id: InputId, value: number): void {
    this.inFlight = true;
    this.urgent = false;
    clearTimeout(this.pause);
    this.pause = undefined;
    clearTimeout(this.gap);
    this.gap = setTimeout(() => {
      this.gap = undefined;
      this.pump();
    }, MIN_WRITE_GAP_MS);
    this.written.set(id, value);
    const done = (): void => {
      this.inFlight = false;
      this.pump();
    };
    // A host that throws instead of rejecting must not leave a write in flight for ever.
    new Promise<WorkbookState>((resolve) => resolve(this.options.write(id, value))).then(
      (state) => {
        if (this.disposed) return;
        this.options.onState(state);
        done();
      },
      (error: unknown) => {
        if (this.disposed) return;
        this.written.delete(id); // what the cell holds is unknown: the value may be written again
        this.options.onError(error, id);
        done();
      }
    );
  }

  /** Nothing in flight, nothing waiting: the last reply shown is the workbook as it is now. */
  private settle(): void {
    this.written.clear();
    if (Object.keys(this.drafts).length === 0) return;
    this.drafts = {};
    this.options.onDrafts(this.drafts);
  }

  private setDraft(id: InputId, value: number): void {
    this.drafts = { ...this.drafts, [id]: value };
    this.options.onDrafts(this.drafts);
  }
}
