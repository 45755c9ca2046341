/**
 * Seeded random persons for the register tests, the spellings staff type for
 * their fields, and an oracle for Biểu 2 written straightforwardly from the
 * form's rules, apart from the engine's code.
 */

export interface GenPerson {
  org: string;
  chiBo: string;
  name: string;
  /** [year, month, day] */
  birth: [number, number, number];
  admitted: [number, number, number];
  female: boolean;
  ethnicity: string;
  religion: string;
  youth: boolean;
  /** Index into OCC (the form's occupation rows), or -1 blank. */
  occ: number;
  edu: number;
  qual: number;
  title: number;
  business: boolean;
  readmitted: boolean;
  /** How the categorical fields are written in the file. */
  spelling: { sex: string; occ: string; edu: string; qual: string; title: string; youth: string; business: string; readmitted: string };
}

/** mulberry32: small, seedable, good enough to vary test data. */
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

export const OCC: ReadonlyArray<readonly string[]> = [
  ["Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên", "Công chức cơ quan nhà nước cấp tỉnh"],
  ["Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên", "Cán bộ Mặt trận Tổ quốc tỉnh"],
  ["Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn", "Công chức xã"],
  ["Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)", "Trưởng thôn"],
  ["Viên chức trong các đơn vị sự nghiệp công lập", "viên chức"],
  ["Người lao động trong các đơn vị sự nghiệp ngoài công lập", "Giáo viên trường ngoài công lập"],
  ["Người lãnh đạo, quản lý doanh nghiệp", "+ Người lãnh đạo, quản lý doanh nghiệp"],
  ["Nhân viên, người gián tiếp sản xuất", "Nhân viên, người gián tiếp sản xuất"],
  ["Công nhân, lao động trực tiếp sản xuất", "Công nhân"],
  ["Người làm nông, lâm, ngư nghiệp", "Nông dân"],
  ["Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)", "Chiến sĩ công an"],
  ["Sinh viên", "SINH VIEN"],
  ["Học sinh", "học sinh"],
  ["Khác (lao động hợp đồng, tự do…)", "Lao động tự do"],
];
export const EDU: ReadonlyArray<readonly string[]> = [
  ["Biết đọc, biết viết chữ quốc ngữ", "Biết đọc, biết viết"],
  ["Tiểu học", "5/12"],
  ["Trung học cơ sở", "9/12"],
  ["Trung học phổ thông", "12/12"],
];
export const QUAL: ReadonlyArray<readonly string[]> = [
  ["Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp", "Sơ cấp"],
  ["Trung cấp", "trung cap"],
  ["Cao đẳng", "Cao đẳng"],
  ["Đại học", "Cử nhân"],
  ["Thạc sỹ", "Thạc sĩ"],
  ["Tiến sỹ", "TS"],
];
export const TITLES: ReadonlyArray<readonly string[]> = [
  ["Phó Giáo sư", "PGS"],
  ["Giáo sư", "Giáo sư"],
];
const ETHNIC = ["Kinh", "kinh", "KINH", "Kinh ", "Tày", "K'Ho", "Ê Đê", "Chu Ru", "Hoa"];
const RELIGION = ["", "Không", "không", "Công giáo", "Phật giáo", "Tin Lành", "Cao Đài"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Ka", "K'", "Bùi", "Đặng", "Võ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Nam", "Oanh", "Phúc", "Quyên", "Sương", "Tú", "Vy", "Yến", "Brơi", "Điểu"];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Persons all valid (18 or over, admitted in `year`, distinct names), spread over the months. */
export function generatePersons(seed: number, count: number, orgs: readonly string[], year: number): GenPerson[] {
  const r = rng(seed);
  const out: GenPerson[] = [];
  for (let i = 0; i < count; i++) {
    const am = 1 + Math.floor(r() * 12);
    const ad = 1 + Math.floor(r() * daysIn(year, am));
    // Ages 18–64, with birthdays on, just before and just after the admission day now and then.
    const age = 18 + Math.floor(r() * 47);
    const edge = r();
    let by = year - age;
    let bm = 1 + Math.floor(r() * 12);
    let bd = 1 + Math.floor(r() * daysIn(by, bm));
    if (edge < 0.15) [bm, bd] = [am, Math.min(ad, daysIn(by, am))];
    else if (edge < 0.25) {
      // The day after the admission day: one year younger.
      const next = new Date(Date.UTC(by, am - 1, ad + 1));
      by = next.getUTCFullYear();
      bm = next.getUTCMonth() + 1;
      bd = next.getUTCDate();
      if (year - by - 1 < 18) by -= 1;
    }
    // A random birthday later in the year than the admission day leaves the person a year younger.
    while (year - by - (am < bm || (am === bm && ad < bd) ? 1 : 0) < 18) by -= 1;
    if (bm === 2 && bd === 29 && daysIn(by, 2) === 28) bd = 28;
    const occ = r() < 0.05 ? -1 : Math.floor(r() * OCC.length);
    const edu = Math.floor(r() * EDU.length);
    const qual = r() < 0.3 ? -1 : Math.floor(r() * QUAL.length);
    const title = r() < 0.9 ? -1 : Math.floor(r() * TITLES.length);
    const variant = r() < 0.5 ? 0 : 1;
    const female = r() < 0.5;
    const youth = r() < 0.6;
    const business = r() < 0.1;
    const readmitted = r() < 0.05;
    const spell = (list: ReadonlyArray<readonly string[]>, k: number): string => (k < 0 ? (r() < 0.5 ? "" : "Không") : (list[k]?.[variant] ?? ""));
    out.push({
      org: pick(r, orgs),
      chiBo: `Chi bộ ${1 + Math.floor(r() * 3)}`,
      name: `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)} ${i + 1}`,
      birth: [by, bm, bd],
      admitted: [year, am, ad],
      female,
      ethnicity: pick(r, ETHNIC),
      religion: pick(r, RELIGION),
      youth,
      occ,
      edu,
      qual,
      title,
      business,
      readmitted,
      spelling: {
        sex: female ? pick(r, ["Nữ", "nữ", "NU"]) : pick(r, ["Nam", "nam"]),
        occ: occ < 0 ? "" : (OCC[occ]?.[variant] ?? ""),
        edu: spell(EDU, edu),
        qual: spell(QUAL, qual),
        title: spell(TITLES, title),
        youth: youth ? pick(r, ["Có", "x", "có"]) : pick(r, ["Không", ""]),
        business: business ? pick(r, ["Có", "X"]) : pick(r, ["", "Không"]),
        readmitted: readmitted ? "Có" : pick(r, ["", "Không"]),
      },
    });
  }
  return out;
}

/** Whole years on a date, as a person counts their age. */
export function oracleAge(p: GenPerson): number {
  const [by, bm, bd] = p.birth;
  const [ay, am, ad] = p.admitted;
  let age = ay - by;
  if (am < bm || (am === bm && ad < bd)) age -= 1;
  return age;
}

/** Biểu 2 column (2) by row id, from the generated facts alone. */
export function oracle(persons: readonly GenPerson[], months: readonly number[]): Map<string, number | null> {
  const ps = persons.filter((p) => months.includes(p.admitted[1]));
  const n = (f: (p: GenPerson) => boolean): number => ps.filter(f).length;
  const m = new Map<string, number | null>();
  m.set("I", ps.length);
  m.set("I.women", n((p) => p.female));
  m.set("I.ethnicMinority", n((p) => p.ethnicity.trim().toLowerCase() !== "kinh"));
  m.set("I.religious", n((p) => p.religion !== "" && p.religion.toLowerCase() !== "không"));
  m.set("I.youthUnion", n((p) => p.youth));
  m.set("I.businessOwner", n((p) => p.business));
  m.set("I.familyPlanning", null);
  m.set("I.foreignMarriage", null);
  m.set("I.readmitted", n((p) => p.readmitted));
  const occIds = ["stateOfficial", "partyOfficial", "communeOfficial", "villageWorker", "publicServant", "nonPublicWorker", "enterpriseManager", "enterpriseStaff", "enterpriseWorker", "farmer", "armed", "universityStudent", "pupil", "other"];
  occIds.forEach((id, i) => m.set(`II.1.${id}`, n((p) => p.occ === i)));
  m.set("II.1.enterprise", n((p) => p.occ === 6 || p.occ === 7 || p.occ === 8));
  const bands: Array<[string, number, number]> = [
    ["18-30", 18, 30],
    ["31-35", 31, 35],
    ["36-40", 36, 40],
    ["41-45", 41, 45],
    ["46-50", 46, 50],
    ["51-55", 51, 55],
    ["56-60", 56, 60],
    ["over60", 61, 200],
  ];
  for (const [id, lo, hi] of bands) m.set(`II.2.${id}`, n((p) => oracleAge(p) >= lo && oracleAge(p) <= hi));
  m.set("II.2.mean", ps.length === 0 ? null : Math.round((ps.reduce((s, p) => s + oracleAge(p), 0) / ps.length) * 10) / 10);
  ["literate", "primary", "lowerSecondary", "upperSecondary"].forEach((id, i) => m.set(`II.3.${id}`, n((p) => p.edu === i)));
  ["vocational", "intermediate", "college", "university", "master", "doctor"].forEach((id, i) => m.set(`II.4.${id}`, n((p) => p.qual === i)));
  ["associateProfessor", "professor"].forEach((id, i) => m.set(`II.5.${id}`, n((p) => p.title === i)));
  return m;
}

export function describe(persons: readonly GenPerson[]): string {
  return persons.map((p) => JSON.stringify(p)).join("\n");
}
