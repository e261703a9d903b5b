/**
 * The Analysis section's place in the pane's first scripts: only this. The section itself
 * (AnalysisPanel: the tornado's table, the map's grid) loads on demand, fetched when the browser
 * is idle after the pane's first paint, and its chart once more on the analyst's click, so
 * neither weighs on the first load Excel waits for (test/preview/paneBundle.test.ts). If its
 * code cannot arrive, the section says so and offers to try again (PanelOnDemand).
 */
import type { ReactNode } from "react";
import type { AnalysisReadings } from "../../workbook/analysis/readings";
import type { WorkbookHost, WorkbookState } from "../../workbook/host";
import { onDemand, usePrefetch } from "../dialogs/onDemand";
import type { AnalysisPanelProps } from "./AnalysisPanel";
import { PanelOnDemand } from "./GoalSeek";

const analysisPanel = onDemand<AnalysisPanelProps>(() =>
  import(/* webpackChunkName: "analysis" */ "./AnalysisPanel").then((m) => m.AnalysisPanel)
);

export interface AnalysisSectionProps {
  readonly analysis: AnalysisReadings | undefined;
  /** A slider's move is on its way: what is shown belongs to the previous value. */
  readonly updating: boolean;
  /** Where the Trials part writes the seed and the trial count, and who takes the reply. */
  readonly host?: WorkbookHost;
  readonly onState?: (state: WorkbookState) => void;
  /** Rendered below the tornado, the map and the trials. */
  readonly children?: ReactNode;
}

export function AnalysisSection(props: AnalysisSectionProps): JSX.Element {
  usePrefetch(analysisPanel.prefetch);
  return <PanelOnDemand name="Analysis" panel={analysisPanel} props={props} />;
}
