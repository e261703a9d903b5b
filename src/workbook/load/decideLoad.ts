/**
 * The whole decision of a load, the same for every host: the snapshot reconciled with the plan
 * (reconcile.ts), then, only where the add-in loaded before, the layout survey read and the
 * layout decided (layout.ts). A host gives the two reads (Excel: one sync each); nothing is
 * written before this returns, and a refusal is a HostError with nothing changed.
 */
import { HostError } from "../host";
import { combineProblems } from "../messages/load";
import { isOwnershipMarker } from "../references";
import type { LoadDecision, LoadOptions, PlanMaker } from "./decision";
import { decideLayout, surveySources, type Survey, type SurveySources } from "./layout";
import { reconcile } from "./reconcile";
import type { WorkbookSnapshot } from "./snapshot";

/** The reads a load needs from its host, in this order. */
export interface LoadReads {
  readonly snapshot: () => Promise<WorkbookSnapshot> | WorkbookSnapshot;
  readonly survey: (sources: SurveySources) => Promise<Survey> | Survey;
}

export async function decideLoad(
  reads: LoadReads,
  options: LoadOptions,
  makePlan: PlanMaker
): Promise<LoadDecision> {
  const snapshot = await reads.snapshot();
  const reconciled = reconcile(snapshot, options, makePlan);
  if (!reconciled.ok) throw new HostError(combineProblems(reconciled.problems));
  const decision = reconciled.decision;
  if (!snapshot.names.some((n) => isOwnershipMarker(n.name))) return decision;
  const survey = await reads.survey(surveySources(snapshot, decision));
  return decideLayout(decision, survey, options);
}
