import { describe, expect, it } from "vitest";
import { BOUNDS, FIGURE_IDS, FIGURES, figureValue, findFigure } from "../../src/model";
import { ARTICLE, SHARED_ARTICLE } from "./article";

/** The number a quote states: "$6 million" → [6e6, 6e6]; "$7 to 8 billion" → [7e9, 8e9]; "5-10%" → [0.05, 0.1]. */
function parseQuote(quote: string): [number, number] {
  const scale: Record<string, number> = { million: 1e6, billion: 1e9 };
  const money = /^\$(\d+(?:\.\d+)?)(?: to (\d+(?:\.\d+)?))? (million|billion)$/.exec(quote);
  if (money) {
    const unit = scale[money[3] as string] as number;
    const low = Number(money[1]) * unit;
    return [low, money[2] ? Number(money[2]) * unit : low];
  }
  const percent = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?%$/.exec(quote);
  if (percent) {
    const low = Number(percent[1]) / 100;
    return [low, percent[2] ? Number(percent[2]) / 100 : low];
  }
  throw new Error(`cannot read the number in "${quote}"`);
}

describe("the article's figures", () => {
  it("docs/article.txt is the shared article, unchanged", () => {
    // CI clones keep ../shared beside the repo; a bare clone elsewhere has only the committed copy.
    if (SHARED_ARTICLE !== undefined) expect(ARTICLE).toBe(SHARED_ARTICLE);
    expect(ARTICLE).toContain("DeepSeek’s Disruptive Efficiency");
  });

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    "%s: its sentence is verbatim in the article",
    (_id, f) => {
      expect(ARTICLE).toContain(f.sentence);
    }
  );

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    "%s: its sentence states its number",
    (_id, f) => {
      expect(f.sentence).toContain(f.quote);
      const [low, high] = parseQuote(f.quote);
      expect(f.low).toBeCloseTo(low, 12);
      expect(f.high).toBeCloseTo(high, 12);
      expect(f.low).toBeLessThanOrEqual(f.high);
    }
  );

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    "%s: its qualifier is the article's own word, before the number",
    (_id, f) => {
      if (f.qualifier === "") return;
      expect(f.sentence).toContain(`${f.qualifier} `);
      expect(f.sentence.indexOf(`${f.qualifier} `)).toBeLessThan(f.sentence.indexOf(f.quote));
    }
  );

  it("holds every cost, funding and capex figure the issue names, once", () => {
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
    expect(FIGURES.map((f) => f.id)).toEqual([...FIGURE_IDS]);
    const byId = (id: string) => findFigure(id);
    expect(byId("v3_training_cost")).toMatchObject({
      low: 6e6,
      high: 6e6,
      unit: "USD",
      qualifier: "just",
    });
    expect(byId("orion_training_cost")).toMatchObject({
      low: 500e6,
      unit: "USD",
      qualifier: "reportedly",
    });
    expect(byId("r1_operating_cost_share")).toMatchObject({ low: 0.05, high: 0.1, unit: "share" });
    expect(byId("openai_annual_operations")).toMatchObject({
      low: 7e9,
      high: 8e9,
      unit: "USD per year",
    });
    expect(byId("openai_funding_round")).toMatchObject({ low: 40e9, table: "funding" });
    expect(byId("openai_valuation")).toMatchObject({ low: 300e9, table: "funding" });
    expect(byId("microsoft_ai_infrastructure")).toMatchObject({
      low: 80e9,
      table: "capex",
      qualifier: "around",
    });
    expect(byId("v3_benchmark_training_cost")).toMatchObject({ low: 6e6, qualifier: "under" });
  });

  it("every dollar figure in the article is one of the figures", () => {
    const quotes = new Set(FIGURES.map((f) => f.quote));
    const stated = ARTICLE.match(/\$\d+(?: to \d+)? (?:million|billion)|\d+-\d+%/g) ?? [];
    for (const q of stated) expect(quotes).toContain(q);
  });

  it("looks figures up by exact id and gives low, mid or high", () => {
    expect(findFigure("OPENAI_ANNUAL_OPERATIONS")).toBeUndefined();
    expect(findFigure("nope")).toBeUndefined();
    const ops = findFigure("openai_annual_operations");
    if (!ops) throw new Error("missing");
    expect(BOUNDS.map((b) => figureValue(ops, b))).toEqual([7e9, 7.5e9, 8e9]);
  });
});
