/** Small words the catalogue's families share (not re-exported: messages use them, hosts do not). */

/** "1 cell", "12 cells", "0 cells". */
export function cells(count: number): string {
  return `${count} ${count === 1 ? "cell" : "cells"}`;
}

/** "“Sheet1”, “Data”": names as the analyst sees them in a sentence. */
export function quoted(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}
