/**
 * Reading computed values out of IronCalc with all their digits, for the twin tests.
 *
 * IronCalc's only reader of a value is its formatted text, and its scientific formatting has
 * three faults in 0.8.4 that test/support/ironcalc.ts's readEngineCell inherits:
 *   - a 2-digit exponent format prints 3-digit exponents wrongly (1E+308 as "1.0…E+30308");
 *   - a mantissa that rounds up to 10 prints as zero (9.999999999999992E-6 as "0.0…E-005");
 *   - subnormal numbers print with wrong digits or as "inf.N…".
 * So numbers are read with a 3-digit exponent, each text is checked (a mantissa from 1 to 10,
 * a normal exponent), and any other number is read again through a helper cell that scales it
 * by a power of two (exact): halved when the mantissa carried, × 2^600 when subnormal.
 */
import type { EngineValue, Model } from "../../support/ironcalc";

const CELL_TYPE = { number: 1, text: 2, boolean: 4, error: 16 } as const;
const FORMAT = "0.00000000000000E+000";
/** Exponents below this print unreliably (the smallest normal double is 2.2E-308). */
const SMALLEST_RELIABLE_EXPONENT = -300;
/** Scales a subnormal into the normal range; exact, since it is a power of two. */
const SUBNORMAL_SCALE = 2 ** 600;

/**
 * Reads column `column` of sheet 0 for rows 1..count. `spare` is an empty column on the same
 * rows for the helper cells, all computed in one more evaluation.
 */
export function readColumn(
  model: Model,
  count: number,
  column: number,
  spare: number
): EngineValue[] {
  const values: EngineValue[] = [];
  const rescans: { row: number; scale: number }[] = [];
  for (let row = 1; row <= count; row++) {
    const value = readCell(model, row, column);
    if (value === "carried") rescans.push({ row, scale: 1 / 2 });
    else if (value === "subnormal") rescans.push({ row, scale: SUBNORMAL_SCALE });
    values.push(typeof value === "string" ? { kind: "empty" } : value);
  }
  if (rescans.length === 0) return values;
  model.pauseEvaluation();
  for (const { row, scale } of rescans) {
    model.setUserInput(
      0,
      row,
      spare,
      `=${a1(row, column)}*${scale === SUBNORMAL_SCALE ? "2^600" : "0.5"}`
    );
  }
  model.resumeEvaluation();
  model.evaluate();
  for (const { row, scale } of rescans) {
    const scaled = readCell(model, row, spare);
    if (typeof scaled === "string" || scaled.kind !== "number") {
      throw new Error(
        `cannot read ${a1(row, column)}: its scaled copy reads ${JSON.stringify(scaled)}`
      );
    }
    values[row - 1] = { kind: "number", value: scaled.value / scale };
  }
  return values;
}

/** One cell, or which way its number printed unreliably. */
function readCell(
  model: Model,
  row: number,
  column: number
): EngineValue | "carried" | "subnormal" {
  const type = model.getCellType(0, row, column);
  if (type === CELL_TYPE.number) return readNumber(model, row, column);
  const text = model.getFormattedCellValue(0, row, column);
  if (type === CELL_TYPE.error) return { kind: "error", value: text };
  if (type === CELL_TYPE.text) return { kind: "text", value: text };
  if (type === CELL_TYPE.boolean) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  return { kind: "empty" };
}

const SCIENTIFIC = /^-?(\d)\.\d{14}E([+-]\d{3})$/;

function readNumber(
  model: Model,
  row: number,
  column: number
): EngineValue | "carried" | "subnormal" {
  model.updateRangeStyle({ sheet: 0, row, column, width: 1, height: 1 }, "num_fmt", FORMAT);
  const text = model.getFormattedCellValue(0, row, column);
  const match = SCIENTIFIC.exec(text);
  if (!match) return "subnormal"; // "inf.N…": only the smallest subnormals print so
  const value = Number(text);
  const exponent = Number(match[2]);
  if (value === 0) return exponent === 0 ? { kind: "number", value: 0 } : "carried";
  if (exponent < SMALLEST_RELIABLE_EXPONENT) return "subnormal";
  return { kind: "number", value };
}

/** A1 reference of a 1-based row and column (columns up to ZZ are plenty here). */
export function a1(row: number, column: number): string {
  const letter = (n: number) => String.fromCharCode(65 + n);
  const name =
    column <= 26
      ? letter(column - 1)
      : letter(Math.floor((column - 1) / 26) - 1) + letter((column - 1) % 26);
  return `${name}${row}`;
}
