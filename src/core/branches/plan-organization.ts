/**
 * Whose plan an allocation per chi bộ is: its title usually says so
 * ("PHÂN BỔ CHỈ TIÊU … NĂM 2025 - ĐẢNG BỘ XÃ KA ĐÔ"). The chi bộ it lists
 * belong to that TCCSĐ; without such a title the caller falls back to the sheet name.
 */
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
