/**
 * Display of model values in the analyst's units ($M / $B, %, years, ×). Used by validation
 * messages and the task pane, so that a number reads the same everywhere. Pure.
 */
import type { Unit } from "./units";

function formatUsd(usd: number): string {
  const abs = Math.abs(usd);
  if (abs >= 1e9) return `$${trim(usd / 1e9)}B`;
  if (abs >= 1e6) return `$${trim(usd / 1e6)}M`;
  return `$${trim(usd)}`;
}

function formatShare(share: number): string {
  return `${trim(share * 100)}%`;
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case "USD":
      return formatUsd(value);
    case "USD per year":
      return `${formatUsd(value)} a year`;
    case "share":
      return formatShare(value);
    case "share per year":
      return `${formatShare(value)} a year`;
    case "years":
      return `${trim(value)} years`;
    case "multiple":
      return `${trim(value)}×`;
    case "runs":
      return `${Math.floor(value).toLocaleString("en-US")} runs`;
  }
}

/** Up to two decimals, no trailing zeros: 5.333… → "5.33", 80 → "80". */
function trim(x: number): string {
  return (Math.round(x * 100) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });
}
