/**
 * The article's workbook, stored: what a load of the article's figures into a blank preview
 * workbook leaves (every cell, format, name, table record, evaluated), made once at build time
 * (scripts/article-snapshot.ts) and opened in the page instead of typing the plan cell by cell
 * into the engine, which takes about a second (docs/HOSTS.md, "where a load's time goes").
 *
 * A load into a blank workbook always ends the same, so the file is that load's result:
 * - made by the host's own load (`typedLoad`, the call PreviewHost.loadArticle makes) on the
 *   preview's own blank workbook (`blankWorkbook`), never by rules of its own;
 * - a small header (what the host keeps besides the cells: the sheets' indexes and the load's
 *   summary; and the plan it was built from) followed by IronCalc's own bytes (toBytes);
 * - refused when the plan running in the page is not the one it was built from (a stale file
 *   beside a newer bundle), so the page then types the load as before;
 * - used only over a blank workbook (`isBlankWorkbook`): anything the analyst put in the
 *   workbook goes through the typed load, which keeps it.
 */
import { Model } from "@ironcalc/wasm";
import type { LoadSummary } from "../../workbook/host";
import type { LoadOptions } from "../../workbook/load";
import type { SheetKey, WorkbookPlan } from "../../workbook/plan";
import { usedCells } from "../usedCells";
import { applyPlanToEngine, INITIAL_SHEET } from "./applyPlan";

/** The file's name in dist/, beside preview.html. */
export const ARTICLE_SNAPSHOT_FILE = "article-workbook.bin";

/** The file's first bytes, then the header's length (4 bytes, little-endian), header, engine bytes. */
const MAGIC = "AICOST-ARTICLE-WORKBOOK\n";
/** Bumped when the header's fields or the file's layout change. */
const FORMAT = 1;
const LENGTH_BYTES = 4;

/** The new workbook the preview starts from (one empty "Sheet1", as a new Excel workbook). */
export function blankWorkbook(): Model {
  return new Model("AI cost scenarios", "en", "UTC", "en");
}

/**
 * Whether the workbook is still as blankWorkbook() made it: one sheet, named as a new workbook
 * names it, holding no cell (not even a format) and no name. Only such a workbook may be
 * replaced by the stored one.
 */
export function isBlankWorkbook(model: Model): boolean {
  const sheets = model.getWorksheetsProperties();
  if (sheets.length !== 1 || sheets[0]?.name !== INITIAL_SHEET) return false;
  if (model.getDefinedNameList().length > 0) return false;
  return usedCells(model, 0).length === 0;
}

/** What a load leaves in the host besides the workbook's cells. */
export interface ArticleLoad {
  /** The engine's index of each of the plan's sheets. */
  readonly sheetIndex: Readonly<Record<SheetKey, number>>;
  readonly summary: LoadSummary;
}

/** The load the preview host makes (loadArticle), typed cell by cell into the engine. */
export function typedLoad(model: Model, plan: WorkbookPlan, options: LoadOptions): ArticleLoad {
  const { sheetIndex, ...summary } = applyPlanToEngine(model, plan, options);
  return { sheetIndex, summary };
}

interface ArticleSnapshotHeader extends ArticleLoad {
  readonly format: number;
  /** The plan it was built from: its layout version and a fingerprint of all of it. */
  readonly planVersion: number;
  readonly planFingerprint: string;
}

/**
 * The file: the article loaded into a blank workbook by the host's own load, evaluated.
 * IronCalc must be initialised (initSync in Node). On a blank workbook there is nothing to
 * keep, so the load is the same with or without resetting inputs (articleSnapshot.test.ts).
 */
export function makeArticleSnapshot(plan: WorkbookPlan): Uint8Array {
  const model = blankWorkbook();
  const load = typedLoad(model, plan, { resetInputs: false });
  model.flushSendQueue(); // the diffs kept for collaboration are not part of the workbook
  const header: ArticleSnapshotHeader = {
    format: FORMAT,
    planVersion: plan.version,
    planFingerprint: planFingerprint(plan),
    ...load,
  };
  const magic = new TextEncoder().encode(MAGIC);
  const head = new TextEncoder().encode(JSON.stringify(header));
  const engine = model.toBytes();
  const file = new Uint8Array(magic.length + LENGTH_BYTES + head.length + engine.length);
  file.set(magic, 0);
  new DataView(file.buffer).setUint32(magic.length, head.length, true);
  file.set(head, magic.length + LENGTH_BYTES);
  file.set(engine, magic.length + LENGTH_BYTES + head.length);
  return file;
}

type OpenedArticleSnapshot =
  | { readonly model: Model; readonly header: ArticleSnapshotHeader }
  | { readonly model?: undefined; readonly refused: string };

/**
 * The workbook and header of a file made by makeArticleSnapshot, or why it is not used: not
 * such a file, another format, built from another plan than `plan` (a stale build), or bytes
 * the engine cannot read. The reasons are for the developer's console, never the analyst's.
 */
export function openArticleSnapshot(bytes: Uint8Array, plan: WorkbookPlan): OpenedArticleSnapshot {
  const magic = new TextEncoder().encode(MAGIC);
  const start = magic.length + LENGTH_BYTES;
  if (bytes.length < start || !magic.every((b, i) => bytes[i] === b))
    return { refused: "not an article workbook file" };
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(magic.length, true);
  let header: ArticleSnapshotHeader;
  try {
    header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(start, start + length))
    ) as ArticleSnapshotHeader;
  } catch {
    return { refused: "its header is not readable" };
  }
  if (header.format !== FORMAT)
    return { refused: `format ${String(header.format)}, this page reads ${FORMAT}` };
  if (header.planVersion !== plan.version || header.planFingerprint !== planFingerprint(plan))
    return {
      refused: `built from another plan (layout ${String(header.planVersion)}, ${String(
        header.planFingerprint
      )}) than this page's (layout ${plan.version}, ${planFingerprint(plan)}): a stale build`,
    };
  try {
    return { model: Model.from_bytes(bytes.subarray(start + length), "en"), header };
  } catch (error) {
    return { refused: `the engine cannot read it: ${String(error)}` };
  }
}

/**
 * A fingerprint of the whole plan (every sheet, cell, name, table and chart): cyrb53, a fast
 * 53-bit string hash, over its JSON. Not a security measure: it tells a stale file from the
 * plan the page runs, which a change anywhere in the plan makes different.
 */
export function planFingerprint(plan: WorkbookPlan): string {
  const text = JSON.stringify(plan);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
