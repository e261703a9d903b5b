/**
 * Test support for the Trials sheet: a simulation's setup typed into the workbook as the
 * analyst would (inputs, cases, shapes, seed and count, then one recalculation), and what of
 * the sheet's summary differs from the model's simulate() for it, read bit for bit through the
 * mantissa halves of summaryChecks.ts (engines print 15 digits).
 *
 * Bit for bit holds while every trial's growth is 0: the sheet then takes only + − × ÷ and
 * square roots, which IEEE 754 rounds the same in every engine. A growth other than 0 takes
 * LN and EXP, which no engine rounds exactly: IronCalc's LN and Node's differ by one unit in
 * the last place for about 1 argument in 150 (docs/HOSTS.md), so those setups must agree to
 * 13 digits (sameNumber), as the other engine tests do.
 */
import {
  drawColumn,
  isDomainError,
  SHAPE_LABELS,
  shortfallProbability,
  simulate,
  SUMMARY_OUTPUTS,
  summarize,
  type OutputSummary,
  type SimulationSetup,
} from "../../../src/model";
import { readCell, sheetIndexOf } from "../../../src/preview/engine";
import { caseName, shapeName, simulationName } from "../../../src/workbook/names";
import { typedInput } from "../../../src/workbook/plan";
import {
  HISTOGRAM_OUTPUT,
  percentileKey,
  SHORTFALL_RUNWAYS,
  shortfallName,
  summaryName,
} from "../../../src/workbook/sheets/trials";
import { asReading, type Reading } from "../../support/engineReads";
import { sameNumber, type Model } from "../../support/ironcalc";
import type { LoadedWorkbook } from "../engineWorkbook";
import { namedPlace } from "./analysisReads";
import { halves, halvesFormulas } from "./summaryChecks";

const SCRATCH = "Scratch";

/** Types the setup, then recalculates once (unless `evaluate` is false). */
export function typeSetup(workbook: LoadedWorkbook, setup: SimulationSetup, evaluate = true): void {
  const { model, plan } = workbook;
  const put = (name: string, value: string | number): void => {
    const at = namedPlace(model, plan, name);
    model.setUserInput(at.sheet, at.row + 1, at.column + 1, typedInput(value));
  };
  model.pauseEvaluation();
  const inputs = sheetIndexOf(model, plan, "inputs");
  for (const cell of Object.values(plan.inputCells)) {
    model.setUserInput(inputs, cell.row + 1, cell.column + 1, String(setup.inputs[cell.id]));
    put(caseName(cell.id, "Low"), setup.cases[cell.id].low);
    put(caseName(cell.id, "High"), setup.cases[cell.id].high);
    put(shapeName(cell.id), SHAPE_LABELS[setup.shapes[cell.id]]);
  }
  put(simulationName("seed"), setup.seed);
  put(simulationName("trials"), setup.trials);
  model.resumeEvaluation();
  if (evaluate) model.evaluate();
}

/** Types the setup and checks the sheet against the model, in one recalculation. */
export function trialsDisagreement(
  workbook: LoadedWorkbook,
  setup: SimulationSetup
): string | undefined {
  typeSetup(workbook, setup, false);
  return simulationDisagreement(workbook, setup);
}

interface Expectation {
  readonly what: string;
  /** A formula over the workbook's names (no "="). */
  readonly cell: string;
  /** A number to the last bit, or the reading an error or a count shows. */
  readonly expected: number | string;
  readonly exact?: boolean;
}

function scratchSheet(model: Model): number {
  const found = model.getWorksheetsProperties().findIndex((s) => s.name === SCRATCH);
  if (found >= 0) return found;
  model.newSheet();
  const index = model.getWorksheetsProperties().length - 1;
  model.renameSheet(index, SCRATCH);
  return index;
}

