/**
 * The workbook beside the pane, read-only: one tab per sheet (a tablist, arrow keys move
 * between tabs) and the selected sheet as a table with column letters and row numbers, values
 * formatted by the engine, input cells marked. It re-reads the selected sheet whenever the
 * workbook changes (a slider write, a load, a scenario), so it shows what the formulas give.
 */
import {
  Caption1,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState, useSyncExternalStore } from "react";
import { columnLetters } from "../../workbook/a1";
import { previewMessages } from "../../workbook/messages/pane";
import type { SheetSnapshot, ViewCell } from "./readSheet";

/** What the view reads: the preview workbook (src/preview/previewWorkbook.ts) or a test's. */
export interface WorkbookSource {
  /** Sheet names in tab order. */
  sheetNames(): readonly string[];
  readSheet(index: number): SheetSnapshot;
  /** A number that changes whenever the workbook does. */
  version(): number;
  /** Called after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The chart library is large: it loads when a sheet with charts is first shown. */
const SheetCharts = lazy(() => import(/* webpackChunkName: "charts" */ "./SheetCharts"));

/** Width of the row numbers' column. */
const ROW_HEADING_PX = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1 },
  legend: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  legendSwatch: {
    display: "inline-block",
    width: "14px",
    height: "14px",
    backgroundColor: "#FFF2CC",
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  panel: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: "240px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "#FFFFFF",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "13px",
    color: "#000000",
  },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  rowHeading: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    width: "40px",
    textAlign: "center",
  },
  cell: {
    border: "1px solid #E1E1E1",
    paddingInline: "4px",
    paddingBlock: "1px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
  },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  spill: { overflow: "visible", textOverflow: "clip", position: "relative", zIndex: 0 },
  input: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export function WorkbookView({ source }: { source: WorkbookSource }): JSX.Element {
  const styles = useStyles();
  const baseId = useId("sheet");
  const version = useSyncExternalStore(source.subscribe, source.version);
  const names = useMemo(() => source.sheetNames(), [source, version]);
  const [chosen, setChosen] = useState<string>();
  // The chosen sheet by name; a load that replaces the blank sheet falls back to the first.
  const selected = chosen !== undefined && names.includes(chosen) ? chosen : (names[0] ?? "");
  const index = names.indexOf(selected);
  const sheet = useMemo(
    () => (index >= 0 ? source.readSheet(index) : undefined),
    [source, index, version]
  );
  const tabId = (i: number): string => `${baseId}-tab-${i}`;
  const panelId = `${baseId}-panel`;

  return (
    <div className={styles.root}>
      <TabList
        selectedValue={selected}
        onTabSelect={(_, data) => setChosen(String(data.value))}
        aria-label="Sheets"
        size="small"
      >
        {names.map((name, i) => (
          <Tab key={name} id={tabId(i)} value={name} aria-controls={panelId}>
            {name}
          </Tab>
        ))}
      </TabList>
      <Caption1 className={styles.legend}>
        <span className={styles.legendSwatch} aria-hidden="true" />
        Input cells (outlined): the sliders write here. Everything else is computed by the
        workbook&apos;s own formulas.
      </Caption1>
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={index >= 0 ? tabId(index) : undefined}
        tabIndex={0}
        className={styles.panel}
      >
        {sheet && <SheetTable sheet={sheet} />}
        {sheet && sheet.charts.length > 0 && (
          <Suspense fallback={<Caption1 className={styles.legend}>{previewMessages.drawingCharts}</Caption1>}>
            <SheetCharts charts={sheet.charts} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

function SheetTable({ sheet }: { sheet: SheetSnapshot }): JSX.Element {
  const styles = useStyles();
  const letters = sheet.columnWidthsPx.map((_, i) => columnLetters(i));
  // A fixed layout needs the table's width: then each column is as wide as the workbook says.
  const width = sheet.columnWidthsPx.reduce((sum, px) => sum + px, ROW_HEADING_PX);
  return (
    <table className={styles.table} style={{ width: `${width}px` }} data-sheet={sheet.name}>
      <caption className={styles.hidden}>
        Sheet {sheet.name}: values as the workbook computes them
      </caption>
      <colgroup>
        <col style={{ width: `${ROW_HEADING_PX}px` }} />
        {sheet.columnWidthsPx.map((px, i) => (
          <col key={i} style={{ width: `${px}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className={styles.heading} />
          {letters.map((letter) => (
            <th key={letter} scope="col" className={styles.heading}>
              {letter}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((cells, r) => (
          <tr key={r}>
            <th scope="row" className={styles.rowHeading}>
              {r + 1}
            </th>
            {cells.map((cell, c) => (
              <SheetCell
                key={c}
                cell={cell}
                address={`${letters[c] ?? ""}${r + 1}`}
                spills={spills(cell, cells[c + 1])}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** As in Excel, unwrapped text runs on over the empty cell to its right (titles, notes). */
function spills(cell: ViewCell, next: ViewCell | undefined): boolean {
  return cell.kind === "text" && !cell.look.wrap && next !== undefined && next.kind === "empty";
}

function SheetCell({
  cell,
  address,
  spills,
}: {
  cell: ViewCell;
  address: string;
  spills: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { look } = cell;
  return (
    <td
      data-cell={address}
      data-kind={cell.kind}
      data-input={cell.input ? "true" : undefined}
      className={mergeClasses(
        styles.cell,
        look.wrap && styles.wrap,
        spills && styles.spill,
        cell.input && styles.input
      )}
      title={cell.text.length > 40 ? cell.text : undefined}
      style={{
        backgroundColor: look.fill,
        color: look.color,
        fontWeight: look.bold ? 700 : undefined,
        fontStyle: look.italic ? "italic" : undefined,
        textAlign: alignOf(cell),
      }}
    >
      <span data-part="value">{cell.text}</span>
      {cell.input && <span className={styles.hidden}> (input cell)</span>}
    </td>
  );
}

/** Excel's "general" alignment: numbers right, booleans and errors centred, text left. */
function alignOf(cell: ViewCell): "left" | "center" | "right" {
  if (cell.look.align !== "general") return cell.look.align;
  if (cell.kind === "number") return "right";
  if (cell.kind === "boolean" || cell.kind === "error") return "center";
  return "left";
}
