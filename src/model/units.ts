/** The units a scenario input or output is measured in. */
export type Unit =
  "USD" | "USD per year" | "share" | "share per year" | "years" | "multiple" | "runs";
