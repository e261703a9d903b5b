/**
 * Late answers: every call a pane hook makes to the workbook answers later (an `Excel.run`, the
 * preview's engine, a document setting), and the pane may have closed by then. A hook applies
 * an answer through `whileMounted(...)`, which does nothing once the component has unmounted.
 *
 * What this protects, exactly: the component's own lifetime, nothing more. React 18 ignores a
 * state update on an unmounted component, so for state this only says in the code that an
 * answer may come too late; what it really stops is follow-up work a late answer would start
 * (the auto-open switch re-reading the setting after a failed save). It does not tell one host
 * from another: a mounted pane given a new host would keep applying the old host's answers.
 * No pane is given one today: the Office gate's only switch is from the browser pane, which has
 * no host and so nothing to answer late, to Excel (index.tsx), and the preview reloads the page
 * to start over. A pane that ever switches hosts while mounted needs this keyed by host.
 */
import { useEffect, useMemo, useRef } from "react";

export interface Mounted {
  /** `apply`, made to do nothing once the component has unmounted. */
  readonly whileMounted: <A extends unknown[]>(apply: (...args: A) => void) => (...args: A) => void;
  /** Still mounted? For a step that starts more work rather than setting state. */
  readonly isMounted: () => boolean;
}

/** One per hook; the returned functions are stable, so they can sit in any dependency list. */
export function useMounted(): Mounted {
  const mounted = useRef(true);
  useEffect(() => {
    // Set again on mount: StrictMode unmounts and remounts once in development.
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useMemo<Mounted>(
    () => ({
      whileMounted:
        (apply) =>
        (...args) => {
          if (mounted.current) apply(...args);
        },
      isMounted: () => mounted.current,
    }),
    []
  );
}
