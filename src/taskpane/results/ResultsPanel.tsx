/**
 * Live results: every output as the workbook computed it, in the analyst's units, and the
 * frontier-versus-efficient picture. While a move is still on its way to the workbook the
 * results are marked as updating (aria-busy), since they belong to the previous value.
 */
import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { OUTPUT_SPECS } from "../../model";
import type { WorkbookState } from "../../workbook/host";
import { ComparisonBars } from "./ComparisonBars";
import { readingView } from "./readingText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  updating: { opacity: 0.6 },
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
  );
}
