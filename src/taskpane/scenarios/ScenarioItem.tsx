/**
 * One saved scenario: its name and note, and Apply, Rename, Duplicate, Delete. Rename asks for
 * the new name in a dialog (checked before it is sent); Delete asks for confirmation. The
 * dialogs' code loads on demand (ScenarioDialogs.tsx, via dialogs/paneDialogs.ts). While an
 * action is on its way the buttons ignore clicks but keep focus (disabledFocusable), so a
 * keyboard user is not thrown back to the top of the pane.
 */
import {
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { SavedScenario } from "../../workbook/host";
import { DialogOnDemand } from "../dialogs/DialogOnDemand";
import { usePrefetch } from "../dialogs/onDemand";
import { deleteDialog, prefetchDialogs, renameDialog } from "../dialogs/paneDialogs";
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
  usePrefetch(prefetchDialogs);

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
      <DialogOnDemand dialog={renameDialog} open={renaming} onClose={() => setRenaming(false)}>
        {(RenameDialog) => (
          <RenameDialog
            open={renaming}
            onOpenChange={setRenaming}
            name={name}
            slice={slice}
            onRenamed={props.onRenamed}
          />
        )}
      </DialogOnDemand>
      <DialogOnDemand dialog={deleteDialog} open={deleting} onClose={() => setDeleting(false)}>
        {(DeleteDialog) => (
          <DeleteDialog
            open={deleting}
            onOpenChange={setDeleting}
            name={name}
            slice={slice}
            onDeleted={props.onDeleted}
          />
        )}
      </DialogOnDemand>
    </li>
  );
}
