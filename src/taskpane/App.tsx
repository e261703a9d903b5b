// PLACEHOLDER created by the foundation work so the pane builds; the task pane work owns and
// replaces this file. Contract used by index.tsx (the Office gate): export `App` taking
// `{ host: PaneHost }`, and export the `PaneHost` type.
import { Text } from "@fluentui/react-components";

/** Where the pane runs, as decided by the Office gate in index.tsx. */
export type PaneHost = { kind: "excel"; platform: string | null } | { kind: "browser" };

export interface AppProps {
  host: PaneHost;
}

export function App({ host }: AppProps): JSX.Element {
  return (
    <Text as="p">
      AI Cost Scenarios is loading{host.kind === "excel" ? " in Excel" : " outside Excel"}…
    </Text>
  );
}
