// The Office gate: the one place that waits for Office before the pane renders (as Script Lab
// does), so components never touch Office.js and the same pane runs inside and outside Excel.
//
// Inside Excel: render after Office.onReady, with Fluent's theme following Office's theme.
// Outside Excel (a browser, tests, office.js blocked/offline): the global Office is undefined or
// onReady never resolves; we render anyway after a short wait instead of hanging or throwing.
import { FluentProvider, Spinner, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../workbook/host";
import { createExcelHost } from "../excel";
import { App } from "./App";
import { themeNameFor, type ThemeName } from "./theme";

/** Where the pane runs, as the gate decided. */
export type PaneLocation = { kind: "excel"; platform: string | null } | { kind: "browser" };

/** How long to wait for Office.onReady before rendering as "outside Excel". Excel usually
 *  answers in well under a second; if it answers later we switch to Excel then (see below). */
export const OFFICE_READY_TIMEOUT_MS = 4000;

/** What the gate decided: where the pane runs and which theme to use. */
export interface GateResult {
  where: PaneLocation;
  theme: ThemeName;
}

/** Fluent's theme for Office's; the dark one is fetched when first needed (light if it fails). */
async function fluentTheme(theme: ThemeName): Promise<Theme> {
  if (theme === "light") return webLightTheme;
  try {
    return (await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme;
  } catch {
    return webLightTheme;
  }
}
const OUTSIDE: GateResult = { where: { kind: "browser" }, theme: "light" };

/**
 * The workbook host the pane works on: the Office.js host inside Excel. Outside Excel there is
 * none (the preview page builds its own host and renders App itself), and App then says where
 * to open the add-in.
 */
function hostFor(where: PaneLocation): WorkbookHost | undefined {
  return where.kind === "excel" ? createExcelHost() : undefined;
}

function fromOfficeInfo(info: {
  host: Office.HostType | null;
  platform: Office.PlatformType | null;
}): GateResult {
  // office.js loaded in a plain browser resolves onReady with host null: that is "outside" too.
  if (info.host !== Office.HostType.Excel) return OUTSIDE;
  return {
    where: { kind: "excel", platform: info.platform === null ? null : String(info.platform) },
    theme: themeNameFor(Office.context?.officeTheme),
  };
}

/** Resolves with Office's answer, or null when Office is absent, fails or is late. Never rejects. */
function officeReady(): Promise<GateResult> | null {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  try {
    return Office.onReady().then(fromOfficeInfo, () => OUTSIDE);
  } catch {
    return null; // a broken office.js must not stop the pane
  }
}

/**
 * Renders the pane into `container` and resolves with the first decision the gate made.
 * `onRender` sees every decision rendered (the first, and a late switch to Excel).
 */
export async function startPane(
  container: HTMLElement,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
  onRender?: (decision: GateResult) => void
): Promise<GateResult> {
  const root = createRoot(container);
  const render = async (decision: GateResult): Promise<void> => {
    const { where, theme } = decision;
    const fluent = await fluentTheme(theme);
    root.render(
      <FluentProvider theme={fluent} style={{ minHeight: "100vh" }}>
        {/* key: a late switch to Excel remounts the app with the new host */}
        <App key={where.kind} host={hostFor(where)} />
      </FluentProvider>
    );
    onRender?.(decision);
  };
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Starting AI Cost Scenarios…" />
    </FluentProvider>
  );

  const ready = officeReady();
  if (!ready) {
    await render(OUTSIDE);
    return OUTSIDE;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<GateResult>((resolve) => {
    timer = setTimeout(() => resolve(OUTSIDE), timeoutMs);
  });
  const first = await Promise.race([ready, late]);
  clearTimeout(timer);
  await render(first);
  if (first.where.kind !== "excel") {
    // Slow Excel start: if Office answers after the timeout, switch to the Excel pane then.
    void ready.then((answer) => {
      if (answer.where.kind === "excel") return render(answer);
    });
  }
  return first;
}

const container = typeof document === "undefined" ? null : document.getElementById("container");
if (container) void startPane(container);
