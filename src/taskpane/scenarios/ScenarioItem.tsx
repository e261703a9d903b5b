/**
 * One saved scenario: its name and note, and Apply, Rename, Duplicate, Delete. Rename asks for
 * the new name in a dialog (checked before it is sent); Delete asks for confirmation. While an
 * action is on its way the buttons ignore clicks but keep focus (disabledFocusable), so a
 * keyboard user is not thrown back to the top of the pane.
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
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
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

/** Which of an item's buttons should take focus (after a rename or a neighbour's delete). */
export type ItemFocus = "apply" | "rename";

export interface ScenarioItemProps {
  readonly scenario: SavedScenario;
  readonly slice: ScenariosSlice;
  /** Set when focus must come here: the item was just renamed (it is a new element) or the
   *  one before it was deleted. Cleared with `onFocused`. */
  readonly focus: ItemFocus | undefined;
  readonly onFocused: () => void;
  readonly onRenamed: (name: string) => void;
  readonly onDeleted: (name: string) => void;
}

export function ScenarioItem(props: ScenarioItemProps): JSX.Element {
  const { scenario, slice, focus, onFocused } = props;
  const styles = useStyles();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // Closing a dialog (Cancel, Esc) gives focus back to the button that opened it.
  const restoreFocus = useRestoreFocusTarget();
  const applyRef = useRef<HTMLButtonElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const { name } = scenario;

  useEffect(() => {
    if (!focus) return;
    (focus === "apply" ? applyRef : renameRef).current?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <li className={styles.item}>
      <Text weight="semibold" className={styles.name}>
        {name}
      </Text>
      {scenario.note && <Caption1 className={styles.note}>{scenario.note}</Caption1>}
      <div className={styles.actions}>
        <Button
          ref={applyRef}
          size="small"
          appearance="primary"
          disabledFocusable={slice.busy}
          aria-label={`Apply ${name}`}
          onClick={() => void slice.apply(name)}
        >
          Apply
        </Button>
        <Button
          {...restoreFocus}
          ref={renameRef}
          size="small"
          disabledFocusable={slice.busy}
          aria-label={`Rename ${name}`}
          onClick={() => setRenaming(true)}
        >
          Rename
        </Button>
        <Button
          size="small"
          disabledFocusable={slice.busy}
          aria-label={`Duplicate ${name}`}
          onClick={() => void slice.duplicate(name)}
        >
          Duplicate
        </Button>
        <Button
          {...restoreFocus}
          size="small"
          disabledFocusable={slice.busy}
          aria-label={`Delete ${name}`}
          onClick={() => setDeleting(true)}
        >
          Delete
        </Button>
      </div>
      <Dialog open={renaming} onOpenChange={(_, data) => setRenaming(data.open)}>
        <DialogSurface>
          {/* Mounted while open only, so each rename starts from the current name. */}
          <RenameForm
            name={name}
            slice={slice}
            onClose={() => setRenaming(false)}
            onRenamed={props.onRenamed}
          />
        </DialogSurface>
      </Dialog>
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
                  void slice.remove(name).then((done) => done && props.onDeleted(name));
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
