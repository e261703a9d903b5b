/**
 * Entry of preview.html (webpack entry "preview"): starts IronCalc, opens the workbook kept
 * from the last visit (or a blank one), and renders the task pane beside the workbook view.
 * The add-in's own page (taskpane.html) never loads this bundle, so the engine stays out of it.
 */
import { createRoot } from "react-dom/client";
import { pauseWritesForBaseline } from "../taskpane/inputs/inputWriter";
import { buildPlan } from "../workbook/buildPlan";
import { PreviewFailed, PreviewPage, PreviewStarting } from "./PreviewPage";
import { PreviewHost } from "./previewHost";
import { openPreviewWorkbook, type WorkbookStorage } from "./previewWorkbook";

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
  const pause = Number(new URLSearchParams(window.location.search).get("writePause"));
  if (pause > 0) pauseWritesForBaseline(pause);
  const root = createRoot(container);
  root.render(<PreviewStarting />);
  try {
    const workbook = await openPreviewWorkbook(browserStorage());
    const plan = buildPlan();
    const host = new PreviewHost(workbook, plan);
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
  } catch (error) {
    root.render(<PreviewFailed reason={error instanceof Error ? error.message : String(error)} />);
  }
}

const container = document.getElementById("preview");
if (container) void start(container);
