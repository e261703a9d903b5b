/** Excel's round trips for one host call in a contract test (the preview has none). */
import { expect } from "vitest";
import type { ContractBook } from "./books";

/** The call's result, and the syncs it took on Excel (undefined on the preview). */
export async function syncsOf<T>(
  book: ContractBook,
  call: () => Promise<T>
): Promise<[T, number | undefined]> {
  const before = book.roundTrips();
  const result = await call();
  const after = book.roundTrips();
  return [result, before === undefined || after === undefined ? undefined : after - before];
}

/** `syncs` is Excel's count where the adapter is Excel, and nothing on the preview. */
export function expectSyncs(book: ContractBook, syncs: number | undefined, excel: number): void {
  expect(syncs).toBe(book.adapter === "excel" ? excel : undefined);
}
