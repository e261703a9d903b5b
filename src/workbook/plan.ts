/**
 * The workbook plan: everything the add-in writes into the analyst's workbook, as plain data.
 * No Office.js and no engine calls here: src/excel/ applies a plan with Office.js, and
 * src/preview/engine/ applies the same plan to an IronCalc Model. Built by buildPlan()
 * (src/workbook/buildPlan.ts) from src/model/.
 *
 * Structure (read top to bottom; every position is 0-based row/column AND an A1 address):
 *
 *   WorkbookPlan
 *   ├─ sheets[]        PlanSheet: key (stable id, e.g. "inputs"), name ("Inputs"), in tab order
 *   │   ├─ blocks[]    CellBlock: a rectangle written in one go — cells (2-D PlanCell[][]),
 *   │   │              numberFormats (2-D, same shape), and whether the cells are analyst data
 *   │   ├─ styles[]    StyledRange: an address and a StyleRole (input, calc, header, check, …);
 *   │   │              what each role looks like is ROLE_STYLES, the same for every host
 *   │   └─ columnWidths, frozenRows
 *   ├─ tables[]        PlanTable: a named Excel table (header row + body rows). Its cells are NOT
 *   │                  repeated in any block: the applier writes header + rows, then makes the
 *   │                  table (Excel) or leaves a plain range (IronCalc has no tables). Formulas
 *   │                  never use structured references; they use the plain names in `names`.
 *   ├─ names[]         PlanName: workbook-scoped defined names (inputs, outputs, calculations,
 *   │                  scenario columns, checks), name → formula, with a comment. Names marked
 *   │                  `requires: "lambda"` (the portable twins) are written only where the host
 *   │                  supports LAMBDA; elsewhere the applier skips them with a warning.
 *   ├─ charts[]        PlanChart: chart type, category and series ranges, where to put it
 *   ├─ ownership[]     OwnershipMarker: one hidden workbook name per object the add-in owns
 *   │                  (see "Ownership" below)
 *   └─ inputCells / outputCells / masterCheck / scenarios / compare: the address map hosts use
 *                      to read and write by InputId / OutputId, the scenarios table layout, and
 *                      where the Compare sheet shows each scenario's outputs.
 *
 * Cell contents (PlanCell): a number, a boolean, null (leave empty), a string (ALWAYS text,
 * even "=x", "-5" or "123": appliers must keep it text, e.g. with a leading apostrophe; see
 * textNeedsQuote), or { formula: "=..." } for a formula. There is no other way to write a
 * formula, so a sentence from the article can never turn into one.
 *
 * Ownership: every sheet, table and defined name the add-in creates has a marker, a hidden
 * workbook name `AICOST_OWNS_<KIND>_<key>` (KIND is SHEET, TABLE or NAME; key is the sheet's or
 * table's stable key, or the defined name itself). The marker's NAME is what says "ours"; its
 * formula is always a plain reference, because IronCalc accepts only references and LAMBDAs in
 * defined names (no text or number constants): a sheet's marker refers to the sheet's A1, so it
 * follows the sheet when the analyst renames it (and lets the applier give the sheet a free name
 * when the planned one is the user's); a table's marker refers to its header row; a name's
 * marker refers to the same cells as the name (a LAMBDA twin's to the model sheet's A1), so a
 * name the analyst later redefined no longer matches its marker. An object of the planned name
 * WITHOUT a marker belongs to the user: appliers must not change it (pick a free name or stop and
 * say what to rename). The markers are part of the plan (`ownership`). Charts have no marker of
 * their own: they live on the add-in's Compare sheet and belong to it.
 *
 * Layouts and the one rule of a layout change: `version` (PLAN_VERSION) numbers the layout, and
 * the plan writes it into the workbook as the layout stamp (layoutStamp.ts: a labelled cell on
 * the Checks sheet and the name AICOST_LayoutVersion over it), so a host can tell a workbook built
 * by an older copy of the add-in (markers but no stamp: layout 1; or a lower stamp) and upgrade
 * it, or one built by a newer copy, which it must not touch. A new layout NEVER moves, removes or
 * renames a cell, table, column or name an older layout wrote: analysts' own formulas refer to
 * the add-in's cells by address (=Inputs!B5*2) as well as by name, and must keep working after
 * an upgrade. New things go into cells every older layout left empty (each such block says
 * `since` which layout added it, and an upgrade checks the analyst did not use them), or onto
 * new sheets, new names, new columns to the right of a table. Formulas, formats, labels and
 * styles of the add-in's own cells may change. Each layout is kept as a fixture
 * (test/fixtures/layout-<n>/) that the upgrade tests start from. Inputs and calculation lines
 * are placed by their fixed slots (slots.ts), never by their order in a list, so adding one
 * cannot move an older cell.
 *
 * Keep this file stable: other layers depend on it. Changes are additive only.
 */
