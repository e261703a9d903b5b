/**
 * The Excel host's load path (applyPlan.ts and what only it uses) is fetched on first use, not
 * in the task pane's first scripts (src/workbook/onDemand.ts). Here the fetch is the real
 * module import, or one that fails as a pane gone offline would (webpack's ChunkLoadError):
 * a load then says what happened and changes nothing, and the next click fetches again.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createExcelHost } from "../../src/excel";
import { ExcelHost, type LoadPath } from "../../src/excel/excelHost";
import { problemOf } from "../../src/taskpane/problems/problemOf";
import { loadIronCalc } from "../support/ironcalc";
import { fakeOffice } from "./support/fakeDocument";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

/** What webpack rejects a dynamic import() with when the chunk's script does not load. */
function chunkLoadError(): Error {
  const error = new Error("Loading chunk 571 failed.\n(error: https://localhost:3000/load.js)");
  error.name = "ChunkLoadError";
  return error;
}

/** A fetch of the load path that fails the first `failures` times, counting every attempt. */
function fetcher(failures: number): { fetch: () => Promise<LoadPath>; readonly count: number } {
  let count = 0;
  return {
    fetch: () => {
      count++;
      return count <= failures
        ? Promise.reject(chunkLoadError())
        : import("../../src/excel/applyPlan");
    },
    get count() {
      return count;
    },
  };
}

beforeAll(() => loadIronCalc());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the load path, fetched on first use", () => {
  it("offline: the load is a problem the pane shows, and nothing in the workbook changed", async () => {
    const excel = new FakeExcel();
    const sheetsBefore = excel.sheetNames();
    const host = hostOn(excel, { fetchLoadPath: fetcher(Infinity).fetch });
    const error = await refusal(host.loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("offline");
    expect(error.problem.message).toContain(
      "could not fetch the code to load the article's figures"
    );
    expect(error.problem.message).toContain("Nothing in the workbook was changed");
    expect(problemOf(error)).toEqual({
      message: error.problem.message,
      repair: "Check the network connection, then try again.",
    });
    expect(excel.syncs).toBe(0); // Excel was not even asked
    expect(excel.sheetNames()).toEqual(sheetsBefore);
  });

  it("the next click fetches again and loads, in the usual 3 round trips", async () => {
    const excel = new FakeExcel();
    const fetch = fetcher(1);
    const host = hostOn(excel, { fetchLoadPath: fetch.fetch });
    await refusal(host.loadArticle({ resetInputs: false }));
    const summary = await host.loadArticle({ resetInputs: false });
    expect(fetch.count).toBe(2);
    expect(excel.syncs).toBe(3);
    expect(summary.created.length).toBeGreaterThan(0);
    expect((await host.readState()).loaded).toBe(true);
  });

  it("prefetched once; loads and reloads then fetch nothing more", async () => {
    const excel = new FakeExcel();
    const fetch = fetcher(0);
    const host = hostOn(excel, { fetchLoadPath: fetch.fetch });
    expect(fetch.count).toBe(0); // making the host fetches nothing
    host.prefetchLoadPath();
    host.prefetchLoadPath();
    expect(fetch.count).toBe(1);
    await host.loadArticle({ resetInputs: false });
    await host.loadArticle({ resetInputs: true });
    expect(fetch.count).toBe(1);
    expect(excel.syncs).toBe(3 + 4); // a first load, then a reload that reads the layout stamp
  });

  it("a failed prefetch is no error of its own: the click fetches again", async () => {
    const excel = new FakeExcel();
    const fetch = fetcher(1);
    const host = hostOn(excel, { fetchLoadPath: fetch.fetch });
    host.prefetchLoadPath(); // rejects; an unhandled rejection would fail this test run
    await new Promise((resolve) => setTimeout(resolve, 0));
    await host.loadArticle({ resetInputs: false });
    expect(fetch.count).toBe(2);
    expect(excel.syncs).toBe(3);
  });
});

describe("the sharing code, fetched on first use", () => {
  it("offline: Prepare for sharing says the code could not be fetched, changes nothing, and the next click fetches again", async () => {
    const excel = new FakeExcel();
    await hostOn(excel).loadArticle({ resetInputs: false });
    const sheetsBefore = excel.sheetNames();
    const syncsBefore = excel.syncs;
    let fetches = 0;
    const host = hostOn(excel, {
      fetchSharing: () => {
        fetches++;
        return fetches === 1 ? Promise.reject(chunkLoadError()) : import("../../src/excel/sharing");
      },
    });
    const error = await refusal(host.sharing.prepareForSharing());
    expect(error.problem.code).toBe("offline");
    expect(error.problem.message).toContain(
      "could not fetch the code to prepare the workbook for sharing"
    );
    expect(error.problem.message).toContain("Nothing in the workbook was changed");
    expect(problemOf(error)).toEqual({
      message: error.problem.message,
      repair: "Check the network connection, then try again.",
    });
    expect(excel.syncs).toBe(syncsBefore); // Excel was not asked
    expect(excel.sheetNames()).toEqual(sheetsBefore);

    expect((await host.sharing.status()).prepared).toBe(false);
    expect(fetches).toBe(2);
  });
});

describe("createExcelHost", () => {
  it("fetches the host's code at once and the load path when the browser is idle, not before", async () => {
    vi.stubGlobal("Office", { context: { requirements: fakeOffice().requirements } });
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (task: () => void) => idle.push(task));
    const prefetch = vi.spyOn(ExcelHost.prototype, "prefetchLoadPath").mockImplementation(() => {});
    const host = createExcelHost();
    expect(host.kind).toBe("excel");
    await vi.waitFor(() => expect(idle).toHaveLength(1)); // the host's code has arrived
    expect(prefetch).not.toHaveBeenCalled();
    for (const task of idle) task();
    expect(prefetch).toHaveBeenCalledTimes(1);
  });
});
