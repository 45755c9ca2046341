import { decodeLegacy, encodeLegacy } from "../../src/core/text/legacy";
import { asWindows1252, iconv, utf8 } from "./iconv";

describe("TCVN3 table agrees with glibc iconv -f TCVN5712-1", () => {
  it("decodes every byte 0xA1…0xFF as iconv does", () => {
    for (let b = 0xa1; b <= 0xff; b++) {
      const bytes = Uint8Array.of(0x61, b);
      const expected = iconv(bytes, "TCVN5712-1", "UTF-8").toString("utf8").normalize("NFC");
      expect([b, decodeLegacy(asWindows1252(bytes), "tcvn3")]).toEqual([b, expected]);
    }
  });

  it("keeps U+00AD (the soft hyphen Windows-1252 shows) as ư", () => {
    expect(decodeLegacy("H\u00ADng V\u00AD\u00ACng", "tcvn3")).toBe("Hưng Vương");
  });

  it.each(["Đảng bộ xã Ka Đô", "Chi bộ Trường THPT Hùng Vương", "Đảng bộ xã Đạ Ròn", "Phát triển đảng viên năm 2025", "Chỉ tiêu kết nạp"])(
    "encodes %s to the bytes iconv produces and back",
    (name) => {
      const bytes = iconv(utf8(name), "UTF-8", "TCVN5712-1");
      expect(encodeLegacy(name, "tcvn3")).toBe(asWindows1252(bytes));
      expect(decodeLegacy(asWindows1252(bytes), "tcvn3")).toBe(name);
    },
  );

  it("reads the issue's example §¶ng bé x· Ka §«", () => {
    expect(decodeLegacy("§¶ng bé x· Ka §«", "tcvn3")).toBe("Đảng bộ xã Ka Đô");
  });

  it("writes toned capitals with the lowercase code, as .VnTime fonts have no toned capitals", () => {
    expect(encodeLegacy("ỦY", "tcvn3")).toBe(encodeLegacy("ủY", "tcvn3"));
    expect(decodeLegacy(encodeLegacy("HUYỆN ỦY", "tcvn3"), "tcvn3", { capitals: true })).toBe("HUYỆN ỦY");
  });

  it("leaves Windows-1252 quotes and dashes alone (VN3 has nothing at 0x80…0x9F)", () => {
    expect(decodeLegacy("D\u2019Ran \u2013 §¬n D\u00AD\u00ACng", "tcvn3")).toBe("D\u2019Ran \u2013 Đơn Dương");
  });
});

describe("VISCII table agrees with glibc iconv -f VISCII", () => {
  it("decodes every byte 0x80…0xFF and the six reused control bytes as iconv does", () => {
    const bytes = [...Array.from({ length: 128 }, (_, i) => 0x80 + i), 0x02, 0x05, 0x06, 0x14, 0x19, 0x1e];
    for (const b of bytes) {
      const expected = iconv(Uint8Array.of(b), "VISCII", "UTF-8").toString("utf8");
      const asExcelShowsIt = b < 0x20 ? String.fromCharCode(b) : asWindows1252(Uint8Array.of(b));
      expect([b, decodeLegacy(asExcelShowsIt, "viscii")]).toEqual([b, expected]);
      // Bytes Windows-1252 leaves undefined arrive as C1 controls.
      expect([b, decodeLegacy(String.fromCharCode(b), "viscii")]).toEqual([b, expected]);
    }
  });

  it.each(["Đảng bộ thị trấn Thạnh Mỹ", "ĐẢNG BỘ XÃ LẠC XUÂN", "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương", "Ỷ Ỹ Ỵ Ẳ Ẵ Ẫ"])(
    "encodes %s to the bytes iconv produces",
    (name) => {
      const bytes = iconv(utf8(name), "UTF-8", "VISCII");
      const expected = Array.from(bytes, (b) => (b < 0x20 ? String.fromCharCode(b) : asWindows1252(Uint8Array.of(b)))).join("");
      expect(encodeLegacy(name, "viscii")).toBe(expected);
      expect(decodeLegacy(expected, "viscii")).toBe(name);
    },
  );
});

describe("VNI-Windows", () => {
  it("reads the issue's example Ñaûng boä xaõ Ka Ñoâ", () => {
    expect(decodeLegacy("Ñaûng boä xaõ Ka Ñoâ", "vni")).toBe("Đảng bộ xã Ka Đô");
  });

  it("matches the longest code first: oâ is ô, ô alone is ơ, ôù is ớ", () => {
    expect(decodeLegacy("Ñoâ Ñôn Lôïi", "vni")).toBe("Đô Đơn Lợi");
    expect(decodeLegacy("Höng Vöông", "vni")).toBe("Hưng Vương");
  });

  it("writes capitals with capital marks and reads mixed-case marks", () => {
    expect(encodeLegacy("ĐẢNG BỘ", "vni")).toBe("ÑAÛNG BOÄ");
    expect(decodeLegacy("ÑAûNG", "vni")).toBe("ĐẢNG");
  });

  it("has single-character forms for ỉ ĩ ị ỵ đ", () => {
    expect(encodeLegacy("ỉ ĩ ị ỵ đ Đ", "vni")).toBe("æ ó ò î ñ Ñ");
    expect(decodeLegacy("Chæ tieâu", "vni")).toBe("Chỉ tiêu");
  });
});
