/**
 * The findings sheet exactly as the engine lays it out, in Vietnamese with the progress notes
 * and in English without them, for a March 2025 consolidation holding an unknown organisation
 * and an unreadable month: every heading and finding cell (value, font, fill, wrap) and the
 * sheet around them. A changed word, column, style or range fails in process.
 */
import { findingsSheetSpec } from "../../src/core/reports/findings-spec";
import { progressNotes } from "../../src/core/reports/progress-spec";
import type { CellStyle, SheetSpec } from "../../src/core/sheet-spec";
import { marchResult, silentDecember, split } from "./seed-march-consolidation";

const VI_S0: CellStyle = {font: {name: "Times New Roman", size: 14, bold: true}, horizontal: "center"};
const VI_S1: CellStyle = {font: {name: "Times New Roman", size: 12, italic: true}, horizontal: "center"};
const VI_S2: CellStyle = {font: {name: "Times New Roman", size: 11, bold: true}, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true};
const VI_S3: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, horizontal: "center", vertical: "middle", numFmt: "0"};
const VI_S4: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: true, horizontal: "center"};
const VI_S5: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: true};
const VI_S6: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: false};
const VI_S7: CellStyle = {font: {name: "Times New Roman", size: 12, bold: true}};
const VI_S8: CellStyle = {font: {name: "Times New Roman", size: 12}, wrap: true, vertical: "top"};
const VI_ROWS: SheetSpec["rows"] = [
  [{ value: "KẾT QUẢ KIỂM TRA BÁO CÁO ĐẾN HẾT THÁNG 3/2025", style: VI_S0 }, null, null, null, null],
  [{ value: "1 lỗi, 1 cảnh báo, 13 thông tin", style: VI_S1 }, null, null, null, null],
  [null, null, null, null, null],
  [{ value: "STT", style: VI_S2 }, { value: "Mức độ", style: VI_S2 }, { value: "Nguồn (tệp › trang › ô)", style: VI_S2 }, { value: "Nội dung", style: VI_S2 }, { value: "Mã", style: VI_S2 }],
  [{ value: 1, style: VI_S3 }, { value: "Lỗi", style: VI_S4 }, { value: "Nhật ký › B7", style: VI_S5 }, { value: "Không đọc được tháng \"13/2025\" của \"Đảng bộ xã Tu Tra\": dòng này không được tính. Ghi tháng như 5/2025, 2025-05 hoặc T5/2025.", style: VI_S5 }, { value: "SUBMISSION_PERIOD_INVALID", style: VI_S6 }],
  [{ value: 2, style: VI_S3 }, { value: "Cảnh báo", style: VI_S4 }, { value: "Nhật ký › A6", style: VI_S5 }, { value: "\"Đảng bộ xã Mới\" không có trong bảng phân bổ. Số liệu vẫn được cộng vào tổng ở mục \"Tổ chức khác\"; nếu là cùng một tổ chức, hãy thêm bí danh.", style: VI_S5 }, { value: "SUBMISSION_UNKNOWN_ORGANIZATION", style: VI_S6 }],
  [{ value: 3, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B6", style: VI_S5 }, { value: "\"Đảng bộ thị trấn Thạnh Mỹ\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 4, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B7", style: VI_S5 }, { value: "\"Đảng bộ thị trấn D’Ran\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 5, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B8", style: VI_S5 }, { value: "\"Đảng bộ xã Đạ Ròn\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 6, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B9", style: VI_S5 }, { value: "\"Đảng bộ xã Ka Đô\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 7, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B10", style: VI_S5 }, { value: "\"Đảng bộ xã Ka Đơn\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 8, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B11", style: VI_S5 }, { value: "\"Đảng bộ xã Lạc Lâm\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 9, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B12", style: VI_S5 }, { value: "\"Đảng bộ xã Lạc Xuân\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 10, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B13", style: VI_S5 }, { value: "\"Đảng bộ xã Quảng Lập\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 11, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B14", style: VI_S5 }, { value: "\"Đảng bộ xã Tu Tra\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 12, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B15", style: VI_S5 }, { value: "\"Chi bộ Trường THPT Đơn Dương\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 13, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B16", style: VI_S5 }, { value: "\"Chi bộ Trường THPT Hùng Vương\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 14, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B17", style: VI_S5 }, { value: "\"Chi bộ Trường THPT Lê Lợi\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [{ value: 15, style: VI_S3 }, { value: "Thông tin", style: VI_S4 }, { value: "Phân bổ › B19", style: VI_S5 }, { value: "\"Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương\" chưa nộp báo cáo tháng 3/2025.", style: VI_S5 }, { value: "SUBMISSION_MISSING", style: VI_S6 }],
  [null, null, null, null, null],
  [{ value: "Ghi chú cho người lập báo cáo (không in trên trang tổng hợp):", style: VI_S7 }, null, null, null, null],
  [{ value: "– Ở dòng TỔNG CỘNG, Tỷ lệ % = lũy kế (gồm cả tổ chức ngoài bảng phân bổ) ÷ tổng chỉ tiêu phân bổ; Còn lại = tổng chỉ tiêu phân bổ − lũy kế. Dòng Mục tiêu so với mục tiêu của kế hoạch.", style: VI_S8 }, null, null, null, null],
];
const VI_REST: Omit<SheetSpec, "rows"> = {name: "Kiểm tra T03-2025", role: "findings", columns: [{width: 5}, {width: 11}, {width: 36}, {width: 90}, {width: 34, hidden: true}], rowHeights: {"4": 34, "5": 34, "6": 19, "7": 19, "8": 19, "9": 19, "10": 19, "11": 19, "12": 19, "13": 19, "14": 19, "15": 19, "16": 19, "17": 19, "18": 19, "21": 34}, merges: [{top: 0, left: 0, bottom: 0, right: 4}, {top: 1, left: 0, bottom: 1, right: 4}, {top: 20, left: 0, bottom: 20, right: 3}, {top: 21, left: 0, bottom: 21, right: 3}], conditionalFormats: [{kind: "textEquals", range: {top: 4, left: 1, bottom: 18, right: 1}, text: "Lỗi", style: {fill: "#FFC7CE", fontColor: "#9C0006", bold: true}}, {kind: "textEquals", range: {top: 4, left: 1, bottom: 18, right: 1}, text: "Cảnh báo", style: {fill: "#FFEB9C", fontColor: "#9C5700"}}], freeze: {rows: 4, columns: 0}, print: {orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: {first: 3, last: 3}, margins: {top: 0.7874015748031497, bottom: 0.7874015748031497, left: 1.1811023622047245, right: 0.5905511811023623}}};

