/**
 * What every allocation rule needs: where findings point, and one place that
 * creates them so locations stay consistent.
 */
import { makeFinding, type Finding, type FindingLocation } from "../findings";
import { ALLOCATION_MESSAGES, type AllocationArgs, type AllocationCode } from "./messages";

/** A code's arguments without the cell, which the sink adds from the location. */
type SinkArgs<K extends AllocationCode> = Omit<AllocationArgs[K], "cell">;

export interface FindingSink {
  readonly findings: Finding[];
  add<K extends AllocationCode>(code: K, cell: string | undefined, args: SinkArgs<K>): void;
}

export function createSink(where: { readonly file?: string | undefined; readonly sheet?: string | undefined }): FindingSink {
  const findings: Finding[] = [];
  return {
    findings,
    add(code, cell, args) {
      const loc: { -readonly [K in keyof FindingLocation]: FindingLocation[K] } = {};
      // Stryker disable next-line ConditionalExpression: makeFinding copies only the defined parts of a location, so an undefined one never shows
      if (where.file !== undefined) loc.file = where.file;
      // Stryker disable next-line ConditionalExpression: as above
      if (where.sheet !== undefined) loc.sheet = where.sheet;
      // Stryker disable next-line ConditionalExpression: as above
      if (cell !== undefined) loc.cell = cell;
      // Messages name the cell ("Hãy sửa ô C18"), so it travels in the arguments too.
      const withCell = (cell === undefined ? args : { ...args, cell }) as AllocationArgs[typeof code];
      findings.push(makeFinding<AllocationCode, AllocationArgs, typeof code>(ALLOCATION_MESSAGES, code, loc, withCell));
    },
  };
}
