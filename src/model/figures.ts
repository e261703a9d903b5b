/**
 * The article's figures, as typed data. Source: docs/article.txt (a news article about
 * DeepSeek's efficiency). Every figure carries the article's exact sentence and the exact
 * words that state its number (`quote`); test/model/figures.test.ts proves both are verbatim
 * in the article and that `quote` parses to `low`..`high`. Nothing from outside the article.
 *
 * Ranges stay ranges: "5-10%" is low 0.05, high 0.10; a single number has low = high.
 */

export type FigureTable = "costs" | "funding" | "capex";
export type FigureUnit = "USD" | "USD per year" | "share";
/** The article's own hedge on the number, or "" where it states it plainly. */
export type Qualifier = "reportedly" | "under" | "around" | "just" | "";

export interface Figure {
  readonly id: FigureId;
  readonly table: FigureTable;
  /** Who the figure is about. */
  readonly entity: string;
  /** What it measures, in the analyst's words. */
  readonly metric: string;
  readonly low: number;
  readonly high: number;
  readonly unit: FigureUnit;
  readonly period: string;
  readonly qualifier: Qualifier;
  /** The words of the sentence that state the number, e.g. "$7 to 8 billion". */
  readonly quote: string;
  /** The article's sentence, verbatim (curly quotes and dashes included). */
  readonly sentence: string;
}

export const FIGURE_IDS = [
  "v3_training_cost",
  "v3_benchmark_training_cost",
  "orion_training_cost",
  "r1_operating_cost_share",
  "openai_annual_operations",
  "openai_funding_round",
  "openai_valuation",
  "microsoft_ai_infrastructure",
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

const ORION_SENTENCE =
  "OpenAI’s recent “Orion” model reportedly cost $500 million to train, while DeepSeek achieved better benchmark results for under $6 million.";
const FUNDING_SENTENCE =
  "In response, OpenAI is pursuing a $40 billion funding round valuing the company at $300 billion.";

export const FIGURES: readonly Figure[] = [
  {
    id: "v3_training_cost",
    table: "costs",
    entity: "DeepSeek",
    metric: "Training cost of V3",
    low: 6e6,
    high: 6e6,
    unit: "USD",
    period: "one training run",
    qualifier: "just",
    quote: "$6 million",
    sentence:
      "For example, DeepSeek’s predecessor, V3, was trained for just $6 million—a tiny fraction of the budgets spent by U.S. companies.",
  },
  {
    id: "v3_benchmark_training_cost",
    table: "costs",
    entity: "DeepSeek",
    metric: "Training cost for better benchmark results than Orion",
    low: 6e6,
    high: 6e6,
    unit: "USD",
    period: "one training run",
    qualifier: "under",
    quote: "$6 million",
    sentence: ORION_SENTENCE,
  },
  {
    id: "orion_training_cost",
    table: "costs",
    entity: "OpenAI",
    metric: "Training cost of “Orion”",
    low: 500e6,
    high: 500e6,
    unit: "USD",
    period: "one training run",
    qualifier: "reportedly",
    quote: "$500 million",
    sentence: ORION_SENTENCE,
  },
  {
    id: "r1_operating_cost_share",
    table: "costs",
    entity: "DeepSeek",
    metric: "R1 operating cost as a share of OpenAI’s",
    low: 0.05,
    high: 0.1,
    unit: "share",
    period: "ongoing operation",
    qualifier: "reportedly",
    quote: "5-10%",
    sentence:
      "Their R1 model reportedly matches OpenAI’s performance at only 5-10% of the operating cost.",
  },
  {
    id: "openai_annual_operations",
    table: "costs",
    entity: "OpenAI",
    metric: "Annual cost of operations",
    low: 7e9,
    high: 8e9,
    unit: "USD per year",
    period: "per year",
    qualifier: "",
    quote: "$7 to 8 billion",
    sentence:
      "With annual operations costing $7 to 8 billion, OpenAI faces pressure from much more cost-efficient competitors.",
  },
  {
    id: "openai_funding_round",
    table: "funding",
    entity: "OpenAI",
    metric: "Funding round being pursued",
    low: 40e9,
    high: 40e9,
    unit: "USD",
    period: "one round",
    qualifier: "",
    quote: "$40 billion",
    sentence: FUNDING_SENTENCE,
  },
  {
    id: "openai_valuation",
    table: "funding",
    entity: "OpenAI",
    metric: "Valuation of the round (taken as post-money)",
    low: 300e9,
    high: 300e9,
    unit: "USD",
    period: "at the round",
    qualifier: "",
    quote: "$300 billion",
    sentence: FUNDING_SENTENCE,
  },
  {
    id: "microsoft_ai_infrastructure",
    table: "capex",
    entity: "Microsoft",
    metric: "Planned AI infrastructure investment",
    low: 80e9,
    high: 80e9,
    unit: "USD per year",
    period: "this fiscal year",
    qualifier: "around",
    quote: "$80 billion",
    sentence:
      "Though it plans to invest around $80 billion in AI infrastructure this fiscal year, the company is adjusting its strategy in response to efficiency gains introduced by DeepSeek.",
  },
];

const BY_ID: ReadonlyMap<string, Figure> = new Map(FIGURES.map((f) => [f.id, f]));

/** The figure with this id, or undefined. Ids are matched exactly (see FIGURE_IDS). */
export function findFigure(id: string): Figure | undefined {
  return BY_ID.get(id);
}

export function figure(id: FigureId): Figure {
  return BY_ID.get(id) as Figure;
}

/** Which value of a figure's range: its low end, its high end, or the midpoint. */
export type Bound = "low" | "mid" | "high";
export const BOUNDS: readonly Bound[] = ["low", "mid", "high"];

export function figureValue(f: Figure, bound: Bound): number {
  if (bound === "low") return f.low;
  if (bound === "high") return f.high;
  // Rounded to the 15 significant digits a spreadsheet cell keeps: (0.05 + 0.10) / 2 is
  // 0.07500000000000001 in binary, and the workbook would store 0.075.
  return Number(((f.low + f.high) / 2).toPrecision(15));
}
