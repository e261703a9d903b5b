/**
 * The workbook host, for the pane's hooks. The pane is given a WorkbookHost (Excel's, the
 * preview's, or a test's) and wraps it so that its calls run one at a time (serialHost.ts).
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { WorkbookHost } from "../../workbook/host";
import { serialHost } from "./serialHost";

const HostContext = createContext<WorkbookHost | undefined>(undefined);

export function HostProvider({
  host,
  children,
}: {
  host: WorkbookHost;
  children: ReactNode;
}): JSX.Element {
  const serial = useMemo(() => serialHost(host), [host]);
  return <HostContext.Provider value={serial}>{children}</HostContext.Provider>;
}

export function useHost(): WorkbookHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost is used outside HostProvider.");
  return host;
}
