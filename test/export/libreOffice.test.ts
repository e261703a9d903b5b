// The exported .xlsx recalculated by another engine: LibreOffice Calc opens it headless with
// recalculation on load forced, saves it again, and every native formula must give the value
// the file stored (IronCalc's). A copy with deliberately wrong stored values proves that the
// recalculation really happens: forced, the values come back right; not forced, they stay wrong.
// Without soffice the tests are skipped, with the install hint printed.
//
// One known difference between the engines is allowed, and proved on its own below: LibreOffice
// 7.4 answers LN of a negative number with Err:502, saved as #VALUE!, where Excel (and IronCalc)
// give #NUM!. The model's runway workings take LN of a negative number in scenarios whose
// revenue exceeds the spend (the runway itself is then "never", guarded before that LN).
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  DEFAULT_SENSITIVITY_OUTPUT,
  EXCEL_ERROR_TEXT,
  inputSpec,
  isDomainError,
  sensitivity,
  twoWayMap,
  DEFAULT_SETUP,
  shortfallProbability,
  simulate,
  SUMMARY_OUTPUTS,
  summarize,
  type InputId,
  type OutputValue,
  type ScenarioInputs,
} from "../../src/model";
import { writeXlsx } from "../../src/preview/export";
import { cellAddress, parseCellAddress } from "../../src/workbook/a1";
import { analystBook, articleBook, exportOf, PLAN } from "./support/exportedBook";
import { simulationName } from "../../src/workbook/names";
import {
  HISTOGRAM_OUTPUT,
  percentileKey,
  SHORTFALL_RUNWAYS,
  shortfallName,
  summaryName,
  TRIAL_ROWS,
} from "../../src/workbook/sheets/trials";
import { buildPlan } from "../../src/workbook/buildPlan";
import { HAS_SOFFICE, noteWhenSkipped, resaveWithLibreOffice } from "./support/libreOffice";
import { openXlsx, readSheets, type StoredCell, type StoredSheet } from "./support/xlsxXml";

noteWhenSkipped();

/** Numbers agree to this relative tolerance; text, booleans and errors exactly. */
const RELATIVE_TOLERANCE = 1e-9;