function summaryExpectations(summary: OutputSummary): Expectation[] {
  const id = summary.outputId;
  const stat = (key: string): string => summaryName(id, key);
  const orError = (value: number | undefined, error: string): number | string =>
    value === undefined ? error : value;
  return [
    { what: `${id} mean`, cell: stat("Mean"), expected: orError(summary.mean, "#DIV/0!") },
    ...summary.percentiles.map(({ p, value }) => ({
      what: `${id} P${p}`,
      cell: stat(percentileKey(p)),
      expected: orError(value, "#NUM!"),
    })),
    { what: `${id} numbers`, cell: stat("Numbers"), expected: summary.numbers, exact: true },
    { what: `${id} never`, cell: stat("Never"), expected: summary.never, exact: true },
    { what: `${id} errors`, cell: stat("Errors"), expected: summary.errors, exact: true },
  ];
}

function histogramExpectations(summary: OutputSummary, bins: number): Expectation[] {
  const at = (name: string, k: number): string => `INDEX(${simulationName(name)},${k + 1})`;
  if (summary.histogram.length === 0) {
    return [{ what: "bin 1 count", cell: at("binCount", 0), expected: "#N/A" }];
  }
  // All values equal: the model's one bin; the sheet's bins all start and end there, and the
  // last holds them all.
  const model =
    summary.histogram.length === 1
      ? Array.from({ length: bins }, (_, k) => ({
          ...(summary.histogram[0] as { from: number; to: number; count: number }),
          count: k === bins - 1 ? summary.numbers : 0,
        }))
      : summary.histogram;
  return model.flatMap((bin, k) => [
    { what: `bin ${k + 1} from`, cell: at("binFrom", k), expected: bin.from },
    { what: `bin ${k + 1} to`, cell: at("binTo", k), expected: bin.to },
    { what: `bin ${k + 1} count`, cell: at("binCount", k), expected: bin.count, exact: true },
  ]);
}

/** What differs between the sheet and simulate(setup), in a line; undefined when nothing. */
export function simulationDisagreement(
  workbook: LoadedWorkbook,
  setup: SimulationSetup
): string | undefined {
  const { model, plan } = workbook;
  const sim = simulate(setup);
  if (isDomainError(sim)) throw new Error(sim.message);
  const bins = namedPlace(model, plan, simulationName("binCount")).height;
  const expectations: Expectation[] = [
    ...SUMMARY_OUTPUTS.flatMap((id) => {
      const sample = sim.samples[id];
      return sample ? summaryExpectations(summarize(sample, undefined, bins)) : [];
    }),
    ...SHORTFALL_RUNWAYS.map((runway) => ({
      what: `${runway} shortfall`,
      cell: shortfallName(runway),
      expected: shortfallProbability(sim, runway) ?? "#N/A",
    })),
  ];
  const histogramSample = sim.samples[HISTOGRAM_OUTPUT];
  if (histogramSample)
    expectations.push(...histogramExpectations(summarize(histogramSample, [], bins), bins));

  const sheet = scratchSheet(model);
  model.pauseEvaluation();
  expectations.forEach((e, i) => {
    model.setUserInput(sheet, i + 1, 1, `=${e.cell}`);
    if (typeof e.expected === "number" && !e.exact) {
      const [hi, lo] = halvesFormulas(`A${i + 1}`, e.expected);
      model.setUserInput(sheet, i + 1, 2, hi);
      model.setUserInput(sheet, i + 1, 3, lo);
    }
  });
  model.resumeEvaluation();
  model.evaluate();
  const bitForBit = drawColumn(setup, "spendGrowth").every((growth) => growth === 0);
  const read = (row: number, column: number): Reading =>
    asReading(readCell(model, sheet, row, column));
  const wrong = expectations.flatMap((e, i) => {
    const shown = read(i, 0);
    if (typeof e.expected === "string" || e.exact) {
      return shown === e.expected ? [] : [`${e.what}: ${String(shown)} (model ${e.expected})`];
    }
    const bits = `${String(read(i, 1))} ${String(read(i, 2))}`;
    const sameSign = typeof shown === "number" && Math.sign(shown) === Math.sign(e.expected);
    const agrees = bitForBit
      ? bits === halves(e.expected) && sameSign
      : typeof shown === "number" && sameNumber(shown, e.expected);
    return agrees ? [] : [`${e.what}: ${String(shown)} (model ${e.expected})`];
  });
  return wrong.length === 0 ? undefined : wrong.slice(0, 5).join("; ");
}
