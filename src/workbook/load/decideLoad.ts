/**
 * The whole decision of a load, the same for every host, in two steps around the one read a
 * host makes in between (Excel: a sync of its own):
 *   1. startLoad: the snapshot reconciled with the plan (reconcile.ts), and, only where the
 *      add-in loaded before, where to read the layout survey (layout.ts surveySources);
 *   2. decideLayout (layout.ts) over what the host read there: go on, upgrade, or stop.
 * Nothing is written before both return; a refusal is a HostError, with nothing changed.
 */
import { HostError } from "../host";
import { combineProblems } from "../messages/load";
import { isOwnershipMarker } from "../references";
import type { LoadDecision, LoadOptions, PlanMaker } from "./decision";
import { surveySources, type SurveySources } from "./layout";
import { reconcile } from "./reconcile";
import type { WorkbookSnapshot } from "./snapshot";

export interface LoadStart {
  readonly decision: LoadDecision;
  /** What to read before decideLayout; null where the add-in never loaded (no markers). */
  readonly survey: SurveySources | null;
}

export function startLoad(
  snapshot: WorkbookSnapshot,
  options: LoadOptions,
  makePlan: PlanMaker
): LoadStart {
  const reconciled = reconcile(snapshot, options, makePlan);
  if (!reconciled.ok) throw new HostError(combineProblems(reconciled.problems));
  const decision = reconciled.decision;
  const loadedBefore = snapshot.names.some((n) => isOwnershipMarker(n.name));
  return { decision, survey: loadedBefore ? surveySources(snapshot, decision) : null };
}
