/**
 * An Excel request context that runs nothing and counts everything: every method call,
 * property write and load() is one command, every context.sync() one round trip. Reads return
 * just enough for the layer to carry on: the collections of a given snapshot, a number in every
 * cell, nothing protected. The benchmark times the add-in's own work (plan, reconcile, queueing
 * every call), not Excel's.
 */
import type { WorkbookSnapshot } from "../../src/excel/snapshot";
import { PLAN_VERSION } from "../../src/workbook/buildPlan";

export interface Counts {
  syncs: number;
  commands: number;
  /** Commands carried by each sync, in order. */
  readonly perSync: number[];
}

/** Plain values for the reads the layer makes; anything else is another counting proxy. */
function readValue(property: PropertyKey, parent: string, snapshot: WorkbookSnapshot): unknown {
  switch (property) {
    case "items":
      if (parent === "worksheets") {
        return snapshot.sheets.map((s) => ({
          name: s.name,
          protection: { protected: s.protected },
        }));
      }
      if (parent === "tables")
        return snapshot.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } }));
      if (parent === "names")
        return snapshot.names.map((n) => ({ name: n.name, formula: n.formula, type: "Range" }));
      return [];
    case "protected":
      return snapshot.structureProtected;
    case "values":
      // Every cell holds the current layout's number, so the layout stamp says "this layout"
      // and a reload is timed as a reload (an older stamp would time an upgrade).
      return [[PLAN_VERSION]];
    case "valueTypes":
      return [["Double"]];
    case "address":
      return "Sheet1!A1";
    default:
      return undefined;
  }
}

export function countingContext(snapshot: WorkbookSnapshot): {
  context: Excel.RequestContext;
  counts: Counts;
} {
  const counts: Counts = { syncs: 0, commands: 0, perSync: [] };
  let sinceSync = 0;
  const command = (): void => {
    counts.commands++;
    sinceSync++;
  };
  const node = (name: string): object =>
    new Proxy(function counted() {}, {
      get(_target, property, receiver) {
        if (property === "then") return undefined; // not a promise
        if (property === "load") {
          return () => {
            command();
            return receiver;
          };
        }
        if (property === "sync") {
          return async () => {
            counts.syncs++;
            counts.perSync.push(sinceSync);
            sinceSync = 0;
          };
        }
        return readValue(property, name, snapshot) ?? node(String(property));
      },
      set() {
        command();
        return true;
      },
      apply() {
        command();
        return node(`${name}()`);
      },
    });
  return { context: node("context") as Excel.RequestContext, counts };
}
