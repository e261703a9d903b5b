/**
 * The auto-open switch's state: what the workbook says (read once when the pane opens), the
 * value being saved while Excel saves it, and why Excel could not. The switch shows the value
 * being saved at once; when the save fails it goes back to what the workbook still holds.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AutoOpenControl } from "../../workbook/host";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";

export interface AutoOpenSlice {
  /** What the workbook holds; undefined until read, or when it could not be read. */
  readonly on: boolean | undefined;
  /** The value on its way to the workbook (the switch shows it), or undefined. */
  readonly saving: boolean | undefined;
  /** Set after a save succeeded, for the confirmation under the switch. */
  readonly saved: boolean;
  readonly problem: PaneProblem | undefined;
  readonly set: (on: boolean) => Promise<void>;
  readonly dismissProblem: () => void;
}

export function useAutoOpen(control: AutoOpenControl): AutoOpenSlice {
  const [on, setOn] = useState<boolean>();
  const [saving, setSaving] = useState<boolean>();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<PaneProblem>();
  const { whileMounted, isMounted } = useMounted();
  // A ref as well as state: a second click in the same render must see the first one's save.
  const busy = useRef(false);

  useEffect(() => {
    control.isOn().then(
      whileMounted(setOn),
      whileMounted((error: unknown) => setProblem(problemOf(error)))
    );
  }, [control, whileMounted]);

  const set = useCallback(
    async (next: boolean) => {
      if (busy.current) return; // one save at a time; the switch shows the one on its way
      busy.current = true;
      setSaving(next);
      setSaved(false);
      setProblem(undefined);
      try {
        await control.set(next);
        whileMounted(() => {
          setOn(next);
          setSaved(true);
        })();
      } catch (error) {
        // Closed meanwhile: nobody is left to show the setting to, so it is not read again.
        if (!isMounted()) return;
        setProblem(problemOf(error));
        // The host leaves the setting as it was; read it, so the switch shows the workbook.
        await control.isOn().then(whileMounted(setOn), () => undefined);
      } finally {
        busy.current = false;
        whileMounted(setSaving)(undefined);
      }
    },
    [control, whileMounted, isMounted]
  );

  const dismissProblem = useCallback(() => setProblem(undefined), []);
  return { on, saving, saved, problem, set, dismissProblem };
}
