/**
 * Saved scenarios: the save form, what the workbook could not read in its scenarios table
 * (each with its repair), the last refused action, and the list.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ProblemBar, ProblemList } from "../problems/ProblemBar";
import { SaveScenarioForm } from "./SaveScenarioForm";
import { useCallback, useRef, useState } from "react";
import { ScenarioItem, type ItemFocus } from "./ScenarioItem";
import type { ScenariosSlice } from "./useScenarios";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function ScenariosPanel({
  slice,
  disabled,
}: {
  slice: ScenariosSlice;
  disabled: boolean;
}): JSX.Element {
  const styles = useStyles();
  const scenarios = slice.list?.scenarios ?? [];
  const nameFieldRef = useRef<HTMLInputElement>(null);
  // Where focus goes when the element that had it is gone: a renamed item is a new element,
  // a deleted one leaves its neighbour (or, with none left, the name field).
  const [focusAfter, setFocusAfter] = useState<{ name: string; button: ItemFocus }>();
  const clearFocus = useCallback(() => setFocusAfter(undefined), []);
  const onRenamed = useCallback((name: string) => setFocusAfter({ name, button: "rename" }), []);
  const onDeleted = (name: string): void => {
    const names = scenarios.map((s) => s.name);
    const at = names.indexOf(name);
    const neighbour = names[at + 1] ?? names[at - 1];
    if (neighbour !== undefined) setFocusAfter({ name: neighbour, button: "apply" });
    else nameFieldRef.current?.focus();
  };
  return (
    <div className={styles.root}>
      <SaveScenarioForm slice={slice} disabled={disabled} nameRef={nameFieldRef} />
      {slice.problem && <ProblemBar problem={slice.problem} onDismiss={slice.dismissProblem} />}
      <ProblemList problems={slice.list?.problems ?? []} />
      {scenarios.length === 0 ? (
        <Caption1 className={styles.empty}>No saved scenarios yet.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Saved scenarios">
          {scenarios.map((scenario) => (
            <ScenarioItem
              key={scenario.name}
              scenario={scenario}
              slice={slice}
              focus={focusAfter?.name === scenario.name ? focusAfter.button : undefined}
              onFocused={clearFocus}
              onRenamed={onRenamed}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
