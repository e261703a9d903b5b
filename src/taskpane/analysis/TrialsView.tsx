/**
 * The Trials part of the Analysis section: the Trials sheet's simulation as the workbook computed
 * it (WorkbookState.analysis.simulation, read with the outputs). A plain sentence of the middle
 * 80% of the runway at efficient spend, the percentile table of the summary outputs in the
 * analyst's units, the probability of falling short of the target runway, and on a click the
 * distribution as a column chart of the sheet's bins (TrialsChart.tsx, a chunk of its own with
 * the chart library). Below, the seed and the trial count, written on Enter or on leaving the
 * field (useTrials). When the trials cannot run it says why and what to do, not numbers.
 */
import {
  Body1,
  Field,
  Input,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { lazy, useEffect, useState } from "react";
import type { SimulationReadings } from "../../workbook/analysis/readings";
import { trialsMessages as m } from "../../workbook/messages/trials";
import { ProblemBar, ProblemList } from "../problems/ProblemBar";
import { Section } from "../Section";
import { ChartOnDemand } from "./ChartOnDemand";
import {
  countText,
  fieldText,
  middleRangeSentence,
  outputHeaders,
  percentileRows,
  shortfallRows,
} from "./trialsText";
import type { SettingKey, TrialsSlice } from "./useTrials";

const TrialsChart = lazy(() => import(/* webpackChunkName: "trialsChart" */ "./TrialsChart"));

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  updating: { opacity: 0.6 },
  scroll: { overflowX: "auto", minWidth: 0 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  cell: {
    paddingInline: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
    textAlign: "end",
    whiteSpace: "nowrap",
  },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  field: { flexBasis: "180px", flexGrow: 1 },
});

export interface TrialsViewProps {
  readonly simulation: SimulationReadings;
  /** A slider's or a seed's write is on its way: the numbers belong to the values before. */
  readonly updating: boolean;
  readonly trials: TrialsSlice;
}

export function TrialsView({ simulation: sim, updating, trials }: TrialsViewProps): JSX.Element {
  const styles = useStyles();
  const busy = updating || trials.writing;
  return (
    <Section title={m.title} level={3}>
      <div className={mergeClasses(styles.body, busy && styles.updating)} aria-busy={busy}>
        <Body1 as="p">{m.intro(countText(sim.trials), countText(sim.seed))}</Body1>
        {sim.ready ? <Distribution sim={sim} /> : <NotReady sim={sim} />}
      </div>
      {trials.canWrite && <Settings sim={sim} trials={trials} />}
      {trials.writing && <Spinner size="tiny" labelPosition="after" label={m.writing} />}
      {trials.problem && <ProblemBar problem={trials.problem} />}
    </Section>
  );
}

function NotReady({ sim }: { sim: SimulationReadings }): JSX.Element {
  return (
    <>
      <Body1 as="p">{m.notReady}</Body1>
      <ProblemList problems={sim.problems} />
    </>
  );
}

function Distribution({ sim }: { sim: SimulationReadings }): JSX.Element {
  const styles = useStyles();
  const sentence = middleRangeSentence(sim);
  const headers = outputHeaders(sim);
  return (
    <>
      <Body1 as="p">{sentence ?? m.noNumbers}</Body1>
      <div className={styles.scroll} role="region" aria-label={m.tableLabel} tabIndex={0}>
        <table className={styles.table} aria-label={m.tableLabel}>
          <thead>
            <tr>
              {[m.statisticHeader, ...headers].map((header) => (
                <th key={header} scope="col" className={styles.head}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {percentileRows(sim).map((row) => (
              <tr key={row.label}>
                <th scope="row" className={styles.head}>
                  {row.label}
                </th>
                {row.cells.map((text, i) => (
                  <td key={headers[i] ?? i} className={styles.cell}>
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className={styles.table} aria-label={m.shortfallTitle}>
        <caption className={styles.head}>{m.shortfallTitle}</caption>
        <tbody>
          {shortfallRows(sim).map((row) => (
            <tr key={row.label}>
              <th scope="row" className={styles.head}>
                {row.label}
              </th>
              <td className={styles.cell}>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChartOnDemand words={m}>
        <TrialsChart simulation={sim} />
      </ChartOnDemand>
    </>
  );
}

function Settings({ sim, trials }: { sim: SimulationReadings; trials: TrialsSlice }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <SettingField
        which="seed"
        label={m.seedLabel}
        hint={m.seedHint(sim.limits.maxSeed)}
        current={sim.seed}
        sim={sim}
        trials={trials}
      />
      <SettingField
        which="trials"
        label={m.trialsLabel}
        hint={m.trialsHint(sim.limits.maxTrials)}
        current={sim.trials}
        sim={sim}
        trials={trials}
      />
    </div>
  );
}

function SettingField({
  which,
  label,
  hint,
  current,
  sim,
  trials,
}: {
  which: SettingKey;
  label: string;
  hint: string;
  current: number | string;
  sim: SimulationReadings;
  trials: TrialsSlice;
}): JSX.Element {
  const styles = useStyles();
  // What the analyst is typing; undefined shows the workbook's value (and follows it).
  const [draft, setDraft] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const shown = fieldText(current);
  useEffect(() => {
    // The workbook answered with a value (ours, or one typed in the sheet): show it.
    setDraft(undefined);
  }, [shown]);
  const commit = (): void => {
    if (draft === undefined) return;
    const why = trials.commit(which, draft, sim.limits, current);
    setRefusal(why);
    if (why === undefined && draft.trim() === shown) setDraft(undefined);
  };
  return (
    <Field
      className={styles.field}
      label={label}
      hint={hint}
      validationState={refusal ? "error" : "none"}
      validationMessage={refusal}
    >
      <Input
        inputMode="numeric"
        value={draft ?? shown}
        onChange={(_, data) => {
          setDraft(data.value);
          setRefusal(undefined);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") {
            setDraft(undefined);
            setRefusal(undefined);
          }
        }}
      />
    </Field>
  );
}
