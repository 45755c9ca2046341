/**
 * Probation dates: every member whose 12-month probation ends within the
 * window (60 days by default) after the as-of date, or has ended with no
 * recognition recorded, by chi bộ — so each chi bộ prepares recognition on
 * time. Recognition is recorded in the register's "Ngày công nhận chính thức"
 * column; a member with a date there is not listed. Without that column no
 * recognition is known, so every member whose probation has ended is listed.
 */
import { formatSource, type FindingLocation } from "../findings";
import type { CellRange } from "../grid";
import type { SheetSpec } from "../sheet-spec";
import { identityKey } from "../text/normalize";
import { dayNumber, excelSerial, formatDate, isoDate, probationEnd, type CalendarDate } from "./dates";
import { c, placeDateLine, range, Rows, S, type RegisterHeading } from "./sheet-parts";
import type { RegisterPerson } from "./types";

export const PROBATION_WINDOW_DAYS = 60;
export const PROBATION_SHEET_NAME = "Dự bị đến hạn";

export interface ProbationItem {
  readonly organization: string;
  readonly chiBo: string;
  readonly name: string;
  readonly admitted: CalendarDate;
  readonly ends: CalendarDate;
  /** Days from the as-of date to the end: negative once it has ended. */
  readonly daysLeft: number;
  readonly status: "due" | "overdue";
  /** The register row the member was read from (its name cell), so a list can be traced back to its source. */
  readonly location: FindingLocation;
}

export interface ProbationGroup {
  readonly organization: string;
  readonly chiBo: string;
  readonly items: readonly ProbationItem[];
}

export interface ProbationResult {
  readonly asOf: CalendarDate;
  readonly windowDays: number;
  readonly groups: readonly ProbationGroup[];
}

/**
 * `persons` from any years (validateRegister's persons and otherYears).
 * Listed: end ≤ as-of + window (the window's last day included) and no
 * recognition date. The end date itself counts as "due" (daysLeft 0).
 */
export function probationDue(persons: readonly RegisterPerson[], asOf: CalendarDate, windowDays = PROBATION_WINDOW_DAYS): ProbationResult {
  const today = dayNumber(asOf);
  const items: ProbationItem[] = [];
  for (const p of persons) {
    if (p.recognized !== null) continue;
    const ends = probationEnd(p.admitted);
    const daysLeft = dayNumber(ends) - today;
    if (daysLeft > windowDays) continue;
    items.push({ organization: p.organization, chiBo: p.chiBo, name: p.name, admitted: p.admitted, ends, daysLeft, status: daysLeft < 0 ? "overdue" : "due", location: p.location });
  }
  const groups = new Map<string, { organization: string; chiBo: string; items: ProbationItem[] }>();
  for (const it of items) {
    const key = `${identityKey(it.organization)}|${identityKey(it.chiBo)}`;
    const g = groups.get(key);
    if (g) g.items.push(it);
    else groups.set(key, { organization: it.organization, chiBo: it.chiBo, items: [it] });
  }
  const collator = new Intl.Collator("vi");
  const sorted = [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => a.daysLeft - b.daysLeft || collator.compare(a.name, b.name)) }))
    .sort((a, b) => collator.compare(a.organization, b.organization) || collator.compare(a.chiBo, b.chiBo));
  return { asOf, windowDays, groups: sorted };
}

export function probationJson(result: ProbationResult): {
  asOf: string;
  windowDays: number;
  members: Array<{ organization: string; chiBo: string; name: string; admitted: string; ends: string; daysLeft: number; status: "due" | "overdue"; source: string }>;
} {
  return {
    asOf: isoDate(result.asOf),
    windowDays: result.windowDays,
    members: result.groups.flatMap((g) =>
      g.items.map((i) => ({ organization: i.organization, chiBo: i.chiBo, name: i.name, admitted: isoDate(i.admitted), ends: isoDate(i.ends), daysLeft: i.daysLeft, status: i.status, source: formatSource(i.location) })),
    ),
  };
}

