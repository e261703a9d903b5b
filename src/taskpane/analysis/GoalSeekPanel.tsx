/**
 * Goal seek's panel (its code loads on demand: GoalSeek.tsx): which value of one input gives the result the analyst wants. The form (result,
 * target in the result's units, input to change), Find, and what happened: the value written
 * with the workbook's own result, or why nothing was, with "Put back" to undo a write.
 */
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { INPUT_SPECS, OUTPUT_SPECS, formatValue, inputSpec } from "../../model";
import { goalSeekMessages as m } from "../../workbook/messages/goalSeek";
import { ProblemBar } from "../problems/ProblemBar";
import type { GoalSeekProps } from "./GoalSeek";
import { outcomeView, targetUnit } from "./goalSeekText";
import { useGoalSeek, type GoalSeekSlice } from "./useGoalSeek";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Goal seek with its own state. */
export function GoalSeekPanel({ host, workbook, inputs, working }: GoalSeekProps): JSX.Element {
  const slice = useGoalSeek(host, workbook, inputs, working);
  return <GoalSeekForm slice={slice} />;
}

export function GoalSeekForm({ slice }: { slice: GoalSeekSlice }): JSX.Element {
  const styles = useStyles();
  const unit = targetUnit(slice.outputId);
  const off = slice.blocked !== undefined;
  const view = slice.outcome && outcomeView(slice.outcome);
  const outcome = slice.outcome;
  const closest =
    outcome?.kind === "not written" &&
    outcome.result.kind === "unreachable" &&
    outcome.result.reason !== "flat"
      ? outcome.result.closestValue
      : undefined;

  return (
    <div className={styles.root}>
      <Body1 as="p">{m.intro}</Body1>
      <Field label={m.outputLabel}>
        <Select
          value={slice.outputId}
          disabled={off}
          onChange={(_, data) => {
            const spec = OUTPUT_SPECS.find((s) => s.id === data.value);
            if (spec) slice.setOutputId(spec.id);
          }}
        >
          {OUTPUT_SPECS.map((spec) => (
            <option key={spec.id} value={spec.id}>
              {spec.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={m.targetLabel(unit.words)}
        validationState={slice.targetError ? "error" : "none"}
        validationMessage={slice.targetError}
      >
        <Input
          inputMode="decimal"
          disabled={off}
          value={slice.targetText}
          contentAfter={unit.suffix}
          onChange={(_, data) => slice.setTargetText(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") slice.find();
          }}
        />
      </Field>
      <Field label={m.inputLabel}>
        <Select
          value={slice.inputId}
          disabled={off}
          onChange={(_, data) => {
            const spec = INPUT_SPECS.find((s) => s.id === data.value);
            if (spec) slice.setInputId(spec.id);
          }}
        >
          {INPUT_SPECS.map((spec) => (
            <option key={spec.id} value={spec.id}>
              {spec.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={off || slice.busy} onClick={slice.find}>
          {slice.busy ? m.finding : m.find}
        </Button>
        {closest !== undefined && outcome?.kind === "not written" && (
          <Button disabled={off || slice.busy} onClick={slice.writeClosest}>
            {m.writeClosest(formatValue(closest, inputSpec(outcome.question.inputId).unit))}
          </Button>
        )}
        {outcome?.kind === "written" && (
          <Button disabled={off || slice.busy} onClick={slice.putBack}>
            {m.putBack(formatValue(outcome.previous, inputSpec(outcome.question.inputId).unit))}
          </Button>
        )}
      </div>
      {slice.blocked && <Body1 as="p">{slice.blocked}</Body1>}
      {slice.problem && <ProblemBar problem={slice.problem} />}
      <div role="status" aria-live="polite" aria-label="Goal seek" className={styles.lines}>
        {view?.lines.map((line) => (
          <Body1 as="p" key={line}>
            {line}
          </Body1>
        ))}
        {view?.warning && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{view.warning}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
