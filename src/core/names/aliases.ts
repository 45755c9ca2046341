/**
 * Aliases the user confirmed: "written as → organisation", kept in a visible
 * sheet the add-in owns ("Bí danh") or a file passed with `--aliases`, with the
 * same two columns. Users edit it by hand, so every bad row becomes a finding.
 */
import { toA1 } from "../address";
import { findingMaker, type Finding, type Lang } from "../findings";
import { cellAt, colSpan, displayText, isCellError, rowSpan, type Cell, type Grid } from "../grid";
import type { SheetSpec, SpecCell } from "../sheet-spec";
import { cleanText, foldKey, identityKey } from "../text/normalize";
import { resolveAliases, resolveDirect } from "./alias-resolve";
import { readingKey } from "./identity";
import { ALIAS_MESSAGES, type AliasArgs, type AliasCode } from "./messages";
import { nameReadings, OrgIndex, type OrgRef } from "./org-index";

const make = findingMaker(ALIAS_MESSAGES);

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

/**
 * Every non-empty row of an alias table as the user typed it, valid or not, in
 * sheet order: what a host rewrites when it adds one alias. Without a header
 * row the first two columns are taken.
 */
export function aliasRowsAsTyped(grid: Grid): Alias[] {
  const cols = colSpan(grid);
  const layout = findHeader(grid) ?? { firstRow: rowSpan(grid).first, writtenCol: cols.first, targetCol: cols.first + 1 };
  return readRows(grid, layout)
    .filter((r) => r.written !== "" || r.target !== "")
    .map((r) => ({ written: r.written, target: r.target }));
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
  return readAliasGrids([file === undefined ? { grid } : { grid, file }], orgs);
}

export interface AliasSource {
  readonly grid: Grid;
  readonly file?: string;
}

/**
 * Reads several alias sheets as one list (e.g. the add-in's own sheet and a
 * user's own "Bí danh" sheet). An earlier source wins when two sheets map the
 * same written name to different organisations, and the losing row is reported
 * as a conflict; the same mapping on two sheets is simply read once.
 */
export function readAliasGrids(sources: readonly AliasSource[], orgs: readonly OrgRef[]): { aliases: Alias[]; findings: Finding[] } {
  const located: { source: number; row: number; finding: Finding }[] = [];
  const index = new OrgIndex(orgs);
  const rows: (RawRow & { source: number; layout: Layout })[] = [];
  const adder =
    (source: number) =>
    <K extends AliasCode>(code: K, row: number | null, col: number, args: AliasArgs[K]): void => {
      const { grid, file } = sources[source] ?? { grid: null, file: undefined };
      const loc = { sheet: grid?.name ?? "", ...(file === undefined ? {} : { file }), ...(row === null ? {} : { cell: toA1(row, col) }) };
      located.push({ source, row: row ?? -1, finding: make(code, loc, args) });
    };

  sources.forEach(({ grid }, source) => {
    const add = adder(source);
    const layout = findHeader(grid) ?? headerlessLayout(grid, index);
    if (layout === null) {
      const empty = grid.rows.every((r) => r.every((c) => c === undefined || displayText(c).trim() === ""));
      if (isAliasSheetName(grid.name) && !empty) add("ALIAS_HEADER_NOT_FOUND", null, 0, {});
      return;
    }
    for (const r of readRows(grid, layout)) {
      if (r.written === "" && r.target === "") continue;
      if (r.written === "" || r.target === "") {
        add("ALIAS_INCOMPLETE", r.row, r.written === "" ? layout.writtenCol : layout.targetCol, {
          row: r.row + 1,
          text: r.written === "" ? r.target : r.written,
        });
        continue;
      }
      rows.push({ ...r, source, layout });
    }
  });

  const resolutions = resolveAliases(index, rows);
  const orgName = (i: number): string => orgs[i]?.name ?? "";
  const accepted = new Map<string, { source: number; row: number; index: number }>();
  const aliases: Alias[] = [];

  rows.forEach((r, i) => {
    const add = adder(r.source);
    const layout = r.layout;
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
      // "Repeats row N" would point into another sheet; agreeing sheets need no word.
      if (earlier.index === res.index) {
        if (earlier.source === r.source) add("ALIAS_DUPLICATE", r.row, layout.writtenCol, { ...base, firstRow: earlier.row + 1 });
      } else add("ALIAS_CONFLICT", r.row, layout.writtenCol, { ...base, reason: "alias", other: orgName(earlier.index) });
      return;
    }
    for (const k of keys) accepted.set(k, { source: r.source, row: r.row, index: res.index });
    aliases.push({ written: r.written, target: orgName(res.index) });
  });
  const findings = located.sort((a, b) => a.source - b.source || a.row - b.row).map((l) => l.finding);
  return { aliases, findings };
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

