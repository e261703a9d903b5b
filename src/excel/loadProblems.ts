/**
 * Why a load stops, in the analyst's words, each with its repair. Pure.
 */
import type { HostProblem } from "../workbook/host";
import type { NameKind, PlanName } from "../workbook/plan";
import type { NameInfo, TableInfo } from "./snapshot";

/** What each kind of name is for, in the analyst's words. */
const NAME_PURPOSE: Readonly<Record<NameKind, string>> = {
  input: "an input cell",
  output: "a result cell",
  calc: "a calculation of the model",
  scenarioColumn: "a column of the saved scenarios",
  case: "an input's low or high case",
  analysis: "a result of the Sensitivity or Map sheet",
  check: "a check",
  twin: "a portable function",
  stamp: "the stamp that says which layout of the add-in built the workbook",
};

export function protectedSheet(name: string): HostProblem {
  return {
    code: "protected",
    message: `The add-in's sheet "${name}" is protected, so its figures and formulas cannot be updated.`,
    repair: `Unprotect "${name}" (Review > Unprotect Sheet), load the article's figures again, then protect it again if you wish.`,
  };
}

export function nameConflict(name: PlanName, existing: NameInfo): HostProblem {
  return {
    code: "conflict",
    message: `Your workbook already has a name "${existing.name}" (${existing.formula}), which the add-in needs for ${NAME_PURPOSE[name.kind]}.`,
    repair: `Rename or delete your "${existing.name}" (Formulas > Name Manager), then load the article's figures again.`,
  };
}

export function tableConflict(name: PlanName, table: TableInfo): HostProblem {
  return {
    code: "conflict",
    message: `Your table "${table.name}" on "${table.sheet}" has the name the add-in needs for ${NAME_PURPOSE[name.kind]}.`,
    repair: `Rename your table (Table Design > Table Name), then load the article's figures again.`,
  };
}

export const STRUCTURE_PROTECTED: HostProblem = {
  code: "protected",
  message: "The workbook's structure is protected, so the add-in cannot add its sheets.",
  repair:
    "Unprotect the workbook (Review > Protect Workbook), load the article's figures, then protect it again if you wish.",
};

export { combineProblems } from "../workbook/problems";
