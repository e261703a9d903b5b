/**
 * The custom functions' speed: each one called as Excel calls it (a single cell of a range
 * parameter as [[cell]], omitted optionals as null), against the same arithmetic written inline
 * and against the model function alone, in the same run, 1,000,000 calls per sample. The
 * "× baseline" column is the cost of a call relative to inline arithmetic (the issue aims at
 * 2× or better); results also go to bench-results/functions.json.
 *
 * A function that takes ranges must return one (Excel wants [[cell]] even for one cell), and
 * allocating that array costs far more than the arithmetic. The "returned as [[cell]]" cases
 * are inline arithmetic that allocates the same result: the floor for those functions.
 *
 * The functions are bundled natively (support/nativeModule.ts) as webpack bundles them, and
 * every loop is its own function literal so that each call site stays monomorphic (a shared
 * loop helper would make every case pay for megamorphic calls, the inline one included).
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

/** Calls per sample: the issue asks for at least 1,000,000 per function. */
const CALLS = 1_000_000;
/** Distinct argument values, cycled, so that nothing is constant-folded. */
const DISTINCT = 1024;
const MASK = DISTINCT - 1;

/** Amounts in the article's scale (USD), valuations above them, shares 5-93%, growth 1-61% a year. */
const A = Float64Array.from({ length: DISTINCT }, (_, i) => 1e9 + (i % 997) * 1e7);
const B = Float64Array.from({ length: DISTINCT }, (_, i) => 5e9 + (i % 991) * 1e7);
const V = Float64Array.from({ length: DISTINCT }, (_, i) => 300e9 + (i % 983) * 1e8);
const S = Float64Array.from({ length: DISTINCT }, (_, i) => 0.05 + (i % 89) * 0.01);
const G = Float64Array.from({ length: DISTINCT }, (_, i) => 0.01 + (i % 61) * 0.01);
/** The same values as Excel passes one cell to a range parameter. */
const cellsOf = (xs: Float64Array): number[][][] => Array.from(xs, (x) => [[x]]);
const A1 = cellsOf(A);
const B1 = cellsOf(B);
const S1 = cellsOf(S);
/** A 1,000-cell column, for the per-cell cost of a range call. */
const COLUMN_CELLS = 1000;
const COLUMN = Array.from({ length: COLUMN_CELLS }, (_, i) => [A[i] as number]);
const IDS = [
  "openai_annual_operations",
  "r1_operating_cost_share",
  "orion_training_cost",
  "openai_valuation",
];

/**
 * Where a result escapes, as Excel's result does: an array Excel receives cannot be optimised
 * away, so the "returned as [[cell]]" cases keep theirs here.
 */
let kept: number[][] = [];
const at = (xs: Float64Array, i: number): number => xs[i & MASK] as number;
const cell = (xs: number[][][], i: number): number[][] => xs[i & MASK] as number[][];
const midpoint = (f: Model.Figure): number => (f.low + f.high) / 2;
/** Results are summed so the work is used; text and errors count as 0, a range by its first cell. */
function numberOf(x: unknown): number {
  if (typeof x === "number") return x;
  if (Array.isArray(x)) return numberOf(x[0]?.[0]);
  return 0;
}

