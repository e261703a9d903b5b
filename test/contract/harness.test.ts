// The contract harness itself: both books start empty and a load builds the same sheets.
import { expect, it } from "vitest";
import { onBothHosts } from "./support/books";

onBothHosts("a first load", (book) => {
  it("builds the add-in's sheets in a blank workbook", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    expect(b.sheetNames()).toEqual(expect.arrayContaining(["Inputs", "Model", "Scenarios"]));
    expect((await b.host.readState()).loaded).toBe(true);
  });
});
