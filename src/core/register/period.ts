/**
 * The period of Biểu 2: months of one year — the months consolidated so far,
 * a quarter, a half-year, the year or a single month — and its heading text.
 */
import { foldKey } from "../text/normalize";

export interface RegisterPeriod {
  readonly year: number;
  /** Months 1–12 of `year`, ascending. */
  readonly months: readonly number[];
  /** The heading's period line: "6 THÁNG ĐẦU NĂM 2026", "QUÝ II NĂM 2026", "NĂM 2026". */
  readonly label: string;
  /** Stable key: `2026`, `2026-Q2`, `2026-H1`, `2026-05`, `2026-01..05`. */
  readonly key: string;
}

const ROMAN = ["I", "II", "III", "IV"];

function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}

/** January to `month`: what a consolidation up to that month covers. */
export function periodThrough(year: number, month: number): RegisterPeriod {
  const m = Math.min(12, Math.max(1, Math.floor(month)));
  if (m === 12) return { year, months: span(1, 12), label: `NĂM ${year}`, key: String(year) };
  if (m === 1) return { year, months: [1], label: `THÁNG 1 NĂM ${year}`, key: `${year}-01` };
  return { year, months: span(1, m), label: `${m} THÁNG ĐẦU NĂM ${year}`, key: `${year}-01..${String(m).padStart(2, "0")}` };
}

export function quarterPeriod(year: number, quarter: number): RegisterPeriod {
  return { year, months: span(quarter * 3 - 2, quarter * 3), label: `QUÝ ${ROMAN[quarter - 1] ?? quarter} NĂM ${year}`, key: `${year}-Q${quarter}` };
}

export function halfYearPeriod(year: number, half: 1 | 2): RegisterPeriod {
  return half === 1
    ? { year, months: span(1, 6), label: `6 THÁNG ĐẦU NĂM ${year}`, key: `${year}-H1` }
    : { year, months: span(7, 12), label: `6 THÁNG CUỐI NĂM ${year}`, key: `${year}-H2` };
}

export function monthPeriod(year: number, month: number): RegisterPeriod {
  return { year, months: [month], label: `THÁNG ${month} NĂM ${year}`, key: `${year}-${String(month).padStart(2, "0")}` };
}

/**
 * The CLI's `--period`: `2026` (year), `2026-Q2` or `Q2/2026` (quarter),
 * `2026-H1` or `H1/2026` (half-year), `2026-05` (one month). Null otherwise.
 */
export function parseRegisterPeriod(text: string): RegisterPeriod | null {
  const key = foldKey(text).replace(/\s+/g, "").replace(/^quy/, "q");
  const yearOf = (y: string | undefined): number | null => (y !== undefined && Number(y) >= 1900 && Number(y) <= 2200 ? Number(y) : null);
  let m = /^(\d{4})$/.exec(key);
  if (m) {
    const y = yearOf(m[1]);
    return y === null ? null : periodThrough(y, 12);
  }
  m = /^(\d{4})-?([qh])([1-4])$/.exec(key);
  const parts = m ? { y: m[1], kind: m[2], n: Number(m[3]) } : null;
  const m2 = /^([qh])([1-4])[/-](\d{4})$/.exec(key);
  const p = parts ?? (m2 ? { y: m2[3], kind: m2[1], n: Number(m2[2]) } : null);
  if (p) {
    const y = yearOf(p.y);
    if (y === null) return null;
    if (p.kind === "q") return quarterPeriod(y, p.n);
    return p.n <= 2 ? halfYearPeriod(y, p.n as 1 | 2) : null;
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(key);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const y = yearOf(m[1]);
    return y === null ? null : monthPeriod(y, Number(m[2]));
  }
  return null;
}

/** The same months one year earlier: column (3) of the form. */
export function previousYearPeriod(p: RegisterPeriod): RegisterPeriod {
  const y = p.year - 1;
  return { year: y, months: p.months, label: p.label.replace(String(p.year), String(y)), key: p.key.replace(String(p.year), String(y)) };
}
