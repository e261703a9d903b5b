/**
 * "The analyst typed into an input cell": Excel's worksheet.onChanged on the inputs sheet,
 * turned into fresh WorkbookStates for the pane's listeners.
 *
 * Event handlers are not saved with the file (docs/HOSTS.md), so the handler is registered when
 * the first listener subscribes (the pane mounting), again after every load (the inputs sheet
 * may be new), and removed when the last listener leaves. Edits that arrive together (a paste,
 * a fill) are read once, after a short pause. The add-in's own writes are ignored where Excel
 * says who made the change (triggerSource, ExcelApi 1.14); elsewhere they cost one extra read.
 */
import type { WorkbookState } from "../workbook/host";
import type { Requirements } from "./requirements";

export type StateListener = (state: WorkbookState) => void;

/** Runs an Excel batch (Excel.run), and a batch on the context an event handler lives in. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  runOn<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
}

export interface ChangeWatcherOptions {
  readonly runner: ExcelRunner;
  readonly requirements: Requirements;
  /** Any input's defined name: its sheet is the sheet watched. */
  readonly inputName: string;
  readonly readState: () => Promise<WorkbookState>;
  /** Edits within this many milliseconds are read once. */
  readonly delayMs: number;
}

/** The set the onChanged event needs (the manifest requires it too; checked for safety). */
const EVENTS_API = "1.7";

export class ChangeWatcher {
  private readonly listeners = new Set<StateListener>();
  private registration:
    OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  private pending: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ChangeWatcherOptions) {}

  subscribe(listener: StateListener): () => void {
    const first = this.listeners.size === 0;
    this.listeners.add(listener);
    if (first) this.queue(() => this.register());
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      clearTimeout(this.timer);
      this.queue(() => this.unregister());
    };
  }

  /** After a load: the inputs sheet may be new, so watch it afresh. */
  refresh(): Promise<void> {
    if (this.listeners.size === 0) return this.pending;
    return this.queue(async () => {
      await this.unregister();
      await this.register();
    });
  }

  /** Resolves when every registration change asked for so far is done (for tests and the host). */
  settled(): Promise<void> {
    return this.pending;
  }

  /** Registration changes run one after another, never interleaved. */
  private queue(step: () => Promise<void>): Promise<void> {
    this.pending = this.pending.then(step, step);
    return this.pending;
  }

  private async register(): Promise<void> {
    if (this.registration || this.listeners.size === 0) return;
    try {
      // Inside the try: registration runs queued, and nothing may reject unobserved there.
      if (!this.options.requirements.isSetSupported("ExcelApi", EVENTS_API)) return;
      this.registration = await this.options.runner.run(async (context) => {
        const sheet = context.workbook.names.getItem(this.options.inputName).getRange().worksheet;
        const registration = sheet.onChanged.add((event) => this.changed(event));
        await context.sync();
        return registration;
      });
    } catch {
      // Not loaded yet (no input names): the next load registers, through refresh().
      this.registration = undefined;
    }
  }

  private async unregister(): Promise<void> {
    const registration = this.registration;
    this.registration = undefined;
    if (!registration) return;
    try {
      await this.options.runner.runOn(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    } catch {
      // The sheet (and its handler) may be gone already; nothing is left to remove.
    }
  }

  private async changed(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (event.triggerSource === "ThisLocalAddin") return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.notify(), this.options.delayMs);
  }

  private async notify(): Promise<void> {
    if (this.listeners.size === 0) return;
    let state: WorkbookState;
    try {
      state = await this.options.readState();
    } catch {
      return; // the pane reads again on its next action; nothing to tell it now
    }
    for (const listener of [...this.listeners]) listener(state);
  }
}
