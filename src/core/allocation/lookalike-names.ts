/**
 * A name with a Cyrillic "а" inside "Kа Đô", or a right-to-left override,
 * looks like another organisation (or like nothing it is) and will never match
 * the reports of the real one. The raw cell is checked, not the cleaned name,
 * because cleaning may already have dropped the control that gives it away.
 */
import { cellAt, displayText, type Grid } from "../grid";
import { noScriptProblems, scriptProblems } from "../text/lookalike";
import type { FindingSink } from "./context";
import type { AllocationRow } from "./types";

/** `nameCol`: the table's name column, where every row's nameCell is (not parsed back from A1 for each row: issue #16). */
export function checkLookalikeNames(grid: Grid, rows: readonly AllocationRow[], nameCol: number, sink: FindingSink): void {
  // Indexed, not for…of: until V8 optimises the loop, each step of an array iterator allocates a result object (issue #16).
  for (let ix = 0; ix < rows.length; ix++) {
    const row = rows[ix] as AllocationRow;
    const raw = displayText(cellAt(grid, row.row - 1, nameCol));
    if (raw === "") continue;
    const problems = scriptProblems(raw);
    if (noScriptProblems(problems)) continue;
    sink.add("NAME_LOOKALIKE", {
      name: row.name,
      row: row.row,
      scripts: problems.mixedScripts.join(", "),
      words: problems.suspectWords.join(", "),
      controls: problems.bidiControls.join(", "),
      cell: row.nameCell,
    });
  }
}
