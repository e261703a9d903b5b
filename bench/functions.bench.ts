/**
 * The custom functions' speed, as Excel calls them: Excel hands the add-in batches of cells
 * to compute, and calls the function once per cell with that cell's argument list (a range
 * parameter's single cell as [[cell]], an omitted optional as null). Each sample computes
 * 100 such batches of 100 cells, for every function, against the same arithmetic written
 * inline over the same argument lists, in the same run. The "× baseline" column is the cost
 * of a call relative to that inline arithmetic; results also go to bench-results/functions.json.
 *
 * A function that takes ranges must return one (Excel wants [[cell]] even for one cell), and
 * allocating that array costs more than the arithmetic: the "returned as [[cell]]" cases are
 * inline arithmetic that allocates the same result, the floor for those functions.
 *
 * The functions are bundled natively (support/nativeModule.ts) as webpack bundles them. Every
 * custom function is called through one call site, fn.apply(undefined, args), as Excel's
 * runtime calls them all through one; each inline case is its own loop, so the baseline is as
 * fast as JavaScript gets.
 */
import { beforeAll, test } from "vitest";
import type * as Functions from "../src/functions/functions";
import type * as Model from "../src/model";
import { BenchCase, runBench } from "./harness";
import { loadNative } from "./support/nativeModule";

let fns: typeof Functions;
let m: typeof Model;

beforeAll(async () => {
  // Only error paths read the global, and these inputs are all valid; it is there in case.
  Object.defineProperty(globalThis, "CustomFunctions", {
    value: { Error: class {}, ErrorCode: {} },
    configurable: true,
  });
  fns = await loadNative<typeof Functions>("src/functions/functions.ts", "functions");
  m = await loadNative<typeof Model>("src/model/index.ts", "model-for-functions");
});

/** Cells in one batch, as Excel sends them. */
const BATCH = 100;
/** Batches per sample, drawn in turn from a pool of distinct ones, so nothing is constant-folded. */
const BATCHES_PER_RUN = 100;
const POOL = 64;
const CALLS = BATCH * BATCHES_PER_RUN;

/** One cell's argument list, as Excel passes it. */
type Args = unknown[];
type Batch = readonly Args[];

/** The n-th value of a spread of values in the article's scale: from `low`, in `steps` of `step`. */
const spread = (low: number, step: number, steps: number) => (n: number) =>
  low + (n % steps) * step;
const amount = spread(1e9, 1e7, 997); // USD
const spend = spread(5e9, 1e7, 991); // USD per year, above the amounts
const valuation = spread(300e9, 1e8, 983); // USD, above every amount
const share = spread(0.05, 0.01, 89); // 5% to 93%
const growth = spread(0.01, 0.01, 61); // 1% to 61% a year
const IDS = [
  "openai_annual_operations",
  "r1_operating_cost_share",
  "orion_training_cost",
  "openai_valuation",
];

/** The pool of batches whose cell n has the argument list cell(n). */
function batches(cell: (n: number) => Args): readonly Batch[] {
  return Array.from({ length: POOL }, (_, b) =>
    Array.from({ length: BATCH }, (_, c) => cell(b * BATCH + c))
  );
}
const one = (x: number): number[][] => [[x]];
/** A number in a cell's argument list: a bare number, or the single cell of a range. */
const num = (x: unknown): number => (typeof x === "number" ? x : ((x as number[][])[0]?.[0] ?? 0));

/** Results are summed so the work is used; text and errors count as 0, a range by its first cell. */
function numberOf(x: unknown): number {
  if (typeof x === "number") return x;
  if (Array.isArray(x)) return numberOf(x[0]?.[0]);
  return 0;
}

/** Where a result escapes, as Excel's result does, so that it cannot be optimised away. */
let kept: unknown = undefined;

