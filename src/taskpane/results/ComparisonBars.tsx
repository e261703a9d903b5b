/**
 * A compact picture of what efficiency is worth: frontier against efficient spend, and how
 * many years the round lasts at each. Plain bars drawn with tokens (no chart library); every
 * bar's number is also written beside it, so the picture adds nothing a screen reader misses.
 */
import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellReading } from "../../workbook/host";
import type { Unit } from "../../model";
import { readingView, type ReadingView } from "./readingText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: {
    display: "grid",
    gridTemplateColumns: "5.5em minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  track: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  bar: { height: "10px", minWidth: "2px", borderRadius: tokens.borderRadiusSmall, flexShrink: 1 },
  frontier: { backgroundColor: tokens.colorNeutralForeground3 },
  efficient: { backgroundColor: tokens.colorBrandBackground },
  value: { whiteSpace: "nowrap" },
});

export interface ComparisonBarsProps {
  readonly frontierSpendUsd: CellReading | undefined;
  readonly efficientSpendUsd: CellReading | undefined;
  readonly frontierRunwayYears: CellReading | undefined;
  readonly efficientRunwayYears: CellReading | undefined;
}

export function ComparisonBars(props: ComparisonBarsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <BarPair
        title="Annual spend"
        unit="USD per year"
        frontier={props.frontierSpendUsd}
        efficient={props.efficientSpendUsd}
      />
      <BarPair
        title="Runway on the round"
        unit="years"
        frontier={props.frontierRunwayYears}
        efficient={props.efficientRunwayYears}
      />
    </div>
  );
}

function BarPair(props: {
  title: string;
  unit: Unit;
  frontier: CellReading | undefined;
  efficient: CellReading | undefined;
}): JSX.Element {
  const styles = useStyles();
  const frontier = readingView(props.frontier, props.unit);
  const efficient = readingView(props.efficient, props.unit);
  const longest = Math.max(numberOf(frontier), numberOf(efficient));
  return (
    <div className={styles.group} role="group" aria-label={props.title}>
      <Text size={200} weight="semibold">
        {props.title}
      </Text>
      <Bar label="Frontier" view={frontier} longest={longest} colour={styles.frontier} />
      <Bar label="Efficient" view={efficient} longest={longest} colour={styles.efficient} />
    </div>
  );
}

function Bar(props: {
  label: string;
  view: ReadingView;
  longest: number;
  colour: string;
}): JSX.Element {
  const styles = useStyles();
  const { view } = props;
  return (
    <div className={styles.row}>
      <Caption1>{props.label}</Caption1>
      <div className={styles.track}>
        {view.kind !== "error" && view.kind !== "missing" && (
          <div
            aria-hidden="true"
            className={mergeClasses(styles.bar, props.colour)}
            style={{ width: `${barShare(view, props.longest) * 100}%` }}
          />
        )}
        <Caption1 className={styles.value}>{view.text}</Caption1>
      </div>
    </div>
  );
}

/** "Never runs out" is the longest runway there is: it gets the full bar. */
function numberOf(view: ReadingView): number {
  return view.kind === "number" ? Math.max(0, view.value) : 0;
}

/** Bar length as a share of the track; the value's text takes the rest of the row. */
function barShare(view: ReadingView, longest: number): number {
  const full = 0.7;
  if (view.kind === "never") return full;
  if (view.kind !== "number" || longest <= 0) return 0;
  return (Math.max(0, view.value) / longest) * full;
}
