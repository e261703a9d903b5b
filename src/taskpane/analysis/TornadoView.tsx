/**
 * The tornado: the inputs ranked by how far they move the chosen output, as a table (every
 * number, for reading and for screen readers) and, on the analyst's click, as a bar chart of
 * the same numbers, whose library loads only then (TornadoChart.tsx, a chunk of its own).
 */
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { lazy } from "react";
import type { TornadoReadings } from "../../workbook/analysis/readings";
import { analysisMessages as m } from "../../workbook/messages/analysis";
import { ChartOnDemand } from "./ChartOnDemand";
import { inputUnit, outputUnit, readingText, swingText } from "./analysisText";

const TornadoChart = lazy(() => import(/* webpackChunkName: "tornado" */ "./TornadoChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflowX: "auto", minWidth: 0 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    paddingInline: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
  },
  number: { textAlign: "end", whiteSpace: "nowrap" },
});

export function TornadoView({ tornado }: { tornado: TornadoReadings }): JSX.Element {
  const styles = useStyles();
  const unit = outputUnit(tornado.outputId);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{m.tornadoTitle}</Subtitle2>
      <Body1 as="p">{m.tornadoIntro(tornado.outputLabel, readingText(tornado.base, unit))}</Body1>
      <div className={styles.scroll} role="region" aria-label={m.tornadoTableLabel} tabIndex={0}>
        <table className={styles.table} aria-label={m.tornadoTableLabel}>
          <thead>
            <tr>
              {[
                m.rankHeader,
                m.inputHeader,
                m.casesHeader,
                m.atLowHeader,
                m.atHighHeader,
                m.swingHeader,
              ].map((header) => (
                <th key={header} scope="col" className={styles.head}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tornado.rows.map((row) => {
              const cases = inputUnit(row.input.inputId);
              return (
                <tr key={`${row.rank}-${row.input.label}`}>
                  <td className={`${styles.cell} ${styles.number}`}>{row.rank}</td>
                  <th scope="row" className={`${styles.cell} ${styles.head}`}>
                    {row.input.label}
                  </th>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {readingText(row.lowCase, cases)} – {readingText(row.highCase, cases)}
                  </td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {readingText(row.atLow, unit)}
                  </td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {readingText(row.atHigh, unit)}
                  </td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {swingText(row.swing, unit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ChartOnDemand words={m}>
        <TornadoChart tornado={tornado} />
      </ChartOnDemand>
    </div>
  );
}
