/**
 * What every allocation rule needs: where findings point, and one place that
 * creates them so locations stay consistent.
 */
import { makeFinding, type Finding, type FindingArgs, type FindingLocation } from "../findings";
import { ALLOCATION_MESSAGES, type AllocationCode } from "./messages";

export interface FindingSink {
  readonly findings: Finding[];
  add(code: AllocationCode, cell: string | undefined, args?: FindingArgs): void;
}

export function createSink(where: { readonly file?: string | undefined; readonly sheet?: string | undefined }): FindingSink {
  const findings: Finding[] = [];
  return {
    findings,
    add(code, cell, args = {}) {
      const loc: { -readonly [K in keyof FindingLocation]: FindingLocation[K] } = {};
      if (where.file !== undefined) loc.file = where.file;
      if (where.sheet !== undefined) loc.sheet = where.sheet;
      if (cell !== undefined) loc.cell = cell;
      // Messages name the cell ("Hãy sửa ô C18"), so it travels in the arguments too.
      const withCell = cell !== undefined && args["cell"] === undefined ? { ...args, cell } : args;
      findings.push(makeFinding(ALLOCATION_MESSAGES, code, loc, withCell));
    },
  };
}
