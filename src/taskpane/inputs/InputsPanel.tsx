/** Every scenario input (INPUT_SPECS, in the model's order), and a write the workbook refused. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { INPUT_SPECS } from "../../model";
import { ProblemBar } from "../problems/ProblemBar";
import { InputControl } from "./InputControl";
import type { InputsSlice } from "./useInputs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function InputsPanel({
  slice,
  disabled,
}: {
  slice: InputsSlice;
  disabled: boolean;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {slice.writeProblem && (
        <ProblemBar problem={slice.writeProblem} onDismiss={slice.dismissWriteProblem} />
      )}
      {INPUT_SPECS.map((spec) => (
        <InputControl
          key={spec.id}
          spec={spec}
          value={slice.values[spec.id]}
          check={slice.checks[spec.id]}
          disabled={disabled}
          onMove={slice.move}
          onCommit={slice.commit}
          onWriteNow={slice.writeNow}
        />
      ))}
    </div>
  );
}
