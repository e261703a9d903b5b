/**
 * The Trials part's words and numbers as the pane shows them: each the workbook's own reading
 * (the Trials sheet's statistics, read with the outputs), put in the analyst's units as the
 * Results table puts them (readingText), never recomputed. Also what a typed seed or count is
 * as a number. Pure.
 */
import { outputSpec, type OutputId } from "../../model";
import type { SimulationReadings, SimulationStatistics } from "../../workbook/analysis/readings";
import type { CellReading } from "../../workbook/host";
import { trialsMessages as m } from "../../workbook/messages/trials";
import { compactText, readingText } from "./analysisText";

/** The output the sentence and the chart are about (the sheet's histogram). */
export const DISTRIBUTION_OUTPUT: OutputId = "runwayAtEfficientYears";
/** The percentiles of the sentence: the middle 80% of the trials. */
const LOW_P = 0.1;
const HIGH_P = 0.9;

export interface TableRow {
  readonly label: string;
  /** One text per summary output, in the readings' order. */
  readonly cells: readonly string[];
}

/** The percentile table: 5th, 10th, 50th, 90th, 95th percentile, then the mean. */
export function percentileRows(sim: SimulationReadings): TableRow[] {
  const first = sim.outputs[0];
  if (!first) return [];
  const text = (o: SimulationStatistics, reading: CellReading): string =>
    readingText(reading, outputSpec(o.outputId).unit);
  return [
    ...first.percentiles.map(({ p }, i) => ({
      label: m.percentile(p),
      cells: sim.outputs.map((o) => text(o, o.percentiles[i]?.value ?? "")),
    })),
    { label: m.mean, cells: sim.outputs.map((o) => text(o, o.mean)) },
  ];
}

/** The table's column headers: each output's label. */
export function outputHeaders(sim: SimulationReadings): string[] {
  return sim.outputs.map((o) => outputSpec(o.outputId).label);
}

/**
 * "In 80% of the trials the round lasts between 52.73 and 98.5 years at efficient spend": the
 * 10th and 90th percentiles of the runway at efficient spend. Where some trials never run out or
 * give an error (the percentiles are over the others), it says how many first. Undefined when
 * the percentiles are not numbers.
 */
export function middleRangeSentence(sim: SimulationReadings): string | undefined {
  const runway = sim.outputs.find((o) => o.outputId === DISTRIBUTION_OUTPUT);
  const at = (p: number): CellReading | undefined =>
    runway?.percentiles.find((q) => Math.abs(q.p - p) < 1e-9)?.value;
  const low = at(LOW_P);
  const high = at(HIGH_P);
  if (!runway || typeof low !== "number" || typeof high !== "number") return undefined;
  const unit = outputSpec(DISTRIBUTION_OUTPUT).unit;
  const share = `${Math.round((HIGH_P - LOW_P) * 100)}%`;
  const from = compactText(low, unit);
  const to = readingText(high, unit);
  const trials = typeof sim.trials === "number" ? sim.trials : 0;
  const never = typeof runway.never === "number" ? runway.never : 0;
  const errors = typeof runway.errors === "number" ? runway.errors : 0;
  if (never === 0 && errors === 0) return m.middleRange(share, from, to);
  const apart = [
    ...(never > 0 ? [m.neverCount(never, trials)] : []),
    ...(errors > 0 ? [m.errorCount(errors, trials)] : []),
  ].join("; ");
  return m.middleRangeOfNumbers(apart, share, from, to);
}

/** Each runway's probability of falling short, as a percentage ("12.3%"). */
export function shortfallRows(sim: SimulationReadings): { label: string; text: string }[] {
  return sim.shortfalls.map((s) => ({
    label: m.shortfallLabel(outputSpec(s.runway).label),
    text: readingText(s.probability, "share"),
  }));
}

/** A bar of the chart: the bin's middle, its count, and what a screen reader says of it. */
export interface DistributionBar {
  readonly middle: number;
  readonly count: number;
  readonly label: string;
}

/** The bins that can be drawn (numbers throughout), in order. */
export function distributionBars(sim: SimulationReadings): DistributionBar[] {
  const unit = outputSpec(DISTRIBUTION_OUTPUT).unit;
  return sim.bins.flatMap((bin) =>
    typeof bin.middle === "number" &&
    typeof bin.count === "number" &&
    typeof bin.from === "number" &&
    typeof bin.to === "number"
      ? [
          {
            middle: bin.middle,
            count: bin.count,
            label: m.chartBar(compactText(bin.from, unit), readingText(bin.to, unit), bin.count),
          },
        ]
      : []
  );
}

/**
 * A whole number as typed ("1,000", " 42 "): thousands separators and spaces dropped. NaN when
 * it is not a number at all; a fraction stays a fraction (the limits' check refuses it).
 */
export function typedNumber(text: string): number {
  const plain = text.replace(/[\s,]/g, "");
  return plain === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)
    ? Number.NaN
    : Number(plain);
}

/** A seed or a count in a sentence: "1,000"; text as it is. */
export function countText(reading: CellReading): string {
  return typeof reading === "number"
    ? reading.toLocaleString("en-US", { maximumFractionDigits: 15 })
    : reading;
}

/** A seed or a count as the field shows it (the workbook's number, or its text). */
export function fieldText(reading: CellReading): string {
  return typeof reading === "number" ? String(reading) : reading;
}
