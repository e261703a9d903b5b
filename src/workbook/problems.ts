/** Problems shared by every host's load. Pure. */
import type { HostProblem } from "./host";

/** Several reasons to stop, as the one problem a HostError carries. */
export function combineProblems(problems: readonly HostProblem[]): HostProblem {
  const [first] = problems;
  if (!first) throw new Error("combineProblems needs at least one problem");
  if (problems.length === 1) return first;
  return {
    code: first.code,
    message: `${problems.length} things stop the load: ${problems.map((p, i) => `(${i + 1}) ${p.message}`).join(" ")}`,
    repair: problems.map((p, i) => `(${i + 1}) ${p.repair}`).join(" "),
  };
}
