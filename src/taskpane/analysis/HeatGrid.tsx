/**
 * The Map sheet's grid as a heat grid: the chosen output over the two inputs, each cell filled
 * as Excel's colour scale fills it on the sheet (analysisText.ts: gridFills), axis headers in
 * the analyst's units, the article's point marked (◆, and said to screen readers). A table, so
 * it reads row by row; it scrolls sideways where the pane is narrow.
 */
import { Body1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { MapReadings } from "../../workbook/analysis/readings";
import { unitLabel } from "../../workbook/formats";
import { analysisMessages as m } from "../../workbook/messages/analysis";
import {
  GRID_TEXT_COLOUR,
  compactText,
  gridFills,
  inputUnit,
  outputUnit,
  readingText,
} from "./analysisText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflowX: "auto", minWidth: 0 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase100,
    fontVariantNumeric: "tabular-nums",
  },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
    textAlign: "end",
  },
  cell: {
    paddingInline: tokens.spacingHorizontalXXS,
    textAlign: "end",
    whiteSpace: "nowrap",
    border: `1px solid ${tokens.colorNeutralBackground1}`,
  },
  article: {
    outline: `2px solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: "-2px",
    fontWeight: tokens.fontWeightBold,
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export function HeatGrid({ map }: { map: MapReadings }): JSX.Element {
  const styles = useStyles();
  const unit = outputUnit(map.outputId);
  const rowUnit = inputUnit(map.rowInput.inputId);
  const columnUnit = inputUnit(map.columnInput.inputId);
  const fills = gridFills(map.cells);
  const mark = (isArticle: boolean): JSX.Element | null =>
    isArticle ? (
      <>
        {" ◆"}
        <span className={styles.hidden}> ({m.articlePoint})</span>
      </>
    ) : null;
  const caption = unit ? `${map.outputLabel} (${unitLabel(unit)})` : map.outputLabel;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{m.mapTitle}</Subtitle2>
      <Body1 as="p">{m.mapIntro(map.outputLabel, map.rowInput.label, map.columnInput.label)}</Body1>
      <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
        <table className={styles.table} aria-label={m.mapTableLabel(map.outputLabel)}>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                <span aria-hidden="true">↓ / →</span>
                <span className={styles.hidden}>
                  {m.mapCorner(map.rowInput.label, map.columnInput.label)}
                </span>
              </th>
              {map.columnValues.map((value, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {compactText(value, columnUnit)}
                  {mark(c === map.articleColumn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.cells.map((row, r) => (
              <tr key={r}>
                <th scope="row" className={styles.head}>
                  {readingText(map.rowValues[r] ?? "", rowUnit)}
                  {mark(r === map.articleRow)}
                </th>
                {row.map((value, c) => {
                  const isArticle = r === map.articleRow && c === map.articleColumn;
                  const fill = fills[r]?.[c];
                  return (
                    <td
                      key={c}
                      className={mergeClasses(styles.cell, isArticle && styles.article)}
                      style={fill ? { backgroundColor: fill, color: GRID_TEXT_COLOUR } : undefined}
                    >
                      {compactText(value, unit)}
                      {mark(isArticle)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
