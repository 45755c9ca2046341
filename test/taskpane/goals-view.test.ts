/**
 * @jest-environment jsdom
 */
/**
 * The views of issues #12 and #14 in the pane over a fake Excel host: goal
 * lines and clickable rows after Tổng hợp, the person-list check box off by
 * default with its privacy line, probation by as-of date, names shown as text.
 */
import { host } from "./goal-inputs";
import { mountPane, q, settle, waitFor } from "./fake-host";

async function consolidatedPane(firstName?: string) {
  const h = host(firstName);
  const root = await mountPane(h);
  q<HTMLButtonElement>(root, "#tab-consolidate").click();
  await waitFor(() => root.querySelectorAll("[data-testid=source-sheet]").length === 3, "three sources");
  q<HTMLButtonElement>(root, "#consolidate-run").click();
  await waitFor(() => root.querySelector("[data-testid=branch-goal-line], [role=alert]"), "goal lines");
  await settle();
  return { h, root };
}

describe("chi bộ goals and probation in the pane", () => {
  test("shows both goal lines and a row under the minimum that selects its cell", async () => {
    const { h, root } = await consolidatedPane();
    expect(Array.from(root.querySelectorAll("[data-testid=branch-goal-line]")).map((e) => e.textContent)).toEqual([
      "Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)",
      "Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2",
    ]);
    const rows = root.querySelectorAll<HTMLButtonElement>("button[data-testid=branch-no-admission]");
    expect(Array.from(rows).map((r) => r.textContent?.split(" — ")[1])).toEqual(["Chi bộ thôn Ka Đô Mới", "Chi bộ tổ dân phố 3", "Chi bộ trường THCS Ka Đô"]);
    q<HTMLButtonElement>(root, "button[data-testid=branch-under]").click();
    await settle();
    expect(h.callsOf("selectCell")).toEqual([[{ name: "Danh sách chi bộ" }, "B4"]]);
  });

  test("the person list is off by default and the pane says nothing is sent anywhere", async () => {
    const h = host();
    const root = await mountPane(h);
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    expect(q<HTMLInputElement>(root, "#consolidate-with-register").checked).toBe(false);
    expect(q(root, "[data-testid=with-register-hint]").textContent).toContain("Không có dữ liệu nào được gửi đi đâu");
  });

  test("lists probation as of the date typed and shows a hostile name as text", async () => {
    const { root } = await consolidatedPane("<img src=x onerror=alert(1)>");
    q<HTMLInputElement>(root, "#probation-as-of").value = "2025-05-01";
    q<HTMLButtonElement>(root, "#probation-run").click();
    await waitFor(() => root.querySelector("[data-testid=probation-item]"), "probation list");
    const items = Array.from(root.querySelectorAll("[data-testid=probation-item]"));
    expect(items.map((i) => i.getAttribute("data-status"))).toEqual(["overdue", "due"]);
    expect(items[0]?.textContent).toContain("<img src=x onerror=alert(1)> — kết nạp 10/04/2024, hết dự bị 10/04/2025");
    expect(root.querySelector("#consolidate-probation img")).toBeNull();
  });

  test("an as-of date that is not a date is refused with a message", async () => {
    const { root } = await consolidatedPane();
    q<HTMLInputElement>(root, "#probation-as-of").value = "";
    q<HTMLButtonElement>(root, "#probation-run").click();
    expect(q(root, "[data-testid=probation-note]").textContent).toBe("Ngày không hợp lệ (dạng ngày/tháng/năm).");
    expect(root.querySelector("[data-testid=probation-item]")).toBeNull();
  });
});
