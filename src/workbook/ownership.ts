/**
 * Ownership markers (the rule is described once, in plan.ts): one hidden workbook name per
 * sheet, table and defined name the add-in creates, AICOST_OWNS_<KIND>_<key>, whose formula is
 * a plain reference (IronCalc accepts nothing else in a name).
 */
import { rangeAddress, sheetRef } from "./a1";
import { ownershipMarkerName } from "./names";
import type { OwnershipMarker, PlanName, PlanSheet, PlanTable, SheetKey } from "./plan";

/** A1 of a sheet: where a sheet's marker (and a LAMBDA name's) points. */
const HOME = "$A$1";

export function ownershipMarkers(
  sheets: readonly PlanSheet[],
  tables: readonly PlanTable[],
  names: readonly PlanName[],
  sheetName: (key: SheetKey) => string,
  /** The sheet a LAMBDA twin's marker points at (a twin has no cells of its own). */
  twinHome: SheetKey
): OwnershipMarker[] {
  const markers: OwnershipMarker[] = [];
  for (const sheet of sheets) {
    markers.push({
      kind: "SHEET",
      key: sheet.key,
      markerName: ownershipMarkerName("SHEET", sheet.key),
      formula: `=${sheetRef(sheet.name, HOME)}`,
    });
  }
  for (const table of tables) {
    markers.push({
      kind: "TABLE",
      key: table.key,
      markerName: ownershipMarkerName("TABLE", table.key),
      formula: `=${sheetRef(sheetName(table.sheet), rangeAddress(table.headerRow, table.column, 1, table.columns.length, true))}`,
    });
  }
  for (const name of names) {
    const isReference = !name.formula.startsWith("=LAMBDA(");
    markers.push({
      kind: "NAME",
      key: name.name,
      markerName: ownershipMarkerName("NAME", name.name),
      formula: isReference ? name.formula : `=${sheetRef(sheetName(twinHome), HOME)}`,
      ...(name.requires ? { requires: name.requires } : {}),
    });
  }
  return markers;
}
