/**
 * Synthetic but realistic inputs: a province-sized allocation table with
 * Vietnamese organisation names, report templates filled month by month, and
 * names as staff actually write them. Deterministic (seeded), so two runs
 * measure the same work.
 */
import type { AllocationCheckResult } from "../src/core/allocation/types";
import { gridFromValues, type Cell, type CellValue, type Grid } from "../src/core/grid";
import type { SheetSpec, SpecCell, WorkbookSpec } from "../src/core/sheet-spec";

const PREFIXES = [
  "Đảng bộ xã",
  "Đảng bộ thị trấn",
  "Đảng bộ phường",
  "Chi bộ Trường THPT",
  "Chi bộ Trường THCS",
  "Chi bộ thôn",
  "Chi bộ Trường Tiểu học",
] as const;

const SYLLABLES = [
  "Lạc", "Xuân", "Quảng", "Lập", "Tu", "Tra", "Ka", "Đô", "Đơn", "Thạnh", "Mỹ", "Hòa", "Bình", "Phú", "Tân", "An",
  "Long", "Thuận", "Hưng", "Phước", "Đức", "Trọng", "Nghĩa", "Hiệp", "Thành", "Lâm", "Sơn", "Hà", "Đông", "Tây",
  "Nam", "Bắc", "Trung", "Vĩnh", "Gia", "Kim", "Ngọc", "Hồng", "Thịnh", "Lộc", "Ròn", "Pró", "Quý", "Thủy",
] as const;

/** mulberry32: tiny, fast and good enough to shuffle bench data reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOrg {
  readonly name: string;
  readonly quota: number;
  readonly studentQuota: number;
}

/** `count` distinct organisations (up to 7 × 44² ≈ 13,500), in a shuffled but fixed order. */
export function syntheticOrgs(count: number, seed = 2025): SyntheticOrg[] {
  const random = rng(seed);
  const all: string[] = [];
  for (const p of PREFIXES) for (const a of SYLLABLES) for (const b of SYLLABLES) if (a !== b) all.push(`${p} ${a} ${b}`);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  if (count > all.length) throw new Error(`at most ${all.length} synthetic organisations`);
  return all.slice(0, count).map((name) => {
    const quota = 2 + Math.floor(random() * 9);
    const studentQuota = name.includes("THPT") ? 1 : 0;
    return { name, quota, studentQuota };
  });
}

/** The allocation sheet as a board types it: title, header, `03` / `03 (01 HS)` quotas, a SUM row. */
export function allocationGrid(orgs: readonly SyntheticOrg[]): Grid {
  const rows: Array<Array<CellValue | Cell>> = [["PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025"], [], ["STT", "TCCSĐ", "CHỈ TIÊU"]];
  let total = 0;
  orgs.forEach((o, i) => {
    total += o.quota;
    const quota: Cell =
      o.studentQuota > 0
        ? { value: `${String(o.quota).padStart(2, "0")} (${String(o.studentQuota).padStart(2, "0")} HS)` }
        : { value: o.quota, numFmt: "00", text: String(o.quota).padStart(2, "0") };
    rows.push([{ value: i + 1, numFmt: "00", text: String(i + 1).padStart(2, "0") }, o.name, quota]);
  });
  rows.push(["", "Tổng cộng", { value: total, formula: `SUM(C4:C${3 + orgs.length})` }]);
  return gridFromValues("Phân bổ", rows);
}

/** A grid as a host reads a written sheet back: values, cached formula results, defined names. */
export function specToGrid(sheet: SheetSpec): Grid {
  const rows = sheet.rows.map((r) =>
    r.map((c: SpecCell | null | undefined): Cell | undefined => {
      // fillTemplate copies rows with a spread, which turns the spec's holes into undefined.
      if (c === null || c === undefined) return undefined;
      return c.formula === undefined ? { value: c.value } : { value: c.value, formula: c.formula };
    }),
  );
  return { name: sheet.name, rows, origin: { row: 0, col: 0 }, merges: sheet.merges ?? [], ...(sheet.definedNames ? { definedNames: sheet.definedNames } : {}) };
}

export interface TemplateLayoutLike {
  readonly firstMonthRow: number;
  readonly firstInputCol: number;
}

/** Fills months 1…`months` of a template the way an organisation would: admitted, then students. */
export function fillTemplate(book: WorkbookSpec, layout: TemplateLayoutLike, months: number, seed: number, withStudents: boolean): WorkbookSpec {
  const random = rng(seed);
  const [first, ...rest] = book.sheets;
  if (!first) return book;
  const rows = first.rows.map((r) => [...r]);
  for (let m = 1; m <= months; m++) {
    const row = rows[layout.firstMonthRow + m - 1];
    if (!row) continue;
    const admitted = Math.floor(random() * 3);
    const set = (col: number, value: number): void => {
      const old: SpecCell | null | undefined = row[col];
      row[col] = old?.style ? { value, style: old.style } : { value };
    };
    set(layout.firstInputCol, admitted);
    set(layout.firstInputCol + 1, withStudents && admitted > 0 && m === 9 ? 1 : 0);
    set(layout.firstInputCol + 2, admitted > 1 ? 1 : 0);
  }
  return { ...book, sheets: [{ ...first, rows }, ...rest] };
}

/** What people type for an organisation's name, from exact to barely recognisable, plus strangers. */
export function writtenVariants(orgs: readonly SyntheticOrg[], count: number, seed = 7): string[] {
  const random = rng(seed);
  const strip = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const o = orgs[Math.floor(random() * orgs.length)]!;
    const words = o.name.split(" ");
    switch (i % 6) {
      case 0: out.push(o.name); break;
      case 1: out.push(`  ${o.name.toUpperCase()} `); break;
      case 2: out.push(words.slice(-2).join(" ")); break; // kindless: "Lạc Xuân"
      case 3: out.push(strip(o.name)); break;
      case 4: out.push(o.name.replace(/.(?=\S*$)/, "")); break; // a typo in the last word
      default: out.push(`Chi bộ Bệnh viện ${words.at(-1)} ${i}`); // nobody we know
    }
  }
  return out;
}

/** An allocation result built directly, for cases that must not depend on the check engine. */
export function allocationFrom(orgs: readonly SyntheticOrg[], classify: (name: string) => AllocationCheckResult["organizations"][number]["kind"]): AllocationCheckResult {
  const organizations = orgs.map((o, i) => ({
    row: i + 4,
    stt: String(i + 1).padStart(2, "0"),
    name: o.name,
    kind: classify(o.name),
    quota: o.quota,
    quotaMax: o.quota,
    studentQuota: o.studentQuota,
    subQuotas: o.studentQuota > 0 ? { HS: o.studentQuota } : {},
    nameCell: `B${i + 4}`,
    quotaCell: `C${i + 4}`,
  }));
  const quota = organizations.reduce((s, o) => s + o.quota, 0);
  const studentQuota = organizations.reduce((s, o) => s + o.studentQuota, 0);
  return {
    sheet: "Phân bổ",
    tableFound: true,
    target: null,
    targetSource: null,
    targetCell: null,
    targetText: null,
    year: null,
    organizations,
    totals: { quota, quotaMax: quota, studentQuota, subQuotas: studentQuota > 0 ? { HS: studentQuota } : {}, organizations: organizations.length, difference: null, meetsTarget: null },
    findings: [],
  };
}
