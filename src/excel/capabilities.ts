import type { LocalizedText } from "../core";

/**
 * Which Excel features the running Excel offers. The manifest only demands
 * ExcelApi 1.7 (see docs/DEPLOYMENT.md); everything above it is detected here
 * and degrades with a line telling the user what is missing.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.8: data validation rules, Excel.createWorkbook. */
  readonly dataValidation: boolean;
  readonly createWorkbook: boolean;
  /** ExcelApi 1.9: page layout (orientation, paper, print titles). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.11: Excel.run waits while the user is editing a cell. */
  readonly delayForCellEdit: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  readonly mergedAreas: boolean;
  /** Bilingual lines for the pane, one per missing feature. */
  readonly limitations: readonly LocalizedText[];
}

export type IsSetSupported = (name: string, version: string) => boolean;

const LINES = {
  dataValidation: {
    vi: "Excel này chưa hỗ trợ ràng buộc dữ liệu nhập (ExcelApi 1.8): mẫu báo cáo không chặn số sai.",
    en: "This Excel lacks data validation (ExcelApi 1.8): report templates do not block wrong numbers.",
  },
  createWorkbook: {
    vi: "Excel này không tạo được sổ làm việc mới (ExcelApi 1.8): mẫu báo cáo được thêm thành các trang tính trong sổ này.",
    en: "This Excel cannot create new workbooks (ExcelApi 1.8): report templates are added as sheets in this workbook.",
  },
  pageLayout: {
    vi: "Excel này chưa hỗ trợ thiết lập trang in (ExcelApi 1.9): hãy tự chọn khổ A4 khi in.",
    en: "This Excel lacks page layout (ExcelApi 1.9): choose A4 yourself when printing.",
  },
  delayForCellEdit: {
    vi: "Hãy thoát chế độ sửa ô (Enter hoặc Esc) trước khi bấm nút.",
    en: "Leave cell editing (Enter or Esc) before pressing a button.",
  },
  mergedAreas: {
    vi: "Excel này không cho biết ô gộp (ExcelApi 1.13); bảng vẫn được nhận dạng theo tiêu đề.",
    en: "This Excel does not report merged cells (ExcelApi 1.13); tables are still found by their headers.",
  },
} as const satisfies Record<string, LocalizedText>;

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (v: string): boolean => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  const v18 = has("1.8");
  const features = {
    dataValidation: v18,
    createWorkbook: v18,
    pageLayout: has("1.9"),
    delayForCellEdit: has("1.11"),
    mergedAreas: has("1.13"),
  };
  const limitations = (Object.keys(features) as Array<keyof typeof features>).filter((k) => !features[k]).map((k) => LINES[k]);
  return { ...features, limitations };
}
