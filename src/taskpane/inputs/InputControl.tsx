/**
 * One scenario input: its label, a slider with the article's range marked under the track, a
 * numeric field in the analyst's units, and where the default comes from.
 *
 * The slider handles its own keys (arrows one stop, Page Up/Down a tenth of the track,
 * Home/End the ends) so that every browser, and the tests, step through the same round-number
 * stops of its scale; a drag goes through the native input. Both move a draft at once and hand
 * the value to the writer (inputWriter.ts), which writes it as soon as the host is free; pointer
 * release and focus leaving write a value it still holds back.
 */
import {
  Caption1,
  Field,
  Input,
  Label,
  Slider,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { formatValue, type InputId, type InputSpec } from "../../model";
import { formMessages } from "../../workbook/messages";
import { fieldUnit, toFieldText } from "./fieldUnits";
import { provenanceOf } from "./provenance";
import { ProvenanceNote } from "./ProvenanceNote";
import { sliderScale, type SliderScale } from "./sliderScale";
import { readTypedValue } from "./typedValue";

/** Half of the medium slider's thumb: Fluent insets the rail by this much on each side. */
const RAIL_INSET = "10px";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  slider: { width: "100%", minWidth: 0 },
  bandTrack: {
    position: "relative",
    height: "4px",
    marginInline: RAIL_INSET,
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
  },
  band: {
    position: "absolute",
    top: 0,
    bottom: 0,
    minWidth: "4px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteMarigoldBorderActive,
  },
  rangeText: { color: tokens.colorNeutralForeground3 },
  bandKey: {
    display: "inline-block",
    width: "12px",
    height: "4px",
    marginInlineEnd: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteMarigoldBorderActive,
  },
  field: { maxWidth: "100%" },
});

const SCALES = new Map<InputId, SliderScale>();
function scaleOf(spec: InputSpec): SliderScale {
  let scale = SCALES.get(spec.id);
  if (!scale) {
    scale = sliderScale(spec);
    SCALES.set(spec.id, scale);
  }
  return scale;
}

export interface InputControlProps {
  readonly spec: InputSpec;
  /** Undefined when the workbook has no such input (its name was deleted). */
  readonly value: number | undefined;
  /** The model's objection to the value as it stands, if any. */
  readonly check: string | undefined;
  readonly disabled: boolean;
  readonly onMove: (id: InputId, value: number) => void;
  readonly onCommit: (id: InputId) => void;
  readonly onWriteNow: (id: InputId, value: number) => void;
}

export function InputControl(props: InputControlProps): JSX.Element {
  const { spec, value, check, onMove, onCommit, onWriteNow } = props;
  const styles = useStyles();
  const labelId = useId("input-label");
  const rangeId = useId("input-range");
  const scale = scaleOf(spec);
  const unit = fieldUnit(spec);
  const provenance = provenanceOf(spec);
  const missing = value === undefined;
  const disabled = props.disabled || missing;

  // The field's text while the analyst types; undefined shows the value as it stands.
  const [typing, setTyping] = useState<string>();
  const [typedError, setTypedError] = useState<string>();

  const position = value === undefined ? 0 : scale.positionOf(value);
  const moveTo = (next: number): void => {
    // The slider takes over from anything half-typed in the field.
    setTyping(undefined);
    setTypedError(undefined);
    const clamped = Math.min(scale.positions - 1, Math.max(0, next));
    if (clamped !== position || value !== scale.valueAt(clamped))
      onMove(spec.id, scale.valueAt(clamped));
  };

  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    const page = Math.max(1, Math.round(scale.positions / 10));
    const target: Record<string, number> = {
      ArrowRight: position + 1,
      ArrowUp: position + 1,
      ArrowLeft: position - 1,
      ArrowDown: position - 1,
      PageUp: position + page,
      PageDown: position - page,
      Home: 0,
      End: scale.positions - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const commitTyped = (): void => {
    if (typing === undefined) return;
    const typed = readTypedValue(spec, unit, typing);
    if (!typed.ok) {
      setTypedError(typed.message); // keep the text, so the analyst sees what was refused
      return;
    }
    setTypedError(undefined);
    setTyping(undefined);
    if (typed.value !== value) onWriteNow(spec.id, typed.value);
  };

  const fieldText = typing ?? (value === undefined ? "" : toFieldText(value, unit));
  const message = typedError ?? (missing ? formMessages.inputMissing : check);
  const low = scale.positionOf(spec.low);
  const high = scale.positionOf(spec.high);
  const span = Math.max(1, scale.positions - 1);

  return (
    <div className={styles.root} role="group" aria-labelledby={labelId}>
      <Label id={labelId} weight="semibold" disabled={disabled}>
        {spec.label}
      </Label>
      <Slider
        className={styles.slider}
        min={0}
        max={scale.positions - 1}
        value={position}
        disabled={disabled}
        aria-labelledby={labelId}
        aria-describedby={rangeId}
        aria-valuetext={value === undefined ? "missing" : formatValue(value, spec.unit)}
        onChange={(_, data) => moveTo(data.value)}
        onKeyDown={onSliderKey}
        onPointerUp={() => onCommit(spec.id)}
        onBlur={() => onCommit(spec.id)}
      />
      {provenance.kind === "figure" && (
        <div className={styles.bandTrack} aria-hidden="true">
          <div
            className={styles.band}
            style={{ left: `${(low / span) * 100}%`, width: `${((high - low) / span) * 100}%` }}
          />
        </div>
      )}
      <Caption1 id={rangeId} className={styles.rangeText}>
        {provenance.kind === "figure" && <span className={styles.bandKey} aria-hidden="true" />}
        {provenance.rangeText}
      </Caption1>
      <Field
        className={styles.field}
        label={`${spec.label}, ${unit.words}`}
        size="small"
        validationState={typedError || missing ? "error" : check ? "warning" : "none"}
        validationMessage={message}
      >
        <Input
          type="number"
          step="any"
          inputMode="decimal"
          disabled={disabled}
          value={fieldText}
          contentAfter={unit.suffix}
          onChange={(_, data) => setTyping(data.value)}
          onBlur={commitTyped}
          onKeyDown={(event) => {
            if (event.key === "Enter") commitTyped();
            if (event.key === "Escape") {
              setTyping(undefined);
              setTypedError(undefined);
            }
          }}
        />
      </Field>
      <ProvenanceNote spec={spec} provenance={provenance} />
    </div>
  );
}
