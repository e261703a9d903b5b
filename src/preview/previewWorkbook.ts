/**
 * The preview's workbook: one IronCalc Model in the browser, standing for the .xlsx an analyst
 * would have open in Excel. It tells the view when it changed, and keeps itself in the
 * browser's storage so that a reload finds the same workbook (inputs, saved scenarios), as
 * reopening a saved file would.
 *
 * The engine is initialised with IronCalc's default async init(): it fetches the .wasm that
 * webpack emitted next to the bundle (asset/resource), over plain http.
 */
import init, { Model } from "@ironcalc/wasm";
import { previewMessages } from "../workbook/messages/pane";
import { blankWorkbook } from "./engine/articleSnapshot";
import type { SheetSnapshot, StyleCache } from "./workbookView/readSheet";
import { readSheet } from "./workbookView/readSheet";
import { readChart, readScaleFills, type SheetDrawings } from "./workbookView/readDrawings";
import type { WorkbookSource } from "./workbookView/WorkbookView";

/** Where the workbook is kept between visits. Bump the suffix if a stored one must be dropped. */
export const STORAGE_KEY = "ai-cost-scenarios/preview-workbook/v1";
/** Saving is deferred until the workbook has been quiet this long (a slider drag is many writes). */
const SAVE_DELAY_MS = 400;

/** The part of window.localStorage the workbook uses (absent or failing in private modes). */
export interface WorkbookStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What kind of change happened: "values" after a recalculation, "layout" after a (re)load. */
export type WorkbookChange = "values" | "layout";

export class PreviewWorkbook implements WorkbookSource {
  private revision = 0;
  private readonly listeners = new Set<() => void>();
  private readonly styles: StyleCache = new Map();
  /** Input cells per sheet name, as "row,column" 1-based (set by the host after a load). */
  private inputCells = new Map<string, ReadonlySet<string>>();
  /** The plan's charts and colour scales per sheet name (set by the host after a load). */
  private drawings = new Map<string, SheetDrawings>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private notifyPending = false;
  /** After forget(), nothing is saved again (the page is about to reload blank). */
  private forgotten = false;

  constructor(
    private current: Model,
    private readonly storage: WorkbookStorage | undefined,
    /** Set when a stored workbook could not be reopened and a blank one was started. */
    readonly restoreProblem?: string
  ) {}

  /**
   * The engine's workbook. Read it when it is needed, never keep it: a load into a blank
   * workbook replaces it with the stored article workbook (replaceModel).
   */
  get model(): Model {
    return this.current;
  }

  /**
   * Puts `model` in place of the workbook (the stored article workbook over a blank one, see
   * engine/articleSnapshot.ts): the view, the download and the next save read it from now on.
   * The caller announces the change (changed("layout")) once its own records follow.
   */
  replaceModel(model: Model): void {
    this.current = model;
  }

  /**
   * Announces a change to the view and schedules a save. The view hears of it after the page's
   * next paint: the pane's answer (the host's promise, the load's results) is drawn and painted
   * first, then the sheet is re-read, so the slider → result and click → results times do not
   * include redrawing the sheet (a task queued for the view at once would run before the
   * pane's render and hold back its paint). Several changes before then (a scenario's ten
   * inputs) are one redraw.
   */
  changed(change: WorkbookChange): void {
    if (change === "layout") this.styles.clear();
    this.scheduleSave();
    if (this.notifyPending) return;
    this.notifyPending = true;
    afterNextPaint(() => {
      this.notifyPending = false;
      // IronCalc queues every change as a diff for collaborative editing (about 3 KB per
      // slider write, reads included); nobody collaborates here, so drop them as we go.
      this.model.flushSendQueue();
      this.revision += 1;
      for (const listener of [...this.listeners]) listener();
    });
  }

  /** Which cells of each sheet are input cells, by sheet name. */
  markInputCells(cells: ReadonlyMap<string, ReadonlySet<string>>): void {
    this.inputCells = new Map(cells);
  }

  /** Which charts and colour scales each sheet has, by sheet name. */
  markDrawings(drawings: ReadonlyMap<string, SheetDrawings>): void {
    this.drawings = new Map(drawings);
  }

  /** Writes the workbook to storage now (also called when the page is hidden). */
  saveNow(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.storage || this.forgotten) return;
    try {
      this.storage.setItem(STORAGE_KEY, toBase64(this.model.toBytes()));
    } catch {
      // Storage full or forbidden: the preview still works, it just starts blank next time.
    }
  }

  /** Forgets the stored workbook (the page then reloads blank). */
  forget(): void {
    this.forgotten = true;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.storage?.removeItem(STORAGE_KEY);
  }

  // ---- WorkbookSource, for the view ----

  sheetNames = (): readonly string[] =>
    this.model.getWorksheetsProperties().map((sheet) => sheet.name);

  readSheet = (index: number): SheetSnapshot => {
    const name = this.model.getWorksheetsProperties()[index]?.name ?? "";
    const drawings = this.drawings.get(name);
    return readSheet(this.model, index, this.inputCells.get(name) ?? new Set(), this.styles, {
      scaleFills: drawings && readScaleFills(this.model, index, drawings.colorScales),
      charts: drawings?.charts.map((chart) => readChart(this.model, chart)),
    });
  };

  version = (): number => this.revision;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private scheduleSave(): void {
    if (!this.storage || this.forgotten) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }
}

/** Runs `task` in a task of its own after the page's next paint (where nothing paints: soon). */
function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/**
 * Starts the engine and opens the stored workbook, or a blank one (one empty sheet, as a new
 * Excel workbook) when nothing is stored or the stored one cannot be read.
 */
export async function openPreviewWorkbook(
  storage: WorkbookStorage | undefined
): Promise<PreviewWorkbook> {
  await init();
  const stored = readStored(storage);
  if (stored) {
    try {
      return new PreviewWorkbook(Model.from_bytes(stored, "en"), storage);
    } catch (error) {
      storage?.removeItem(STORAGE_KEY);
      const reason = error instanceof Error ? error.message : String(error);
      return new PreviewWorkbook(
        blankWorkbook(),
        storage,
        previewMessages.storedWorkbookLost(reason)
      );
    }
  }
  return new PreviewWorkbook(blankWorkbook(), storage);
}

function readStored(storage: WorkbookStorage | undefined): Uint8Array | undefined {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    return text ? fromBase64(text) : undefined;
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000; // String.fromCharCode takes its arguments on the stack
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