function sameValue(a: StoredCell["value"], b: StoredCell["value"]): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** LibreOffice's Err:502 for LN outside its domain, where Excel and IronCalc say #NUM!. */
function isKnownLnDifference(cell: StoredCell, recalculated: StoredCell["value"]): boolean {
  return (
    /\bLN\(/.test(cell.formula ?? "") &&
    JSON.stringify(cell.value) === JSON.stringify({ error: "#NUM!" }) &&
    JSON.stringify(recalculated) === JSON.stringify({ error: "#VALUE!" })
  );
}

/** Every formula cell of `stored` whose value in `recalculated` differs ("Sheet!B5: a vs b"). */
function differences(
  stored: readonly StoredSheet[],
  recalculated: readonly StoredSheet[]
): string[] {
  const found: string[] = [];
  for (const sheet of stored) {
    const other = recalculated.find((s) => s.name === sheet.name);
    for (const [address, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const value = other?.cells.get(address)?.value;
      if (value !== undefined && isKnownLnDifference(cell, value)) continue;
      if (value === undefined || !sameValue(cell.value, value)) {
        found.push(
          `${sheet.name}!${address}: ${JSON.stringify(cell.value)} vs ${JSON.stringify(value)}`
        );
      }
    }
  }
  return found;
}

function formulaCount(sheets: readonly StoredSheet[]): number {
  return sheets.reduce((n, s) => n + [...s.cells.values()].filter((c) => c.formula).length, 0);
}

/** The plan's cell on a sheet, as the file addresses it. */
function at(sheetKey: string, row: number, column: number): { sheet: string; address: string } {
  const sheet = PLAN.sheets.find((s) => s.key === sheetKey)?.name ?? sheetKey;
  return { sheet, address: cellAddress(row, column) };
}

const OUTPUT = PLAN.outputCells.spendAtEfficiencyUsd;
const MASTER = PLAN.masterCheck;
/**
 * Cached values made wrong on purpose: a number and the master check's boolean. (LibreOffice
 * recalculates formulas with a cached boolean, text or error even when told never to, so only
 * the number shows what the forced recalculation changes.)
 */
const WRONG_NUMBER = { ...at(OUTPUT.sheet, OUTPUT.row, OUTPUT.column), wrong: "<v>123</v>" };
const TAMPERED = [WRONG_NUMBER, { ...at(MASTER.sheet, MASTER.row, MASTER.column), wrong: null }];

/** A copy of the file whose cached values in TAMPERED are wrong (the formulas unchanged). */
function withWrongCachedValues(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const sheets = readSheets(openXlsx(bytes));
  for (const target of TAMPERED) {
    const sheet = sheets.find((s) => s.name === target.sheet);
    const cell = sheet?.cells.get(target.address);
    if (!sheet || cell?.formula === undefined) throw new Error(`No formula at ${target.address}`);
    const xml = new TextDecoder().decode(parts[sheet.path]);
    const pattern = new RegExp(`(<c r="${target.address}"[^>]*>)(<f>.*?</f>)<v>([^<]*)</v>`);
    if (!pattern.test(xml)) throw new Error(`Cannot find ${target.address} in ${sheet.path}`);
    const wrong = target.wrong ?? `<v>${cell.value === true ? "0" : "1"}</v>`; // the boolean flipped
    parts[sheet.path] = strToU8(xml.replace(pattern, `$1$2${wrong}`));
  }
  return zipSync(parts);
}

/**
 * The analyst's file with two inputs changed in the file itself (the stored results left as
 * they were, now stale): only a real recalculation gives the model's values for the new inputs.
 */
const CHANGED_IN_FILE: Partial<ScenarioInputs> = { efficiencyShare: 0.1, fundingUsd: 5e10 };

function withChangedInputs(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const sheets = readSheets(openXlsx(bytes));
  for (const [id, value] of Object.entries(CHANGED_IN_FILE)) {
    const cell = PLAN.inputCells[id as InputId];
    const target = at(cell.sheet, cell.row, cell.column);
    const sheet = sheets.find((s) => s.name === target.sheet);
    if (!sheet) throw new Error(`No sheet ${target.sheet}`);
    const xml = new TextDecoder().decode(parts[sheet.path]);
    const pattern = new RegExp(`(<c r="${target.address}"[^>]*>)<v>[^<]*</v>`);
    if (!pattern.test(xml)) throw new Error(`Cannot find the input ${target.address}`);
    parts[sheet.path] = strToU8(xml.replace(pattern, `$1<v>${String(value)}</v>`));
  }
  return zipSync(parts);
}

/** The seed and the trial count a colleague types into the article's file (Trials!B4:B5). */
const SEEDED = { seed: 7, trials: 600 };

function withChangedSetup(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const sheets = readSheets(openXlsx(bytes));
  const formula = (name: string): string => PLAN.names.find((n) => n.name === name)?.formula ?? "";
  for (const [name, value] of [
    [simulationName("seed"), SEEDED.seed],
    [simulationName("trials"), SEEDED.trials],
  ] as const) {
    const match = /^='((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)$/.exec(formula(name));
    const sheet = sheets.find((x) => x.name === match?.[1]);
    if (!match || !sheet) throw new Error(`No cell for ${name}`);
    const address = `${match[2] ?? ""}${match[3] ?? ""}`;
    const xml = new TextDecoder().decode(parts[sheet.path]);
    const pattern = new RegExp(`(<c r="${address}"[^>]*>)<v>[^<]*</v>`);
    if (!pattern.test(xml)) throw new Error(`Cannot find ${address}`);
    parts[sheet.path] = strToU8(xml.replace(pattern, `$1<v>${String(value)}</v>`));
  }
  return zipSync(parts);
}

/** The cells a plan name covers, as LibreOffice saved them, row by row. */
function namedValues(sheets: readonly StoredSheet[], name: string): StoredCell["value"][][] {
  const formula = PLAN.names.find((n) => n.name === name)?.formula ?? "";
  const match = /^='((?:[^']|'')+)'!(.+)$/.exec(formula);
  const sheet = sheets.find((s) => s.name === match?.[1]);
  const [first = "", last = first] = (match?.[2] ?? "").replace(/\$/g, "").split(":");
  const [a, b] = [parseCellAddress(first), parseCellAddress(last)];
  return Array.from({ length: b.row - a.row + 1 }, (_, i) =>
    Array.from(
      { length: b.column - a.column + 1 },
      (_, j) => sheet?.cells.get(cellAddress(a.row + i, a.column + j))?.value ?? null
    )
  );
}

/** The model's value as LibreOffice stores it: a number, "never", or { error }. */
function agreesWith(value: StoredCell["value"], expected: OutputValue): boolean {
  if (isDomainError(expected)) {
    return JSON.stringify(value) === JSON.stringify({ error: EXCEL_ERROR_TEXT[expected.kind] });
  }
  return sameValue(value, expected);
}

/** One cell, =LN(-1), with Excel's answer (#NUM!) stored. */
function lnProbeFile(): Uint8Array {
  const look = { numberFormat: null, style: {} };
  return writeXlsx({
    sheets: [
      {
        name: "Probe",
        columnWidths: [],
        frozenRows: 0,
        tables: [],
        cells: [
          { row: 0, column: 0, formula: "=LN(-1)", value: { kind: "error", value: "#NUM!" }, look },
        ],
      },
    ],
    names: [],
  });
}

