/**
 * Whose plan an allocation per chi bộ is: its title usually says so
 * ("PHÂN BỔ CHỈ TIÊU … NĂM 2025 - ĐẢNG BỘ XÃ KA ĐÔ"). The chi bộ it lists
 * belong to that TCCSĐ; without such a title the caller falls back to the sheet name.
 */
import type { AllocationCheckResult } from "../allocation/types";
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../grid";
import { cleanText } from "../text/normalize";

const ORGANIZATION_IN_TITLE = /(?:^|[\s\-–—:])((?:đảng bộ|chi bộ)\s+\S.*)$/iu;

/** The "Đảng bộ …" / "Chi bộ …" named in a cell above the table's header row, or null. */
export function planOrganization(grid: Grid, headerRow: number): string | null {
  const cols = colSpan(grid);
  for (let r = rowSpan(grid).first; r < headerRow; r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      const m = ORGANIZATION_IN_TITLE.exec(cleanText(displayText(cellAt(grid, r, c))));
      const found = m?.[1]?.trim();
      if (found) return found;
    }
  }
  return null;
}

/**
 * Whose allocation per chi bộ a checked table is (planOrganization above its header): only a table
 * with a members column lists chi bộ. Null for any other table, or when no title names it. The one
 * rule for every host that counts the plan's chi bộ (check, consolidate, the pane).
 */
export function allocationOwner(grid: Grid | undefined, allocation: Pick<AllocationCheckResult, "table">): string | null {
  if (grid === undefined || allocation.table === undefined || allocation.table.membersCol === null) return null;
  return planOrganization(grid, allocation.table.headerRow);
}
