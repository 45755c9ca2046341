/**
 * One table of file bounds for every reader (src/core/file-limits.ts): a plan saved as a workbook or as
 * a Word document is refused for the same reasons, with the same FILE_* codes (issue #16: "apply the
 * existing limits … same rules, same FILE_* codes"). Each reader's own behaviour at its bounds is tested
 * beside it (test/xlsx/hostile*.test.ts, test/docx/read-docx.test.ts).
 */
import { FILE_LIMITS, MAX_CELL_TEXT, MAX_GRID_ROWS, type FileLimits } from "../../src/core";
import { DEFAULT_DOCX_LIMITS, docxLimits } from "../../src/docx/docx-limits";
import { DEFAULT_READ_LIMITS, withDefaults } from "../../src/xlsx/limits";
import { MAX_CELL_TEXT as XLSX_MAX_CELL_TEXT } from "../../src/xlsx/xml-text";

const FILE_LIMIT_KEYS = Object.keys(FILE_LIMITS) as Array<keyof FileLimits>;

test("the workbook reader and the Word reader apply every file bound at the same value", () => {
  expect(FILE_LIMIT_KEYS).toHaveLength(10);
  for (const key of FILE_LIMIT_KEYS) {
    expect({ key, xlsx: DEFAULT_READ_LIMITS[key], docx: DEFAULT_DOCX_LIMITS[key] }).toEqual({ key, xlsx: FILE_LIMITS[key], docx: FILE_LIMITS[key] });
  }
});

test("a sheet and a Word table hold as many rows, and a cell as much text, as Excel does", () => {
  expect(DEFAULT_READ_LIMITS.maxRowsPerSheet).toBe(MAX_GRID_ROWS);
  expect(DEFAULT_READ_LIMITS.maxRowSpanPerSheet).toBe(MAX_GRID_ROWS);
  expect(DEFAULT_DOCX_LIMITS.maxRowsPerTable).toBe(MAX_GRID_ROWS);
  expect(DEFAULT_DOCX_LIMITS.maxCellText).toBe(32_767);
  expect(MAX_CELL_TEXT).toBe(32_767);
  expect(XLSX_MAX_CELL_TEXT).toBe(MAX_CELL_TEXT);
});

test("the shared table cannot be changed by one reader for both", () => {
  expect(Object.isFrozen(FILE_LIMITS)).toBe(true);
  const tight = withDefaults({ maxFileBytes: 1 });
  expect(tight.maxFileBytes).toBe(1);
  expect(docxLimits().maxFileBytes).toBe(FILE_LIMITS.maxFileBytes);
  expect(docxLimits({ maxCells: 3 }).maxCells).toBe(3);
  expect(withDefaults(undefined).maxCells).toBe(FILE_LIMITS.maxCells);
});
