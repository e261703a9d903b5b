/**
 * Moves of the sliders become writes to the workbook: debounced, one `host.writeInput` per
 * committed change. Plain TypeScript (no React), so its timing is tested on its own.
 *
 * - `move` (a drag, an arrow key) only records a draft and restarts that input's timer; the
 *   write goes out `delayMs` after the last move. Tapping an arrow five times is one write.
 * - `commit` (pointer released, focus left, Enter in the field) writes at once.
 * - While a write is on its way, the draft is what the slider shows; a reply for an older
 *   value does not pull the thumb back. The draft is dropped when the workbook has answered
 *   for the latest value, or when the write failed (the workbook's value shows again).
 */
import type { InputId } from "../../model";
import type { WorkbookState } from "../../workbook/host";

export const WRITE_DELAY_MS = 250;

export type Drafts = Partial<Record<InputId, number>>;

export interface InputWriterOptions {
  readonly write: (id: InputId, value: number) => Promise<WorkbookState>;
  /** Every state the workbook returns. */
  readonly onState: (state: WorkbookState) => void;
  readonly onError: (error: unknown, id: InputId) => void;
  /** The drafts changed (a move, or a write settled). */
  readonly onDrafts: (drafts: Drafts) => void;
  readonly delayMs?: number;
}

export class InputWriter {
  private drafts: Drafts = {};
  private readonly timers = new Map<InputId, ReturnType<typeof setTimeout>>();
  /** The value of each input's latest write, so an older reply does not clear a newer draft. */
  private readonly latestWrite = new Map<InputId, number>();
  private disposed = false;

  constructor(private readonly options: InputWriterOptions) {}

  /** A slider moved: show the value now, write it after the pause. */
  move(id: InputId, value: number): void {
    this.setDraft(id, value);
    this.clearTimer(id);
    this.timers.set(
      id,
      setTimeout(() => this.commit(id), this.options.delayMs ?? WRITE_DELAY_MS)
    );
  }

  /** Write the input's draft now, if it has one that was not written yet. */
  commit(id: InputId): void {
    this.clearTimer(id);
    const value = this.drafts[id];
    if (value === undefined || this.latestWrite.get(id) === value) return;
    this.send(id, value);
  }

  /** A typed value: show and write it at once. */
  writeNow(id: InputId, value: number): void {
    this.setDraft(id, value);
    this.commit(id);
  }

  /**
   * The pane is closing: moves still waiting for their pause are written now (the analyst's
   * last move should stick; in the shared runtime the host outlives the pane), and no reply
   * is reported any more.
   */
  dispose(): void {
    const waiting = [...this.timers.keys()];
    for (const id of waiting) this.commit(id);
    this.disposed = true;
  }

  private send(id: InputId, value: number): void {
    this.latestWrite.set(id, value);
    const settled = (): void => {
      if (this.latestWrite.get(id) !== value) return; // a newer write is on its way
      this.latestWrite.delete(id);
      if (this.drafts[id] === value) this.clearDraft(id);
    };
    this.options.write(id, value).then(
      (state) => {
        if (this.disposed) return;
        this.options.onState(state);
        settled();
      },
      (error: unknown) => {
        if (this.disposed) return;
        this.options.onError(error, id);
        settled();
      }
    );
  }

  private setDraft(id: InputId, value: number): void {
    this.drafts = { ...this.drafts, [id]: value };
    this.options.onDrafts(this.drafts);
  }

  private clearDraft(id: InputId): void {
    const rest: Drafts = { ...this.drafts };
    delete rest[id];
    this.drafts = rest;
    this.options.onDrafts(this.drafts);
  }

  private clearTimer(id: InputId): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
  }
}
