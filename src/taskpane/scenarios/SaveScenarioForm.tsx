/**
 * Save the current inputs under a name, with an optional note. Enter in the name field saves.
 * noValidate: the pane says what is wrong with a name itself, in words, next to the field.
 */
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent, type RefObject } from "react";
import type { ScenariosSlice } from "./useScenarios";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

export function SaveScenarioForm({
  slice,
  disabled,
  nameRef,
}: {
  slice: ScenariosSlice;
  disabled: boolean;
  /** The name field, for the panel to focus when the last scenario is deleted. */
  nameRef?: RefObject<HTMLInputElement>;
}): JSX.Element {
  const styles = useStyles();
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [refused, setRefused] = useState<string>();
  const [noteRefused, setNoteRefused] = useState<string>();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await slice.save(name, note);
    setRefused(result.kind === "refused" && result.field !== "note" ? result.refused : undefined);
    setNoteRefused(
      result.kind === "refused" && result.field === "note" ? result.refused : undefined
    );
    if (result.kind === "done") {
      setName("");
      setNote("");
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Save the current inputs"
      onSubmit={(e) => void submit(e)}
    >
      <Field
        label="Scenario name"
        required
        validationState={refused ? "error" : "none"}
        validationMessage={refused}
      >
        <Input
          ref={nameRef}
          value={name}
          disabled={disabled}
          onChange={(_, data) => {
            setName(data.value);
            setRefused(undefined);
          }}
        />
      </Field>
      <Field
        label="Note (optional)"
        validationState={noteRefused ? "error" : "none"}
        validationMessage={noteRefused}
      >
        <Textarea
          value={note}
          disabled={disabled}
          resize="vertical"
          onChange={(_, data) => {
            setNote(data.value);
            setNoteRefused(undefined);
          }}
        />
      </Field>
      <Button
        className={styles.button}
        type="submit"
        appearance="primary"
        disabled={disabled}
        disabledFocusable={slice.busy}
      >
        Save scenario
      </Button>
    </form>
  );
}
