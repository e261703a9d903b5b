/**
 * Components whose code loads on demand. The pane's dialogs open on a click, yet Fluent's
 * Dialog (with its portal and tabster's modal code, about 5-8 KB gzipped) would otherwise sit
 * in the first load Excel waits for (bench/bundles). A dialog is rendered through React.lazy
 * until its code is here; `prefetch` fetches it once the pane is up (usePrefetch), so a click
 * seldom waits. Like the sharing code (src/workbook/onDemand.ts), a failed fetch is tried
 * again on the next attempt, not remembered.
 */
import { lazy, useEffect, type ComponentType } from "react";
import { codeOnDemand, whenIdle } from "../../workbook/onDemand";

export interface OnDemand<P extends object> {
  /**
   * The component for one attempt to show it: the loaded one once its code is here, else a
   * React.lazy one that suspends (Suspense) until the code arrives. WHY one per attempt:
   * React.lazy keeps its first answer, so a lazy component that failed would fail forever; a
   * caller asks again for its next attempt (DialogOnDemand: the next open), never while React
   * retries the same one.
   */
  readonly component: () => ComponentType<P>;
  /** Fetches the code now, so the first open need not wait. A failure is left to that open. */
  readonly prefetch: () => void;
}

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  // Fetched once; a failed fetch is forgotten, so the next attempt fetches again.
  const code = codeOnDemand(() => load().then((component) => (loaded = component)));
  return {
    // (The cast: React types a lazy component as an exotic one whose props may take a ref; it
    // renders with P's props like the component it wraps, which is all a caller does with it.)
    component: () =>
      loaded ?? (lazy(async () => ({ default: await code.get() })) as unknown as ComponentType<P>),
    prefetch: code.prefetch,
  };
}

/** Calls `prefetch` when the browser is idle after the pane's first paint. */
export function usePrefetch(prefetch: () => void): void {
  useEffect(() => whenIdle(prefetch), [prefetch]);
}
