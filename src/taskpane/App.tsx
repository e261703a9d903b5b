// PLACEHOLDER created by the foundation work so the pane builds; the task pane work owns and
// replaces this file. Contract used by index.tsx (the Office gate): export `App` taking
// `{ host }`, the workbook host (undefined outside Excel and the preview).
import { Text } from "@fluentui/react-components";
import type { ModelHost } from "../workbook/host";

export interface AppProps {
  readonly host: ModelHost | undefined;
}

export function App({ host }: AppProps): JSX.Element {
  return <Text as="p">AI Cost Scenarios is loading{host ? ` (${host.kind})` : ""}…</Text>;
}
