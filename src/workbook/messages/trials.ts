/**
 * Messages of the catalogue (index.ts): the Trials sheet's simulation as the pane shows it (the
 * Analysis section's "Trials" part, src/taskpane/analysis/) and the refusals of a seed or a
 * trial count both hosts give (src/workbook/simulation.ts), so Excel and the preview say them
 * in the same words. Values arrive formatted in the analyst's units. Only the section's code,
 * loaded on demand, and the hosts import this module directly.
 */
import type { HostProblem } from "../host";

/** 1000 → "1,000": limits and counts as the sheet's notes write them. */
const whole = (n: number): string => n.toLocaleString("en-US");

export const trialsMessages = {
  title: "Trials",
  intro: (trials: string, seed: string) =>
    `The Trials sheet draws every input from its shape between its low and high case (Inputs sheet, columns K:N) and computes the model for each of ${trials} trials (seed ${seed}). The same seed gives the same trials in every copy of the workbook.`,

  /** The plain sentence, from the 10th and 90th percentiles of the runway at efficient spend. */
  middleRange: (share: string, low: string, high: string) =>
    `In ${share} of the trials the round lasts between ${low} and ${high} at efficient spend.`,
  /** The same when some trials never run out or give an error (the percentiles leave them out). */
  middleRangeOfNumbers: (apart: string, share: string, low: string, high: string) =>
    `${apart}; of the others, ${share} last between ${low} and ${high} at efficient spend.`,
  neverCount: (never: number, trials: number) =>
    `${whole(never)} of the ${whole(trials)} trials never run out`,
  errorCount: (errors: number, trials: number) =>
    `${whole(errors)} of the ${whole(trials)} trials give an error`,
  noNumbers:
    "No trial gives a number for the runway at efficient spend, so there is no distribution to show.",

  tableLabel: "Percentiles over the trials",
  statisticHeader: "Statistic",
  percentile: (p: number) => `${Math.round(p * 100)}th percentile`,
  mean: "Mean",
  breakevenNote:
    "The efficiency share for the target runway is the share at which the round lasts exactly the target runway, in each trial.",

  shortfallTitle: "Probability of falling short of the target runway",
  shortfallLabel: (runway: string) => `${runway}: short of the target runway`,

  chartTitle: "Runway at efficient spend: how many trials fall in each range",
  chartAxisX: "Runway at efficient spend (years)",
  chartAxisY: "Trials",
  chartBar: (from: string, to: string, count: number) =>
    `${from} to ${to}: ${whole(count)} ${count === 1 ? "trial" : "trials"}`,
  showChart: "Show the distribution chart",
  hideChart: "Hide the distribution chart",
  chartLoading: "Loading the chart…",
  chartNotLoaded:
    "The chart could not load (the add-in's files did not arrive). The table above has the percentiles.",

  seedLabel: "Seed",
  seedHint: (max: number) =>
    `A whole number from 0 to ${whole(max)}: another seed, other trials. Enter or leaving the field writes it.`,
  trialsLabel: "Trials",
  trialsHint: (max: number) =>
    `A whole number from 1 to ${whole(max)}: how many of the sheet's rows take part.`,
  writing: "Writing to the Trials sheet and recalculating…",

  /** Why the statistics are #N/A (sim_Ready is FALSE): one problem each, with what to do. */
  notReady: "The trials cannot run, so the sheet shows #N/A instead of numbers:",
  inputNotDrawn: (input: string, shape: string, shapes: readonly string[]): HostProblem => ({
    code: "invalid-input",
    message: shapes.includes(shape)
      ? `${input} cannot be drawn: its low case, value and high case are not in that order (or one is not a number).`
      : `${input} cannot be drawn: its shape “${shape}” is not one of ${shapes.map((s) => `“${s}”`).join(", ")}.`,
    repair: shapes.includes(shape)
      ? `On the Inputs sheet, make its low case (column K) at most its value and its high case (column L) at least its value, or choose the shape “${shapes[0] ?? ""}” (column N).`
      : "On the Inputs sheet, choose its shape from the list in column N.",
  }),
  seedNotValid: (shown: string, max: number): HostProblem => ({
    code: "invalid-input",
    message: `The seed on the Trials sheet (B4) is ${shown}, not a whole number from 0 to ${whole(max)}.`,
    repair: "Type a whole number in the Seed field below, or in Trials!B4.",
  }),
  trialsNotValid: (shown: string, max: number): HostProblem => ({
    code: "invalid-input",
    message: `The trial count on the Trials sheet (B5) is ${shown}, not a whole number from 1 to ${whole(max)}.`,
    repair: "Type a whole number in the Trials field below, or in Trials!B5.",
  }),
  /** sim_Ready is FALSE and none of the above says why (a hand edit of the sheet). */
  notReadyUnknown: {
    code: "damaged" as const,
    message:
      "The Trials sheet says the trials cannot run (B6 is FALSE), and the pane cannot tell why.",
    repair:
      "Check the seed, the trial count and the “Ready to draw” column of the Trials sheet, or choose “Load the article's figures” to rebuild the sheet (your inputs are kept).",
  },

  /** A seed or a count the hosts refuse before writing anything. */
  seedRefused: (typed: string, max: number): HostProblem => ({
    code: "invalid-input",
    message: `The seed must be a whole number from 0 to ${whole(max)}; ${typed} is not.`,
    repair: "Type a whole number in that range; nothing was written.",
  }),
  trialsRefused: (typed: string, max: number): HostProblem => ({
    code: "invalid-input",
    message: `The number of trials must be a whole number from 1 to ${whole(max)}; ${typed} is not.`,
    repair: "Type a whole number in that range; nothing was written.",
  }),
  /** A workbook of an older layout, or one whose Trials sheet or its names are gone. */
  noTrialsSheet: {
    code: "damaged" as const,
    message: "This workbook has no Trials sheet to write the seed or the trial count to.",
    repair:
      "Choose “Load the article's figures” to add it (your inputs and saved scenarios are kept).",
  },
} as const;
