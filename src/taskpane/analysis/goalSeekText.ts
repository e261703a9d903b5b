/**
 * Goal seek's words: the target as typed (in the output's units, as the input fields read
 * theirs), whether the workbook's result is on target, and what an outcome says. Pure.
 */
import {
  ACCEPT_RELATIVE,
  DEFAULT_INPUTS,
  evaluate,
  formatValue,
  inputCase,
  inputSpec,
  isDomainError,
  outputSpec,
  type GoalSeekResult,
  type InputId,
  type OutputId,
  type OutputValue,
} from "../../model";
import type { CellReading } from "../../workbook/host";
import { goalSeekMessages as m } from "../../workbook/messages/goalSeek";
import { fromFieldText, unitFor, type FieldUnit } from "../inputs/fieldUnits";
import { readingView } from "../results/readingText";

/** The unit the target is typed in: the output's, money in $M or $B by the article's result. */
export function targetUnit(outputId: OutputId): FieldUnit {
  const article = evaluate(DEFAULT_INPUTS)[outputId];
  return unitFor(outputSpec(outputId).unit, typeof article === "number" ? article : 0);
}

export type TargetReading =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

export function readTarget(outputId: OutputId, text: string): TargetReading {
  const unit = targetUnit(outputId);
  const value = fromFieldText(text, unit);
  return value === undefined
    ? { ok: false, message: m.targetNotANumber(outputSpec(outputId).label, unit.words) }
    : { ok: true, value };
}

/** The workbook's result counts as the target within the model's own acceptance (relative). */
export function onTarget(reading: CellReading | undefined, target: number): boolean {
  return (
    typeof reading === "number" &&
    Math.abs(reading - target) <= ACCEPT_RELATIVE * Math.max(1, Math.abs(target))
  );
}

/** A model output as a cell would hold it, for the same formatting as the workbook's. */
export function asReading(value: OutputValue): CellReading {
  return isDomainError(value) ? value.excelText : value;
}

/** What was asked. */
export interface GoalSeekQuestion {
  readonly outputId: OutputId;
  readonly target: number;
  readonly inputId: InputId;
}

export type GoalSeekOutcome =
  | {
      /** A value was written (the one found, or the closest when the analyst asked for it). */
      readonly kind: "written";
      readonly question: GoalSeekQuestion;
      readonly result: GoalSeekResult;
      readonly value: number;
      /** The input's value before the write: what "Put back" writes. */
      readonly previous: number;
      /** The output as the workbook computed it after the write. */
      readonly reading: CellReading | undefined;
    }
  | {
      /** Nothing written: no value reaches the target, or every value does. */
      readonly kind: "not written";
      readonly question: GoalSeekQuestion;
      readonly result: Exclude<GoalSeekResult, { kind: "found" }>;
      readonly previous: number;
    }
  | { readonly kind: "put back"; readonly inputId: InputId; readonly value: number };

export interface OutcomeView {
  readonly lines: readonly string[];
  /** Said apart, as a warning: the workbook's result is not the target. */
  readonly warning?: string;
}

export function outcomeView(outcome: GoalSeekOutcome): OutcomeView {
  if (outcome.kind === "put back") {
    const spec = inputSpec(outcome.inputId);
    return { lines: [m.putBackDone(spec.label, formatValue(outcome.value, spec.unit))] };
  }
  if (outcome.kind === "not written") {
    const why = notWrittenLines(outcome.question, outcome.result);
    return { lines: outcome.result.kind === "everywhere" ? why : [...why, m.nothingWritten] };
  }
  const { question, result } = outcome;
  const input = inputSpec(question.inputId);
  const output = outputSpec(question.outputId);
  const inInput = (x: number): string => formatValue(x, input.unit);
  const target = formatValue(question.target, output.unit);

  const lines = [
    m.written(input.label, inInput(outcome.value)),
    m.workbookReads(output.label, readingView(outcome.reading, output.unit).text),
  ];
  if (result.kind !== "found") return { lines: [...notWrittenLines(question, result), ...lines] };
  if (result.solutions > 1)
    lines.push(m.severalSolutions(result.solutions, input.label, inInput(outcome.previous)));
  const cases = inputCase(question.inputId);
  const low = inInput(cases.low);
  const high = inInput(cases.high);
  lines.push(result.withinCases ? m.withinCases(low, high) : m.outsideCases(low, high));
  return onTarget(outcome.reading, question.target)
    ? { lines }
    : { lines, warning: m.offTarget(target) };
}

function notWrittenLines(
  question: GoalSeekQuestion,
  result: Exclude<GoalSeekResult, { kind: "found" }>
): string[] {
  const input = inputSpec(question.inputId);
  const output = outputSpec(question.outputId);
  const target = formatValue(question.target, output.unit);
  const inInput = (x: number): string => formatValue(x, input.unit);
  if (result.kind === "everywhere") return [m.everywhere(output.label, target, input.label)];
  const reading = (v: OutputValue | undefined): string =>
    readingView(v === undefined ? undefined : asReading(v), output.unit).text;
  const min = inInput(input.min);
  const max = inInput(input.max);
  const closest =
    result.closestValue === undefined
      ? []
      : [m.closest(inInput(result.closestValue), reading(result.closestOutput))];
  switch (result.reason) {
    case "target above range":
      return [m.aboveRange(output.label, target, input.label, min, max), ...closest];
    case "target below range":
      return [m.belowRange(output.label, target, input.label, min, max), ...closest];
    case "jumps over target":
      return [m.jumpsOver(output.label, target, input.label), ...closest];
    case "flat":
      return [m.flat(output.label, input.label, reading(result.closestOutput))];
    case "no number":
      return [m.noNumber(output.label, input.label)];
  }
}
