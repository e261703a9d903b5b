/**
 * Any failure of a host call, as something the analyst can act on: a HostError carries its own
 * message and repair; anything else (a bug, a lost connection to Excel) gets a plain message
 * and the one repair that always applies. Pure.
 */
import { HostError } from "../../workbook/host";
import { officeMessages } from "../../workbook/messages";

/** What the pane shows for a failure: what is wrong, and what to do. */
export interface PaneProblem {
  readonly message: string;
  readonly repair: string;
}

export function problemOf(error: unknown): PaneProblem {
  if (error instanceof HostError)
    return { message: error.problem.message, repair: error.problem.repair };
  return officeMessages.unexpected(
    error instanceof Error && error.message ? error.message : undefined
  );
}