/** A cell the user typed, written back as typed: text stays text (even `=…`), numbers stay numbers. */
function keptCell(cell: Cell): SpecCell | null {
  const v = cell.value;
  let value: SpecCell["value"];
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") value = v;
  else if (isCellError(v) || v instanceof Date) value = displayText(cell);
  else value = null;
  const style = cell.numFmt === undefined || typeof value !== "number" ? DATA_STYLE : { ...DATA_STYLE, numFmt: cell.numFmt };
  // A formula the user typed on the sheet stays a formula; text from any other source never becomes one.
  if (cell.formula !== undefined && cell.formula !== "") return { value, formula: cell.formula, style };
  if (value === null || (typeof value === "string" && value.trim() === "")) return null;
  return { value, style };
}

/**
 * The owned "Bí danh" sheet rewritten with `aliases` placed in its two alias
 * columns, keeping every other cell the user typed on it: extra columns
 * ("Ghi chú"), notes under the table, rows the engine rejects. An alias written
 * like an existing row takes that row's place; a new one goes right under the
 * table's last row, moving whatever lies below down by one row.
 */
export function aliasSheetSpecPreserving(existing: Grid | null, aliases: readonly Alias[], lang: Lang): SheetSpec {
  const plain = aliasSheetSpec([], lang);
  const hasContent = existing !== null && existing.rows.some((r) => r.some((c) => c !== undefined && keptCell(c) !== null));
  if (existing === null || !hasContent) return aliasSheetSpec(aliases, lang);

  // Dense rows from A1, as the spec wants them.
  const rows: (SpecCell | null)[][] = [];
  for (let r = 0; r <= rowSpan(existing).last; r++) {
    const row: (SpecCell | null)[] = [];
    for (let c = 0; c <= colSpan(existing).last; c++) row.push(keptCell(cellAt(existing, r, c)));
    rows.push(row);
  }
  let layout = findHeader(existing);
  if (layout === null) {
    // No header to find the table by: one goes on top, and the first two columns hold the aliases.
    rows.unshift([...(plain.rows[0] ?? [])]);
    layout = { firstRow: 1, writtenCol: 0, targetCol: 1 };
  } else {
    for (const col of [layout.writtenCol, layout.targetCol]) {
      const header = rows[layout.firstRow - 1]?.[col];
      if (header) rows[layout.firstRow - 1]![col] = { value: header.value, style: HEADER_STYLE };
    }
  }
  const { firstRow, writtenCol, targetCol } = layout;
  const aliasText = (row: readonly (SpecCell | null)[] | undefined, col: number): string =>
    cleanText(row?.[col]?.value === null || row?.[col]?.value === undefined ? "" : String(row[col]?.value));
  const set = (row: (SpecCell | null)[], col: number, value: string): void => {
    while (row.length <= col) row.push(null);
    row[col] = { value, style: DATA_STYLE };
  };

  for (const alias of aliases) {
    const key = identityKey(alias.written);
    // The table ends at its first blank row: notes the user left below a gap stay below it.
    let tableEnd = firstRow;
    while (tableEnd < rows.length && (aliasText(rows[tableEnd], writtenCol) !== "" || aliasText(rows[tableEnd], targetCol) !== "")) tableEnd++;
    let same = -1;
    for (let r = firstRow; r < rows.length && same < 0; r++) {
      const w = aliasText(rows[r], writtenCol);
      if (w !== "" && identityKey(w) === key) same = r;
    }
    const at = same >= 0 ? same : tableEnd;
    if (same < 0) rows.splice(at, 0, []);
    const row = rows[at]!;
    set(row, writtenCol, alias.written);
    set(row, targetCol, alias.target);
  }

  const width = Math.max(...rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => ({ width: c === writtenCol ? 40 : c === targetCol ? 55 : 20 }));
  return { ...plain, rows, columns, freeze: { rows: firstRow, columns: 0 } };
}
