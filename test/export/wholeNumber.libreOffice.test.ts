/**
 * The whole-number rule of the exported file (src/preview/export/sheetRules.ts) as LibreOffice
 * Calc reads it: opened and saved again, the cells keep the rule, its bounds and its alert's
 * words. One small workbook, so one quick soffice run. Skipped without soffice.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { writeXlsx, type ExportWorkbook } from "../../src/preview/export";
import { cellRulesMessages } from "../../src/workbook/messages";
import { HAS_SOFFICE, noteWhenSkipped, resaveWithLibreOffice } from "./support/libreOffice";
import { attribute, child, openXlsx, textOf, type XmlNode } from "./support/xlsxXml";

const WHOLE = { address: "B2:B3", min: 1, max: 1000 };

const BOOK: ExportWorkbook = {
  sheets: [
    {
      name: "Sheet",
      columnWidths: [],
      frozenRows: 0,
      tables: [],
      cells: [
        {
          row: 1,
          column: 1,
          value: { kind: "number", value: 5 },
          look: { numberFormat: null, style: {} },
        },
      ],
      rules: { wholeNumberValidations: [WHOLE] },
    },
  ],
  names: [],
};

noteWhenSkipped();

describe.skipIf(!HAS_SOFFICE)("LibreOffice and the exported whole-number rule", () => {
  let saved: XmlNode | undefined;

  beforeAll(async () => {
    const [bytes] = await resaveWithLibreOffice(
      [{ name: "whole.xlsx", bytes: writeXlsx(BOOK) }],
      "never"
    );
    if (!bytes) throw new Error("LibreOffice saved nothing");
    const file = openXlsx(bytes);
    const sheet = file.paths.find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)) ?? "";
    saved = [child(child(child(file.xml(sheet), "worksheet"), "dataValidations"), "dataValidation")]
      .flat()
      .find(Boolean);
  }, 200_000);

  it("keeps the rule, its bounds and its alert", () => {
    const alert = cellRulesMessages.wholeNumber(WHOLE.min, WHOLE.max);
    expect({
      type: attribute(saved, "type"),
      operator: attribute(saved, "operator") ?? "between", // between is the default
      sqref: attribute(saved, "sqref"),
      showErrorMessage: attribute(saved, "showErrorMessage"),
      errorTitle: attribute(saved, "errorTitle"),
      error: attribute(saved, "error"),
      formula1: textOf(child(saved, "formula1")),
      formula2: textOf(child(saved, "formula2")),
    }).toEqual({
      type: "whole",
      operator: "between",
      sqref: WHOLE.address,
      showErrorMessage: expect.stringMatching(/^(1|true)$/),
      errorTitle: alert.title,
      error: alert.message,
      formula1: String(WHOLE.min),
      formula2: String(WHOLE.max),
    });
  });
});
