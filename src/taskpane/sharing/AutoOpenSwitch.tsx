/**
 * "Open this pane for everyone who opens this workbook": the switch, its limits in plain words
 * (tied to it with aria-describedby, so a screen reader reads them with it), and what became of
 * the last change. Where the host has no switch (the preview), a note says what it does in Excel
 * instead of a control that could do nothing.
 */
import { Body1, Caption1, Switch, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { AutoOpenControl } from "../../workbook/host";
import { ProblemBar } from "../problems/ProblemBar";
import { useAutoOpen } from "./useAutoOpen";

const AUTO_OPEN_LABEL = "Open this pane for everyone who opens this workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  limits: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

export function AutoOpenPart({ control }: { control: AutoOpenControl | undefined }): JSX.Element {
  return control ? <AutoOpenSwitch control={control} /> : <AutoOpenElsewhere />;
}

function AutoOpenSwitch({ control }: { control: AutoOpenControl }): JSX.Element {
  const styles = useStyles();
  const slice = useAutoOpen(control);
  const limitsId = useId("auto-open-limits");
  const shown = slice.saving ?? slice.on ?? false;
  return (
    <div className={styles.root}>
      <Switch
        label={AUTO_OPEN_LABEL}
        checked={shown}
        // Unknown until read: a switch that could be wrong is not offered.
        disabled={slice.on === undefined && slice.saving === undefined}
        aria-describedby={limitsId}
        onChange={(_, data) => void slice.set(data.checked)}
      />
      <ul id={limitsId} className={styles.limits} aria-label="What the switch does, and its limits">
        <AutoOpenLimits />
      </ul>
      {/* Live: a screen reader hears the save and its outcome while focus stays on the switch. */}
      <div role="status" aria-live="polite">
        {slice.saving !== undefined && <Caption1>Saving the setting in the workbook…</Caption1>}
        {slice.saving === undefined && slice.saved && (
          <Caption1>
            {slice.on
              ? "Saved in the workbook: save the file, and the pane opens with it from the next time it is opened."
              : "Saved in the workbook: save the file, and the pane no longer opens by itself."}
          </Caption1>
        )}
      </div>
      {slice.problem && <ProblemBar problem={slice.problem} onDismiss={slice.dismissProblem} />}
    </div>
  );
}

/** The limits Office's documentation sets out, as an analyst meets them. */
function AutoOpenLimits(): JSX.Element {
  return (
    <>
      <li>
        <Caption1>
          It takes effect the next time the file is opened, and only once you save the workbook: the
          setting is kept in the file.
        </Caption1>
      </li>
      <li>
        <Caption1>
          Colleagues need AI Cost Scenarios installed (sideloaded, or deployed by your organisation;
          add-ins from Microsoft Marketplace no longer open this way). Without it nothing opens,
          Excel may say an add-in could not be loaded, and AICOST cells show #NAME? once Excel
          recalculates; the model&apos;s own formulas keep working (see “Prepare for sharing”).
        </Caption1>
      </li>
      <li>
        <Caption1>
          While it is on, the add-in also loads with the workbook, so its functions are ready before
          the pane shows. Turn it off here at any time.
        </Caption1>
      </li>
    </>
  );
}

function AutoOpenElsewhere(): JSX.Element {
  return (
    <Body1 as="p">
      In Excel, this section has a switch, “{AUTO_OPEN_LABEL}”: it saves a setting in the workbook
      so that Excel opens AI Cost Scenarios with it for colleagues who have the add-in installed.
      The preview&apos;s workbook is not an Excel file, so there is nothing to switch here.
    </Body1>
  );
}
