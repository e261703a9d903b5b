/**
 * The workbook host, for the pane's hooks. The pane is given a ModelHost (Excel's, the
 * preview's, or a test's) and wraps it so that its calls run one at a time (serialHost.ts).
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ModelHost } from "../../workbook/host";
import { serialHost } from "./serialHost";

const HostContext = createContext<ModelHost | undefined>(undefined);

export function HostProvider({
  host,
  children,
}: {
  host: ModelHost;
  children: ReactNode;
}): JSX.Element {
  const serial = useMemo(() => serialHost(host), [host]);
  return <HostContext.Provider value={serial}>{children}</HostContext.Provider>;
}

export function useHost(): ModelHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost is used outside HostProvider.");
  return host;
}
