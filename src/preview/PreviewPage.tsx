/**
 * The preview page: the add-in's own task pane (the same App Excel shows) on the left, the
 * workbook it drives on the right. Everything runs in this tab: IronCalc computes the sheets,
 * nothing is sent anywhere, and the workbook is kept in the browser for the next visit.
 */
import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useSyncExternalStore, type ReactNode } from "react";
import { App } from "../taskpane/App";
import type { WorkbookHost } from "../workbook/host";
import { previewMessages } from "../workbook/messages/pane";
import type { WorkbookPlan } from "../workbook/plan";
import { DownloadButton } from "./export/DownloadButton";
import type { PreviewWorkbook } from "./previewWorkbook";
import { WorkbookView } from "./workbookView/WorkbookView";

/** About the width Excel gives a task pane, so the preview shows the pane as analysts see it. */
const PANE_WIDTH = "400px";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: `minmax(300px, ${PANE_WIDTH}) minmax(0, 1fr)`,
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 800px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      gridTemplateRows: "auto auto auto",
      height: "auto",
    },
  },
  header: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  about: { flex: "1 1 0", minWidth: "240px", color: tokens.colorNeutralForeground2 },
  pane: {
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    padding: tokens.spacingHorizontalM,
    gap: tokens.spacingVerticalS,
  },
  centre: { padding: tokens.spacingHorizontalXXL },
});

export interface PreviewPageProps {
  readonly host: WorkbookHost;
  readonly workbook: PreviewWorkbook;
  /** The plan the host applies: the export writes its sheets, tables and names. */
  readonly plan: WorkbookPlan;
  /** Forget the stored workbook and start again with a blank one. */
  readonly onStartOver: () => void;
}

export function PreviewPage({ host, workbook, plan, onStartOver }: PreviewPageProps): JSX.Element {
  const styles = useStyles();
  return (
    <PreviewFrame>
      <div className={styles.page}>
        <header className={styles.header}>
          <Title3 as="p">AI Cost Scenarios — preview</Title3>
          <Body1 className={styles.about}>
            The add-in&apos;s own task pane on a workbook computed in this page by IronCalc: no
            Excel, nothing sent anywhere, the workbook kept in this browser.
          </Body1>
          <Button onClick={onStartOver}>Start over with a blank workbook</Button>
        </header>
        {/* No landmark around the pane: App renders the page's <main>. */}
        <div className={styles.pane} data-testid="pane">
          <App host={host} />
        </div>
        <section className={styles.workbook} aria-label="Workbook" data-testid="workbook">
          {workbook.restoreProblem && (
            <MessageBar intent="warning">
              <MessageBarBody>{workbook.restoreProblem}</MessageBarBody>
            </MessageBar>
          )}
          <WorkbookDownload workbook={workbook} plan={plan} />
          <WorkbookView source={workbook} />
        </section>
      </div>
    </PreviewFrame>
  );
}

/**
 * The download button on the workbook's engine as it is now: a load into a blank workbook puts
 * the stored article workbook in place of the blank one, and the button follows (it re-renders
 * only when the engine itself is another one, not on every change of its cells).
 */
function WorkbookDownload({
  workbook,
  plan,
}: {
  workbook: PreviewWorkbook;
  plan: WorkbookPlan;
}): JSX.Element {
  const model = useSyncExternalStore(workbook.subscribe, () => workbook.model);
  return <DownloadButton model={model} plan={plan} />;
}

/** The engine is starting (the .wasm is about 2 MB). */
export function PreviewStarting(): JSX.Element {
  const styles = useStyles();
  return (
    <PreviewFrame>
      <main className={styles.centre}>
        <Spinner label="Starting the spreadsheet engine…" />
      </main>
    </PreviewFrame>
  );
}

/** The engine could not start: say why and what to try. */
export function PreviewFailed({ reason }: { reason: string }): JSX.Element {
  const styles = useStyles();
  return (
    <PreviewFrame>
      <main className={styles.centre}>
        <MessageBar intent="error">
          <MessageBarBody>{previewMessages.engineFailed(reason)}</MessageBarBody>
        </MessageBar>
      </main>
    </PreviewFrame>
  );
}

function PreviewFrame({ children }: { children: ReactNode }): JSX.Element {
  return <FluentProvider theme={webLightTheme}>{children}</FluentProvider>;
}
