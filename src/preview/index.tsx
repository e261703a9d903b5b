/**
 * Entry of preview.html (webpack entry "preview"): starts IronCalc, opens the workbook kept
 * from the last visit (or a blank one), and renders the task pane beside the workbook view.
 * The add-in's own page (taskpane.html) never loads this bundle, so the engine stays out of it.
 * Meanwhile it fetches the stored article workbook (storedArticle.ts), which a load into a
 * blank workbook opens instead of typing the plan into the engine.
 */
import { createRoot } from "react-dom/client";
import { pauseWritesForBaseline } from "../taskpane/inputs/inputWriter";
import { buildPlan } from "../workbook/buildPlan";
import { PreviewFailed, PreviewPage, PreviewStarting } from "./PreviewPage";
import { isBlankWorkbook } from "./engine/articleSnapshot";
import { PreviewHost } from "./previewHost";
import { openPreviewWorkbook, type WorkbookStorage } from "./previewWorkbook";
import { storedArticleSource } from "./storedArticle";

/** localStorage, when the browser lets the page use it (not in some private modes). */
function browserStorage(): WorkbookStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function start(container: HTMLElement): Promise<void> {
  // bench/preview.bench.ts measures the previous write policy (a pause after each move) beside
  // the current one, on the same build: preview.html?writePause=250.
  const search = new URLSearchParams(window.location.search);
  const pause = Number(search.get("writePause"));
  if (pause > 0) pauseWritesForBaseline(pause);
  const root = createRoot(container);
  root.render(<PreviewStarting />);
  try {
    // The engine's .wasm and the stored article workbook download while the plan is built.
    const opening = openPreviewWorkbook(browserStorage());
    const plan = buildPlan();
    // The bench measures the typed load, the only one before the stored workbook, on the same
    // build: preview.html?typedLoad=1 neither fetches nor uses the stored workbook.
    const stored = search.get("typedLoad") === "1" ? undefined : storedArticleSource(plan);
    const workbook = await opening;
    // Only a load into a blank workbook takes the stored one: a kept workbook never needs it.
    const blank = stored && isBlankWorkbook(workbook.model) ? stored : undefined;
    if (!blank) stored?.drop();
    const host = new PreviewHost(workbook, plan, blank?.take);
    // Keep the last changes when the tab is closed or reloaded within the save delay.
    window.addEventListener("pagehide", () => workbook.saveNow());
    const startOver = (): void => {
      host.dispose();
      workbook.forget();
      window.location.reload();
    };
    root.render(
      <PreviewPage host={host} workbook={workbook} plan={plan} onStartOver={startOver} />
    );
    blank?.openWhenIdle();
  } catch (error) {
    root.render(<PreviewFailed reason={error instanceof Error ? error.message : String(error)} />);
  }
}

const container = document.getElementById("preview");
if (container) void start(container);
