/**
 * The Sharing section: the auto-open switch (or, outside Excel, what it does there), then
 * "Prepare for sharing" / "Restore add-in formulas" where the host can do them.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/host";
import { AutoOpenPart } from "./AutoOpenSwitch";
import { SharingActions } from "./SharingActions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export function SharingPanel({
  host,
  disabled,
}: {
  host: Pick<WorkbookHost, "sharing" | "autoOpen">;
  disabled: boolean;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <AutoOpenPart control={host.autoOpen} />
      {host.sharing && <SharingActions controls={host.sharing} disabled={disabled} />}
    </div>
  );
}