/** Plain text for the CLI, one line per member under each chi bộ. */
export function probationText(result: ProbationResult, lang: "vi" | "en" = "vi"): string {
  const lines: string[] = [];
  const head =
    lang === "vi"
      ? `Đảng viên dự bị đến hạn xét công nhận chính thức (đến ${formatDate(result.asOf)}, trong ${result.windowDays} ngày tới hoặc đã quá hạn):`
      : `Probationary members due for recognition (as of ${formatDate(result.asOf)}, within ${result.windowDays} days or overdue):`;
  lines.push(head);
  if (result.groups.length === 0) lines.push(lang === "vi" ? "  Không có." : "  None.");
  for (const g of result.groups) {
    lines.push(`${g.organization}${g.chiBo === "" ? "" : ` › ${g.chiBo}`}`);
    for (const i of g.items) {
      const when =
        i.status === "overdue"
          ? lang === "vi"
            ? `đã hết hạn ${-i.daysLeft} ngày`
            : `ended ${-i.daysLeft} days ago`
          : lang === "vi"
            ? `còn ${i.daysLeft} ngày`
            : `${i.daysLeft} days left`;
      lines.push(`  ${i.name} — ${lang === "vi" ? "kết nạp" : "admitted"} ${formatDate(i.admitted)}, ${lang === "vi" ? "hết dự bị" : "probation ends"} ${formatDate(i.ends)} (${when})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The owned sheet "Dự bị đến hạn": real dates, grouped by chi bộ. It names people: the caller decides to write it. */
export function probationSheetSpec(result: ProbationResult, heading: RegisterHeading): SheetSpec {
  const t = new Rows(6);
  const merges: CellRange[] = [];
  for (const line of heading.issuer.filter((l) => l.trim() !== "")) t.add([c(line, S.issuerBold)]);
  t.add();
  const title = t.add([c("DANH SÁCH ĐẢNG VIÊN DỰ BỊ ĐẾN HẠN XÉT CÔNG NHẬN CHÍNH THỨC", S.title)]);
  const sub = t.add([c(`Tính đến ngày ${formatDate(result.asOf)}: hết 12 tháng dự bị trong ${result.windowDays} ngày tới hoặc đã hết mà chưa ghi ngày công nhận`, S.italic)]);
  const date = t.add([c(placeDateLine(heading), S.italic)]);
  merges.push(range(title, 0, title, 5), range(sub, 0, sub, 5), range(date, 0, date, 5));
  t.add();
  const header = t.add(["STT", "Họ và tên", "Ngày kết nạp", "Hết dự bị ngày", "Còn (ngày)", "Tình trạng"].map((h) => c(h, S.header)));
  let n = 0;
  for (const g of result.groups) {
    const r = t.add([c(`${g.organization}${g.chiBo === "" ? "" : ` — ${g.chiBo}`}`, S.labelBold)]);
    merges.push(range(r, 0, r, 5));
    for (const i of g.items) {
      n++;
      t.add([
        c(n, S.number),
        c(i.name, S.text),
        c(excelSerial(i.admitted), S.date),
        c(excelSerial(i.ends), S.date),
        c(i.daysLeft, S.number),
        c(i.status === "overdue" ? "Đã quá hạn" : "Sắp đến hạn", S.text),
      ]);
    }
  }
  if (n === 0) t.add([c("Không có đảng viên dự bị đến hạn.", S.text)]);
  return {
    name: PROBATION_SHEET_NAME,
    role: "progress",
    rows: t.rows,
    columns: [{ width: 6 }, { width: 28 }, { width: 13 }, { width: 14 }, { width: 10 }, { width: 14 }],
    merges,
    freeze: { rows: header + 1, columns: 0 },
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: { first: header, last: header }, centerHorizontally: true },
  };
}
