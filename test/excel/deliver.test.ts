import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import JSZip from "jszip";
import { combineTemplateBooks, deliverAsOneWorkbook, withoutCommonPrefix } from "../../src/excel/deliver";
import { scopeWorkbookXml } from "../../src/excel/scope-names";
import type { WorkbookSpec } from "../../src/core/sheet-spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readWorkbook } from "../../src/xlsx/read-workbook";

const template = (org: string): WorkbookSpec => ({
  fileName: `Mẫu báo cáo 2025 - ${org}.xlsx`,
  sheets: [
    {
      name: "Báo cáo 2025",
      role: "template",
      rows: [[{ value: "Tổ chức" }, { value: org }], [{ value: "T1" }, { value: 0 }]],
      definedNames: { PTDV_ORG_NAME: { top: 0, left: 1, bottom: 0, right: 1 }, PTDV_INPUTS: { top: 1, left: 1, bottom: 1, right: 1 } },
    },
  ],
});

const ORGS = ["Đảng bộ xã Ka Đô", "Đảng bộ xã Ka Đơn", "Chi bộ Trường THPT Đơn Dương"];

describe("delivering report templates as one workbook", () => {
  it("puts every organisation in one workbook whose sheets each keep the template's names, scoped to the sheet", async () => {
    const created: string[] = [];
    const result = await deliverAsOneWorkbook(ORGS.map(template), writeWorkbook, async (b64) => void created.push(b64));
    expect(created).toHaveLength(1);
    expect(result.written).toEqual(["Đảng bộ xã Ka Đô", "Đảng bộ xã Ka Đơn", "Chi bộ Trường THPT Đơn Dương"]);
    expect(result.notes[0]?.en).toMatch(/one new workbook with 3 templates/);
    const bytes = new Uint8Array(Buffer.from(created[0]!, "base64"));

    // The engine's own reader attaches each sheet's names to that sheet.
    const read = await readWorkbook(bytes, "Mẫu báo cáo PTĐV.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.grids.map((g) => [g.name, g.definedNames])).toEqual(
      result.written.map((name) => [name, { PTDV_ORG_NAME: { top: 0, left: 1, bottom: 0, right: 1 }, PTDV_INPUTS: { top: 1, left: 1, bottom: 1, right: 1 } }]),
    );

    // Another program (openpyxl) sees sheet-level names, the way Excel stores them.
    const dir = mkdtempSync(path.join(tmpdir(), "ptdv-deliver-"));
    const file = path.join(dir, "all.xlsx");
    writeFileSync(file, bytes);
    const script = [
      "import sys, json, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "if hasattr(wb.worksheets[0], 'defined_names'):",
      "    local = [[ws.title, sorted([n, d.attr_text] for n, d in ws.defined_names.items())] for ws in wb.worksheets]",
      "    glob = sorted(wb.defined_names.keys())",
      "else:",
      "    names = wb.defined_names.definedName",
      "    local = [[ws.title, sorted([d.name, d.attr_text] for d in names if d.localSheetId == i)] for i, ws in enumerate(wb.worksheets)]",
      "    glob = sorted(d.name for d in names if d.localSheetId is None)",
      "print(json.dumps(local + [glob], ensure_ascii=False))",
    ].join("\n");
    const out = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" })) as unknown[];
    expect(out.at(-1)).toEqual([]);
    expect(out[1]).toEqual(["Đảng bộ xã Ka Đơn", [["PTDV_INPUTS", "'Đảng bộ xã Ka Đơn'!$B$2"], ["PTDV_ORG_NAME", "'Đảng bộ xã Ka Đơn'!$B$1"]]]);
  });

  it("marks names per sheet position and turns only marked names into sheet-level ones", () => {
    const combined = combineTemplateBooks(ORGS.slice(0, 2).map(template));
    expect(Object.keys(combined.sheets[1]?.definedNames ?? {})).toEqual(["PTDV_ORG_NAME__PTDVSHEET1", "PTDV_INPUTS__PTDVSHEET1"]);
    const xml = `<definedNames><definedName name="PTDV_INPUTS__PTDVSHEET1">'A'!$B$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'B'!$1:$1</definedName></definedNames>`;
    expect(scopeWorkbookXml(xml)).toBe(
      `<definedNames><definedName name="PTDV_INPUTS" localSheetId="1">'A'!$B$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'B'!$1:$1</definedName></definedNames>`,
    );
  });

  it("names each sheet by what tells the organisations apart", () => {
    expect(withoutCommonPrefix(["Mẫu 2025 - Xã Ka Đô", "Mẫu 2025 - Xã Ka Đơn"])).toEqual(["Xã Ka Đô", "Xã Ka Đơn"]);
    expect(withoutCommonPrefix(["Mẫu 2025 - Xã Ka Đô", "Mẫu 2025 - Xã Ka Đô"])).toEqual(["Xã Ka Đô", "Xã Ka Đô"]);
    expect(withoutCommonPrefix(["Báo cáo", "Báo cáo tháng"])).toEqual(["Báo cáo", "Báo cáo tháng"]);
    expect(withoutCommonPrefix(["Chỉ một"])).toEqual(["Chỉ một"]);
  });

  it("writes a workbook without names unchanged", async () => {
    const plain: WorkbookSpec = { fileName: "x.xlsx", sheets: [{ name: "A", role: "template", rows: [[{ value: 1 }]] }] };
    const created: string[] = [];
    await deliverAsOneWorkbook([plain], async () => new Uint8Array([1, 2, 3]), async (b64) => void created.push(b64));
    expect(created).toEqual([Buffer.from([1, 2, 3]).toString("base64")]);
  });

  it("leaves no marked name in the delivered workbook's XML: every template name is sheet-level, none global", async () => {
    const created: string[] = [];
    await deliverAsOneWorkbook(ORGS.slice(0, 2).map(template), writeWorkbook, async (b64) => void created.push(b64));
    const zip = await JSZip.loadAsync(Buffer.from(created[0]!, "base64"));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const names = Array.from(xml.matchAll(/<definedName name="([^"]+)"( localSheetId="(\d+)")?/g), (m) => [m[1], m[3] ?? null]);
    expect(xml).not.toContain("__PTDVSHEET");
    expect(names.sort()).toEqual([["PTDV_INPUTS", "0"], ["PTDV_INPUTS", "1"], ["PTDV_ORG_NAME", "0"], ["PTDV_ORG_NAME", "1"]]);
  });
});
