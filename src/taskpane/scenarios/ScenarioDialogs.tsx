/**
 * A saved scenario's dialogs: Rename (the new name, checked before it is sent) and Delete (a
 * confirmation). Loaded on demand (dialogs/paneDialogs.ts); ScenarioItem holds their buttons.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ScenariosSlice } from "./useScenarios";

const useStyles = makeStyles({
  dialogForm: { display: "contents" },
});

export interface ScenarioDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly name: string;
  readonly slice: ScenariosSlice;
}

export function RenameDialog(
  props: ScenarioDialogProps & { readonly onRenamed: (name: string) => void }
): JSX.Element {
  const { open, onOpenChange } = props;
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        {/* Mounted while open only, so each rename starts from the current name. */}
        <RenameForm
          name={props.name}
          slice={props.slice}
          onClose={() => onOpenChange(false)}
          onRenamed={props.onRenamed}
        />
      </DialogSurface>
    </Dialog>
  );
}

export function DeleteDialog(
  props: ScenarioDialogProps & { readonly onDeleted: (name: string) => void }
): JSX.Element {
  const { open, onOpenChange, name, slice } = props;
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete “{name}”?</DialogTitle>
          <DialogContent>
            The scenario is removed from the workbook&apos;s scenarios table and from the comparison
            sheet.
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onOpenChange(false);
                void slice.remove(name).then((done) => done && props.onDeleted(name));
              }}
            >
              Delete
            </Button>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function RenameForm(props: {
  name: string;
  slice: ScenariosSlice;
  onClose: () => void;
  onRenamed: (name: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const [text, setText] = useState(props.name);
  const [refused, setRefused] = useState<string>();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await props.slice.rename(props.name, text);
    if (result.kind === "refused") {
      setRefused(result.refused);
      return;
    }
    props.onClose(); // done, or failed: the pane's problem bar says why
    if (result.kind === "done") props.onRenamed(text.trim());
  };
  return (
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
  );
}
