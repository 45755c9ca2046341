import { gridFromValues, parseIsoDate, probationDue, probationEnd, probationJson, probationText, readRegister, validateRegister } from "../../src/core";
import type { CalendarDate, RegisterPerson } from "../../src/core";
import { ageOn, dayNumber } from "../../src/core/register/dates";
import { blankPerson } from "./blank-person";

const d = (iso: string): CalendarDate => {
  const x = parseIsoDate(iso);
  if (!x) throw new Error(iso);
  return x;
};

function person(name: string, admitted: string, extra: Partial<RegisterPerson> = {}): RegisterPerson {
  return blankPerson({
    organization: "Đảng bộ xã Ka Đô",
    chiBo: "Chi bộ thôn 1",
    name,
    birth: d("1990-01-01"),
    admitted: d(admitted),
    age: 30,
    female: false,
    ethnicity: "Kinh",
    ethnicMinority: false,
    ...extra,
  });
}

describe("the end of the 12-month probation", () => {
  it("falls on the same day of the month a year later: 365 days over a common year, 366 over a 29 February", () => {
    expect(probationEnd(d("2025-03-01"))).toEqual(d("2026-03-01"));
    expect(dayNumber(d("2026-03-01")) - dayNumber(d("2025-03-01"))).toBe(365);
    expect(probationEnd(d("2023-03-01"))).toEqual(d("2024-03-01"));
    expect(dayNumber(d("2024-03-01")) - dayNumber(d("2023-03-01"))).toBe(366);
    expect(probationEnd(d("2024-01-10"))).toEqual(d("2025-01-10"));
    expect(dayNumber(d("2025-01-10")) - dayNumber(d("2024-01-10"))).toBe(366);
    expect(probationEnd(d("2025-12-31"))).toEqual(d("2026-12-31"));
  });

  it("ends on 28 February for someone admitted on 29 February, never in March", () => {
    expect(probationEnd(d("2024-02-29"))).toEqual(d("2025-02-28"));
    expect(probationEnd(d("2028-02-29"))).toEqual(d("2029-02-28"));
    expect(probationEnd(d("2023-02-28"))).toEqual(d("2024-02-28"));
  });

  it("counts a 29 February birthday as reached on 1 March in a common year (18 is 18 in full)", () => {
    expect(ageOn(d("2007-02-28"), d("2025-02-27"))).toBe(17);
    expect(ageOn(d("2007-02-28"), d("2025-02-28"))).toBe(18);
    expect(ageOn(d("2004-02-29"), d("2022-02-28"))).toBe(17);
    expect(ageOn(d("2004-02-29"), d("2022-03-01"))).toBe(18);
    expect(ageOn(d("2004-02-29"), d("2024-02-29"))).toBe(20);
  });
});

describe("members due for recognition", () => {
  const asOf = d("2026-05-01");
  const names = (persons: RegisterPerson[], at = asOf) => probationDue(persons, at).groups.flatMap((g) => g.items.map((i) => `${i.name}:${i.daysLeft}:${i.status}`));

  it("lists an end exactly 60 days ahead and not 61; the end date itself is due with 0 days left", () => {
    // 2026-05-01 + 60 days = 2026-06-30.
    const ps = [person("sixty", "2025-06-30"), person("sixty-one", "2025-07-01"), person("today", "2025-05-01")];
    expect(names(ps)).toEqual(["today:0:due", "sixty:60:due"]);
  });

  it("lists an ended probation without recognition as overdue, and leaves recognised members out", () => {
    const ps = [person("yesterday", "2025-04-30"), person("long ago", "2024-01-15"), person("recognised", "2025-04-01", { recognized: d("2026-04-10") })];
    expect(names(ps)).toEqual(["long ago:-471:overdue", "yesterday:-1:overdue"]);
  });

  it("handles the 29 February admission at the window's edges in a common and a leap year", () => {
    const leap = [person("leap", "2024-02-29")];
    // Ends 2025-02-28: due when the as-of date is 60 days before, not 61.
    expect(names(leap, d("2024-12-30"))).toEqual(["leap:60:due"]);
    expect(names(leap, d("2024-12-29"))).toEqual([]);
    expect(names(leap, d("2025-03-01"))).toEqual(["leap:-1:overdue"]);
  });

  it("counts the window across a 29 February: 60 days before 2028-04-29 is 2028-02-29", () => {
    const ps = [person("spring", "2027-04-29")];
    expect(names(ps, d("2028-02-29"))).toEqual(["spring:60:due"]);
    expect(names(ps, d("2028-02-28"))).toEqual([]);
  });

  it("groups by organisation and chi bộ and gives JSON and text with day-first dates", () => {
    const ps = [person("B", "2025-06-01", { chiBo: "Chi bộ thôn 2" }), person("A", "2025-06-01"), person("C", "2025-05-20", { location: { file: "ds.xlsx", sheet: "Danh sách kết nạp", cell: "B9" } })];
    const result = probationDue(ps, asOf);
    expect(result.groups.map((g) => [g.chiBo, g.items.map((i) => i.name)])).toEqual([
      ["Chi bộ thôn 1", ["C", "A"]],
      ["Chi bộ thôn 2", ["B"]],
    ]);
    const json = probationJson(result);
    expect(json.asOf).toBe("2026-05-01");
    expect(json.members[0]).toEqual({ organization: "Đảng bộ xã Ka Đô", chiBo: "Chi bộ thôn 1", name: "C", admitted: "2025-05-20", ends: "2026-05-20", daysLeft: 19, status: "due", source: "ds.xlsx › Danh sách kết nạp › B9" });
    expect(probationText(result)).toContain("C — kết nạp 20/05/2025, hết dự bị 20/05/2026 (còn 19 ngày)");
  });

  it("reads recognition from a 'Ngày công nhận chính thức' column of a register", () => {
    const grid = gridFromValues("DS", [
      ["TCCSĐ", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Chi bộ", "Ngày công nhận chính thức"],
      ["Đảng bộ xã Ka Đô", "Người đã công nhận", "01/01/1990", "10/04/2025", "Chi bộ 1", "15/04/2026"],
      ["Đảng bộ xã Ka Đô", "Người chưa công nhận", "01/01/1991", "10/04/2025", "Chi bộ 1", ""],
    ]);
    const read = readRegister(grid);
    expect(read?.has.recognized).toBe(true);
    const v = validateRegister(read?.entries ?? [], 2025);
    expect(probationDue(v.persons, asOf).groups.flatMap((g) => g.items.map((i) => i.name))).toEqual(["Người chưa công nhận"]);
  });
});
