/**
 * Test doubles for the Sharing section, keeping the contract of src/workbook/host.ts:
 *
 * TestSharing stands for a workbook with some cells whose formulas call AICOST functions.
 * Prepare rewrites each one (to its twin, a native formula, or its value), counts them the way
 * the report does (changed = toTwin + toNative + frozen), notes every frozen cell, and keeps a
 * record; restore puts back every recorded cell that was not edited since, names the others,
 * and clears the record. With no AICOST cell, prepare changes nothing and names no record
 * sheet. A test can make the next call fail with a HostProblem, or hold it, to see busy states.
 *
 * TestAutoOpen stands for the document setting: on or off, a set that can fail (the setting
 * then stays as it was) or be held.
 */
import {
  HostError,
  type AutoOpenControl,
  type HostProblem,
  type RestoreReport,
  type SharingControls,
  type SharingReport,
  type SharingStatus,
} from "../../src/workbook/host";

/** How prepare rewrites a cell: the portable twin, a native formula, or its current value. */
export type PreparedAs = "twin" | "native" | "frozen";

export interface AddinFormulaCell {
  /** As the workbook shows it, e.g. "Sheet1!B4". */
  readonly address: string;
  readonly formula: string;
  readonly becomes: PreparedAs;
}

/** The sheet the double says it keeps its record on. */
export const TEST_RECORD_SHEET = "AICOST record";

/** A call a test holds until it calls the returned release. */
class Gate {
  private held: Promise<void> | undefined;

  hold(): () => void {
    let release = (): void => undefined;
    this.held = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.held = undefined;
      release();
    };
  }

  async pass(): Promise<void> {
    if (this.held) await this.held;
  }
}

export class TestSharing implements SharingControls {
  /** Formulas in the workbook now, by address. */
  readonly formulas = new Map<string, string>();
  readonly calls = { status: 0, prepareForSharing: 0, restoreAddinFormulas: 0 };
  private record: AddinFormulaCell[] = [];
  private readonly edited = new Set<string>();
  private nextFailure: HostProblem | undefined;
  private statusFailure: HostProblem | undefined;
  private readonly gate = new Gate();

  constructor(private readonly cells: readonly AddinFormulaCell[] = []) {
    for (const cell of cells) this.formulas.set(cell.address, cell.formula);
  }

  /** The next prepare or restore is refused with this problem; nothing changes. */
  failNext(problem: HostProblem): void {
    this.nextFailure = problem;
  }

  /** The next status read is refused with this problem. */
  failNextStatus(problem: HostProblem): void {
    this.statusFailure = problem;
  }

  /** Prepare and restore wait until released (status calls do not). */
  hold(): () => void {
    return this.gate.hold();
  }

  /** The analyst typed over a prepared cell: restore must leave it alone. */
  editCell(address: string, formula: string): void {
    this.formulas.set(address, formula);
    this.edited.add(address);
  }

  async status(): Promise<SharingStatus> {
    this.calls.status += 1;
    const failure = this.statusFailure;
    this.statusFailure = undefined;
    if (failure) throw new HostError(failure);
    return { prepared: this.record.length > 0, preparedCells: this.record.length };
  }

  async prepareForSharing(): Promise<SharingReport> {
    this.calls.prepareForSharing += 1;
    await this.gate.pass();
    this.failIfAsked();
    const todo = this.cells.filter(
      (c) => this.formulas.get(c.address) === c.formula && !this.record.includes(c)
    );
    for (const cell of todo) this.formulas.set(cell.address, rewritten(cell));
    this.record.push(...todo);
    const count = (as: PreparedAs): number => todo.filter((c) => c.becomes === as).length;
    return {
      changed: todo.length,
      toTwin: count("twin"),
      toNative: count("native"),
      frozen: count("frozen"),
      recordSheet: todo.length > 0 ? TEST_RECORD_SHEET : null,
      notes: todo
        .filter((c) => c.becomes === "frozen")
        .map((c) => `${c.address}: frozen to its value; ${c.formula} has no portable twin.`),
    };
  }

  async restoreAddinFormulas(): Promise<RestoreReport> {
    this.calls.restoreAddinFormulas += 1;
    await this.gate.pass();
    this.failIfAsked();
    const leftAlone: string[] = [];
    let restored = 0;
    for (const cell of this.record) {
      if (this.edited.has(cell.address)) {
        leftAlone.push(`${cell.address}: edited since it was prepared, left as it is.`);
      } else {
        this.formulas.set(cell.address, cell.formula);
        restored += 1;
      }
    }
    this.record = [];
    return { restored, leftAlone };
  }

  private failIfAsked(): void {
    const failure = this.nextFailure;
    this.nextFailure = undefined;
    if (failure) throw new HostError(failure);
  }
}

function rewritten(cell: AddinFormulaCell): string {
  if (cell.becomes === "frozen") return "(its value)";
  return cell.formula.replace(/AICOST\./g, cell.becomes === "twin" ? "" : "native:");
}

export class TestAutoOpen implements AutoOpenControl {
  /** Every value the pane asked for, in order. */
  readonly setCalls: boolean[] = [];
  private nextFailure: HostProblem | undefined;
  private readFailure: HostProblem | undefined;
  private readonly gate = new Gate();

  constructor(public on = false) {}

  failNextSet(problem: HostProblem): void {
    this.nextFailure = problem;
  }

  /** Reading fails until further notice (Excel gave no document settings). */
  failReads(problem: HostProblem): void {
    this.readFailure = problem;
  }

  hold(): () => void {
    return this.gate.hold();
  }

  async isOn(): Promise<boolean> {
    if (this.readFailure) throw new HostError(this.readFailure);
    return this.on;
  }

  async set(on: boolean): Promise<void> {
    this.setCalls.push(on);
    await this.gate.pass();
    const failure = this.nextFailure;
    this.nextFailure = undefined;
    if (failure) throw new HostError(failure);
    this.on = on;
  }
}

/** Problems the Excel host's switch and sharing report, for the pane's messages. */
export const SHARING_PROBLEMS = {
  notSaved: {
    code: "protected",
    message:
      "Excel could not save the setting in this workbook (read-only); the switch is as it was.",
    repair:
      "If the workbook is read-only or open in view mode, open it for editing, then try again.",
  },
  protectedSheet: {
    code: "protected",
    message: "Excel could not prepare for sharing: the sheet “Sheet1” is protected.",
    repair: "Unprotect it (Review › Unprotect Sheet), then prepare again; nothing was changed.",
  },
} as const satisfies Record<string, HostProblem>;
