/**
 * Filling `ptdv template` workbooks the way an organisation would, with openpyxl (a program other
 * than this project): the monthly rows and their "Không còn nguồn" cell, the "Chi bộ" sheet and the
 * register "Danh sách kết nạp". Figures are derived from the persons, so the cross-checks agree
 * unless a test changes them on purpose.
 */
import * as fs from "fs";
import * as path from "path";
import { python } from "../reports/cli-helpers";
import type { GenPerson } from "../register/persons";

/** [admitted, students, women, ethnic minority, religious, youth union] of one month. */
export type MonthFigures = [number, number, number, number, number, number];

/** Tên chi bộ | Loại | Số ĐV | Kết nạp trong năm | Năm KN gần nhất | Còn nguồn (null leaves a cell blank). */
export type BranchInput = [string, string | null, number | null, number | null, number | null, string | null];

export interface Filling {
  readonly monthly: Readonly<Record<number, MonthFigures>>;
  readonly noSources?: Readonly<Record<number, string>>;
  readonly branches?: readonly BranchInput[];
  readonly persons?: readonly GenPerson[];
}

const FILL = String.raw`
import json, sys, datetime, openpyxl
path, spec = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
top = header = None
for row in ws.iter_rows(min_col=1, max_col=1):
    if row[0].value == "Tháng": header = row[0].row
    if row[0].value == "T1":
        top = row[0].row
        break
flag_col = None
for cell in ws[header]:
    if isinstance(cell.value, str) and cell.value.startswith("Không còn nguồn"): flag_col = cell.column
for m, values in spec["monthly"].items():
    for i, v in enumerate(values):
        ws.cell(row=top + int(m) - 1, column=2 + i, value=v)
for m, v in spec.get("noSources", {}).items():
    ws.cell(row=top + int(m) - 1, column=flag_col, value=v)
if spec.get("branches"):
    cb = wb["Chi bộ"]
    for i, b in enumerate(spec["branches"]):
        for c, v in enumerate(b, start=2):
            if v is not None: cb.cell(row=7 + i, column=c, value=v)
if spec.get("persons"):
    reg = wb["Danh sách kết nạp"]
    for i, p in enumerate(spec["persons"]):
        s = p["spelling"]
        vals = [p["name"], datetime.date(*p["birth"]), s["sex"], p["ethnicity"], p["religion"], s["youth"], s["occ"], s["edu"], s["qual"], s["title"], s["business"], s["readmitted"], datetime.date(*p["admitted"]), p["chiBo"], ""]
        for c, v in enumerate(vals, start=1):
            if v != "": reg.cell(row=7 + i, column=c, value=v)
wb.save(path)
`;

export function fillTemplate(file: string, filling: Filling): void {
  const spec = path.join(path.dirname(file), `${path.basename(file)}.fill.json`);
  fs.writeFileSync(spec, JSON.stringify(filling));
  try {
    python(FILL, [file, spec]);
  } finally {
    fs.rmSync(spec);
  }
}

const isMinority = (p: GenPerson): boolean => p.ethnicity.trim().toLowerCase() !== "kinh";
const isReligious = (p: GenPerson): boolean => p.religion !== "" && p.religion.toLowerCase() !== "không";
/** The form's "Học sinh" occupation row (index 12 of persons.ts's OCC). */
const PUPIL = 12;

/** What each month's report says when it agrees with the register, for months 1…through. */
export function monthlyFrom(persons: readonly GenPerson[], through: number): Record<number, MonthFigures> {
  const out: Record<number, MonthFigures> = {};
  for (let m = 1; m <= through; m++) {
    const ps = persons.filter((p) => p.admitted[1] === m);
    out[m] = [ps.length, ps.filter((p) => p.occ === PUPIL).length, ps.filter((p) => p.female).length, ps.filter(isMinority).length, ps.filter(isReligious).length, ps.filter((p) => p.youth).length];
  }
  return out;
}
