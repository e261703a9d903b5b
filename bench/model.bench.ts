/**
 * The model's speed: scenario evaluations per second, and each finance function against the
 * same arithmetic written inline, over the same pre-generated arguments in the same run.
 * Every loop is its own function literal, so each call site stays monomorphic as it would
 * in real use (one shared loop helper would make every case pay for megamorphic calls).
 */
import { beforeAll, test } from "vitest";
import type * as Model from "../src/model";
import { BenchCase, runBench } from "./harness";
import { loadNative } from "./support/nativeModule";

/* The model as the bundles run it (support/nativeModule.ts says why), bound before the run. */
let annualSaving: typeof Model.annualSaving;
let breakevenShare: typeof Model.breakevenShare;
let costRatio: typeof Model.costRatio;
let runsFunded: typeof Model.runsFunded;
let runwayYears: typeof Model.runwayYears;
let spendAtEfficiency: typeof Model.spendAtEfficiency;
let stakeBought: typeof Model.stakeBought;
let model: typeof Model;

beforeAll(async () => {
  model = await loadNative<typeof Model>("src/model/index.ts", "model");
  ({
    annualSaving,
    breakevenShare,
    costRatio,
    runsFunded,
    runwayYears,
    spendAtEfficiency,
    stakeBought,
  } = model);
});

/** One run = this many calls, so that timer resolution is negligible. */
const CALLS = 100_000;

/** Arguments in the article's scale, varied so that nothing is constant-folded. */
const A = Float64Array.from({ length: CALLS }, (_, i) => 1e9 + (i % 997) * 1e7);
const B = Float64Array.from({ length: CALLS }, (_, i) => 5e9 + (i % 991) * 1e7);
const S = Float64Array.from({ length: CALLS }, (_, i) => 0.05 + (i % 89) * 0.01);
const G = Float64Array.from({ length: CALLS }, (_, i) => 0.01 + (i % 61) * 0.01);

/** Results are summed so the work is used; "never" and errors count as 0. */
function numberOf(x: unknown): number {
  return typeof x === "number" ? x : 0;
}

const FINANCE_CASES: BenchCase[] = [
  {
    group: "costRatio",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += (A[i] as number) / (B[i] as number);
      return sum;
    },
  },
  {
    group: "costRatio",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += numberOf(costRatio(A[i] as number, B[i] as number));
      return sum;
    },
  },
  {
    group: "runwayYears (flat)",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += (B[i] as number) / (A[i] as number);
      return sum;
    },
  },
  {
    group: "runwayYears (flat)",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += numberOf(runwayYears(B[i] as number, A[i] as number));
      return sum;
    },
  },
  {
    group: "runwayYears (growth)",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++)
        sum +=
          Math.log1p(((B[i] as number) * Math.log1p(G[i] as number)) / (A[i] as number)) /
          Math.log1p(G[i] as number);
      return sum;
    },
  },
  {
    group: "runwayYears (growth)",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++)
        sum += numberOf(runwayYears(B[i] as number, A[i] as number, G[i] as number));
      return sum;
    },
  },
  {
    group: "spendAtEfficiency",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += (A[i] as number) * (S[i] as number);
      return sum;
    },
  },
  {
    group: "spendAtEfficiency",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++)
        sum += numberOf(spendAtEfficiency(A[i] as number, S[i] as number));
      return sum;
    },
  },
  {
    group: "annualSaving",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += (A[i] as number) * (1 - (S[i] as number));
      return sum;
    },
  },
  {
    group: "annualSaving",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += numberOf(annualSaving(A[i] as number, S[i] as number));
      return sum;
    },
  },
  {
    group: "runsFunded",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += Math.floor((B[i] as number) / (A[i] as number));
      return sum;
    },
  },
  {
    group: "runsFunded",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += numberOf(runsFunded(B[i] as number, A[i] as number));
      return sum;
    },
  },
  {
    group: "stakeBought",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += (A[i] as number) / (B[i] as number);
      return sum;
    },
  },
  {
    group: "stakeBought",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += numberOf(stakeBought(A[i] as number, B[i] as number));
      return sum;
    },
  },
  {
    group: "breakevenShare",
    name: "inline arithmetic",
    baseline: true,
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++)
        sum +=
          ((B[i] as number) * Math.log1p(G[i] as number)) /
          Math.expm1(Math.log1p(G[i] as number) * 10) /
          (A[i] as number);
      return sum;
    },
  },
  {
    group: "breakevenShare",
    name: "src/model",
    callsPerRun: CALLS,
    run: () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++)
        sum += numberOf(breakevenShare(B[i] as number, A[i] as number, 10, G[i] as number));
      return sum;
    },
  },
];

test("model benchmark", async () => {
  const scenarios = Array.from({ length: 1000 }, (_, i) => ({
    ...model.DEFAULT_INPUTS,
    efficiencyShare: S[i] as number as number,
  }));
  const rows = await runBench("model", [
    ...FINANCE_CASES,
    {
      group: "scenario",
      name: "evaluate() × 1,000 scenarios",
      run: () => scenarios.map((s) => model.evaluate(s)).length,
      callsPerRun: scenarios.length,
    },
  ]);
  const scenario = rows.find((r) => r.group === "scenario");
  if (scenario?.["ns/call"]) {
    console.log(
      `scenario evaluations per second: ${Math.round(1e9 / scenario["ns/call"]).toLocaleString("en-US")}`
    );
  }
});