/** Every custom function through one call site, as Excel's runtime calls them. */
function asExcel(fn: (...args: never[]) => unknown, pool: readonly Batch[]): () => number {
  return () => {
    let sum = 0;
    for (let k = 0; k < BATCHES_PER_RUN; k++) {
      const batch = pool[k % POOL] as Batch;
      for (let c = 0; c < BATCH; c++)
        sum += numberOf(Reflect.apply(fn, undefined, batch[c] as Args));
    }
    return sum;
  };
}

interface FunctionCase {
  readonly group: string;
  readonly fn: (...args: never[]) => unknown;
  readonly pool: readonly Batch[];
  /** The same arithmetic written inline over one cell's arguments. */
  readonly inline: () => number;
  /** The inline arithmetic allocating the [[cell]] a range function returns. */
  readonly inlineAsCell?: () => number;
}

/** Inline loops: each its own function literal, so each stays monomorphic. */
function functionCases(): FunctionCase[] {
  const f = fns;
  const figures = IDS.map((id) => m.findFigure(id) as Model.Figure);
  const ratioPool = batches((n) => [one(amount(n)), one(spend(n))]);
  const runwayPool = batches((n) => [spend(n), amount(n), null, null]);
  const growthPool = batches((n) => [spend(n), amount(n), growth(n), null]);
  const sharePool = batches((n) => [one(spend(n)), one(share(n))]);
  const runsPool = batches((n) => [one(spend(n)), one(amount(n))]);
  const breakevenPool = batches((n) => [spend(n), amount(n), 10, null, null]);
  const stakePool = batches((n) => [amount(n), valuation(n)]);
  const figurePool = batches((n) => [IDS[n & 3], null]);
  const sourcePool = batches((n) => [IDS[n & 3]]);
  return [
    {
      group: "RATIO",
      fn: f.costRatio,
      pool: ratioPool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = ratioPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += num(a[0]) / num(a[1]);
          }
        }
        return sum;
      },
      inlineAsCell: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = ratioPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const result = [[num(a[0]) / num(a[1])]];
            kept = result;
            sum += result[0]?.[0] ?? 0;
          }
        }
        return sum;
      },
    },
    {
      group: "BURN.YEARS (flat)",
      fn: f.runwayYears,
      pool: runwayPool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = runwayPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += num(a[0]) / num(a[1]);
          }
        }
        return sum;
      },
    },
    {
      group: "BURN.YEARS (growth)",
      fn: f.runwayYears,
      pool: growthPool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = growthPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const g = Math.log1p(num(a[2]));
            sum += Math.log1p((num(a[0]) * g) / num(a[1])) / g;
          }
        }
        return sum;
      },
    },
    {
      group: "BURN.MONTHS (growth)",
      fn: f.runwayMonths,
      pool: growthPool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = growthPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const g = Math.log1p(num(a[2]));
            sum += (12 * Math.log1p((num(a[0]) * g) / num(a[1]))) / g;
          }
        }
        return sum;
      },
    },
    {
      group: "EQUIVALENT",
      fn: f.spendAtEfficiency,
      pool: sharePool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = sharePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += num(a[0]) * num(a[1]);
          }
        }
        return sum;
      },
      inlineAsCell: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = sharePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const result = [[num(a[0]) * num(a[1])]];
            kept = result;
            sum += result[0]?.[0] ?? 0;
          }
        }
        return sum;
      },
    },
    {
      group: "SAVINGS",
      fn: f.annualSaving,
      pool: sharePool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = sharePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += num(a[0]) * (1 - num(a[1]));
          }
        }
        return sum;
      },
      inlineAsCell: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = sharePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const result = [[num(a[0]) * (1 - num(a[1]))]];
            kept = result;
            sum += result[0]?.[0] ?? 0;
          }
        }
        return sum;
      },
    },
    {
      group: "RUNS",
      fn: f.runsFunded,
      pool: runsPool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = runsPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += Math.floor(num(a[0]) / num(a[1]));
          }
        }
        return sum;
      },
      inlineAsCell: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = runsPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const result = [[Math.floor(num(a[0]) / num(a[1]))]];
            kept = result;
            sum += result[0]?.[0] ?? 0;
          }
        }
        return sum;
      },
    },
    {
      group: "BREAKEVEN.SHARE (flat)",
      fn: f.breakevenShare,
      pool: breakevenPool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = breakevenPool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += num(a[0]) / num(a[2]) / num(a[1]);
          }
        }
        return sum;
      },
    },
    {
      group: "STAKE",
      fn: f.stakeBought,
      pool: stakePool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = stakePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += num(a[0]) / num(a[1]);
          }
        }
        return sum;
      },
    },
    {
      group: "FIGURE (mid)",
      fn: f.figureNumber,
      pool: figurePool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = figurePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            const found = figures[IDS.indexOf(a[0] as string)] as Model.Figure;
            sum += (found.low + found.high) / 2;
          }
        }
        return sum;
      },
    },
    {
      group: "SOURCE",
      fn: f.figureSentence,
      pool: sourcePool,
      inline: () => {
        let sum = 0;
        for (let k = 0; k < BATCHES_PER_RUN; k++) {
          const batch = sourcePool[k % POOL] as Batch;
          for (let c = 0; c < BATCH; c++) {
            const a = batch[c] as Args;
            sum += (figures[IDS.indexOf(a[0] as string)] as Model.Figure).sentence.length;
          }
        }
        return sum;
      },
    },
  ];
}

