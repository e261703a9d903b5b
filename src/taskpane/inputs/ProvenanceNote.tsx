/**
 * Where an input's default comes from, behind a small "Source" toggle so that ten inputs fit a
 * 320 px pane: the article's metric, who it is about, its qualifier and its sentence, or, for
 * an assumption, why the default is what it is. Rendered only when open (a `hidden` attribute
 * would lose to the flex display of its class).
 */
import { Button, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { InputSpec } from "../../model";
import type { Provenance } from "./provenance";

const useStyles = makeStyles({
  toggle: { alignSelf: "flex-start", minWidth: 0, paddingInline: 0 },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
  },
});

export function ProvenanceNote({
  spec,
  provenance,
}: {
  spec: InputSpec;
  provenance: Provenance;
}): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const bodyId = useId("provenance");
  return (
    <>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={bodyId}
        aria-label={`Source of ${spec.label}`}
        onClick={() => setOpen(!open)}
      >
        {open ? "Source ▴" : "Source ▾"}
      </Button>
      {open && (
        <div id={bodyId} className={styles.body}>
          {provenance.kind === "figure" ? (
            <>
              <Caption1>
                {provenance.entity}: {provenance.metric} ({provenance.period}
                {provenance.qualifier ? `; the article says “${provenance.qualifier}”` : ""}).
              </Caption1>
              <blockquote className={styles.quote}>
                <Caption1>{provenance.sentence}</Caption1>
              </blockquote>
            </>
          ) : (
            <Caption1>{provenance.why}</Caption1>
          )}
        </div>
      )}
    </>
  );
}
