/**
 * Aliases the user confirmed: "written as → organisation", kept in a visible
 * sheet the add-in owns ("Bí danh") or a file passed with `--aliases`, with the
 * same two columns. Users edit it by hand, so every bad row becomes a finding.
 */
import { toA1 } from "../address";
import { makeFinding, type Finding, type Lang } from "../findings";
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../grid";
import type { SheetSpec, SpecCell } from "../sheet-spec";
import { cleanText, foldKey } from "../text/normalize";
import { resolveAliases, resolveDirect } from "./alias-resolve";
import { readingKey } from "./identity";
import { ALIAS_MESSAGES, type AliasCode } from "./messages";
import { nameReadings, OrgIndex, type OrgRef } from "./org-index";

export interface Alias {
  readonly written: string;
  /** The organisation's name as in the allocation table. */
  readonly target: string;
}

export const ALIAS_SHEET_NAME = "Bí danh";

const HEADERS: Readonly<Record<Lang, readonly [string, string]>> = {
  vi: ["Viết là", "Tổ chức cơ sở đảng"],
  en: ["Written as", "Organisation (as in the allocation table)"],
};

const WRITTEN_HEADERS = ["viet la", "ten viet", "bi danh", "written as", "written", "alias"];
const TARGET_HEADERS = ["to chuc co so dang", "tccsd", "to chuc", "don vi", "organisation", "organization"];

function headerLike(text: string, synonyms: readonly string[]): boolean {
  const k = foldKey(text).replace(/[^a-z0-9 ]+/g, " ").replace(/ +/g, " ").trim();
  return k !== "" && synonyms.some((h) => k === h || k.startsWith(`${h} `));
}

interface Layout {
  readonly firstRow: number;
  readonly writtenCol: number;
  readonly targetCol: number;
}

/** The header row within the first rows, whichever columns it uses. */
function findHeader(grid: Grid): Layout | null {
  const rows = rowSpan(grid);
  const cols = colSpan(grid);
  for (let r = rows.first; r <= Math.min(rows.last, rows.first + 20); r++) {
    let writtenCol: number | null = null;
    let targetCol: number | null = null;
    for (let c = cols.first; c <= cols.last; c++) {
      const text = displayText(cellAt(grid, r, c));
      if (writtenCol === null && headerLike(text, WRITTEN_HEADERS)) writtenCol = c;
      else if (targetCol === null && headerLike(text, TARGET_HEADERS)) targetCol = c;
    }
    if (writtenCol !== null && targetCol !== null) return { firstRow: r + 1, writtenCol, targetCol };
  }
  return null;
}

interface RawRow {
  readonly row: number;
  readonly written: string;
  readonly target: string;
}

function readRows(grid: Grid, layout: Layout): RawRow[] {
  const out: RawRow[] = [];
  for (let r = layout.firstRow; r <= rowSpan(grid).last; r++) {
    out.push({
      row: r,
      written: cleanText(displayText(cellAt(grid, r, layout.writtenCol))),
      target: cleanText(displayText(cellAt(grid, r, layout.targetCol))),
    });
  }
  return out;
}

/** A headerless two-column table counts as aliases when most of its second column names organisations. */
function headerlessLayout(grid: Grid, index: OrgIndex): Layout | null {
  const cols = colSpan(grid);
  const layout = { firstRow: rowSpan(grid).first, writtenCol: cols.first, targetCol: cols.first + 1 };
  const rows = readRows(grid, layout).filter((r) => r.written !== "" || r.target !== "");
  if (rows.length === 0) return null;
  const known = rows.filter((r) => resolveDirect(index, nameReadings(r.target)).status === "resolved").length;
  return known * 2 >= rows.length ? layout : null;
}

function isAliasSheetName(name: string): boolean {
  const k = foldKey(name);
  return k === foldKey(ALIAS_SHEET_NAME) || k === "aliases" || k === "alias";
}

/**
 * Reads alias rows and checks them against the organisations of the
 * allocation table. Accepted aliases carry the table's own spelling as target.
 */
