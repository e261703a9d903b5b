/**
 * Live results: every output as the workbook computed it, in the analyst's units, and the
 * frontier-versus-efficient picture. While a slider's writes are still on their way the
 * results are marked as updating (a line saying so, dimmed numbers, aria-busy), since they
 * belong to an earlier value. Both fade in after 100 ms (CSS only; the line is in the page at
 * once, for assistive technology and tests), so a step answered within the "instant" budget
 * does not flicker.
 */
import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { OUTPUT_SPECS } from "../../model";
import { resultsMessages } from "../../workbook/messages";
import type { WorkbookState } from "../../workbook/host";
import { ComparisonBars } from "./ComparisonBars";
import { readingView } from "./readingText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The delay is on the way in only: up to date, the numbers are at full strength at once.
  updating: {
    opacity: 0.6,
    transitionProperty: "opacity",
    transitionDelay: tokens.durationFaster,
    transitionDuration: tokens.durationFaster,
  },
  status: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase200 },
  statusShown: {
    animationName: { from: { opacity: 0 }, to: { opacity: 1 } },
    animationDelay: tokens.durationFaster,
    animationDuration: tokens.durationFaster,
    animationFillMode: "both",
  },
  table: { borderCollapse: "collapse", width: "100%" },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  label: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInlineEnd: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  value: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function ResultsPanel({
  state,
  updating,
}: {
  state: WorkbookState;
  updating: boolean;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {/* Kept in place when empty, so the numbers below do not move as it comes and goes. */}
      <Caption1 className={mergeClasses(styles.status, updating && styles.statusShown)}>
        {updating ? resultsMessages.updating : ""}
      </Caption1>
      <div className={mergeClasses(styles.root, updating && styles.updating)} aria-busy={updating}>
        <ComparisonBars
          frontierSpendUsd={state.inputs.frontierAnnualSpendUsd}
          efficientSpendUsd={state.outputs.spendAtEfficiencyUsd}
          frontierRunwayYears={state.outputs.runwayAtFrontierYears}
          efficientRunwayYears={state.outputs.runwayAtEfficientYears}
        />
        <table className={styles.table} aria-label="Results">
          <tbody>
            {OUTPUT_SPECS.map((spec) => {
              const view = readingView(state.outputs[spec.id], spec.unit);
              return (
                <tr key={spec.id} className={styles.row}>
                  <th scope="row" className={styles.label}>
                    <Caption1>{spec.label}</Caption1>
                  </th>
                  <td className={mergeClasses(styles.value, view.kind === "error" && styles.error)}>
                    <Text weight="semibold" wrap={false}>
                      {view.text}
                    </Text>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
