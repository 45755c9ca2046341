/**
 * Reading registers of new members: the template's sheet "Danh sách kết nạp"
 * (through PTDV_REGISTER while it still sits under the header, else by its
 * labels), and plain tables "Danh sách đảng viên mới kết nạp" with a TCCSĐ
 * column, several organisations in one table. Text in TCVN3 / VNI is decoded
 * to Unicode first, as for reports.
 */
import { findHeaderRow, mapHeaderRow, matchHeader, hasRequiredColumns, type ColumnMap } from "../allocation/header-match";
import { toA1 } from "../address";
import { cellAt, colSpan, displayText, isBlank, rowSpan, type Grid } from "../grid";
import { makeFinding, type Finding, type FindingLocation } from "../findings";
import { decodeWholeGrid } from "../text/decode-grid";
import { cleanText } from "../text/normalize";
import { ACADEMIC_TITLES, matchCategory, matchEducation, OCCUPATIONS, QUALIFICATIONS, type CategoryMatch } from "./categories";
import { columnLabel, REGISTER_COLUMN_SPECS, type AnyRegisterColumn } from "./columns";
import { parseDateCell } from "./dates";
import { REGISTER_MESSAGES } from "./messages";
import { REGISTER_LABELS, REGISTER_NAME } from "./template-sheet";
import type { RegisterEntry, RegisterRead } from "./types";
import { isEthnicMinority, isReligious, parseFemale, parseFlag, type Parsed } from "./values";

const HEADER_SEARCH_ROWS = 40;
const ORGANIZATION_LABELS: readonly (string | RegExp)[] = [REGISTER_LABELS.organization, /^(ten )?(to chuc co so dang|tccsd|to chuc dang|don vi)$/];

export interface RegisterReadContext {
  readonly file?: string;
  /** The organisation when the sheet does not say (a template's PTDV_ORG_NAME). */
  readonly organization?: string;
}

interface Layout {
  readonly kind: "template" | "table";
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: ColumnMap<AnyRegisterColumn>;
}

function fromDefinedName(grid: Grid): Layout | null {
  const box = grid.definedNames?.[REGISTER_NAME];
  if (!box || box.top < 1) return null;
  const columns = mapHeaderRow(grid, box.top - 1, REGISTER_COLUMN_SPECS);
  if (!hasRequiredColumns(columns, REGISTER_COLUMN_SPECS)) return null;
  return { kind: "template", headerRow: box.top - 1, firstRow: box.top, lastRow: box.bottom, columns };
}

function fromLabels(grid: Grid): Layout | null {
  const first = rowSpan(grid).first;
  const header = findHeaderRow(grid, REGISTER_COLUMN_SPECS, { lastRow: first + HEADER_SEARCH_ROWS });
  if (!header) return null;
  const kind = header.columns.organization === undefined && labelledValue(grid, header.row - 1) !== "" ? "template" : "table";
  return { kind, headerRow: header.row, firstRow: header.row + 1, lastRow: rowSpan(grid).last, columns: header.columns };
}

/** The organisation named beside a "Tổ chức cơ sở đảng:" label above the table. */
function labelledValue(grid: Grid, lastRow: number): string {
  const cols = colSpan(grid);
  for (let r = rowSpan(grid).first; r <= lastRow; r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      if (!matchHeader(displayText(cellAt(grid, r, c)), ORGANIZATION_LABELS)) continue;
      for (let v = c + 1; v <= cols.last; v++) {
        const cell = cellAt(grid, r, v);
        if (!isBlank(cell)) return cleanText(displayText(cell));
      }
    }
  }
  return "";
}


/** True when the sheet holds a register (a header with a name and an admission date). */
export function isRegisterSheet(sheet: Grid): boolean {
  const grid = decodeWholeGrid(sheet);
  return (fromDefinedName(grid) ?? fromLabels(grid)) !== null;
}

