/**
 * The progress workbook's "Chi bộ T05-2025" sheet: per TCCSĐ the chi bộ
 * reported and the members goal, then the chi bộ under the minimum, those
 * with no admission for N years ("còn nguồn" first) and the TCCSĐ that sent
 * no chi bộ sheet. Every list row names its source (file › sheet › cell).
 */
import { toA1 } from "../address";
import { formatSource } from "../findings";
import type { CellRange } from "../grid";
import type { CellStyle, SheetSpec, SpecCell, SpecValue } from "../sheet-spec";
import type { BranchResult } from "./compute";
import { formatCount } from "./format";
import { branchKindLabel } from "./kind";
import { branchSummaryLines } from "./summary";

const FONT = "Times New Roman";
const st = {
  title: { font: { name: FONT, size: 14, bold: true }, horizontal: "center" },
  subtitle: { font: { name: FONT, size: 12, italic: true }, horizontal: "center" },
  section: { font: { name: FONT, size: 12, bold: true } },
  plain: { font: { name: FONT, size: 12 } },
  header: { font: { name: FONT, size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true },
  text: { font: { name: FONT, size: 12 }, border: true, vertical: "middle", wrap: true },
  source: { font: { name: FONT, size: 10, italic: true }, border: true, vertical: "middle", wrap: true },
  number: { font: { name: FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "0" },
  percent: { font: { name: FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "0.0" },
  totalText: { font: { name: FONT, size: 12, bold: true }, border: true, horizontal: "center", fill: "#F2F2F2" },
  totalNumber: { font: { name: FONT, size: 12, bold: true }, border: true, horizontal: "center", numFmt: "0", fill: "#F2F2F2" },
  totalPercent: { font: { name: FONT, size: 12, bold: true }, border: true, horizontal: "center", numFmt: "0.0", fill: "#F2F2F2" },
} as const satisfies Record<string, CellStyle>;

const WIDTH = 7;
const c = (value: SpecValue, style: CellStyle): SpecCell => ({ value, style });
const f = (formula: string, value: SpecValue, style: CellStyle): SpecCell => ({ value, formula, style });
const range = (top: number, left: number, bottom = top, right = left): CellRange => ({ top, left, bottom, right });

/** `Chi bộ T05-2025`. */
export function branchResultSheetName(year: number, month: number): string {
  return `Chi bộ T${String(month).padStart(2, "0")}-${year}`;
}

const sourcesText = (s: boolean | null): string => (s === true ? "Có" : s === false ? "Không" : "");

export function branchResultSheetSpec(r: BranchResult, period: { readonly year: number; readonly month: number }): SheetSpec {
  const rows: Array<Array<SpecCell | null>> = [];
  const merges: CellRange[] = [];
  const push = (cells: Array<SpecCell | null>, mergeAll = false): number => {
    while (cells.length < WIDTH) cells.push(null);
    rows.push(cells);
    const at = rows.length - 1;
    if (mergeAll) merges.push(range(at, 0, at, WIDTH - 1));
    return at;
  };
  const { minMembers, years } = r.thresholds;
  push([c(`CHI BỘ TRỰC THUỘC: MỤC TIÊU TỪ ${minMembers} ĐẢNG VIÊN VÀ KẾT NẠP ĐẢNG VIÊN NĂM ${period.year}`, st.title)], true);
  push([c(`(Theo báo cáo đến hết tháng ${period.month}/${period.year})`, st.subtitle)], true);
  for (const line of branchSummaryLines(r, "vi")) push([c(line, st.section)], true);
  push([]);

  push([c("1. Chi bộ trực thuộc theo tổ chức cơ sở đảng", st.section)], true);
  const head = push(
    ["STT", "Tổ chức cơ sở đảng", "Số chi bộ báo cáo", "Chi bộ thôn, tổ dân phố, trường học", `Trong đó từ ${minMembers} đảng viên trở lên`, "Tỷ lệ (%)", "Nguồn số liệu"].map((h) => c(h, st.header)),
  );
  r.organizations.forEach((o, i) => {
    const at = rows.length;
    push([
      c(i + 1, st.number),
      c(o.organization, st.text),
      c(o.reported, st.number),
      c(o.goalKinds, st.number),
      c(o.atLeastMin, st.number),
      f(`IF(${toA1(at, 3)}>0,ROUND(${toA1(at, 4)}/${toA1(at, 3)}*100,1),"")`, o.percent ?? "", st.percent),
      c(formatSource(o.location), st.source),
    ]);
  });
  const first = head + 1;
  const last = rows.length - 1;
  const total = rows.length;
  const sum = (col: number, value: number): SpecCell => (last >= first ? f(`SUM(${toA1(first, col)}:${toA1(last, col)})`, value, st.totalNumber) : c(value, st.totalNumber));
  push([
    c(null, st.totalText),
    c("Cộng", st.totalText),
    sum(2, r.reported),
    sum(3, r.goalKinds),
    sum(4, r.atLeastMin),
    f(`IF(${toA1(total, 3)}>0,ROUND(${toA1(total, 4)}/${toA1(total, 3)}*100,1),"")`, r.percent ?? "", st.totalPercent),
    c(null, st.totalText),
  ]);
  push([]);

  push([c(`2. Chi bộ thôn, tổ dân phố, trường học dưới ${minMembers} đảng viên (${formatCount(r.under.length, "vi")})`, st.section)], true);
  push(["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Số đảng viên", "", "Nguồn số liệu"].map((h) => c(h, st.header)));
  r.under.forEach((u, i) => {
    push([c(i + 1, st.number), c(u.organization, st.text), c(u.branch, st.text), c(branchKindLabel(u.kind), st.text), c(u.members, st.number), c(null, st.text), c(formatSource(u.location), st.source)]);
  });
  push([]);

  push([c(`3. Chi bộ ${years} năm trở lên chưa kết nạp đảng viên (${formatCount(r.noAdmission.length, "vi")}; còn nguồn: ${formatCount(r.noAdmissionWithSources, "vi")})`, st.section)], true);
  push(["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Năm kết nạp gần nhất", "Còn nguồn", "Nguồn số liệu"].map((h) => c(h, st.header)));
  r.noAdmission.forEach((e, i) => {
    push([
      c(i + 1, st.number),
      c(e.organization, st.text),
      c(e.branch, st.text),
      c(branchKindLabel(e.kind), st.text),
      c(e.lastAdmissionYear ?? "Chưa có/không rõ", e.lastAdmissionYear === null ? st.text : st.number),
      c(sourcesText(e.hasSources), { ...st.text, horizontal: "center" }),
      c(formatSource(e.location), st.source),
    ]);
  });
  push([]);

  push([c(`4. Tổ chức cơ sở đảng chưa gửi danh sách chi bộ (${formatCount(r.notReported.length, "vi")})`, st.section)], true);
  r.notReported.forEach((name, i) => {
    const loc = r.notReportedLocations[i] ?? {};
    push([c(i + 1, st.number), c(name, st.text), c(null, st.text), c(null, st.text), c(null, st.text), c(null, st.text), c(formatSource(loc), st.source)]);
    merges.push(range(rows.length - 1, 1, rows.length - 1, 5));
  });

  return {
    name: branchResultSheetName(period.year, period.month),
    role: "progress",
    rows,
    columns: [{ width: 6 }, { width: 34 }, { width: 30 }, { width: 18 }, { width: 14 }, { width: 11 }, { width: 34 }],
    rowHeights: { 0: 24, [head]: 48 },
    merges,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, centerHorizontally: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } },
    tabColor: "#375623",
  };
}