describe.skipIf(!HAS_SOFFICE)("LibreOffice recalculates the exported workbook", () => {
  const files: Record<string, Uint8Array> = {};
  const forced: Record<string, StoredSheet[]> = {};
  let notForced: StoredSheet[] = [];
  let lnProbe: StoredCell | undefined;
  let savedAnalyst: Uint8Array | undefined;
  let analystInputs: ScenarioInputs | undefined;

  beforeAll(async () => {
    files["article.xlsx"] = exportOf(await articleBook());
    const analyst = await analystBook();
    analystInputs = { ...(analyst.inputs as ScenarioInputs), ...CHANGED_IN_FILE };
    files["analyst.xlsx"] = exportOf(analyst);
    files["changed.xlsx"] = withChangedInputs(files["analyst.xlsx"] as Uint8Array);
    // The Trials sheet as the add-in writes it, all its rows (the tests' plan has fewer).
    const full = buildPlan({ trialRows: TRIAL_ROWS });
    files["seeded.xlsx"] = withChangedSetup(exportOf(await articleBook(full), full));
    files["tampered.xlsx"] = withWrongCachedValues(files["analyst.xlsx"] as Uint8Array);
    files["ln.xlsx"] = lnProbeFile();
    const names = Object.keys(files);
    const saved = await resaveWithLibreOffice(
      names.map((name) => ({ name, bytes: files[name] as Uint8Array })),
      "always"
    );
    names.forEach((name, i) => (forced[name] = readSheets(openXlsx(saved[i] as Uint8Array))));
    savedAnalyst = saved[names.indexOf("analyst.xlsx")];
    const [kept] = await resaveWithLibreOffice(
      [{ name: "tampered.xlsx", bytes: files["tampered.xlsx"] as Uint8Array }],
      "never"
    );
    notForced = readSheets(openXlsx(kept as Uint8Array));
    lnProbe = forced["ln.xlsx"]?.[0]?.cells.get("A1");
  }, 300_000);

  it.each(["article.xlsx", "analyst.xlsx"])(
    "%s: every native formula gives the value stored in the file",
    (name) => {
      const stored = readSheets(openXlsx(files[name] as Uint8Array));
      expect(formulaCount(stored)).toBeGreaterThan(600);
      expect(forced[name]?.map((s) => s.name)).toEqual(PLAN.sheets.map((s) => s.name));
      expect(differences(stored, forced[name] ?? [])).toEqual([]);
    }
  );

  it("the analyst's workbook holds errors, text results and booleans, compared exactly", () => {
    const stored = readSheets(openXlsx(files["analyst.xlsx"] as Uint8Array));
    const results = stored.flatMap((s) => [...s.cells.values()].filter((c) => c.formula));
    const kinds = new Set(
      results.map((c) =>
        typeof c.value === "object" && c.value !== null ? "error" : typeof c.value
      )
    );
    expect([...kinds].sort()).toEqual(["boolean", "error", "number", "string"]);
    expect(results.some((c) => c.value === "never")).toBe(true);
  });

  it("forced recalculation corrects a deliberately wrong stored value", () => {
    const stored = readSheets(openXlsx(files["analyst.xlsx"] as Uint8Array));
    const tampered = readSheets(openXlsx(files["tampered.xlsx"] as Uint8Array));
    // The copy really is wrong where it was tampered with, and only there.
    expect(differences(stored, tampered)).toEqual(
      TAMPERED.map((t) => expect.stringContaining(`${t.sheet}!${t.address}:`))
    );
    expect(differences(stored, forced["tampered.xlsx"] ?? [])).toEqual([]);
  });

  it("without forced recalculation LibreOffice keeps the wrong number (so the check above is real)", () => {
    const stored = readSheets(openXlsx(files["analyst.xlsx"] as Uint8Array));
    expect(differences(stored, notForced)).toEqual([
      `${WRONG_NUMBER.sheet}!${WRONG_NUMBER.address}: ${JSON.stringify(
        stored.find((s) => s.name === WRONG_NUMBER.sheet)?.cells.get(WRONG_NUMBER.address)?.value
      )} vs 123`,
    ]);
  });

  it("reads the Compare sheet's charts: its saved copy draws them from the same ranges", () => {
    const file = openXlsx(savedAnalyst as Uint8Array);
    const charts = file.paths.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
    expect(charts).toHaveLength(PLAN.charts.length);
    const unquoted = (ref: string): string => ref.replace(/'/g, "");
    const drawn = charts.map((path) =>
      [...file.text(path).matchAll(/<c:f>([^<]*)<\/c:f>/g)]
        .map((m) => unquoted(m[1] ?? ""))
        // LibreOffice also writes each series' name as a formula ("name"): keep the ranges.
        .filter((ref) => ref.includes("!"))
    );
    const planned = PLAN.charts.map((chart) =>
      chart.series.flatMap((s) => [unquoted(chart.categories), unquoted(s.values)])
    );
    expect(drawn.map((refs) => [...refs].sort())).toEqual(
      expect.arrayContaining(planned.map((refs) => [...refs].sort()))
    );
  });

  it("the one allowed difference is LibreOffice's: LN(-1) is #VALUE! there, #NUM! in Excel", () => {
    const lnCells = Object.values(forced).flatMap((sheets) =>
      sheets.flatMap((s) => [...s.cells.values()].filter((c) => /\bLN\(/.test(c.formula ?? "")))
    );
    expect(lnCells.some((c) => JSON.stringify(c.value) === '{"error":"#VALUE!"}')).toBe(true);
    expect(lnProbe?.formula).toBe("LN(-1)");
    expect(lnProbe?.value).toEqual({ error: "#VALUE!" });
  });

  it("after inputs changed in the file, the Sensitivity and Map sheets give the model's values", () => {
    const sheets = forced["changed.xlsx"] ?? [];
    const inputs = analystInputs as ScenarioInputs;
    const tornado = sensitivity(DEFAULT_SENSITIVITY_OUTPUT, inputs);
    const labels = namedValues(sheets, "sens_Input").map((r) => r[0]);
    const [atLow, atHigh, ranks] = ["sens_AtLow", "sens_AtHigh", "sens_Rank"].map((n) =>
      namedValues(sheets, n).map((r) => r[0])
    );
    for (const row of tornado.rows) {
      const i = labels.indexOf(inputSpec(row.inputId).label);
      expect(agreesWith(atLow?.[i] ?? null, row.atLow), `${row.inputId} low`).toBe(true);
      expect(agreesWith(atHigh?.[i] ?? null, row.atHigh), `${row.inputId} high`).toBe(true);
      expect(ranks?.[i], `${row.inputId} rank`).toBe(row.rank);
    }
    const map = twoWayMap(DEFAULT_MAP_OUTPUT, DEFAULT_MAP_ROWS, DEFAULT_MAP_COLUMNS, inputs);
    const values = namedValues(sheets, "map_Values");
    map.cells.forEach((row, r) =>
      row.forEach((value, c) =>
        expect(agreesWith(values[r]?.[c] ?? null, value), `map ${r},${c}`).toBe(true)
      )
    );
    // The stored results were stale: the recalculation changed them.
    const stale = namedValues(
      readSheets(openXlsx(files["changed.xlsx"] as Uint8Array)),
      "map_Values"
    );
    expect(JSON.stringify(stale)).not.toBe(JSON.stringify(values));
  });

  it("after the seed and the trial count changed in the file, the Trials sheet gives simulate()'s summary", () => {
    const sheets = forced["seeded.xlsx"] ?? [];
    const sim = simulate({ ...DEFAULT_SETUP, ...SEEDED });
    if (isDomainError(sim)) throw new Error(sim.message);
    const one = (name: string): StoredCell["value"] => namedValues(sheets, name)[0]?.[0] ?? null;
    // The file stores 15 significant digits; LibreOffice's AVERAGE adds with compensation.
    const near = (value: StoredCell["value"], expected: number, relative: number): boolean =>
      typeof value === "number" &&
      Math.abs(value - expected) <= relative * Math.max(Math.abs(expected), 1e-300);
    for (const id of SUMMARY_OUTPUTS) {
      const sample = sim.samples[id];
      if (!sample) throw new Error(`No sample of ${id}`);
      const summary = summarize(sample);
      for (const { p, value } of summary.percentiles)
        expect(
          near(one(summaryName(id, percentileKey(p))), value ?? NaN, 1e-14),
          `${id} P${p}`
        ).toBe(true);
      expect(near(one(summaryName(id, "Mean")), summary.mean ?? NaN, 1e-13), `${id} mean`).toBe(
        true
      );
      expect(one(summaryName(id, "Numbers")), `${id} numbers`).toBe(summary.numbers);
    }
    for (const runway of SHORTFALL_RUNWAYS)
      expect(
        near(one(shortfallName(runway)), shortfallProbability(sim, runway) ?? NaN, 1e-14),
        runway
      ).toBe(true);
    const efficient = sim.samples[HISTOGRAM_OUTPUT];
    if (!efficient) throw new Error("No runway sample");
    const bins = summarize(efficient, [], 20).histogram;
    expect(namedValues(sheets, simulationName("binCount")).map((r) => r[0])).toEqual(
      bins.map((b) => b.count)
    );
    // The stored summary was the first seed's: the recalculation changed it.
    const stale = namedValues(
      readSheets(openXlsx(files["seeded.xlsx"] as Uint8Array)),
      summaryName("runwayAtEfficientYears", "P50")
    );
    expect(stale[0]?.[0]).not.toBe(one(summaryName("runwayAtEfficientYears", "P50")));
  });
});
