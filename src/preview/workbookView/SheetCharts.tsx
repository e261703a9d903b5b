/**
 * The plan's charts of the sheet shown, drawn from their definitions and the values the
 * engine computes (IronCalc draws no charts). Loaded on demand: the chart library (and the d3
 * modules it brings) stays out of the preview page's first scripts.
 *
 * Drawn as Excel shows them: a column chart's categories left to right; a bar chart's first
 * category at the BOTTOM, as Excel puts it when the category axis is not reversed (the plan's
 * charts never reverse it; docs/HOSTS.md). A text or an error in a series is a gap.
 */
import { GroupedVerticalBarChart, HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ViewChart } from "./readDrawings";

/** Office's accent colours 1 and 2, the first series colours Excel gives a chart. */
export const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];

const CHART_WIDTH = 820;
const CHART_HEIGHT = 320;
/** Each bar of a bar chart gets this much height, so that every label stays readable. */
const BAR_ROW_PX = 22;

const useStyles = makeStyles({
  charts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    backgroundColor: "#FFFFFF",
    color: "#000000",
  },
  figure: {
    margin: 0,
    border: "1px solid #D9D9D9",
    padding: tokens.spacingHorizontalS,
  },
  caption: { fontWeight: tokens.fontWeightSemibold, display: "block" },
});

export default function SheetCharts({
  charts,
}: {
  charts: readonly ViewChart[];
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.charts}>
      {charts.map((chart) => (
        <figure
          key={chart.key}
          className={styles.figure}
          aria-label={chart.title}
          data-chart={chart.key}
        >
          <figcaption className={styles.caption}>{chart.title}</figcaption>
          {chart.type === "BarClustered" ? <BarChart chart={chart} /> : <ColumnChart chart={chart} />}
        </figure>
      ))}
    </div>
  );
}

/** The category rows that hold something: a scenario row not yet used is left out. */
function usedCategories(chart: ViewChart): number[] {
  return chart.categories.flatMap((name, i) =>
    name !== "" || chart.series.some((s) => s.values[i] != null) ? [i] : []
  );
}

function ColumnChart({ chart }: { chart: ViewChart }): JSX.Element {
  const data = usedCategories(chart).map((i) => ({
    name: chart.categories[i] ?? "",
    series: chart.series.flatMap((s, j) => {
      const value = s.values[i];
      return value == null
        ? []
        : [{ key: `${i}-${j}`, data: value, legend: s.name, color: SERIES_COLOURS[j] }];
    }),
  }));
  return (
    <ChartBox height={CHART_HEIGHT}>
      <GroupedVerticalBarChart
        data={data}
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        yAxisTitle={chart.valueAxisTitle}
        wrapXAxisLables
      />
    </ChartBox>
  );
}

/**
 * Excel's clustered bars: each category a band, its series side by side within it. The
 * library draws one bar per label, so each bar is labelled with its category and series.
 */
function BarChart({ chart }: { chart: ViewChart }): JSX.Element {
  const data = usedCategories(chart).flatMap((i) =>
    chart.series.flatMap((s, j) => {
      const value = s.values[i];
      return value == null
        ? []
        : [
            {
              y: `${chart.categories[i] ?? ""}: ${s.name.toLowerCase()}`,
              x: value,
              legend: s.name,
              color: SERIES_COLOURS[j],
            },
          ];
    })
  );
  const height = Math.max(CHART_HEIGHT, data.length * BAR_ROW_PX + 80);
  return (
    <ChartBox height={height}>
      <HorizontalBarChartWithAxis
        data={data}
        width={CHART_WIDTH}
        height={height}
        xAxisTitle={chart.valueAxisTitle}
        showYAxisLables
        hideLabels
      />
    </ChartBox>
  );
}

/**
 * A box of the chart's own size: the library measures its parent and grows to it, so a parent
 * that grows with the chart would make it grow for ever.
 */
function ChartBox({ height, children }: { height: number; children: JSX.Element }): JSX.Element {
  return <div style={{ width: `${CHART_WIDTH}px`, height: `${height + 40}px` }}>{children}</div>;
}
