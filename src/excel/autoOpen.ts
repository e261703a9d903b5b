/**
 * "Open this pane for everyone who opens this workbook": the analyst's switch, never turned on
 * behind their back. Two things Office keeps in the document, set together:
 *
 * 1. the document setting Office.AutoShowTaskpaneWithDocument (true), which opens the manifest's
 *    ShowTaskpane action whose TaskpaneId has that name (manifest.xml; checked offline by
 *    scripts/manifest-check.mjs). It lives in the add-in's part of the file, so it travels with
 *    the workbook; saveAsync writes it into the document, and the file must then be saved.
 * 2. the startup behavior (Office.addin.setStartupBehavior, SharedRuntime 1.1): Load keeps the
 *    shared runtime loading with the document, so the functions and the change handler are
 *    ready before the pane shows; None goes back to loading when the analyst opens the pane.
 *
 * The switch reads the setting alone: getStartupBehavior is not implemented everywhere (Excel on
 * the web: docs/HOSTS.md), and the setting is what opens the pane.
 * When one of the two cannot be saved, the other is put back, so the document is as it was.
 */
import { HostError, type AutoOpenControl } from "../workbook/host";
import { officeMessages } from "../workbook/messages/office";
import type { Requirements } from "./requirements";

export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** Office.context.document.settings: the members the switch uses. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

/** Office.addin: the member the switch uses. */
export type StartupControl = Pick<Office.Addin, "setStartupBehavior">;

/** What the switch needs of Office, read when it is used (the host is made before Office has a document). */
export interface AutoOpenOffice {
  readonly settings: DocumentSettings;
  /** Undefined in an Office.js without the shared runtime's API. */
  readonly addin: StartupControl | undefined;
  readonly requirements: Requirements;
}

/** The requirement set of Office.addin.setStartupBehavior (and of the manifest's shared runtime). */
const SHARED_RUNTIME = { name: "SharedRuntime", version: "1.1" } as const;

export function autoOpenControl(office: () => AutoOpenOffice): AutoOpenControl {
  return {
    isOn: async () => isOnIn(reach(office).settings),
    set: (on) => setIn(reach(office), on),
  };
}

function isOnIn(settings: DocumentSettings): boolean {
  return settings.get(AUTO_OPEN_SETTING) === true;
}

async function setIn(
  { settings, addin, requirements }: AutoOpenOffice,
  on: boolean
): Promise<void> {
  const runtime = requirements.isSetSupported(SHARED_RUNTIME.name, SHARED_RUNTIME.version)
    ? addin
    : undefined;
  // Turning on needs both halves. Turning off works without the runtime's half: an Excel that
  // lacks it cannot have been told to load the add-in with the document by this pane.
  if (on && !runtime) throw new HostError(officeMessages.noSharedRuntime);

  const before: unknown = settings.get(AUTO_OPEN_SETTING);
  settings.set(AUTO_OPEN_SETTING, on);
  try {
    await save(settings);
  } catch (error) {
    // saveAsync failed, but the in-memory copy holds the new value: put it back, or the switch
    // would read as changed and the next save by anyone would write it.
    restore(settings, before);
    throw new HostError(officeMessages.settingNotSaved(detailOf(error)));
  }
  if (!runtime) return;

  try {
    await runtime.setStartupBehavior(
      on ? Office.StartupBehavior.load : Office.StartupBehavior.none
    );
  } catch (error) {
    restore(settings, before);
    try {
      await save(settings);
    } catch {
      // The file keeps the new value: so must the in-memory copy the switch reads.
      settings.set(AUTO_OPEN_SETTING, on);
      throw new HostError(officeMessages.halfDone(on, detailOf(error)));
    }
    throw new HostError(officeMessages.startupNotSet(on, detailOf(error)));
  }
}

/** The Office objects, or a HostError when Excel has not given them (no document yet). */
function reach(office: () => AutoOpenOffice): AutoOpenOffice {
  try {
    return office();
  } catch (error) {
    throw new HostError(officeMessages.noSettings(detailOf(error)));
  }
}

function save(settings: DocumentSettings): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(result.error);
      else resolve();
    });
  });
}

function restore(settings: DocumentSettings, before: unknown): void {
  if (before === null || before === undefined) settings.remove(AUTO_OPEN_SETTING);
  else settings.set(AUTO_OPEN_SETTING, before);
}

function detailOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) {
    return String(error.message);
  }
  return String(error);
}
