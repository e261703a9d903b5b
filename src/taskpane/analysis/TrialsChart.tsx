/**
 * The distribution of the runway at efficient spend as a column chart (@fluentui/react-charts,
 * loaded on demand: this module is a chunk of its own, fetched when the analyst opens the chart),
 * one column per bin of the Trials sheet's histogram (sim_BinMiddle, sim_BinCount), as the
 * sheet's own chart draws it. Each column says its range and count to screen readers; the table
 * beside it holds the percentiles.
 */
import { VerticalBarChart } from "@fluentui/react-charts";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { SimulationReadings } from "../../workbook/analysis/readings";
import { trialsMessages as m } from "../../workbook/messages/trials";
import { distributionBars } from "./trialsText";

/** Office's accent colour 1, the colour of the Trials sheet's chart in Excel. */
const BAR_COLOUR = "#4472C4";
const CHART_WIDTH = 320;
const CHART_HEIGHT = 240;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
});

export default function TrialsChart({
  simulation,
}: {
  simulation: SimulationReadings;
}): JSX.Element {
  const styles = useStyles();
  const bars = distributionBars(simulation);
  if (bars.length === 0) return <Body1 as="p">{m.noNumbers}</Body1>;
  const data = bars.map((bar) => ({
    x: bar.middle,
    y: bar.count,
    legend: m.chartAxisY,
    color: BAR_COLOUR,
    xAxisCalloutData: bar.label,
    callOutAccessibilityData: { ariaLabel: bar.label },
  }));
  return (
    <figure className={styles.figure} aria-label={m.chartTitle} data-chart="trials">
      <figcaption className={styles.caption}>{m.chartTitle}</figcaption>
      {/* A box of the chart's own size: the library grows to its parent. */}
      <div style={{ width: `${CHART_WIDTH}px`, height: `${CHART_HEIGHT + 40}px` }}>
        <VerticalBarChart
          data={data}
          width={CHART_WIDTH}
          height={CHART_HEIGHT}
          xAxisTitle={m.chartAxisX}
          yAxisTitle={m.chartAxisY}
          hideLegend
          hideLabels
          useSingleColor
          colors={[BAR_COLOUR]}
          margins={{ left: 48, right: 16, top: 16, bottom: 48 }}
        />
      </div>
    </figure>
  );
}
