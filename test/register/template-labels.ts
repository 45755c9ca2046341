/**
 * The column labels of the register template "Danh sách kết nạp", in order
 * (A to P): what registerSheetSpec must write and what readRegister must
 * recognise. Stated once for both sides' tests, by hand, as the contract.
 */
export const TEMPLATE_LABELS = [
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Dân tộc",
  "Tôn giáo",
  "Đoàn viên (Có/Không)",
  "Nghề nghiệp",
  "Trình độ GDPT",
  "Chuyên môn",
  "Học hàm",
  "Chủ DN tư nhân (Có/Không)",
  "Kết nạp lại (Có/Không)",
  "Ngày kết nạp",
  "Chi bộ",
  "Ghi chú",
  "Ngày công nhận chính thức",
] as const;
