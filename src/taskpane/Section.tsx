/** A titled part of the pane: an h2 that names the region for screen-reader navigation. */
import { Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export function Section({ title, children }: { title: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const headingId = useId("section");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
