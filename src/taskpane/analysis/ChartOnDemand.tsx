/**
 * A chart behind a show/hide button, its code fetched only once it is shown: the tornado's and
 * the trials' distribution share it. A failed fetch says so, and showing it again tries again.
 */
import { Button, Spinner, makeStyles } from "@fluentui/react-components";
import { Suspense, useId, useState, type ReactNode } from "react";
import { LoadFailure } from "./LoadFailure";

const useStyles = makeStyles({ button: { alignSelf: "flex-start" } });

export interface ChartWords {
  readonly showChart: string;
  readonly hideChart: string;
  readonly chartLoading: string;
  readonly chartNotLoaded: string;
}

export function ChartOnDemand(props: { words: ChartWords; children: ReactNode }): JSX.Element {
  const { words: m } = props;
  const styles = useStyles();
  const [chartShown, setChartShown] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const chartId = useId();
  return (
    <>
      <Button
        className={styles.button}
        aria-expanded={chartShown}
        aria-controls={chartId}
        onClick={() => {
          if (!chartShown) setAttempt((n) => n + 1);
          setChartShown(!chartShown);
        }}
      >
        {chartShown ? m.hideChart : m.showChart}
      </Button>
      <div id={chartId}>
        {chartShown && (
          <LoadFailure key={attempt} message={m.chartNotLoaded}>
            <Suspense
              fallback={<Spinner size="tiny" labelPosition="after" label={m.chartLoading} />}
            >
              {props.children}
            </Suspense>
          </LoadFailure>
        )}
      </div>
    </>
  );
}