import type { InputId, OutputId, Unit } from "../model";

/** One cell's content. Strings are always text; formulas are objects; null leaves the cell empty. */
export type PlanCell = number | boolean | string | null | PlanFormula;

export interface PlanFormula {
  /** A native Excel formula in English (en-US) syntax, with its leading "=". */
  readonly formula: string;
}

/** An Excel number format code, or null for General. */
export type NumberFormat = string | null;

/** How a cell looks, by its purpose in the model (FAST): the same in Excel and in the preview. */
export type StyleRole =
  | "title" // the sheet's title in A1
  | "note" // a line of explanation under the title
  | "header" // column headers, with units
  | "input" // a named input cell: the only cells the analyst (and the sliders) change
  | "calc" // a calculation
  | "output" // a named output cell
  | "check" // a check cell (TRUE when all is well)
  | "masterCheck" // the one cell that says whether every check passes
  | "reference" // constants the add-in keeps for checks (the article's values); not to edit
  | "text"; // long text, wrapped (the article's sentences)

export interface RoleStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font colour, "#RRGGBB". */
  readonly fontColor?: string;
  /** Fill colour, "#RRGGBB". */
  readonly fill?: string;
  /** Font size in points (default: the workbook's). */
  readonly fontSize?: number;
  readonly wrap?: boolean;
}

/** A rectangle of cells, written as whole 2-D arrays. */
export interface CellBlock {
  /** 0-based row and column of the top-left cell (Office.js getCell; IronCalc adds 1). */
  readonly row: number;
  readonly column: number;
  /** The whole rectangle in A1 style without the sheet, e.g. "B5:B14". */
  readonly address: string;
  /** Rows of cells; every row has the same length. */
  readonly cells: readonly (readonly PlanCell[])[];
  /** Same shape as cells. */
  readonly numberFormats: readonly (readonly NumberFormat[])[];
  /**
   * The analyst's data (input values): on a reload that keeps the analyst's edits, the applier
   * leaves existing values here as they are and writes these cells only when the sheet is new
   * or the analyst asked to reset to the article.
   */
  readonly analystData?: boolean;
  /**
   * The layout that first wrote these cells (absent: layout 1). An older layout left them
   * empty, so the analyst may have used them since: an upgrade from a layout below `since`
   * writes them only when they are empty or already hold exactly these cells.
   */
  readonly since?: number;
}

export interface StyledRange {
  /** A1 address on the sheet, e.g. "A4:J4". */
  readonly address: string;
  readonly role: StyleRole;
}

export interface ColumnWidth {
  /** 0-based column index. */
  readonly column: number;
  /** Width in points (Office.js columnWidth); IronCalc's pixels are points × 4/3. */
  readonly widthPt: number;
}

export type SheetKey =
  | "figures"
  | "inputs"
  | "model"
  | "scenarios"
  | "compare"
  | "sensitivity"
  | "map"
  | "trials"
  | "checks";

/**
 * A drop-down list on a cell (Excel's data validation of type list): the cell offers the values
 * of `source` and refuses others. Optional for hosts: Office.js has it from ExcelApi 1.8 (above
 * the manifest's), IronCalc has none; a host without it leaves a plain input cell, and every
 * formula that reads the cell still says what a wrong entry gives (#N/A).
 */
export interface PlanListValidation {
  /** A1 address on the sheet of the cell(s) to restrict, e.g. "B4". */
  readonly address: string;
  /** The list's cells, sheet-qualified and absolute: "'Sensitivity'!$V$8:$V$17". */
  readonly source: string;
}

/**
 * A whole number between two bounds on a cell (Excel's data validation of type whole number,
 * operator between): the cell refuses anything else, with an error alert that says the range
 * (messages/cellRules.ts). Optional for hosts, as the lists: Office.js has it from ExcelApi 1.8
 * (above the manifest's), IronCalc has none; a host without it leaves a plain input cell, so
 * a formula that reads the cell must still say what a value out of range gives.
 */
