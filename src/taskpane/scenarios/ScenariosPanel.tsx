/**
 * Saved scenarios: the save form, what the workbook could not read in its scenarios table
 * (each with its repair), the last refused action, and the list.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ProblemBar, ProblemList } from "../problems/ProblemBar";
import { SaveScenarioForm } from "./SaveScenarioForm";
import { ScenarioItem } from "./ScenarioItem";
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
  return (
    <div className={styles.root}>
      <SaveScenarioForm slice={slice} disabled={disabled} />
      {slice.problem && <ProblemBar problem={slice.problem} onDismiss={slice.dismissProblem} />}
      <ProblemList problems={slice.list?.problems ?? []} />
      {scenarios.length === 0 ? (
        <Caption1 className={styles.empty}>No saved scenarios yet.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Saved scenarios">
          {scenarios.map((scenario) => (
            <ScenarioItem key={scenario.name} scenario={scenario} slice={slice} />
          ))}
        </ul>
      )}
    </div>
  );
}
