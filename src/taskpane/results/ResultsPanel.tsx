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
  list: { display: "flex", flexDirection: "column", margin: 0 },
  item: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
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
      <dl className={styles.list} aria-label="Results">
        {OUTPUT_SPECS.map((spec) => {
          const view = readingView(state.outputs[spec.id], spec.unit);
          return (
            <div key={spec.id} className={styles.item}>
              <dt>
                <Caption1 className={styles.label}>{spec.label}</Caption1>
              </dt>
              <dd className={styles.value}>
                <Text
                  weight="semibold"
                  className={view.kind === "error" ? styles.error : undefined}
                >
                  {view.text}
                </Text>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