const EN_S0: CellStyle = {font: {name: "Times New Roman", size: 14, bold: true}, horizontal: "center"};
const EN_S1: CellStyle = {font: {name: "Times New Roman", size: 12, italic: true}, horizontal: "center"};
const EN_S2: CellStyle = {font: {name: "Times New Roman", size: 11, bold: true}, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true};
const EN_S3: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, horizontal: "center", vertical: "middle", numFmt: "0"};
const EN_S4: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: true, horizontal: "center"};
const EN_S5: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: true};
const EN_S6: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: false};
const EN_ROWS: SheetSpec["rows"] = [
  [{ value: "REPORT CHECK THROUGH 3/2025", style: EN_S0 }, null, null, null, null],
  [{ value: "1 errors, 1 warnings, 13 notes", style: EN_S1 }, null, null, null, null],
  [null, null, null, null, null],
  [{ value: "No.", style: EN_S2 }, { value: "Severity", style: EN_S2 }, { value: "Source (file › sheet › cell)", style: EN_S2 }, { value: "Message", style: EN_S2 }, { value: "Code", style: EN_S2 }],
  [{ value: 1, style: EN_S3 }, { value: "Error", style: EN_S4 }, { value: "Nhật ký › B7", style: EN_S5 }, { value: "Cannot read the month \"13/2025\" of \"Đảng bộ xã Tu Tra\": the row is not counted. Write the month as 5/2025, 2025-05 or T5/2025.", style: EN_S5 }, { value: "SUBMISSION_PERIOD_INVALID", style: EN_S6 }],
  [{ value: 2, style: EN_S3 }, { value: "Warning", style: EN_S4 }, { value: "Nhật ký › A6", style: EN_S5 }, { value: "\"Đảng bộ xã Mới\" is not in the allocation table. Its figures still count toward the total under \"others\"; if it is the same organisation, add an alias.", style: EN_S5 }, { value: "SUBMISSION_UNKNOWN_ORGANIZATION", style: EN_S6 }],
  [{ value: 3, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B6", style: EN_S5 }, { value: "\"Đảng bộ thị trấn Thạnh Mỹ\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 4, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B7", style: EN_S5 }, { value: "\"Đảng bộ thị trấn D’Ran\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 5, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B8", style: EN_S5 }, { value: "\"Đảng bộ xã Đạ Ròn\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 6, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B9", style: EN_S5 }, { value: "\"Đảng bộ xã Ka Đô\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 7, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B10", style: EN_S5 }, { value: "\"Đảng bộ xã Ka Đơn\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 8, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B11", style: EN_S5 }, { value: "\"Đảng bộ xã Lạc Lâm\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 9, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B12", style: EN_S5 }, { value: "\"Đảng bộ xã Lạc Xuân\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 10, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B13", style: EN_S5 }, { value: "\"Đảng bộ xã Quảng Lập\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 11, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B14", style: EN_S5 }, { value: "\"Đảng bộ xã Tu Tra\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 12, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B15", style: EN_S5 }, { value: "\"Chi bộ Trường THPT Đơn Dương\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 13, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B16", style: EN_S5 }, { value: "\"Chi bộ Trường THPT Hùng Vương\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 14, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B17", style: EN_S5 }, { value: "\"Chi bộ Trường THPT Lê Lợi\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
  [{ value: 15, style: EN_S3 }, { value: "Info", style: EN_S4 }, { value: "Phân bổ › B19", style: EN_S5 }, { value: "\"Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương\" has not reported for March 2025.", style: EN_S5 }, { value: "SUBMISSION_MISSING", style: EN_S6 }],
];
const EN_REST: Omit<SheetSpec, "rows"> = {name: "Kiểm tra T03-2025", role: "findings", columns: [{width: 5}, {width: 11}, {width: 36}, {width: 90}, {width: 34, hidden: true}], rowHeights: {"4": 34, "5": 34, "6": 19, "7": 19, "8": 19, "9": 19, "10": 19, "11": 19, "12": 19, "13": 19, "14": 19, "15": 19, "16": 19, "17": 19, "18": 19}, merges: [{top: 0, left: 0, bottom: 0, right: 4}, {top: 1, left: 0, bottom: 1, right: 4}], conditionalFormats: [{kind: "textEquals", range: {top: 4, left: 1, bottom: 18, right: 1}, text: "Error", style: {fill: "#FFC7CE", fontColor: "#9C0006", bold: true}}, {kind: "textEquals", range: {top: 4, left: 1, bottom: 18, right: 1}, text: "Warning", style: {fill: "#FFEB9C", fontColor: "#9C5700"}}], freeze: {rows: 4, columns: 0}, print: {orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: {first: 3, last: 3}, margins: {top: 0.7874015748031497, bottom: 0.7874015748031497, left: 1.1811023622047245, right: 0.5905511811023623}}};

const NONE_VI_S0: CellStyle = {font: {name: "Times New Roman", size: 14, bold: true}, horizontal: "center"};
const NONE_VI_S1: CellStyle = {font: {name: "Times New Roman", size: 12, italic: true}, horizontal: "center"};
const NONE_VI_S2: CellStyle = {font: {name: "Times New Roman", size: 11, bold: true}, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true};
const NONE_VI_S3: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: true};
const NONE_VI_ROWS: SheetSpec["rows"] = [
  [{ value: "KẾT QUẢ KIỂM TRA BÁO CÁO ĐẾN HẾT THÁNG 12/2025", style: NONE_VI_S0 }, null, null, null, null],
  [{ value: "0 lỗi, 0 cảnh báo, 0 thông tin", style: NONE_VI_S1 }, null, null, null, null],
  [null, null, null, null, null],
  [{ value: "STT", style: NONE_VI_S2 }, { value: "Mức độ", style: NONE_VI_S2 }, { value: "Nguồn (tệp › trang › ô)", style: NONE_VI_S2 }, { value: "Nội dung", style: NONE_VI_S2 }, { value: "Mã", style: NONE_VI_S2 }],
  [{ value: "Không có vấn đề nào.", style: NONE_VI_S3 }, null, null, null, null],
];
const NONE_VI_REST: Omit<SheetSpec, "rows"> = {name: "Kiểm tra T12-2025", role: "findings", columns: [{width: 5}, {width: 11}, {width: 36}, {width: 90}, {width: 34, hidden: true}], rowHeights: {}, merges: [{top: 0, left: 0, bottom: 0, right: 4}, {top: 1, left: 0, bottom: 1, right: 4}, {top: 4, left: 0, bottom: 4, right: 4}], conditionalFormats: [], freeze: {rows: 4, columns: 0}, print: {orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: {first: 3, last: 3}, margins: {top: 0.7874015748031497, bottom: 0.7874015748031497, left: 1.1811023622047245, right: 0.5905511811023623}}};

const NONE_EN_S0: CellStyle = {font: {name: "Times New Roman", size: 14, bold: true}, horizontal: "center"};
const NONE_EN_S1: CellStyle = {font: {name: "Times New Roman", size: 12, italic: true}, horizontal: "center"};
const NONE_EN_S2: CellStyle = {font: {name: "Times New Roman", size: 11, bold: true}, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true};
const NONE_EN_S3: CellStyle = {font: {name: "Times New Roman", size: 12}, border: true, vertical: "middle", wrap: true};
const NONE_EN_S4: CellStyle = {font: {name: "Times New Roman", size: 12, bold: true}};
const NONE_EN_S5: CellStyle = {font: {name: "Times New Roman", size: 12}, wrap: true, vertical: "top"};
const NONE_EN_ROWS: SheetSpec["rows"] = [
  [{ value: "REPORT CHECK THROUGH 12/2025", style: NONE_EN_S0 }, null, null, null, null],
  [{ value: "0 errors, 0 warnings, 0 notes", style: NONE_EN_S1 }, null, null, null, null],
  [null, null, null, null, null],
  [{ value: "No.", style: NONE_EN_S2 }, { value: "Severity", style: NONE_EN_S2 }, { value: "Source (file › sheet › cell)", style: NONE_EN_S2 }, { value: "Message", style: NONE_EN_S2 }, { value: "Code", style: NONE_EN_S2 }],
  [{ value: "No problems found.", style: NONE_EN_S3 }, null, null, null, null],
  [null, null, null, null, null],
  [{ value: "Notes for the report's author (not printed on the progress sheet):", style: NONE_EN_S4 }, null, null, null, null],
  [{ value: "– Ở dòng TỔNG CỘNG, Tỷ lệ % = lũy kế (gồm cả tổ chức ngoài bảng phân bổ) ÷ tổng chỉ tiêu phân bổ; Còn lại = tổng chỉ tiêu phân bổ − lũy kế. Dòng Mục tiêu so với mục tiêu của kế hoạch.", style: NONE_EN_S5 }, null, null, null, null],
  [{ value: "– Chưa nhập mục tiêu của kế hoạch (số đảng viên kết nạp trong năm): trang tổng hợp không có dòng Mục tiêu.", style: NONE_EN_S5 }, null, null, null, null],
];
const NONE_EN_REST: Omit<SheetSpec, "rows"> = {name: "Kiểm tra T12-2025", role: "findings", columns: [{width: 5}, {width: 11}, {width: 36}, {width: 90}, {width: 34, hidden: true}], rowHeights: {"7": 34, "8": 19}, merges: [{top: 0, left: 0, bottom: 0, right: 4}, {top: 1, left: 0, bottom: 1, right: 4}, {top: 4, left: 0, bottom: 4, right: 4}, {top: 6, left: 0, bottom: 6, right: 3}, {top: 7, left: 0, bottom: 7, right: 3}, {top: 8, left: 0, bottom: 8, right: 3}], conditionalFormats: [], freeze: {rows: 4, columns: 0}, print: {orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: {first: 3, last: 3}, margins: {top: 0.7874015748031497, bottom: 0.7874015748031497, left: 1.1811023622047245, right: 0.5905511811023623}}};

describe("the findings sheet, cell by cell", () => {
  it("lists the findings of March 2025 in Vietnamese under the progress notes", () => {
    const r = marchResult();
    const s = split(findingsSheetSpec(r, "vi", progressNotes(r)));
    expect(s.rows).toStrictEqual(VI_ROWS);
    expect(s.rest).toStrictEqual(VI_REST);
  });

  it("lists the same findings in English when no notes are given", () => {
    const s = split(findingsSheetSpec(marchResult(), "en"));
    expect(s.rows).toStrictEqual(EN_ROWS);
    expect(s.rest).toStrictEqual(EN_REST);
  });

  it("says there is no problem, in Vietnamese", () => {
    const s = split(findingsSheetSpec({ ...silentDecember(), findings: [] }, "vi"));
    expect(s.rows).toStrictEqual(NONE_VI_ROWS);
    expect(s.rest).toStrictEqual(NONE_VI_REST);
  });

  it("says there is no problem in English, above the notes in English", () => {
    const r = silentDecember();
    const s = split(findingsSheetSpec({ ...r, findings: [] }, "en", progressNotes(r)));
    expect(s.rows).toStrictEqual(NONE_EN_ROWS);
    expect(s.rest).toStrictEqual(NONE_EN_REST);
  });
});
