/**
 * Messages of the catalogue (index.ts): what the workbook's own cell rules say to whoever types
 * into a restricted cell, in Excel or in LibreOffice (data validation's error alert), written by
 * the Excel host (src/excel/writeRules.ts) and the exported file (src/preview/export/sheetRules.ts)
 * alike. Excel shows at most 32 characters of a title and 225 of a message.
 */

/** 1000 → "1,000", -5 → "-5": a bound as the analyst reads it. */
function bound(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 0 });
}

export const cellRulesMessages = {
  /** A cell that takes only whole numbers from `min` to `max` (both allowed). */
  wholeNumber: (min: number, max: number) => ({
    title: "Whole number only",
    message: `Type a whole number from ${bound(min)} to ${bound(max)}.`,
  }),
} as const;