export interface PlanWholeNumberValidation {
  /** A1 address on the sheet of the cell(s) to restrict, e.g. "C5". */
  readonly address: string;
  /** The smallest and the largest whole number allowed (both allowed). */
  readonly min: number;
  readonly max: number;
}

/**
 * A colour scale over a range (a conditional format: lowest value one colour, highest another,
 * the midpoint between). Office.js has it from ExcelApi 1.6; IronCalc has none, so the preview
 * draws the colours itself (docs/HOSTS.md). Text and errors in the range get no colour.
 */
export interface PlanColorScale {
  /** A1 address on the sheet, e.g. "C11:M26". */
  readonly address: string;
  /** "#RRGGBB" for the lowest value, the 50th percentile and the highest value. */
  readonly lowest: string;
  readonly middle: string;
  readonly highest: string;
}

export interface PlanSheet {
  /** Stable identity of the sheet for the add-in, whatever its name in the workbook. */
  readonly key: SheetKey;
  /** The planned sheet name (no spaces, so references need no quotes; quote anyway). */
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
  readonly columnWidths: readonly ColumnWidth[];
  /** Rows frozen at the top (the title and headers). */
  readonly frozenRows: number;
  /** Drop-down lists on the analysis sheets' choice cells (absent: none). */
  readonly listValidations?: readonly PlanListValidation[];
  /** Cells that take only a whole number between two bounds (absent: none). */
  readonly wholeNumberValidations?: readonly PlanWholeNumberValidation[];
  /** Colour scales (absent: none). */
  readonly colorScales?: readonly PlanColorScale[];
}

export interface PlanTableColumn {
  /** Stable identity of the column (a figure field, "name", "note", or an InputId). */
  readonly key: string;
  /** The header text Excel shows (unique within the table, with the unit). */
  readonly header: string;
  /** Number format of the body cells of this column. */
  readonly numberFormat: NumberFormat;
  /**
   * The layout that added the column, to the right of the older ones (absent: layout 1): a
   * table an older layout wrote lacks it, and an upgrade gives the rows it carries `fill`.
   */
  readonly since?: number;
  /** What rows written before the column existed hold in it: the article's value. */
  readonly fill?: PlanCell;
}

export interface PlanTable {
  readonly key: "costs" | "funding" | "capex" | "scenarios";
  /** The Excel table name, e.g. "ArticleCosts". */
  readonly name: string;
  /** The sheet key the table is on. */
  readonly sheet: SheetKey;
  /** 0-based row of the header row, and 0-based first column. */
  readonly headerRow: number;
  readonly column: number;
  /** Header + body as planned now, e.g. "A5:J10". */
  readonly address: string;
  readonly columns: readonly PlanTableColumn[];
  /** Body rows, one PlanCell per column. */
  readonly rows: readonly (readonly PlanCell[])[];
  /**
   * Number formats of the body rows, same shape as rows (a figure table mixes $ and % in one
   * column). Rows added later (scenarios) take their column's numberFormat.
   */
  readonly numberFormats: readonly (readonly NumberFormat[])[];
  /**
   * Rows the body may grow to (scenarios); formulas read the whole capacity through plain
   * names, so a row added within it flows into every formula. Equal to rows.length when fixed.
   */
  readonly capacity: number;
  /**
   * The rows are the analyst's data (saved scenarios): written only when the table is created.
   * A reload keeps them as they are, even when the analyst resets the inputs to the article.
   */
  readonly analystData: boolean;
  /**
   * The key of a TRUE/FALSE column that marks a row as changed on purpose by the analyst (the
   * figure tables' "overridden"): on a reload that keeps the analyst's edits, rows marked TRUE
   * are left as they are; resetting to the article writes them again.
   */
  readonly keepRowsMarkedBy?: string;
  /** Style of the body (header rows are "header"). */
  readonly bodyRole: StyleRole;
}

