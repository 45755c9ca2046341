/** Reads an .xlsx with Debian's openpyxl, a reader independent of this project, and returns what it saw as JSON. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const DUMP = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "names": {}, "title": wb.properties.title, "creator": wb.properties.creator}
for dn in wb.defined_names.definedName:
    out["names"][dn.name] = dn.attr_text
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style: continue
            cells[c.coordinate] = {
                "value": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(),
                "type": c.data_type,
                "numFmt": c.number_format,
                "bold": bool(c.font and c.font.b),
                "font": c.font.name if c.font else None,
                "fill": c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None,
                "locked": c.protection.locked,
                "border": c.border.left.style if c.border and c.border.left else None,
                "wrap": bool(c.alignment and c.alignment.wrap_text),
                "horizontal": c.alignment.horizontal if c.alignment else None,
            }
    dvs = [{"sqref": str(d.sqref), "type": d.type, "operator": d.operator, "f1": d.formula1, "f2": d.formula2, "error": d.error} for d in ws.data_validations.dataValidation]
    cfs = []
    for rng in ws.conditional_formatting:
        for rule in rng.rules:
            cfs.append({"sqref": str(rng.sqref), "type": rule.type, "operator": rule.operator, "formula": rule.formula})
    out["sheets"].append({
        "name": ws.title,
        "cells": cells,
        "merges": sorted(str(m) for m in ws.merged_cells.ranges),
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
        "freeze": ws.freeze_panes,
        "orientation": ws.page_setup.orientation,
        "paperSize": ws.page_setup.paperSize,
        "fitToWidth": ws.page_setup.fitToWidth,
        "fitToHeight": ws.page_setup.fitToHeight,
        "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "printTitleRows": ws.print_title_rows,
        "protected": ws.protection.sheet,
        "password": ws.protection.password,
        "tabColor": ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor else None,
        "validations": dvs,
        "conditional": cfs,
        "state": ws.sheet_state,
    })
print(json.dumps(out, default=str))
`;

export interface OpenpyxlCell {
  value: unknown;
  type: string;
  numFmt: string;
  bold: boolean;
  font: string | null;
  fill: string | null;
  locked: boolean;
  border: string | null;
  wrap: boolean;
  horizontal: string | null;
}

export interface OpenpyxlSheet {
  name: string;
  cells: Record<string, OpenpyxlCell>;
  merges: string[];
  widths: Record<string, number>;
  heights: Record<string, number>;
  freeze: string | null;
  orientation: string | null;
  paperSize: number | null;
  fitToWidth: number | null;
  fitToHeight: number | null;
  fitToPage: boolean | null;
  printTitleRows: string | null;
  protected: boolean;
  password: string | null;
  tabColor: string | null;
  validations: Array<{ sqref: string; type: string; operator: string | null; f1: string | null; f2: string | null; error: string | null }>;
  conditional: Array<{ sqref: string; type: string; operator: string | null; formula: string[] }>;
  state: string;
}

export interface OpenpyxlWorkbook {
  sheets: OpenpyxlSheet[];
  names: Record<string, string>;
  title: string | null;
  creator: string | null;
}

export function readWithOpenpyxl(bytes: Uint8Array): OpenpyxlWorkbook {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-openpyxl-"));
  try {
    const file = path.join(dir, "book.xlsx");
    fs.writeFileSync(file, bytes);
    const json = execFileSync("/usr/bin/python3", ["-W", "ignore", "-c", DUMP, file], { encoding: "utf8" });
    return JSON.parse(json) as OpenpyxlWorkbook;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
