/**
 * The benchmark harness behind `npm run bench`: tinybench runs each case, the harness prints
 * a table and writes the figures to bench-results/<suite>.json.
 *
 * Speed is reported as ratios against a baseline measured in the same run (these machines
 * are shared and noisy, so absolute times mean little): each case names its group, and one
 * case per group is the baseline (e.g. inline arithmetic against a custom function).
 * Non-timing figures (sync counts, bundle sizes) go through recordFigures().
 *
 * To add a benchmark: a bench/<name>.bench.ts with one vitest `test` that calls runBench
 * (and/or recordFigures); bench/vitest.config.ts picks it up.
 */
import { mkdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Bench } from "tinybench";

export const RESULTS_DIR = resolve(__dirname, "../bench-results");

export interface BenchCase {
  readonly group: string;
  readonly name: string;
  /** One sample: typically a loop of many calls. Return a value so the work is not optimised away. */
  readonly run: () => unknown;
  /** Calls made by one run, to report time per call. */
  readonly callsPerRun?: number;
  /** The case every other case of the group is divided by. */
  readonly baseline?: boolean;
}

export interface BenchRow {
  group: string;
  name: string;
  "median ms/run": number;
  "ns/call": number | null;
  "runs/s": number;
  "× baseline": number | null;
  samples: number;
}

let sink: unknown;
/** Keeps results alive so the JIT cannot drop the work. */
export function consume(value: unknown): void {
  sink = value;
}

export async function runBench(
  suite: string,
  cases: readonly BenchCase[],
  options: { timeMs?: number; iterations?: number } = {}
): Promise<BenchRow[]> {
  const bench = new Bench({
    name: suite,
    time: options.timeMs ?? 300,
    iterations: options.iterations ?? 10,
    // A case that throws fails the bench; by default tinybench records the error and reports
    // a NaN median, which reads as a figure.
    throws: true,
  });
  for (const c of cases) bench.add(`${c.group} :: ${c.name}`, () => consume(c.run()));
  await bench.run();
  const medians = new Map<string, number>();
  bench.tasks.forEach((task, i) => {
    const result = task.result as { latency?: { p50?: number } } | undefined;
    medians.set(cases[i]?.name + "\u0000" + cases[i]?.group, result?.latency?.p50 ?? Number.NaN);
  });
  const median = (c: BenchCase) => medians.get(c.name + "\u0000" + c.group) ?? Number.NaN;
  const rows: BenchRow[] = cases.map((c) => {
    const base = cases.find((b) => b.group === c.group && b.baseline);
    const ms = median(c);
    return {
      group: c.group,
      name: c.name,
      "median ms/run": round(ms),
      "ns/call": c.callsPerRun ? round((ms * 1e6) / c.callsPerRun) : null,
      "runs/s": round(1000 / ms),
      "× baseline": base ? round(ms / median(base)) : null,
      samples: bench.tasks[cases.indexOf(c)]?.runs ?? 0,
    };
  });
  console.log(`\n${suite}`);
  console.table(rows);
  writeResults(suite, { rows });
  return rows;
}

/** Figures that are not timings (sync counts, bytes), printed and written beside the timings. */
export function recordFigures(suite: string, figures: Record<string, number | string>): void {
  console.log(`\n${suite}`);
  console.table(figures);
  writeResults(suite, { figures });
}

function writeResults(suite: string, data: Record<string, unknown>): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = resolve(RESULTS_DIR, `${suite}.json`);
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
    : {};
  const payload = {
    ...previous,
    ...data,
    suite,
    measuredAt: new Date().toISOString(),
    node: process.version,
  };
  writeFileSync(file, JSON.stringify(payload, null, 2));
  void sink;
}

function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : x;
}
