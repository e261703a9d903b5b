/**
 * The catalogue: every message and repair the analyst reads, from either host and the pane,
 * so the same problem reads the same in Excel and in the preview. One module a family; hosts
 * and the pane import from here, never write an analyst's sentence of their own.
 */
export * from "./load";
export * from "./scenarios";
export * from "./state";
export * from "./sharing";
export * from "./office";
export * from "./pane";
export * from "./analysis";
export * from "./goalSeek";
export * from "./trials";
export * from "./cellRules";
