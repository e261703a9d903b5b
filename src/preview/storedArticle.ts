/**
 * The stored article workbook in the page (engine/articleSnapshot.ts): fetched as the page
 * starts, opened when the page is next idle, so that a click on "Load the article's figures"
 * finds it ready; a click before then waits for it. The preview host takes it for a load into a
 * blank workbook. A failed fetch or a refused file (a stale build) only means the load is typed
 * as before: the developer's console says why, the analyst sees nothing of it.
 */
import type { Model } from "@ironcalc/wasm";
import type { WorkbookPlan } from "../workbook/plan";
import { whenIdle } from "../workbook/onDemand";
import {
  ARTICLE_SNAPSHOT_FILE,
  openArticleSnapshot,
  type ArticleLoad,
} from "./engine/articleSnapshot";

/**
 * The performance marks set when the page starts opening the fetched file and when the stored
 * workbook is open and ready (bench/preview.bench.ts).
 */
export const STORED_ARTICLE_OPEN_MARK = "aicost:preview-stored-article-open";
export const STORED_ARTICLE_READY_MARK = "aicost:preview-stored-article-ready";

/**
 * How long a click waits for a file still on its way (a stalled server) before the load is
 * typed instead: about what the typed load itself takes, so the wait never costs more than it.
 */
const WAIT_AT_MOST_MS = 3000;

/** The article's workbook, opened, and what its load leaves in the host besides the cells. */
export interface StoredArticle {
  readonly model: Model;
  readonly load: ArticleLoad;
}

interface StoredArticleSource {
  /** The opened workbook, given once (it becomes the page's workbook); then undefined. */
  readonly take: () => Promise<StoredArticle | undefined>;
  /** Opens it when the page is next idle (it is one task of tens of milliseconds). */
  readonly openWhenIdle: () => void;
  /** Nothing will take it (the workbook is not blank): stops the fetch. */
  readonly drop: () => void;
}

/** The file beside preview.html, as bytes; rejects on anything but a 2xx answer. */
async function fetchStoredArticle(signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(ARTICLE_SNAPSHOT_FILE, { signal });
  if (!response.ok) throw new Error(`${ARTICLE_SNAPSHOT_FILE}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Starts fetching the file now. `report` hears why it is not used (fetch failed, refused); by
 * default the console's warning. The engine must be started before it is opened (take and
 * openWhenIdle are called once the page's workbook is open).
 */
export function storedArticleSource(
  plan: WorkbookPlan,
  fetchFile: (signal: AbortSignal) => Promise<ArrayBuffer> = fetchStoredArticle,
  report: (why: string) => void = (why) => console.warn(why)
): StoredArticleSource {
  const controller = new AbortController();
  const fetched = fetchFile(controller.signal);
  fetched.catch(() => undefined); // said when it is opened, if it ever is
  let opening: Promise<StoredArticle | undefined> | undefined;
  let taken = false;
  const notUsed = (why: string): undefined => {
    report(`The stored article workbook is not used, the load is typed instead: ${why}`);
    return undefined;
  };
  const open = (): Promise<StoredArticle | undefined> =>
    (opening ??= fetched.then(
      (buffer) => {
        performance.mark(STORED_ARTICLE_OPEN_MARK);
        const opened = openArticleSnapshot(new Uint8Array(buffer), plan);
        if (!opened.model) return notUsed(opened.refused);
        // The engine's first flushSendQueue compiles its code (tens of milliseconds in
        // Chromium): here, while the page is idle, rather than in the first task after the load.
        opened.model.flushSendQueue();
        performance.mark(STORED_ARTICLE_READY_MARK);
        const { sheetIndex, summary } = opened.header;
        return { model: opened.model, load: { sheetIndex, summary } };
      },
      (error: unknown) => notUsed(error instanceof Error ? error.message : String(error))
    ));
  return {
    take: async () => {
      if (taken) return undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), WAIT_AT_MOST_MS);
      });
      const stored = await Promise.race([open(), late]);
      clearTimeout(timer);
      if (taken) return undefined;
      taken = true;
      if (stored === "late") return notUsed(`not there within ${WAIT_AT_MOST_MS} ms`);
      return stored;
    },
    openWhenIdle: () => {
      whenIdle(() => void open());
    },
    drop: () => {
      taken = true;
      controller.abort();
    },
  };
}
