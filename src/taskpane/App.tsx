/**
 * The task pane. Given a WorkbookHost (Excel's or the preview's) it loads the article, drives the
 * scenario and keeps the saved scenarios; given none (a plain browser tab), it says where to
 * open it instead. Contract with index.tsx (the Office gate): `App` with `{ host }`.
 */
import { Body1, Button, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { WorkbookHost } from "../workbook/host";
import { AnalysisSection } from "./analysis/AnalysisSection";
import { HostProvider, useHost } from "./host/hostContext";
import { InputsPanel } from "./inputs/InputsPanel";
import { useInputs } from "./inputs/useInputs";
import { LoadBar } from "./load/LoadBar";
import { useLoad } from "./load/useLoad";
import { ProblemBar, ProblemList } from "./problems/ProblemBar";
import { GoalSeek } from "./analysis/GoalSeek";
import { ResultsPanel } from "./results/ResultsPanel";
import { ScenariosPanel } from "./scenarios/ScenariosPanel";
import { useScenarios } from "./scenarios/useScenarios";
import { Section } from "./Section";
import { SharingPanel } from "./sharing/SharingPanel";
import { useWorkbook } from "./workbook/useWorkbook";

export interface AppProps {
  /** Undefined when the pane runs outside Excel with no preview host: nothing to work on. */
  readonly host: WorkbookHost | undefined;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "640px",
    boxSizing: "border-box",
  },
});

export function App({ host }: AppProps): JSX.Element {
  if (!host) return <NoHost />;
  return (
    <HostProvider host={host}>
      <Pane />
    </HostProvider>
  );
}

function NoHost(): JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">AI Cost Scenarios</Subtitle1>
      <Body1 as="p">
        There is no workbook here to work on. Open the add-in in Excel (Home › Add-ins › AI Cost
        Scenarios), or open the preview, which runs the same pane on a workbook in your browser.
      </Body1>
    </main>
  );
}

function Pane(): JSX.Element {
  const styles = useStyles();
  const host = useHost();
  const workbook = useWorkbook(host);
  const scenarios = useScenarios(host, workbook);
  const inputs = useInputs(host, workbook);
  const { refresh: refreshState } = workbook;
  const { refresh: refreshScenarios } = scenarios;
  const afterLoad = useCallback(async () => {
    await refreshState();
    await refreshScenarios();
  }, [refreshState, refreshScenarios]);
  const load = useLoad(host, afterLoad);
  const { state } = workbook;
  const working = load.status.kind === "working";

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">AI Cost Scenarios</Subtitle1>
      <Section title="Workbook">
        <LoadBar slice={load} loaded={state?.loaded ?? false} />
        {workbook.readProblem && <ProblemBar problem={workbook.readProblem} />}
        {workbook.readProblem && (
          <Button onClick={() => void workbook.refresh()}>Read the workbook again</Button>
        )}
        {state && <ProblemList problems={state.problems} />}
        {!state && !workbook.readProblem && (
          <Spinner size="tiny" labelPosition="after" label="Reading the workbook…" />
        )}
        {state && !state.loaded && (
          <Body1 as="p">
            The article&apos;s figures are not in this workbook yet. Choose “Load the article&apos;s
            figures” to add them, with the inputs, the model and the scenarios sheet.
          </Body1>
        )}
      </Section>
      {state?.loaded && (
        <>
          <Section title="Results">
            <ResultsPanel state={state} updating={inputs.updating} />
          </Section>
          <Section title="Analysis">
            <AnalysisSection
              analysis={state.analysis}
              updating={inputs.updating}
              host={host}
              onState={workbook.accept}
            />
            <Section title="Goal seek" level={3}>
              <GoalSeek host={host} workbook={workbook} inputs={inputs} working={working} />
            </Section>
          </Section>
          <Section title="Inputs">
            <InputsPanel slice={inputs} disabled={working} />
          </Section>
          <Section title="Scenarios">
            <ScenariosPanel slice={scenarios} disabled={working} />
          </Section>
        </>
      )}
      {/* Not only once loaded: AICOST formulas and auto-open do not need the article. */}
      {state && (
        <Section title="Sharing">
          <SharingPanel host={host} disabled={working} />
        </Section>
      )}
    </main>
  );
}