function cases(): BenchCase[] {
  const {
    costRatio,
    runwayYears,
    runwayMonths,
    spendAtEfficiency,
    annualSaving,
    runsFunded,
    breakevenShare,
    stakeBought,
    figureNumber,
    figureSentence,
  } = fns;
  const figures = IDS.map((id) => m.findFigure(id) as Model.Figure);
  return [
    {
      group: "RATIO (one cell, as [[cell]])",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(A, i) / at(B, i);
        return sum;
      },
    },
    {
      group: "RATIO (one cell, as [[cell]])",
      name: "inline arithmetic, returned as [[cell]]",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) {
          kept = [[at(A, i) / at(B, i)]];
          sum += kept[0]?.[0] ?? 0;
        }
        return sum;
      },
    },
    {
      group: "RATIO (one cell, as [[cell]])",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.costRatio(at(A, i), at(B, i)));
        return sum;
      },
    },
    {
      group: "RATIO (one cell, as [[cell]])",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(costRatio(cell(A1, i), cell(B1, i)));
        return sum;
      },
    },
    {
      group: "BURN.YEARS (flat)",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(B, i) / at(A, i);
        return sum;
      },
    },
    {
      group: "BURN.YEARS (flat)",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.runwayYears(at(B, i), at(A, i)));
        return sum;
      },
    },
    {
      group: "BURN.YEARS (flat)",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(runwayYears(at(B, i), at(A, i), null, null));
        return sum;
      },
    },
    {
      group: "BURN.YEARS (growth)",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += Math.log1p((at(B, i) * Math.log1p(at(G, i))) / at(A, i)) / Math.log1p(at(G, i));
        return sum;
      },
    },
    {
      group: "BURN.YEARS (growth)",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(m.runwayYears(at(B, i), at(A, i), at(G, i)));
        return sum;
      },
    },
    {
      group: "BURN.YEARS (growth)",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(runwayYears(at(B, i), at(A, i), at(G, i), null));
        return sum;
      },
    },
    {
      group: "BURN.MONTHS (flat)",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += (at(B, i) / at(A, i)) * 12;
        return sum;
      },
    },
    {
      group: "BURN.MONTHS (flat)",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.runwayMonths(at(B, i), at(A, i)));
        return sum;
      },
    },
    {
      group: "BURN.MONTHS (flat)",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(runwayMonths(at(B, i), at(A, i), null, null));
        return sum;
      },
    },
    {
      group: "EQUIVALENT (one cell, as [[cell]])",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(A, i) * at(S, i);
        return sum;
      },
    },
    {
      group: "EQUIVALENT (one cell, as [[cell]])",
      name: "inline arithmetic, returned as [[cell]]",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) {
          kept = [[at(A, i) * at(S, i)]];
          sum += kept[0]?.[0] ?? 0;
        }
        return sum;
      },
    },
    {
      group: "EQUIVALENT (one cell, as [[cell]])",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.spendAtEfficiency(at(A, i), at(S, i)));
        return sum;
      },
    },
    {
      group: "EQUIVALENT (one cell, as [[cell]])",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(spendAtEfficiency(cell(A1, i), cell(S1, i)));
        return sum;
      },
    },
    {
      group: "SAVINGS (one cell, as [[cell]])",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(A, i) * (1 - at(S, i));
        return sum;
      },
    },
    {
      group: "SAVINGS (one cell, as [[cell]])",
      name: "inline arithmetic, returned as [[cell]]",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) {
          kept = [[at(A, i) * (1 - at(S, i))]];
          sum += kept[0]?.[0] ?? 0;
        }
        return sum;
      },
    },
    {
      group: "SAVINGS (one cell, as [[cell]])",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.annualSaving(at(A, i), at(S, i)));
        return sum;
      },
    },
    {
      group: "SAVINGS (one cell, as [[cell]])",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(annualSaving(cell(A1, i), cell(S1, i)));
        return sum;
      },
    },
    {
      group: "RUNS (one cell, as [[cell]])",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += Math.floor(at(B, i) / at(A, i));
        return sum;
      },
    },
    {
      group: "RUNS (one cell, as [[cell]])",
      name: "inline arithmetic, returned as [[cell]]",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) {
          kept = [[Math.floor(at(B, i) / at(A, i))]];
          sum += kept[0]?.[0] ?? 0;
        }
        return sum;
      },
    },
    {
      group: "RUNS (one cell, as [[cell]])",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.runsFunded(at(B, i), at(A, i)));
        return sum;
      },
    },
    {
      group: "RUNS (one cell, as [[cell]])",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(runsFunded(cell(B1, i), cell(A1, i)));
        return sum;
      },
    },
    {
      group: "BREAKEVEN.SHARE (flat)",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(B, i) / 10 / at(A, i);
        return sum;
      },
    },
    {
      group: "BREAKEVEN.SHARE (flat)",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.breakevenShare(at(B, i), at(A, i), 10));
        return sum;
      },
    },
    {
      group: "BREAKEVEN.SHARE (flat)",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(breakevenShare(at(B, i), at(A, i), 10, null, null));
        return sum;
      },
    },
    {
      group: "STAKE",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(A, i) / at(V, i);
        return sum;
      },
    },
    {
      group: "STAKE",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(m.stakeBought(at(A, i), at(V, i)));
        return sum;
      },
    },
    {
      group: "STAKE",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(stakeBought(at(A, i), at(V, i)));
        return sum;
      },
    },
    {
      group: "FIGURE (mid)",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += midpoint(figures[i & 3] as Model.Figure);
        return sum;
      },
    },
    {
      group: "FIGURE (mid)",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf(m.figureValue(m.findFigure(IDS[i & 3] as string) as Model.Figure, "mid"));
        return sum;
      },
    },
    {
      group: "FIGURE (mid)",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(figureNumber(IDS[i & 3], null));
        return sum;
      },
    },
    {
      group: "SOURCE",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += (figures[i & 3] as Model.Figure).sentence.length;
        return sum;
      },
    },
    {
      group: "SOURCE",
      name: "src/model function",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++)
          sum += numberOf((m.findFigure(IDS[i & 3] as string) as Model.Figure).sentence.length);
        return sum;
      },
    },
    {
      group: "SOURCE",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += numberOf(figureSentence(IDS[i & 3]).length);
        return sum;
      },
    },
    {
      group: "RATIO (per cell of a 1,000-cell column)",
      name: "inline arithmetic",
      baseline: true,
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS; i++) sum += at(A, i) / 5e9;
        return sum;
      },
    },
    {
      group: "RATIO (per cell of a 1,000-cell column)",
      name: "inline arithmetic, returned as a column",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let k = 0; k < CALLS / COLUMN_CELLS; k++) {
          const column: number[][] = new Array<number[]>(COLUMN_CELLS);
          for (let i = 0; i < COLUMN_CELLS; i++) column[i] = [(COLUMN[i]?.[0] ?? 0) / 5e9];
          kept = column;
          sum += column[0]?.[0] ?? 0;
        }
        return sum;
      },
    },
    {
      group: "RATIO (per cell of a 1,000-cell column)",
      name: "custom function, as Excel calls it",
      callsPerRun: CALLS,
      run: () => {
        let sum = 0;
        for (let i = 0; i < CALLS / COLUMN_CELLS; i++) sum += numberOf(costRatio(COLUMN, [[5e9]]));
        return sum;
      },
    },
  ];
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
      return `${r.group}: ${r["× baseline"]}× inline${shaped}, ${r["ns/call"]} ns a call`;
    });
  console.log(`custom function call against inline arithmetic:\n  ${ratios.join("\n  ")}`);
});
