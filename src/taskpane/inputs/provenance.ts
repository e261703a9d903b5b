/**
 * Where an input's default comes from, in words the pane shows: the article's figure (metric,
 * who, qualifier, the sentence itself) or, for the analyst's own assumptions, why the default
 * is what it is. Pure: built from src/model only.
 */
import { figure, formatValue, type InputSpec } from "../../model";

export type Provenance =
  | {
      readonly kind: "figure";
      /** "Article: 5%–10%" — the range marked on the slider's track, also its description. */
      readonly rangeText: string;
      readonly metric: string;
      readonly entity: string;
      /** "reportedly", "around", … or "" where the article states the number plainly. */
      readonly qualifier: string;
      readonly period: string;
      readonly sentence: string;
    }
  | {
      readonly kind: "assumption";
      /** "Assumption: 0%–30% a year" or "Assumption: 10 years". */
      readonly rangeText: string;
      readonly why: string;
    };

export function provenanceOf(spec: InputSpec): Provenance {
  if (spec.figureId) {
    const f = figure(spec.figureId);
    return {
      kind: "figure",
      rangeText: `Article: ${rangeText(spec.low, spec.high, spec)}`,
      metric: f.metric,
      entity: f.entity,
      qualifier: f.qualifier,
      period: f.period,
      sentence: f.sentence,
    };
  }
  return {
    kind: "assumption",
    rangeText: `Assumption: ${rangeText(spec.low, spec.high, spec)}`,
    why: spec.assumption ?? "Not in the article.",
  };
}

/** "5%–10%", "$7B–$8B a year", or one value when low = high ("$500M"). */
function rangeText(low: number, high: number, spec: InputSpec): string {
  if (low === high) return formatValue(low, spec.unit);
  const perYear = spec.unit === "USD per year" || spec.unit === "share per year";
  const bare = perYear ? (spec.unit === "USD per year" ? "USD" : "share") : spec.unit;
  const span = `${formatValue(low, bare)}–${formatValue(high, bare)}`;
  return perYear ? `${span} a year` : span;
}
