/**
 * The Analysis section (loaded on demand: AnalysisSection.tsx): the Sensitivity sheet's tornado,
 * the Map sheet's grid and the Trials sheet's distribution, as the workbook computed them for the
 * inputs (WorkbookState.analysis, read with the outputs after every change). A workbook without
 * those sheets (an older layout) gets the load that adds them. Goal seek, when given, goes below.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { AnalysisReadings } from "../../workbook/analysis/readings";
import type { WorkbookHost, WorkbookState } from "../../workbook/host";
import { analysisMessages } from "../../workbook/messages/analysis";
import { ProblemBar } from "../problems/ProblemBar";
import { HeatGrid } from "./HeatGrid";
import { TornadoView } from "./TornadoView";
import { TrialsView } from "./TrialsView";
import { useTrials } from "./useTrials";

export interface AnalysisPanelProps {
  readonly analysis: AnalysisReadings | undefined;
  readonly updating: boolean;
  readonly host?: WorkbookHost;
  readonly onState?: (state: WorkbookState) => void;
  readonly children?: ReactNode;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  updating: { opacity: 0.6 },
});

export function AnalysisPanel({
  analysis,
  updating,
  host,
  onState,
  children,
}: AnalysisPanelProps): JSX.Element {
  const styles = useStyles();
  const trials = useTrials(host, onState);
  if (!analysis) {
    return (
      <>
        <ProblemBar problem={analysisMessages.missing} intent="info" />
        {children}
      </>
    );
  }
  return (
    <div className={styles.root}>
      <div className={mergeClasses(styles.root, updating && styles.updating)} aria-busy={updating}>
        {analysis.tornado && <TornadoView tornado={analysis.tornado} />}
        {analysis.map && <HeatGrid map={analysis.map} />}
        <Caption1 as="p">{analysisMessages.changeOnSheets}</Caption1>
      </div>
      {analysis.simulation && (
        <TrialsView simulation={analysis.simulation} updating={updating} trials={trials} />
      )}
      {children}
    </div>
  );
}
