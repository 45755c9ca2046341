/**
 * One batch read whose answers are looked up by sheet reference, so callers
 * never count positions in a list of grids (the one place a request and its
 * answer are paired is here).
 */
import type { Grid } from "../../core";
import type { Host, SheetRef } from "../../host";
import { sheetKey } from "../settings";

export function refOf(s: { readonly name: string; readonly file?: string | undefined }): SheetRef {
  return s.file === undefined ? { name: s.name } : { name: s.name, file: s.file };
}

export interface GridsByRef {
  /** The grid read for this sheet, or undefined when the host returned none. */
  get(ref: SheetRef): Grid | undefined;
}

/** Reads each distinct sheet once, in one call to the host. */
export async function readSheetsByRef(host: Host, refs: readonly SheetRef[]): Promise<GridsByRef> {
  const distinct = new Map<string, SheetRef>();
  for (const ref of refs) if (!distinct.has(sheetKey(ref))) distinct.set(sheetKey(ref), refOf(ref));
  const asked = Array.from(distinct.values());
  const grids = asked.length === 0 ? [] : await host.readSheets(asked);
  const byKey = new Map<string, Grid>();
  asked.forEach((ref, i) => {
    const grid = grids[i];
    if (grid) byKey.set(sheetKey(ref), grid);
  });
  return { get: (ref) => byKey.get(sheetKey(ref)) };
}
