/**
 * A titled part of the pane: a heading (h2, or h3 for a part within a part) that names the
 * region for screen-reader navigation.
 */
import { Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export function Section({
  title,
  children,
  level = 2,
}: {
  title: string;
  children: ReactNode;
  level?: 2 | 3;
}): JSX.Element {
  const styles = useStyles();
  const headingId = useId("section");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as={level === 2 ? "h2" : "h3"} id={headingId}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
