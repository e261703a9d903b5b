/**
 * One saved scenario: its name and note, and Apply, Rename, Duplicate, Delete. Rename asks for
 * the new name in a dialog (checked before it is sent); Delete asks for confirmation.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { SavedScenario } from "../../workbook/host";
import type { ScenariosSlice } from "./useScenarios";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  name: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  dialogForm: { display: "contents" },
});

export function ScenarioItem({
  scenario,
  slice,
}: {
  scenario: SavedScenario;
  slice: ScenariosSlice;
}): JSX.Element {
  const styles = useStyles();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { name } = scenario;
  return (
    <li className={styles.item}>
      <Text weight="semibold" className={styles.name}>
        {name}
      </Text>
      {scenario.note && <Caption1 className={styles.note}>{scenario.note}</Caption1>}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          disabled={slice.busy}
          aria-label={`Apply ${name}`}
          onClick={() => void slice.apply(name)}
        >
          Apply
        </Button>
        <Button
          size="small"
          disabled={slice.busy}
          aria-label={`Rename ${name}`}
          onClick={() => setRenaming(true)}
        >
          Rename
        </Button>
        <Button
          size="small"
          disabled={slice.busy}
          aria-label={`Duplicate ${name}`}
          onClick={() => void slice.duplicate(name)}
        >
          Duplicate
        </Button>
        <Button
          size="small"
          disabled={slice.busy}
          aria-label={`Delete ${name}`}
          onClick={() => setDeleting(true)}
        >
          Delete
        </Button>
      </div>
      {renaming && <RenameDialog name={name} slice={slice} onClose={() => setRenaming(false)} />}
      <Dialog open={deleting} onOpenChange={(_, data) => setDeleting(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Delete “{name}”?</DialogTitle>
            <DialogContent>
              The scenario is removed from the workbook&apos;s scenarios table and from the
              comparison sheet.
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setDeleting(false);
                  void slice.remove(name);
                }}
              >
                Delete
              </Button>
              <Button onClick={() => setDeleting(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </li>
  );
}

function RenameDialog(props: {
  name: string;
  slice: ScenariosSlice;
  onClose: () => void;
}): JSX.Element {
  const styles = useStyles();
  const [text, setText] = useState(props.name);
  const [refused, setRefused] = useState<string>();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await props.slice.rename(props.name, text);
    if (result.kind === "refused") setRefused(result.refused);
    else props.onClose(); // done, or failed: the pane's problem bar says why
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <form className={styles.dialogForm} noValidate onSubmit={(e) => void submit(e)}>
          <DialogBody>
            <DialogTitle>Rename “{props.name}”</DialogTitle>
            <DialogContent>
              <Field
                label="New name"
                required
                validationState={refused ? "error" : "none"}
                validationMessage={refused}
              >
                <Input
                  value={text}
                  onChange={(_, data) => {
                    setText(data.value);
                    setRefused(undefined);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                Rename
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