export type NameKind =
  | "input" // a named input cell
  | "output" // a named output cell
  | "calc" // a named intermediate calculation on the model sheet
  | "scenarioColumn" // the whole capacity of one column of the scenarios table
  | "case" // an input's low or high case on the Inputs sheet
  | "analysis" // a result or a choice of the Sensitivity or Map sheet (sens_, map_)
  | "shape" // an input's shape for the Trials sheet, on the Inputs sheet
  | "simulation" // a result or a choice of the Trials sheet (sim_)
  | "check" // a check, including the master check
  | "twin" // a portable LAMBDA twin of a custom function
  | "stamp"; // the layout stamp: the cell that says which layout of the add-in built the workbook

export interface PlanName {
  /** Workbook-scoped name; never looks like a cell reference. */
  readonly name: string;
  /**
   * What it refers to, with the leading "=": a reference ("=Inputs!$B$5") or a LAMBDA. Never a
   * constant or a calculation: IronCalc accepts only references and LAMBDAs in names, so every
   * calculation lives in a cell and the name points at the cell.
   */
  readonly formula: string;
  /** Shown in Name Manager; says what it is, with its unit. */
  readonly comment: string;
  readonly kind: NameKind;
  /** Written only where the host supports it (LAMBDA in Excel 365/2024); skipped elsewhere. */
  readonly requires?: "lambda";
}

export type ChartType = "ColumnClustered" | "BarClustered" | "Line";

export interface PlanChartSeries {
  readonly name: string;
  /** "Compare!$L$5:$L$24": sheet-qualified so it stays right when read alone. */
  readonly values: string;
}

export interface PlanChart {
  readonly key: string;
  /** The chart's name (Office.js chart.name). */
  readonly name: string;
  readonly sheet: SheetKey;
  readonly type: ChartType;
  readonly title: string;
  /** Category labels (scenario names), sheet-qualified. */
  readonly categories: string;
  readonly series: readonly PlanChartSeries[];
  /** Title of the value axis, with the unit. */
  readonly valueAxisTitle: string;
  readonly valueFormat: NumberFormat;
  /** Where the chart sits: A1 range on its sheet, e.g. "B28:J45". */
  readonly position: string;
}

export type OwnedKind = "SHEET" | "TABLE" | "NAME";

export interface OwnershipMarker {
  readonly kind: OwnedKind;
  /** The object's stable key (sheet key, table key, or the defined name itself). */
  readonly key: string;
  /** The hidden workbook name that marks it, `AICOST_OWNS_<kind>_<key>`. */
  readonly markerName: string;
  /** A plain reference with its "=": the sheet's A1, the table's header row, the name's cells. */
  readonly formula: string;
  /** As the owned name's `requires`: write the marker only when the name itself is written. */
  readonly requires?: "lambda";
}

/** Where a named cell is, for hosts that read or write it. */
export interface NamedCell {
  readonly name: string;
  readonly sheet: SheetKey;
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  /** A1 address on its sheet, e.g. "B5". */
  readonly address: string;
}

export interface InputCell extends NamedCell {
  readonly id: InputId;
  /** The input's label, for what a load says it kept. */
  readonly label: string;
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  /** The article's starting value (what a reset writes). */
  readonly base: number;
  /**
   * The layout that added the input (absent: layout 1): a workbook of an older layout has no
   * such cell, so an upgrade from it writes `base` there.
   */
  readonly since?: number;
}

export interface OutputCell extends NamedCell {
  readonly id: OutputId;
  readonly unit: Unit;
}

/** How the scenarios table is laid out, so hosts can list, save, apply, rename and delete rows. */
export interface ScenarioTableLayout {
  /** The PlanTable with key "scenarios". */
  readonly table: string;
  readonly sheet: SheetKey;
  /** 0-based row of the header; body rows follow it. */
  readonly headerRow: number;
  readonly firstRow: number;
  /** 0-based column of the "name" column; the others follow in `columns` order. */
  readonly column: number;
  /** Most rows the Compare sheet computes (its formulas cover this many rows). */
  readonly capacity: number;
  /** Column order: "name", "note", then one per input in slot order (slots.ts). */
  readonly columns: readonly ("name" | "note" | InputId)[];
}

/** Where the Compare sheet shows each scenario's inputs and outputs (row k = scenario k). */
export interface CompareLayout {
  readonly sheet: SheetKey;
  /** 0-based row of scenario 1; scenario k is on firstRow + k − 1, up to `rows` scenarios. */
  readonly firstRow: number;
  readonly rows: number;
  /** 0-based column of the scenario's name ("" when the row of the table is empty). */
  readonly nameColumn: number;
  readonly inputColumns: Readonly<Record<InputId, number>>;
  readonly outputColumns: Readonly<Record<OutputId, number>>;
}

