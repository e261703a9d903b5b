/**
 * Auto-open for colleagues: once the article is loaded, the workbook asks Excel to open this
 * pane whenever it is opened (PLATFORM.md: manifest TaskpaneId Office.AutoShowTaskpaneWithDocument
 * plus this document setting, saved with the file). The setting is the document's, so it
 * travels with the workbook.
 */

export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** Turns auto-open on for the workbook; rejects when Excel cannot save the setting. */
export type TurnOnAutoOpen = () => Promise<void>;

/** Office.context.document.settings, typed by @types/office-js. */
export function autoOpenWith(settings: Office.Settings): TurnOnAutoOpen {
  return () =>
    new Promise<void>((resolve, reject) => {
      settings.set(AUTO_OPEN_SETTING, true);
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new Error(result.error.message));
        } else {
          resolve();
        }
      });
    });
}
