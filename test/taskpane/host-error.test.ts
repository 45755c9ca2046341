/** Host errors have a declared type: the pane recognises them by it, not by their shape. */
import { HostError, isHostError } from "../../src/host";
import { ExcelHostError, toHostError } from "../../src/excel/office-errors";
import { describeError } from "../../src/taskpane/progress";

const TEXT = { vi: "Trang tính đang bị khóa.", en: "The sheet is protected." };

describe("host errors", () => {
  test("the pane shows a host error in its own language only", () => {
    const e = new HostError(TEXT, "AccessDenied", "excel");
    expect(isHostError(e)).toBe(true);
    expect(describeError(e, "en")).toBe("The sheet is protected.");
    expect(describeError(e, "vi")).toBe("Trang tính đang bị khóa.");
  });

  test("an Office rejection becomes an Excel HostError that keeps its code and the original error as cause", () => {
    const office = Object.assign(new Error("AccessDenied"), { code: "AccessDenied" });
    const e = toHostError(office);
    expect(e).toBeInstanceOf(ExcelHostError);
    expect(isHostError(e)).toBe(true);
    expect({ code: e.code, host: e.host, cause: e.cause }).toEqual({ code: "AccessDenied", host: "excel", cause: office });
    expect(toHostError(e)).toBe(e);
  });

  test("an object that merely looks like one (a text pair) is not taken for a host error", () => {
    const lookalike = Object.assign(new Error("raw message"), { text: TEXT, code: "AccessDenied" });
    expect(isHostError(lookalike)).toBe(false);
    expect(describeError(lookalike, "en")).toBe("raw message");
  });

  test("a host error from a second copy of the module (another bundle) is still recognised", () => {
    let Other: typeof HostError | undefined;
    jest.isolateModules(() => {
      Other = (jest.requireActual("../../src/host/errors") as { HostError: typeof HostError }).HostError;
    });
    expect(Other).toBeDefined();
    expect(Other).not.toBe(HostError);
    const e = new Other!(TEXT, "FILE_UNREADABLE", "browser");
    expect(e instanceof HostError).toBe(false);
    expect(isHostError(e)).toBe(true);
    expect(describeError(e, "en")).toBe("The sheet is protected.");
  });
});