export function readAliasGrid(grid: Grid, orgs: readonly OrgRef[], file?: string): { aliases: Alias[]; findings: Finding[] } {
  const located: { row: number; finding: Finding }[] = [];
  const add = (code: AliasCode, row: number | null, col: number, args: Record<string, string | number>): void => {
    const loc = { sheet: grid.name, ...(file === undefined ? {} : { file }), ...(row === null ? {} : { cell: toA1(row, col) }) };
    located.push({ row: row ?? -1, finding: makeFinding(ALIAS_MESSAGES, code, loc, args) });
  };
  const findings = (): Finding[] => located.sort((a, b) => a.row - b.row).map((l) => l.finding);
  const index = new OrgIndex(orgs);
  const layout = findHeader(grid) ?? headerlessLayout(grid, index);
  if (layout === null) {
    const empty = grid.rows.every((r) => r.every((c) => c === undefined || displayText(c).trim() === ""));
    if (isAliasSheetName(grid.name) && !empty) add("ALIAS_HEADER_NOT_FOUND", null, 0, {});
    return { aliases: [], findings: findings() };
  }

  const rows: RawRow[] = [];
  for (const r of readRows(grid, layout)) {
    if (r.written === "" && r.target === "") continue;
    if (r.written === "" || r.target === "") {
      add("ALIAS_INCOMPLETE", r.row, r.written === "" ? layout.writtenCol : layout.targetCol, {
        row: r.row + 1,
        text: r.written === "" ? r.target : r.written,
      });
      continue;
    }
    rows.push(r);
  }

  const resolutions = resolveAliases(index, rows);
  const orgName = (i: number): string => orgs[i]?.name ?? "";
  const accepted = new Map<string, { row: number; index: number }>();
  const aliases: Alias[] = [];

  rows.forEach((r, i) => {
    const res = resolutions[i];
    const base = { written: r.written, target: r.target };
    if (res === undefined || res.status === "unknown") {
      const suggestions = index.suggest(nameReadings(r.target)).map((sg) => sg.name);
      add("ALIAS_UNKNOWN_TARGET", r.row, layout.targetCol, { ...base, suggestions: suggestions.join("; ") });
      return;
    }
    if (res.status === "ambiguous") {
      add("ALIAS_AMBIGUOUS_TARGET", r.row, layout.targetCol, { ...base, candidates: res.candidates.map(orgName).join("; ") });
      return;
    }
    if (res.status === "circular") {
      add("ALIAS_CIRCULAR", r.row, layout.targetCol, base);
      return;
    }
    const itself = resolveDirect(index, nameReadings(r.written));
    if (itself.status === "resolved" && itself.index !== res.index) {
      add("ALIAS_CONFLICT", r.row, layout.writtenCol, { ...base, reason: "organization", other: orgName(itself.index) });
      return;
    }
    const keys = nameReadings(r.written).map(readingKey);
    const earlier = keys.map((k) => accepted.get(k)).find((e) => e !== undefined);
    if (earlier !== undefined) {
      if (earlier.index === res.index) add("ALIAS_DUPLICATE", r.row, layout.writtenCol, { ...base, firstRow: earlier.row + 1 });
      else add("ALIAS_CONFLICT", r.row, layout.writtenCol, { ...base, reason: "alias", other: orgName(earlier.index) });
      return;
    }
    for (const k of keys) accepted.set(k, { row: r.row, index: res.index });
    aliases.push({ written: r.written, target: orgName(res.index) });
  });
  return { aliases, findings: findings() };
}

const HEADER_STYLE = { font: { bold: true }, fill: "#D9E1F2", border: true, wrap: true, vertical: "middle" } as const;
const DATA_STYLE = { border: true, locked: false } as const;

/** The owned "Bí danh" sheet: two plain text columns the user can keep editing by hand. */
export function aliasSheetSpec(aliases: readonly Alias[], lang: Lang): SheetSpec {
  const [writtenHeader, targetHeader] = HEADERS[lang];
  const text = (value: string, style: SpecCell["style"]): SpecCell => (style === undefined ? { value } : { value, style });
  return {
    name: ALIAS_SHEET_NAME,
    role: "aliases",
    rows: [
      [text(writtenHeader, HEADER_STYLE), text(targetHeader, HEADER_STYLE)],
      ...aliases.map((a) => [text(a.written, DATA_STYLE), text(a.target, DATA_STYLE)]),
    ],
    columns: [{ width: 40 }, { width: 55 }],
    freeze: { rows: 1, columns: 0 },
  };
}
