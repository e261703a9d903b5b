/**
 * Test support: the analyst's workbook the sharing tests prepare and restore (test/contract/
 * sharing.test.ts on both hosts, test/excel/sharing.test.ts for what only Excel has). Their own
 * sheets full of AICOST formulas (nested, lower case, inside other functions, with quoted sheet
 * names), decoys (a string holding "AICOST.RATIO(", a text typed as '=AICOST.RATIO(1,2)),
 * numbers, text and ordinary formulas, with what prepare should make of each.
 */
import {
  annualSaving,
  costRatio,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "../../src/model";
import { RECORD_SHEET_NAME } from "../../src/workbook/sharing";

export const ANALYSIS = "Analysis";
export const QUOTED = "My 'quoted' sheet";
export const RECORD = RECORD_SHEET_NAME;
/** 1-based row of the record's first entry: title, two lines of intro, a blank row, the header. */
export const FIRST_ENTRY = 6;

/** The analyst's cells: what they typed, and what prepare should make of it. */
export const CELLS: readonly {
  sheet: string;
  address: string;
  typed: string | number;
  becomes: "twin" | "frozen" | "same";
}[] = [
  { sheet: ANALYSIS, address: "A1", typed: "Cash (USD)", becomes: "same" },
  { sheet: ANALYSIS, address: "B1", typed: 40e9, becomes: "same" },
  { sheet: ANALYSIS, address: "B2", typed: 7.5e9, becomes: "same" },
  { sheet: ANALYSIS, address: "B3", typed: 0.3, becomes: "same" },
  { sheet: ANALYSIS, address: "C1", typed: "=AICOST.BURN.YEARS(B1,B2)", becomes: "twin" },
  { sheet: ANALYSIS, address: "C2", typed: "=aicost.burn.years(B1,B2,B3)", becomes: "twin" },
  {
    sheet: ANALYSIS,
    address: "C3",
    typed: "=IFERROR(AICOST.RATIO(6000000,500000000)*100,0)",
    becomes: "twin",
  },
  {
    sheet: ANALYSIS,
    address: "C4",
    typed: "=AICOST.RATIO(AICOST.EQUIVALENT(B2,0.075),B2)",
    becomes: "twin",
  },
  {
    sheet: ANALYSIS,
    address: "C5",
    typed: "=AICOST.STAKE(B1,'My ''quoted'' sheet'!B1)",
    becomes: "twin",
  },
  { sheet: ANALYSIS, address: "C6", typed: '="AICOST.RATIO("&"1,2)"', becomes: "same" },
  { sheet: ANALYSIS, address: "C7", typed: "'=AICOST.RATIO(1,2)", becomes: "same" },
  {
    sheet: ANALYSIS,
    address: "C8",
    typed: '=AICOST.FIGURE("r1_operating_cost_share","high")',
    becomes: "frozen",
  },
  {
    sheet: ANALYSIS,
    address: "C9",
    typed: '=AICOST.SOURCE("orion_training_cost")',
    becomes: "frozen",
  },
  {
    sheet: ANALYSIS,
    address: "C10",
    typed: '=AICOST.FIGURE("openai_funding_round")/AICOST.BURN.YEARS(B1,B2)',
    becomes: "frozen",
  },
  { sheet: ANALYSIS, address: "C11", typed: "=SUM(B1:B2)", becomes: "same" },
  { sheet: ANALYSIS, address: "C12", typed: "=C1*12", becomes: "same" },
  { sheet: ANALYSIS, address: "C13", typed: "=AICOST.BURN.MONTHS(B1,B2,,0)", becomes: "twin" },
  { sheet: ANALYSIS, address: "C14", typed: '=AICOST.FIGURE("no_such_figure")', becomes: "frozen" },
  {
    sheet: ANALYSIS,
    address: "C15",
    typed: '=LEN(aicost.source("v3_training_cost"))>10',
    becomes: "frozen",
  },
  { sheet: ANALYSIS, address: "C16", typed: '=IF(C1>5,"long runway","short")', becomes: "same" },
  { sheet: ANALYSIS, address: "D1", typed: "'=1+1", becomes: "same" },
  { sheet: ANALYSIS, address: "D2", typed: "2025", becomes: "same" },
  { sheet: QUOTED, address: "B1", typed: 300e9, becomes: "same" },
  { sheet: QUOTED, address: "B2", typed: "=AICOST.SAVINGS(7500000000,0.075)", becomes: "twin" },
  { sheet: QUOTED, address: "B3", typed: "=Analysis!C1+1", becomes: "same" },
];

export const count = (becomes: string): number => CELLS.filter((c) => c.becomes === becomes).length;
export const CHANGED = count("twin") + count("frozen");

/** What the model gives for the cells that become twins (the functions' arguments above). */
export const MODEL: Readonly<Record<string, number>> = {
  [`${ANALYSIS}!C1`]: runwayYears(40e9, 7.5e9) as number,
  [`${ANALYSIS}!C2`]: runwayYears(40e9, 7.5e9, 0.3) as number,
  [`${ANALYSIS}!C3`]: (costRatio(6e6, 500e6) as number) * 100,
  [`${ANALYSIS}!C4`]: costRatio(spendAtEfficiency(7.5e9, 0.075) as number, 7.5e9) as number,
  [`${ANALYSIS}!C5`]: stakeBought(40e9, 300e9) as number,
  [`${ANALYSIS}!C13`]: runwayMonths(40e9, 7.5e9, undefined, 0) as number,
  [`${QUOTED}!B2`]: annualSaving(7.5e9, 0.075) as number,
};

/** What a test workbook offers to move references: Excel's Insert, on either host. */
export interface InsertsRowsAndColumns {
  insertRows(sheet: string, row: number, count?: number): void;
  insertColumns(sheet: string, letters: string, count?: number): void;
}

/** The analyst's edits since prepare that move references: the spreadsheet updates every formula. */
export const MOVES: readonly { name: string; move: (book: InsertsRowsAndColumns) => void }[] = [
  { name: "a row inserted above every cell", move: (b) => b.insertRows(ANALYSIS, 1) },
  { name: "a row inserted between B1 and B2", move: (b) => b.insertRows(ANALYSIS, 2) },
  { name: "columns inserted left of A", move: (b) => b.insertColumns(ANALYSIS, "A", 2) },
  { name: "a column inserted between B and C", move: (b) => b.insertColumns(ANALYSIS, "C") },
];
