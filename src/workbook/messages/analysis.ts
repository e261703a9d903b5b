/**
 * Messages of the catalogue (index.ts): the task pane's Analysis section (src/taskpane/analysis/),
 * the Sensitivity sheet's tornado and the Map sheet's grid as the pane shows them. The section's
 * code loads on demand and imports this module directly, so the first scripts do not carry it
 * (what the pane says while that code is on its way is in pane.ts: sectionLoadMessages).
 */

export const analysisMessages = {
  /** A workbook of an older layout, or one whose Sensitivity and Map names are gone. */
  missing: {
    code: "damaged" as const,
    message: "This workbook has no Sensitivity and Map sheets for the pane to read.",
    repair:
      "Choose “Load the article's figures” to add them (your inputs and saved scenarios are kept).",
  },

  tornadoTitle: "Sensitivity (tornado)",
  tornadoIntro: (output: string, base: string) =>
    `${output} moves most with the inputs at the top: each input at its low and its high case (Inputs sheet, columns K:L), the others at their values. At the inputs' values it is ${base}.`,
  tornadoTableLabel: "The inputs ranked by how far they move the output",
  rankHeader: "Rank",
  inputHeader: "Input",
  casesHeader: "Low – high case",
  atLowHeader: "At the low case",
  atHighHeader: "At the high case",
  swingHeader: "Swing",
  unbounded: "Unbounded (never runs out at one end)",
  swingError: "An error at one end",
  showChart: "Show the tornado chart",
  hideChart: "Hide the tornado chart",
  chartLoading: "Loading the chart…",
  chartNotLoaded:
    "The chart could not load (the add-in's files did not arrive). The table above has the same numbers.",
  chartTitle: (output: string) => `${output}: change from its value at each input's cases`,
  chartAxis: "Change from the output's value at the inputs",
  chartNoBars: "No bar to draw: no input's cases give a number for this output.",
  /** A bar's label, its case first so that a shortened label still says which: "Low: Funding round". */
  barLabel: (input: string, end: "low" | "high") => `${end === "low" ? "Low" : "High"}: ${input}`,

  mapTitle: "Map",
  mapIntro: (output: string, down: string, across: string) =>
    `${output} for ${down} down the side and ${across} across, every other input at its value. The article's point is marked ◆.`,
  mapTableLabel: (output: string) => `Map of ${output}`,
  /** The grid's corner, for screen readers (it shows ↓ / →). */
  mapCorner: (down: string, across: string) => `${down} down, ${across} across`,
  articlePoint: "the article's point",
  /** Where to change what the section shows. */
  changeOnSheets:
    "To swing another output, or to map other inputs or ranges, change the choices on the Sensitivity and Map sheets (B4, B5:D7).",
} as const;