/** A 1,000-cell column in one call, for the per-cell cost of a range. */
const COLUMN_CELLS = 1000;
const COLUMN = Array.from({ length: COLUMN_CELLS }, (_, i) => [amount(i)]);

function cases(): BenchCase[] {
  const rows: BenchCase[] = functionCases().flatMap((c) => [
    {
      group: c.group,
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: c.inline,
    },
    ...(c.inlineAsCell
      ? [
          {
            group: c.group,
            name: "inline arithmetic, returned as [[cell]]",
            callsPerRun: CALLS,
            run: c.inlineAsCell,
          },
        ]
      : []),
    {
      group: c.group,
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: asExcel(c.fn, c.pool),
    },
  ]);
  const column = "RATIO (per cell of a 1,000-cell column)";
  rows.push(
    {
      group: column,
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: COLUMN_CELLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < COLUMN_CELLS; i++) sum += (COLUMN[i]?.[0] ?? 0) / 5e9;
        return sum;
      },
    },
    {
      group: column,
      name: "inline arithmetic, returned as a column",
      callsPerRun: COLUMN_CELLS,
      run: () => {
        const result = new Array<number[]>(COLUMN_CELLS);
        for (let i = 0; i < COLUMN_CELLS; i++) result[i] = [(COLUMN[i]?.[0] ?? 0) / 5e9];
        kept = result;
        return result[0]?.[0] ?? 0;
      },
    },
    {
      group: column,
      name: "custom function, as Excel calls it",
      callsPerRun: COLUMN_CELLS,
      run: () => numberOf(fns.costRatio(COLUMN, [[5e9]])),
    }
  );
  return rows;
}

test("custom functions benchmark", async () => {
  const rows = await runBench("functions", cases(), { iterations: 10, timeMs: 200 });
  const ratios = rows
    .filter((r) => r.name.startsWith("custom function"))
    .map((r) => {
      const floor = rows.find(
        (f) => f.group === r.group && f.name.startsWith("inline arithmetic, returned")
      );
      const shaped = floor?.["median ms/run"]
        ? `, ${(r["median ms/run"] / floor["median ms/run"]).toFixed(2)}× inline returning the same array`
        : "";
      return `${r.group}: ${r["ns/call"]} ns a call, ${r["× baseline"]}× inline${shaped}`;
    });
  console.log(`custom function call against inline arithmetic:\n  ${ratios.join("\n  ")}`);
  void kept;
});
