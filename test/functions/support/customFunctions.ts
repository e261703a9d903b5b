/**
 * A stand-in for Excel's CustomFunctions global (@types/custom-functions-runtime), enough to
 * run the functions outside Excel: the Error class with its code and message, the ErrorCode
 * strings Excel uses, and associate(), which records what a bundle registers.
 */

/** The ErrorCode enum as Excel's runtime defines it: the codes are the cell texts. */
export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ErrorText = (typeof ERROR_CODE)[keyof typeof ERROR_CODE];

/** The four errors our functions may give (PLATFORM.md: a message shows with #VALUE! and #N/A). */
export const OUR_ERROR_TEXTS: readonly string[] = ["#DIV/0!", "#VALUE!", "#NUM!", "#N/A"];

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface StandIn {
  readonly Error: typeof StandInError;
  readonly ErrorCode: typeof ERROR_CODE;
  /** What a bundle associated, by id. */
  readonly associated: Map<string, unknown>;
  associate(idOrMappings: string | Record<string, unknown>, fn?: unknown): void;
}

export function newStandIn(): StandIn {
  const associated = new Map<string, unknown>();
  return {
    Error: StandInError,
    ErrorCode: ERROR_CODE,
    associated,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === "string") associated.set(idOrMappings, fn);
      else for (const [id, f] of Object.entries(idOrMappings)) associated.set(id, f);
    },
  };
}

/** Installs a stand-in as the global CustomFunctions (the functions read it on each error). */
export function installStandIn(): StandIn {
  const standIn = newStandIn();
  Object.defineProperty(globalThis, "CustomFunctions", {
    value: standIn,
    configurable: true,
    writable: true,
  });
  return standIn;
}

/** What one call gave: its value, or the Excel error it threw. */
export type CallResult = { value: unknown } | { error: StandInError };

/** Calls a function as Excel does (an argument list of any length); thrown CustomFunctions.Errors are results. */
export function callAsExcel(fn: unknown, args: readonly unknown[]): CallResult {
  if (typeof fn !== "function") throw new TypeError("not a function");
  try {
    return { value: Reflect.apply(fn, undefined, args) as unknown };
  } catch (thrown) {
    if (thrown instanceof StandInError) return { error: thrown };
    throw thrown;
  }
}
