import { InvalidArgumentError, InvariantError, PtdvError, isPtdvError } from "../../src/core/errors";

describe("programmer errors", () => {
  it("name themselves after their class and keep their message", () => {
    const bad = new InvalidArgumentError("column out of range: -1");
    expect(bad.name).toBe("InvalidArgumentError");
    expect(bad.message).toBe("column out of range: -1");
    expect(bad).toBeInstanceOf(PtdvError);
    expect(bad).toBeInstanceOf(Error);
    expect(String(bad)).toBe("InvalidArgumentError: column out of range: -1");

    const broken = new InvariantError("rows out of order");
    expect(broken.name).toBe("InvariantError");
    expect(broken).toBeInstanceOf(PtdvError);
    expect(broken).not.toBeInstanceOf(InvalidArgumentError);

    expect(new PtdvError("x").name).toBe("PtdvError");
  });

  it("are told apart from other thrown values", () => {
    expect(isPtdvError(new InvalidArgumentError("a"))).toBe(true);
    expect(isPtdvError(new InvariantError("b"))).toBe(true);
    expect(isPtdvError(new PtdvError("c"))).toBe(true);
    expect(isPtdvError(new Error("d"))).toBe(false);
    expect(isPtdvError(new TypeError("e"))).toBe(false);
    expect(isPtdvError({ name: "InvalidArgumentError", message: "f" })).toBe(false);
    expect(isPtdvError("InvalidArgumentError")).toBe(false);
    expect(isPtdvError(undefined)).toBe(false);
    expect(isPtdvError(null)).toBe(false);
  });
});