export interface WorkbookPlan {
  /**
   * The layout (PLAN_VERSION): bumped when the layout changes, and written into the workbook as
   * the layout stamp from layout 2 on (see "Layouts" above).
   */
  readonly version: number;
  readonly sheets: readonly PlanSheet[];
  readonly tables: readonly PlanTable[];
  readonly names: readonly PlanName[];
  readonly charts: readonly PlanChart[];
  readonly ownership: readonly OwnershipMarker[];
  readonly inputCells: Readonly<Record<InputId, InputCell>>;
  readonly outputCells: Readonly<Record<OutputId, OutputCell>>;
  readonly masterCheck: NamedCell;
  /** The layout stamp's number cell (layoutStamp.ts); absent in layout 1, which had none. */
  readonly layoutStamp?: NamedCell;
  readonly scenarios: ScenarioTableLayout;
  readonly compare: CompareLayout;
  /**
   * The Trials sheet's two choices the pane writes (layout 4 on; absent in an older layout's
   * plan): the seed and the trial count, with the limits the sheet's B6 checks them against.
   */
  readonly simulation?: SimulationCells;
  /** Rows of the Trials sheet (layout 4 on): a plan built again keeps the same number. */
  readonly trialRows?: number;
}

/** Where the pane writes the seed and the trial count, and what each may be (whole numbers). */
export interface SimulationCells {
  readonly seed: NamedCell;
  readonly trials: NamedCell;
  /** The largest seed (the HDR generator's largest id; the smallest is 0). */
  readonly maxSeed: number;
  /** The rows of trials the sheet holds (the smallest count is 1). */
  readonly maxTrials: number;
}

/** What each StyleRole looks like (FAST: inputs blue on pale yellow, calculations black). */
export const ROLE_STYLES: Readonly<Record<StyleRole, RoleStyle>> = {
  title: { bold: true, fontSize: 14 },
  note: { italic: true, fontColor: "#595959" },
  header: { bold: true, fill: "#D9E1F2", wrap: true },
  input: { fontColor: "#0000FF", fill: "#FFF2CC" },
  calc: { fontColor: "#000000" },
  output: { bold: true, fontColor: "#000000", fill: "#E2EFDA" },
  check: { fontColor: "#375623" },
  masterCheck: { bold: true, fill: "#E2EFDA" },
  reference: { fontColor: "#7F7F7F" },
  text: { wrap: true },
};

export function isFormula(cell: PlanCell): cell is PlanFormula {
  return typeof cell === "object" && cell !== null;
}

/**
 * True when a text typed as it is would not stay text in Excel or IronCalc (a formula, a sign,
 * a number, a boolean, an error or a date): the applier must then write it with a leading
 * apostrophe (Excel and IronCalc both keep the rest as text and show no apostrophe).
 */
export function textNeedsQuote(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  const trimmed = text.trim();
  if (trimmed !== text) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  if (/^#/.test(trimmed)) return true;
  // Numbers, percentages, currency, dates and times all start with a digit, "." or "$" / "(".
  return /^[\d.$(€£¥]/.test(trimmed);
}

/**
 * What to type into a cell so that it holds exactly this content, in both hosts: a formula as
 * it is, text with an apostrophe when it would otherwise be read as something else, numbers in
 * full precision, booleans as TRUE/FALSE, and "" for an empty cell.
 */
export function typedInput(cell: PlanCell): string {
  if (cell === null) return "";
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return numberInput(cell);
  return textNeedsQuote(cell) ? `'${cell}` : cell;
}

/** A number as typed: shortest round-trip digits, never exponent-less ambiguity. */
function numberInput(value: number): string {
  return String(value);
}

/**
 * The plan's input cells, in its order: its layout's inputs, which for an older or a later
 * layout are not src/model's. Hosts read and write these, never the model's list.
 */
export function planInputs(plan: Pick<WorkbookPlan, "inputCells">): readonly InputCell[] {
  return Object.values(plan.inputCells);
}

/** The plan's result cells, as planInputs. */
export function planOutputs(plan: Pick<WorkbookPlan, "outputCells">): readonly OutputCell[] {
  return Object.values(plan.outputCells);
}
