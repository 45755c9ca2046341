/**
 * Rules of legacy-encoding detection that comments state and mutation testing
 * showed no test pinned: a decoding needs twice as many valid syllables as
 * invalid ones, and a tie between legacy and Unicode fonts goes to the font.
 */
import { detectByContent, detectEncoding, encodeLegacy } from "../../src/core/text/legacy";

const valid = encodeLegacy("đảng", "tcvn3");
const invalid = encodeLegacy("đxyz", "tcvn3");

describe("content detection needs two valid syllables for each invalid one", () => {
  it("accepts TCVN3 at exactly two valid words to one invalid", () => {
    expect(detectByContent([`${valid} ${valid} ${invalid}`])).toBe("tcvn3");
  });

  it("refuses it at one valid word to one invalid, and at three to two", () => {
    expect(detectByContent([`${valid} ${invalid}`])).toBeNull();
    expect(detectByContent([`${valid} ${valid} ${valid} ${invalid} ${invalid}`])).toBeNull();
  });

  it("counts words across all the cells, not cell by cell", () => {
    expect(detectByContent([valid, valid, invalid])).toBe("tcvn3");
    expect(detectByContent([valid, invalid])).toBeNull();
  });

  it("ignores Unicode Vietnamese and plain ASCII cells as evidence", () => {
    expect(detectByContent(["Đảng bộ xã Ka Đô", "Ka Do", valid, valid, invalid])).toBe("tcvn3");
    expect(detectByContent(["Đảng bộ xã Ka Đô", "Ka Do"])).toBeNull();
  });
});

describe("verdicts kept for repeated texts", () => {
  it("answers a list asked again as the first time, and lists whose texts run together each by their own cells", () => {
    const apart = [valid, valid, invalid];
    const together = [`${valid}${valid}`, invalid];
    expect([detectByContent(apart), detectByContent(together), detectByContent(apart), detectByContent(together)]).toEqual(["tcvn3", null, "tcvn3", null]);
  });
});

describe("fonts decide before content", () => {
  const garbled = "\u00AA\u00AB\u00AC"; // decodes to nothing Vietnamese in any encoding

  it("lets a legacy font win a tie against Unicode fonts", () => {
    expect(detectByContent([garbled, garbled])).toBeNull();
    expect(detectEncoding([{ text: garbled, font: ".VnTime" }, { text: garbled, font: "Times New Roman" }])).toBe("tcvn3");
    expect(detectEncoding([{ text: garbled, font: "VNI-Times" }, { text: garbled, font: "Arial" }])).toBe("vni");
  });

  it("lets content decide when Unicode fonts outnumber the legacy one", () => {
    expect(detectEncoding([{ text: garbled, font: ".VnTime" }, { text: garbled, font: "Times New Roman" }, { text: garbled, font: "Arial" }])).toBeNull();
  });

  it("takes the legacy font with most cells, the first one on a tie", () => {
    expect(detectEncoding([{ text: garbled, font: "VNI-Times" }, { text: garbled, font: ".VnTime" }, { text: garbled, font: ".VnArial" }])).toBe("tcvn3");
    expect(detectEncoding([{ text: garbled, font: "VNI-Times" }, { text: garbled, font: ".VnTime" }])).toBe("vni");
    expect(detectEncoding([{ text: garbled, font: ".VnTime" }, { text: garbled, font: "VNI-Times" }])).toBe("tcvn3");
  });

  it("does not count fonts of cells that are Unicode Vietnamese or plain ASCII", () => {
    expect(detectEncoding([{ text: "Đảng bộ", font: "Arial" }, { text: "Ka Do", font: "Arial" }, { text: garbled, font: ".VnTime" }])).toBe("tcvn3");
  });
});

describe("font names", () => {
  it("reads .VnTime-style and VNI- fonts whatever their case and surrounding spaces", () => {
    expect(detectEncoding([{ text: garbled(), font: "  .vntimeH " }])).toBe("tcvn3");
    expect(detectEncoding([{ text: garbled(), font: "vni times" }])).toBe("vni");
    expect(detectEncoding([{ text: garbled(), font: "VNI_Times" }])).toBe("vni");
    expect(detectEncoding([{ text: garbled(), font: "VNITimes" }])).toBeNull();
  });
});

function garbled(): string {
  return "\u00AA\u00AB\u00AC";
}
