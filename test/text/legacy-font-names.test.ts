/**
 * The encoding a cell's font name announces, and which TCVN3 fonts draw capitals:
 * the host hands the names over as Excel stores them, in any case and spacing.
 */
import { encodingOfFont, isCapitalsFont } from "../../src/core/text/legacy";

describe("encodingOfFont", () => {
  it.each([
    [".VnTime", "tcvn3"],
    [".VnTimeH", "tcvn3"],
    [".VnArial", "tcvn3"],
    ["  .vntime  ", "tcvn3"],
    [".VN", "tcvn3"],
    ["VNI-Times", "vni"],
    ["vni-helve", "vni"],
    ["  VNI-Times", "vni"],
    ["VNI_Times", "vni"],
    ["VNI Times", "vni"],
    ["VNI\u00A0Times", "vni"],
  ] as const)("%j announces %s", (font, encoding) => {
    expect(encodingOfFont(font)).toBe(encoding);
  });

  it.each([
    ["Times New Roman"],
    ["Arial"],
    ["Abc-Font"],
    ["Sub_Title"],
    ["VNITimes"],
    ["VNI"],
    ["VN Times"],
    ["Times.Vn"],
    ["Font-VNI"],
    [""],
  ])("%j announces nothing", (font) => {
    expect(encodingOfFont(font)).toBeNull();
  });

  it("announces nothing for a cell whose font the host does not know", () => {
    expect(encodingOfFont(undefined)).toBeNull();
  });
});

describe("isCapitalsFont", () => {
  it.each([".VnTimeH", ".VnArialH", ".vnarialh", "  .VnTimeH  ", ".VnH"])("%j draws capitals", (font) => {
    expect(isCapitalsFont(font)).toBe(true);
  });

  it.each([
    [".VnTime", "no H at the end"],
    ["ArialH", "not a TCVN3 font"],
    ["VNI-TimesH", "a VNI font"],
    [".VnTime h", "a separate word h is not the H of a capitals font"],
    [".Vn\u00A0TimeH", "a no-break space inside the name"],
    ["", "no name"],
  ])("%j does not (%s)", (font) => {
    expect(isCapitalsFont(font)).toBe(false);
  });

  it("is false when the host does not know the font", () => {
    expect(isCapitalsFont(undefined)).toBe(false);
  });
});