export function readRegister(sheet: Grid, ctx: RegisterReadContext = {}): RegisterRead | null {
  const grid = decodeWholeGrid(sheet);
  const layout = fromDefinedName(grid) ?? fromLabels(grid);
  if (!layout) return null;
  const cols = layout.columns;
  const sheetOrganization = cols.organization === undefined ? labelledValue(grid, layout.headerRow - 1) || (ctx.organization ?? "") : "";
  const findings: Finding[] = [];
  const entries: RegisterEntry[] = [];
  const mapped = Object.values(cols).filter((c): c is number => c !== undefined);
  const where = (r: number, c: number): FindingLocation => ({ ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: grid.name, cell: toA1(r, c) });
  const last = Math.min(layout.lastRow, rowSpan(grid).last);

  for (let r = layout.firstRow; r <= last; r++) {
    const filled = mapped.filter((c) => !isBlank(cellAt(grid, r, c))).length;
    // Totals and signature lines under a table fill one cell and no date; a person has more.
    if (filled === 0 || (filled === 1 && [cols.birth, cols.admitted].every((c) => c === undefined || isBlank(cellAt(grid, r, c))))) continue;
    const cell = (key: AnyRegisterColumn) => (cols[key] === undefined ? cellAt(grid, -1, -1) : cellAt(grid, r, cols[key]));
    const text = (key: AnyRegisterColumn): string => cleanText(displayText(cell(key)));
    const unknown = (key: AnyRegisterColumn, value: string): void => {
      const label = columnLabel(key);
      findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_VALUE_UNKNOWN", where(r, cols[key] ?? 0), { column: label.vi, columnEn: label.en, value }));
    };
    const flag = (key: AnyRegisterColumn, parsed: Parsed<boolean> = parseFlag(cell(key))): boolean | null => {
      if (parsed.status === "unknown") unknown(key, parsed.text);
      return parsed.status === "ok" ? parsed.value : null;
    };
    const category = <K extends string>(key: AnyRegisterColumn, match: CategoryMatch<K>): K | null => {
      if (match.status === "unknown") unknown(key, text(key));
      return match.status === "ok" ? match.key : null;
    };
    const nameCol = cols.name ?? 0;
    const name = text("name");
    if (name === "") findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_NAME_MISSING", where(r, nameCol)));
    const organization = cols.organization === undefined ? sheetOrganization : text("organization");
    if (organization === "") findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_ORGANIZATION_MISSING", where(r, cols.organization ?? nameCol)));
    const recognized = cols.recognized === undefined ? null : parseDateCell(cell("recognized"));
    if (recognized?.status === "invalid") unknown("recognized", recognized.displayed);
    const ethnicity = text("ethnicity");
    const religion = text("religion");
    entries.push({
      organization,
      name,
      birth: parseDateCell(cell("birth")),
      admitted: parseDateCell(cell("admitted")),
      recognized: recognized?.status === "ok" ? recognized.date : null,
      female: flag("sex", parseFemale(cell("sex"))),
      ethnicity,
      ethnicMinority: isEthnicMinority(ethnicity),
      religion,
      religious: isReligious(religion),
      youthUnion: flag("youthUnion") ?? false,
      businessOwner: flag("businessOwner") ?? false,
      readmitted: flag("readmitted") ?? false,
      familyPlanningViolation: cols.familyPlanning === undefined ? null : (flag("familyPlanning") ?? false),
      foreignMarriage: cols.foreignMarriage === undefined ? null : (flag("foreignMarriage") ?? false),
      occupation: category("occupation", matchCategory(OCCUPATIONS, text("occupation"))),
      education: category("education", matchEducation(text("education"))),
      qualification: category("qualification", matchCategory(QUALIFICATIONS, text("qualification"))),
      academicTitle: category("academicTitle", matchCategory(ACADEMIC_TITLES, text("academicTitle"))),
      chiBo: text("chiBo"),
      note: text("note"),
      location: where(r, nameCol),
      dateLocations: { birth: where(r, cols.birth ?? nameCol), admitted: where(r, cols.admitted ?? nameCol) },
    });
  }
  return {
    kind: layout.kind,
    sheet: grid.name,
    entries,
    findings,
    has: { recognized: cols.recognized !== undefined, familyPlanning: cols.familyPlanning !== undefined, foreignMarriage: cols.foreignMarriage !== undefined },
  };
}
