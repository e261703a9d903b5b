// @vitest-environment happy-dom
// The Office gate (src/taskpane/index.tsx): it renders inside Excel after Office.onReady, and
// outside Excel (no office.js, or an onReady that never answers) without hanging or throwing.
import { act } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startPane } from "../../src/taskpane/index";

// Every root the gate creates, so each test unmounts its pane. A pane left mounted keeps Fluent's
// focus manager (tabster) alive, and its timers can fire after the DOM environment is gone:
// "ReferenceError: Node is not defined", an unhandled error that fails the whole CI run.
const roots = vi.hoisted(() => [] as Root[]);
vi.mock("react-dom/client", async (importOriginal) => {
  const real = await importOriginal<typeof import("react-dom/client")>();
  return {
    ...real,
    createRoot: (...args: Parameters<typeof real.createRoot>) => {
      const root = real.createRoot(...args);
      roots.push(root);
      return root;
    },
  };
});

type OfficeStub = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  HostType: { Excel: string };
  context?: {
    officeTheme?: { bodyBackgroundColor: string };
    requirements: { isSetSupported: (name: string, version?: string) => boolean };
  };
};
const globals = globalThis as unknown as { Office?: OfficeStub };

function stubOffice(onReady: OfficeStub["onReady"], background?: string): void {
  globals.Office = {
    onReady,
    HostType: { Excel: "Excel" },
    // An Excel that supports no optional API set: the pane's workbook host must cope.
    context: {
      ...(background ? { officeTheme: { bodyBackgroundColor: background } } : {}),
      requirements: { isSetSupported: () => false },
    },
  };
}

function container(): HTMLElement {
  const el = document.createElement("div");
  document.body.appendChild(el);
  return el;
}

afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  // Unmounting disposed tabster (and with it its pending timers).
  expect((window as { __tabsterInstance?: unknown }).__tabsterInstance).toBeUndefined();
  delete globals.Office;
  document.body.innerHTML = "";
  vi.useRealTimers();
});

describe("startPane", () => {
  it("renders at once outside Office, where the Office global is undefined", async () => {
    const el = container();
    const result = await act(() => startPane(el, 60_000));
    expect(result).toEqual({ where: { kind: "browser" }, theme: "light" });
    expect(el.textContent).not.toBe("");
  });

  it("renders after the timeout when Office.onReady never resolves", async () => {
    stubOffice(() => new Promise(() => {}));
    const el = container();
    const result = await act(() => startPane(el, 20));
    expect(result.where.kind).toBe("browser");
    expect(el.textContent).not.toBe("");
  });

  it("renders outside Excel when Office.onReady throws", async () => {
    stubOffice(() => {
      throw new Error("office.js is broken");
    });
    const result = await act(() => startPane(container(), 60_000));
    expect(result.where.kind).toBe("browser");
  });

  it("treats office.js in a plain browser (host null) as outside Excel", async () => {
    stubOffice(async () => ({ host: null, platform: null }));
    const result = await act(() => startPane(container(), 60_000));
    expect(result.where.kind).toBe("browser");
  });

  it("starts in Excel with the dark theme when Office's background is dark", async () => {
    stubOffice(async () => ({ host: "Excel", platform: "PC" }), "#262626");
    const result = await act(() => startPane(container(), 60_000));
    expect(result).toEqual({ where: { kind: "excel", platform: "PC" }, theme: "dark" });
  });

  it("starts in Excel with the light theme on Office's Colorful theme", async () => {
    stubOffice(async () => ({ host: "Excel", platform: "OfficeOnline" }), "#FFFFFF");
    const result = await act(() => startPane(container(), 60_000));
    expect(result.theme).toBe("light");
  });

  it("switches to Excel when Office answers after the timeout", async () => {
    let answer: (info: { host: string; platform: string }) => void = () => {};
    stubOffice(() => new Promise((resolve) => (answer = resolve)));
    const rendered: string[] = [];
    const first = await act(() => startPane(container(), 10, (d) => rendered.push(d.where.kind)));
    expect(first.where.kind).toBe("browser");
    await act(async () => answer({ host: "Excel", platform: "Mac" }));
    expect(rendered).toEqual(["browser", "excel"]);
  });
});
