/**
 * The two things Office keeps for the auto-open switch, as Office.js behaves (its docs):
 * - document settings: get/set/remove work on an in-memory copy; saveAsync writes that copy into
 *   the document (here: `saved`), or reports a failure through its callback;
 * - the startup behavior: Office.addin.setStartupBehavior, a promise that can reject.
 * Office.js's enums are stood in for by `stubOfficeEnums` (the module reads them at call time).
 */
import { vi } from "vitest";
import type { AutoOpenOffice, DocumentSettings, StartupControl } from "../../../src/excel/autoOpen";

/** Office.AsyncResultStatus and Office.StartupBehavior with the values office.js gives them. */
export function stubOfficeEnums(): void {
  vi.stubGlobal("Office", {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    StartupBehavior: { none: "None", load: "Load" },
  });
}

type SaveCallback = (result: Office.AsyncResult<void>) => void;

export class FakeSettings implements DocumentSettings {
  /** What the document holds (saved by saveAsync). */
  readonly saved = new Map<string, unknown>();
  private readonly memory = new Map<string, unknown>();
  /** The next saves that fail, with Office's error message. */
  private failures: string[] = [];
  saves = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [name, value] of Object.entries(initial)) {
      this.saved.set(name, value);
      this.memory.set(name, value);
    }
  }

  failNextSaves(...messages: string[]): void {
    this.failures.push(...messages);
  }

  get(name: string): unknown {
    // Office returns null for a setting that is not there.
    return this.memory.has(name) ? this.memory.get(name) : null;
  }

  set(name: string, value: unknown): void {
    this.memory.set(name, value);
  }

  remove(name: string): void {
    this.memory.delete(name);
  }

  saveAsync(first?: Office.SaveSettingsOptions | SaveCallback, second?: SaveCallback): void {
    const callback = typeof first === "function" ? first : second;
    this.saves += 1;
    const failure = this.failures.shift();
    if (failure === undefined) {
      this.saved.clear();
      for (const [name, value] of this.memory) this.saved.set(name, value);
    }
    // Office answers later, never inside the call.
    queueMicrotask(() => callback?.(asyncResult(failure)));
  }
}

function asyncResult(failure: string | undefined): Office.AsyncResult<void> {
  return {
    value: undefined,
    asyncContext: undefined,
    diagnostics: undefined,
    status:
      failure === undefined ? Office.AsyncResultStatus.Succeeded : Office.AsyncResultStatus.Failed,
    error: { name: "Error", code: 5001, message: failure ?? "" },
  };
}

export class FakeAddin implements StartupControl {
  /** Every behavior asked for, in order. */
  readonly calls: Office.StartupBehavior[] = [];
  /** What the document would load with next time. */
  behavior: Office.StartupBehavior | undefined;
  private failures: string[] = [];

  failNext(...messages: string[]): void {
    this.failures.push(...messages);
  }

  async setStartupBehavior(behavior: Office.StartupBehavior): Promise<void> {
    this.calls.push(behavior);
    const failure = this.failures.shift();
    if (failure !== undefined) throw new Error(failure);
    this.behavior = behavior;
  }
}

/** An Office with a document that has these settings, and SharedRuntime 1.1 unless told otherwise. */
export function fakeOffice(
  settings = new FakeSettings(),
  options: { sharedRuntime?: boolean; addin?: FakeAddin | undefined } = {}
): AutoOpenOffice & { settings: FakeSettings; addin: FakeAddin | undefined } {
  const addin = "addin" in options ? options.addin : new FakeAddin();
  const sharedRuntime = options.sharedRuntime ?? true;
  return {
    settings,
    addin,
    requirements: {
      isSetSupported: (name, version = "1.1") =>
        name === "SharedRuntime" && sharedRuntime && version === "1.1",
    },
  };
}
