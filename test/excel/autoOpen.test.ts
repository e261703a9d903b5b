/**
 * The auto-open switch: only the analyst turns it on; it sets Office's document setting and the
 * add-in's startup behavior together, and when Excel cannot save either, the workbook is left as
 * it was and the analyst reads what to do.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createExcelHost } from "../../src/excel";
import { AUTO_OPEN_SETTING, autoOpenControl } from "../../src/excel/autoOpen";
import { loadIronCalc } from "../support/ironcalc";
import { FakeAddin, FakeSettings, fakeOffice, stubOfficeEnums } from "./support/fakeDocument";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

beforeAll(() => loadIronCalc());
beforeEach(stubOfficeEnums);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a load", () => {
  it("no longer turns auto-open on: the workbook's settings and startup are untouched", async () => {
    const office = fakeOffice();
    const host = hostOn(new FakeExcel(), {
      changeDelayMs: 0,
      autoOpen: autoOpenControl(() => office),
    });
    const summary = await host.loadArticle({ resetInputs: false });
    expect(summary.created.length).toBeGreaterThan(0);
    expect(office.settings.saves).toBe(0);
    expect(office.settings.saved.size).toBe(0);
    expect(office.addin?.calls).toEqual([]);
    expect(await host.autoOpen?.isOn()).toBe(false);
  });
});

describe("the switch", () => {
  it("is off in a workbook that never had it, and on in one saved with it", async () => {
    expect(await autoOpenControl(() => fakeOffice()).isOn()).toBe(false);
    const withIt = fakeOffice(new FakeSettings({ [AUTO_OPEN_SETTING]: true }));
    expect(await autoOpenControl(() => withIt).isOn()).toBe(true);
    // Anything but true (a hand-edited or foreign value) does not open the pane: it reads off.
    const odd = fakeOffice(new FakeSettings({ [AUTO_OPEN_SETTING]: "true" }));
    expect(await autoOpenControl(() => odd).isOn()).toBe(false);
  });

  it("turned on: writes Office's own setting name into the document and loads the runtime with it", async () => {
    const office = fakeOffice();
    const control = autoOpenControl(() => office);
    await control.set(true);
    expect(AUTO_OPEN_SETTING).toBe("Office.AutoShowTaskpaneWithDocument");
    expect(office.settings.saved.get(AUTO_OPEN_SETTING)).toBe(true);
    expect(office.addin?.calls).toEqual(["Load"]);
    expect(await control.isOn()).toBe(true);
  });

  it("turned off: saves false and the runtime waits for the analyst again", async () => {
    const office = fakeOffice(new FakeSettings({ [AUTO_OPEN_SETTING]: true }));
    const control = autoOpenControl(() => office);
    await control.set(false);
    expect(office.settings.saved.get(AUTO_OPEN_SETTING)).toBe(false);
    expect(office.addin?.calls).toEqual(["None"]);
    expect(await control.isOn()).toBe(false);
  });

  it("reads Office only when used: made before Office has a document, it works once it has one", async () => {
    const excel: { office?: ReturnType<typeof fakeOffice> } = {};
    const control = autoOpenControl(() => {
      if (!excel.office) {
        throw new TypeError("Cannot read properties of undefined (reading 'settings')");
      }
      return excel.office;
    });
    const early = await refusal(control.isOn());
    expect(early.problem.code).toBe("unsupported");
    expect(early.problem.message).toMatch(/did not give the add-in this workbook's settings/);
    expect(early.problem.repair).toMatch(/open it again/);
    excel.office = fakeOffice();
    await control.set(true);
    expect(await control.isOn()).toBe(true);
  });
});

describe("createExcelHost", () => {
  it("gives the pane the switch, reading Office's document only when the switch is used", async () => {
    const office = fakeOffice();
    // Office as the gate finds it before the workbook's document is there.
    const context: { requirements: typeof office.requirements; document?: unknown } = {
      requirements: office.requirements,
    };
    vi.stubGlobal("Office", {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      StartupBehavior: { none: "None", load: "Load" },
      context,
      addin: office.addin,
    });
    const host = createExcelHost();
    expect(host.autoOpen).toBeDefined();
    expect((await refusal(host.autoOpen?.isOn() ?? Promise.resolve())).problem.code).toBe(
      "unsupported"
    );
    context.document = { settings: office.settings };
    await host.autoOpen?.set(true);
    expect(office.settings.saved.get(AUTO_OPEN_SETTING)).toBe(true);
    expect(office.addin?.calls).toEqual(["Load"]);
  });
});

describe("when Excel cannot save", () => {
  it("a failed save is refused with what to do; the setting stays as it was, in memory and in the file", async () => {
    const settings = new FakeSettings();
    settings.failNextSaves("The document is read-only.");
    const office = fakeOffice(settings);
    const control = autoOpenControl(() => office);

    const error = await refusal(control.set(true));

    expect(error.problem.code).toBe("protected");
    expect(error.problem.message).toMatch(/could not save the setting.*read-only.*as it was/);
    expect(error.problem.repair).toMatch(/open it for editing/);
    expect(await control.isOn()).toBe(false);
    expect(settings.get(AUTO_OPEN_SETTING)).toBeNull(); // removed again, not left as false
    expect(settings.saved.has(AUTO_OPEN_SETTING)).toBe(false);
    // The runtime's half is not touched when the setting could not be saved.
    expect(office.addin?.calls).toEqual([]);
  });

  it("turning off that cannot be saved leaves it on", async () => {
    const settings = new FakeSettings({ [AUTO_OPEN_SETTING]: true });
    settings.failNextSaves("Save failed.");
    const control = autoOpenControl(() => fakeOffice(settings));
    await refusal(control.set(false));
    expect(await control.isOn()).toBe(true);
    expect(settings.saved.get(AUTO_OPEN_SETTING)).toBe(true);
  });

  it("a startup behavior Excel refuses puts the saved setting back", async () => {
    const addin = new FakeAddin();
    addin.failNext("GenericException");
    const office = fakeOffice(new FakeSettings(), { addin });
    const control = autoOpenControl(() => office);

    const error = await refusal(control.set(true));

    expect(error.problem.message).toMatch(
      /could not set the add-in to load.*GenericException.*as it was/
    );
    expect(error.problem.repair).toMatch(/Try again/);
    expect(addin.calls).toEqual(["Load"]);
    expect(addin.behavior).toBeUndefined();
    expect(await control.isOn()).toBe(false);
    expect(office.settings.saved.has(AUTO_OPEN_SETTING)).toBe(false);
    expect(office.settings.saves).toBe(2); // the setting, then putting it back
  });

  it("when putting it back fails too, the pane says what the file now holds, and the switch reads it", async () => {
    const addin = new FakeAddin();
    addin.failNext("GenericException");
    const settings = new FakeSettings();
    const control = autoOpenControl(() => fakeOffice(settings, { addin }));
    // The first save succeeds; the one that would undo it fails.
    const set = control.set(true);
    settings.failNextSaves("Lost connection.");

    const error = await refusal(set);

    expect(error.problem.message).toMatch(
      /could not undo the saved setting: the pane opens with the workbook, but the add-in does not load before it/
    );
    expect(settings.saved.get(AUTO_OPEN_SETTING)).toBe(true);
    expect(await control.isOn()).toBe(true);
  });
});

describe("an Excel without the shared runtime's API (SharedRuntime 1.1)", () => {
  it("refuses to turn on, changing nothing, and says what to use", async () => {
    const office = fakeOffice(new FakeSettings(), { sharedRuntime: false });
    const control = autoOpenControl(() => office);
    const error = await refusal(control.set(true));
    expect(error.problem.code).toBe("unsupported");
    expect(error.problem.message).toMatch(/SharedRuntime 1.1/);
    expect(error.problem.repair).toMatch(/Excel for Microsoft 365/);
    expect(office.settings.saves).toBe(0);
    expect(office.addin?.calls).toEqual([]);
  });

  it("refuses too when Office.js has no Office.addin", async () => {
    const office = fakeOffice(new FakeSettings(), { addin: undefined });
    const error = await refusal(autoOpenControl(() => office).set(true));
    expect(error.problem.message).toMatch(/SharedRuntime 1.1/);
    expect(office.settings.saves).toBe(0);
  });

  it("still lets the analyst turn it off (the setting alone)", async () => {
    const office = fakeOffice(new FakeSettings({ [AUTO_OPEN_SETTING]: true }), {
      sharedRuntime: false,
    });
    const control = autoOpenControl(() => office);
    await control.set(false);
    expect(await control.isOn()).toBe(false);
    expect(office.settings.saved.get(AUTO_OPEN_SETTING)).toBe(false);
    expect(office.addin?.calls).toEqual([]);
  });
});
