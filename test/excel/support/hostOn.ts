/** The Excel host on a fake Excel, and the refusal helper, shared by the host's test files. */
import { ExcelHost, type ExcelHostOptions } from "../../../src/excel/excelHost";
import { buildPlan } from "../../../src/workbook/buildPlan";
import { HostError } from "../../../src/workbook/host";
import type { FakeExcel } from "./fakeExcel";

/** An ExcelHost over `excel` with the real plan; `options` adds or overrides host options. */
export function hostOn(
  excel: FakeExcel,
  options: Partial<Omit<ExcelHostOptions, "runner" | "requirements">> = {}
): ExcelHost {
  return new ExcelHost({
    runner: excel.runner,
    requirements: excel.requirements,
    makePlan: (planOptions) => buildPlan(planOptions),
    ...options,
  });
}

/** The HostError a host call rejects with; fails the test if it resolves or rejects otherwise. */
export async function refusal(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  if (!(error instanceof HostError)) throw new Error(`Expected a HostError, got ${String(error)}`);
  return error;
}
