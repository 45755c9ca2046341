/**
 * "Hoàn tác" of the number fix puts back only the cells that still hold what
 * the fix wrote (value and number format): whatever the user changed after the
 * fix stays theirs, and the host names those cells. In one Excel.run, with a
 * number of syncs that does not grow with the number of cells.
 */
import { cellAt, type Grid } from "../../src/core";
import { createExcelHost } from "../../src/excel/excel-host";
import type { UserCellWrite } from "../../src/host";
import { FakeExcel, setCells } from "./fake-excel";

/** A column of quotas stored as text ("01", "02", …), as a user typed them under the text format. */
function textQuotas(excel: FakeExcel, count: number): UserCellWrite[] {
  const sheet = excel.addSheet("Phân bổ");
  setCells(
    sheet,
    "C1",
    Array.from({ length: count }, (_, r) => [{ value: String((r % 9) + 1).padStart(2, "0"), numberFormat: "@" }]),
  );
  return Array.from({ length: count }, (_, r) => ({ address: `C${r + 1}`, value: (r % 9) + 1, numberFormat: "00" }));
}

/** What a user's typing leaves in a cell of the fake's model. */
function userTypes(excel: FakeExcel, address: string, change: { value?: number | string; numberFormat?: string }): void {
  const cell = excel.cell("Phân bổ", address);
  if (!cell) throw new Error(`no cell ${address}`);
  Object.assign(cell, change);
}

/** Column C's first values in a grid, wherever the grid starts. */
const columnC = (grid: Grid | undefined, rows: number): unknown[] => Array.from({ length: rows }, (_, r) => (grid ? cellAt(grid, r, 2).value : undefined));

function hostWithFixer(excel: FakeExcel) {
  const host = createExcelHost(excel.env());
  const { writeUserCells, undoUserCells } = host;
  if (!writeUserCells || !undoUserCells) throw new Error("the Excel host converts cells");
  return { writeUserCells, undoUserCells };
}

test("undo restores the untouched cells exactly and leaves a cell the user retyped, or reformatted, as the user left it", async () => {
  const excel = new FakeExcel({ level: "1.13" });
  const cells = textQuotas(excel, 4);
  const { writeUserCells, undoUserCells } = hostWithFixer(excel);
  const pristine = structuredClone([excel.cell("Phân bổ", "C1"), excel.cell("Phân bổ", "C4")]);
  const written = await writeUserCells({ name: "Phân bổ" }, cells);
  expect(written.written).toBe(4);
  expect(excel.cell("Phân bổ", "C2")).toMatchObject({ value: 2, numberFormat: "00" });

  userTypes(excel, "C2", { value: 12 });
  userTypes(excel, "C3", { numberFormat: "0" });
  const runs = excel.runs;
  const undone = await undoUserCells(written.undoToken);
  expect(excel.runs - runs).toBe(1);
  expect(undone.kept).toEqual(["C2", "C3"]);
  expect(excel.cell("Phân bổ", "C2")).toMatchObject({ value: 12, numberFormat: "00" });
  expect(excel.cell("Phân bổ", "C3")).toMatchObject({ value: 3, numberFormat: "0" });
  expect([excel.cell("Phân bổ", "C1"), excel.cell("Phân bổ", "C4")]).toEqual(pristine);
  // The re-read in the same run sees the sheet as it now is.
  expect(columnC(undone.grid, 4)).toEqual(["01", 12, 3, "04"]);
});

test("a clean undo puts every cell back as it was, text staying text under its old format", async () => {
  const excel = new FakeExcel({ level: "1.13" });
  const cells = textQuotas(excel, 3);
  const before = excel.snapshot("Phân bổ");
  const { writeUserCells, undoUserCells } = hostWithFixer(excel);
  const written = await writeUserCells({ name: "Phân bổ" }, cells);
  expect(columnC(written.grid, 3)).toEqual([1, 2, 3]);
  const undone = await undoUserCells(written.undoToken);
  expect(undone.kept).toEqual([]);
  expect(excel.snapshot("Phân bổ")).toEqual(before);
});

test("undo takes as many syncs for 300 cells as for 3 (no sync per cell)", async () => {
  const syncsOfUndo = async (count: number): Promise<number> => {
    const excel = new FakeExcel({ level: "1.13" });
    const { writeUserCells, undoUserCells } = hostWithFixer(excel);
    const written = await writeUserCells({ name: "Phân bổ" }, textQuotas(excel, count));
    userTypes(excel, "C2", { value: 20 });
    const syncs = excel.syncs;
    const undone = await undoUserCells(written.undoToken);
    expect(undone.kept).toEqual(["C2"]);
    return excel.syncs - syncs;
  };
  expect(await syncsOfUndo(300)).toBe(await syncsOfUndo(3));
});
