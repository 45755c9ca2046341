/**
 * What every allocation rule needs: where findings point, and one place that
 * creates them so locations stay consistent.
 */
import { A1_NAMES, type CellNames } from "../cell-naming";
import { makeFindingNamed, type Finding, type FindingArgs, type FindingLocation } from "../findings";
import { ALLOCATION_MESSAGES, type AllocationArgs, type AllocationCode } from "./messages";

export interface FindingSink {
  readonly findings: Finding[];
  /**
   * The finding points at its arguments' `cell`, which its messages name ("Hãy sửa ô C18"); the codes
   * about a whole file or sheet have none. The rule writes the arguments whole, cell last: the sink
   * copying them to add the cell cost 85 M of 3,610 M instructions (about 11 ms) in the check of a
   * 10,000-row table (issue #16).
   */
  add<K extends AllocationCode>(code: K, args: AllocationArgs[K]): void;
}

export function createSink(where: { readonly file?: string | undefined; readonly sheet?: string | undefined; readonly names?: CellNames | undefined }): FindingSink {
  const names = where.names ?? A1_NAMES;
  const findings: Finding[] = [];
  return {
    findings,
    add(code, args) {
      const cell = (args as FindingArgs)["cell"];
      const loc: { -readonly [K in keyof FindingLocation]: FindingLocation[K] } = {};
      // Stryker disable next-line ConditionalExpression: makeFinding copies only the defined parts of a location, so an undefined one never shows
      if (where.file !== undefined) loc.file = where.file;
      // Stryker disable next-line ConditionalExpression: as above
      if (where.sheet !== undefined) loc.sheet = where.sheet;
      // Stryker disable next-line ConditionalExpression: as above
      if (typeof cell === "string") loc.cell = cell;
      findings.push(makeFindingNamed<AllocationCode, AllocationArgs, typeof code>(ALLOCATION_MESSAGES, code, loc, args, names));
    },
  };
}
