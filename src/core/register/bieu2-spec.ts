/** The sheet "Biểu 2-BTCTW": the form laid out for printing on A4, portrait. */
import type { CellRange } from "../grid";
import type { SheetSpec } from "../sheet-spec";
import type { Bieu2Result } from "./bieu2";
import { c, placeDateLine, range, Rows, S, type RegisterHeading } from "./sheet-parts";

export const BIEU2_SHEET_NAME = "Biểu 2-BTCTW";

const INDENT = ["", "   ", "      ", "         "];

export function bieu2SheetSpec(result: Bieu2Result, heading: RegisterHeading): SheetSpec {
  const t = new Rows(4);
  const merges: CellRange[] = [];
  const issuer = heading.issuer.filter((l) => l.trim() !== "");
  const lines = Math.max(issuer.length + 1, 2);
  for (let i = 0; i < lines; i++) {
    const r = t.add();
    if (i < issuer.length) t.set(r, 0, c(issuer[i] ?? "", i === issuer.length - 1 ? S.issuerBold : S.issuer));
    else if (i === issuer.length) t.set(r, 0, c("*", S.issuer));
    if (i === 0) t.set(r, 3, c("Biểu số 2-BTCTW", S.formNo));
  }
  t.add();
  const titleRow = t.add([c("THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP", S.title)]);
  const periodRow = t.add([c(result.period.label, S.subtitle)]);
  const dateRow = t.add([c(placeDateLine(heading), S.italic)]);
  merges.push(range(titleRow, 0, titleRow, 3), range(periodRow, 0, periodRow, 3), range(dateRow, 0, dateRow, 3));
  t.add();
  const h1 = t.add([c("Tiêu chí", S.header), c("Thực hiện", S.header), c("Thực hiện", S.header), c("(%) kỳ này so với cùng kỳ năm trước", S.header)]);
  const h2 = t.add([c("Tiêu chí", S.header), c("Kỳ này", S.header), c("Cùng kỳ năm trước", S.header), c("(%) kỳ này so với cùng kỳ năm trước", S.header)]);
  const h3 = t.add([c("(1)", S.header), c("(2)", S.header), c("(3)", S.header), c("(4) = (2)×100/(3)", S.header)]);
  merges.push(range(h1, 0, h2, 0), range(h1, 1, h1, 2), range(h1, 3, h2, 3));
  for (const row of result.rows) {
    const bold = row.level === 0 || row.heading;
    const numberStyle = row.id === "II.2.mean" ? S.decimal : S.number;
    t.add([
      c(`${INDENT[row.level] ?? ""}${row.label}`, bold ? S.labelBold : S.label),
      c(row.current, numberStyle),
      c(row.previous, numberStyle),
      c(row.percent, S.decimal),
    ]);
  }
  t.add();
  t.add([c("Các dòng \"vi phạm chính sách KHHGĐ\" và \"quan hệ hôn nhân với người nước ngoài\" để trống khi danh sách không có cột đó. Đối chiếu danh mục với biểu do cấp trên gửi.", S.note)]);
  return {
    name: BIEU2_SHEET_NAME,
    role: "progress",
    rows: t.rows,
    columns: [{ width: 62 }, { width: 11 }, { width: 12 }, { width: 15 }],
    rowHeights: { [titleRow]: 22, [h1]: 30, [h2]: 30 },
    merges,
    freeze: { rows: h3 + 1, columns: 0 },
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: h1, last: h3 },
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
      centerHorizontally: true,
    },
  };
}
