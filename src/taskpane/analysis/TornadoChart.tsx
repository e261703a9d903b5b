/**
 * The tornado as a bar chart (@fluentui/react-charts, loaded on demand: this module is a chunk
 * of its own, fetched when the analyst opens the chart): each input's change from the output's
 * value at its low and its high case, as the Sensitivity sheet's ranked table gives it
 * (sens_RankedChangeAtLow / _High), the largest swing at the top. A case whose output is not a
 * number has no bar. The table beside it holds the same numbers.
 */
import { HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { TornadoReadings } from "../../workbook/analysis/readings";
import { analysisMessages as m } from "../../workbook/messages/analysis";
import { barValue } from "./analysisText";

/** Office's accent colours 1 and 2, the colours of the Sensitivity sheet's chart in Excel. */
const CASE_COLOURS = { low: "#4472C4", high: "#ED7D31" } as const;
const CHART_WIDTH = 320;
/** Labels longer than this are shortened (the whole label in its tooltip and the bar's name). */
const LABEL_CHARS = 16;
/** Room left of the bars for a shortened label. */
const LABEL_MARGIN_PX = 130;
/** Each bar gets this much height, so that every label stays readable. */
const BAR_ROW_PX = 22;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
});

export default function TornadoChart({ tornado }: { tornado: TornadoReadings }): JSX.Element {
  const styles = useStyles();
  // The library draws its first bar at the bottom: the last rank first puts rank 1 on top.
  const data = [...tornado.rows].reverse().flatMap((row) =>
    (["high", "low"] as const).flatMap((end) => {
      const value = barValue(end === "low" ? row.changeAtLow : row.changeAtHigh);
      return value === null
        ? []
        : [
            {
              y: m.barLabel(row.input.label, end),
              x: value,
              legend: end === "low" ? m.atLowHeader : m.atHighHeader,
              color: CASE_COLOURS[end],
            },
          ];
    })
  );
  const title = m.chartTitle(tornado.outputLabel);
  if (data.length === 0) return <Body1 as="p">{m.chartNoBars}</Body1>;
  const height = data.length * BAR_ROW_PX + 80;
  return (
    <figure className={styles.figure} aria-label={title} data-chart="tornado">
      <figcaption className={styles.caption}>{title}</figcaption>
      {/* A box of the chart's own size: the library grows to its parent. */}
      <div style={{ width: `${CHART_WIDTH}px`, height: `${height + 40}px` }}>
        <HorizontalBarChartWithAxis
          data={data}
          width={CHART_WIDTH}
          height={height}
          xAxisTitle={m.chartAxis}
          showYAxisLablesTooltip
          noOfCharsToTruncate={LABEL_CHARS}
          margins={{ left: LABEL_MARGIN_PX, right: 16, top: 16, bottom: 40 }}
          hideLabels
        />
      </div>
    </figure>
  );
}
