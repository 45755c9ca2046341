/**
 * Phase 1 — classify each submitted source and read it with the reader of its kind.
 *
 * Today a source is either monthly reports (template or log sheets), PTĐV's own
 * outputs / the allocation table (skipped without a word), or unrecognised.
 * A new kind of input (a chi bộ list, a member register, a lower level's
 * consolidated workbook) is a new `ClassifiedSource` variant recognised here and
 * handled by its own phase in ../consolidate.ts, not a branch inside the row rules.
 */
import { isKnownNonReport, readReportSheet } from "../detect-sources";
import type { SubmissionSource } from "../result";
import type { ReadReportSheet } from "../submission";
import { readRollup, type RollupReading } from "./read-rollup";

export type ClassifiedSource =
  | { readonly kind: "reports"; readonly source: SubmissionSource; readonly sheets: readonly ReadReportSheet[] }
  | { readonly kind: "known-non-report"; readonly source: SubmissionSource }
  /** A lower level's progress workbook (issue #13): its organisation's report for its period. */
  | { readonly kind: "rollup"; readonly source: SubmissionSource; readonly reading: RollupReading }
  | { readonly kind: "unrecognised"; readonly source: SubmissionSource; readonly what: string };

export function classifySource(source: SubmissionSource, planYear: number): ClassifiedSource {
  // Before the report sheets: a progress workbook is otherwise PTĐV's own output, skipped without a word.
  const rollup = readRollup(source);
  if (rollup) return { kind: "rollup", source, reading: rollup };
  const sheets: ReadReportSheet[] = [];
  for (const grid of source.grids) {
    const read = readReportSheet(grid, { ...(source.file === undefined ? {} : { file: source.file }), planYear });
    if (read) sheets.push(read);
  }
  if (sheets.length > 0) return { kind: "reports", source, sheets };
  if (source.grids.length > 0 && source.grids.every(isKnownNonReport)) return { kind: "known-non-report", source };
  return { kind: "unrecognised", source, what: source.file ?? source.grids.map((g) => g.name).join(", ") };
}
