/** Usage lines and help text in the user's language, written from the commands' declarations. */
import type { Lang } from "../core";
import { flagName, type AnyCommand, type OptionDecl } from "./declare";

const WORDS = {
  vi: {
    usage: "Cách dùng:",
    options: "Tùy chọn:",
    help: "hiện trợ giúp này",
    exit: "Mã thoát: 0 không có lỗi · 1 có lỗi trong dữ liệu · 2 không đọc được tệp hoặc sai tham số.",
    more: "Chi tiết từng lệnh: ptdv <lệnh> --help",
    title: "PTĐV — Phát triển đảng viên: kiểm tra phân bổ chỉ tiêu, mẫu báo cáo, tổng hợp tiến độ.",
  },
  en: {
    usage: "Usage:",
    options: "Options:",
    help: "show this help",
    exit: "Exit status: 0 no errors · 1 error findings in the data · 2 unreadable file or wrong arguments.",
    more: "Each command's options: ptdv <command> --help",
    title: "PTĐV — Party membership development: allocation checks, report templates, progress consolidation.",
  },
} as const;

function optionSyntax(key: string, option: OptionDecl, lang: Lang): string {
  if (option.kind === "flag") return flagName(key);
  return `${flagName(key)} ${option.placeholder[lang]}${option.repeatable === true ? "…" : ""}`;
}

/** `ptdv check <tệp.xlsx|tệp.csv> [--sheet TÊN] …`: a single operand first, a list of them last. */
export function usageLine(command: AnyCommand, lang: Lang): string {
  const parts = [`ptdv ${command.name}`];
  const operand = command.operand;
  if (operand && !operand.many) parts.push(operand.placeholder[lang]);
  for (const [key, option] of Object.entries(command.options)) {
    const syntax = optionSyntax(key, option, lang);
    parts.push(option.kind === "value" && option.required !== undefined ? syntax : `[${syntax}]`);
  }
  if (operand?.many) parts.push(operand.placeholder[lang]);
  return parts.join(" ");
}

/** What follows an argument error: the one usage line. */
export function usageText(command: AnyCommand, lang: Lang): string {
  return `${WORDS[lang].usage} ${usageLine(command, lang)}\n`;
}

export function commandHelp(command: AnyCommand, lang: Lang): string {
  const rows: Array<[string, string]> = Object.entries(command.options).map(([key, option]) => [optionSyntax(key, option, lang), option.description[lang]]);
  rows.push(["-h, --help", WORDS[lang].help]);
  const width = Math.max(...rows.map(([syntax]) => syntax.length));
  const list = rows.map(([syntax, description]) => `  ${syntax.padEnd(width)}  ${description}`).join("\n");
  return `${usageText(command, lang)}\n${command.summary[lang]}\n\n${WORDS[lang].options}\n${list}\n\n${WORDS[lang].exit}\n`;
}

export function programHelp(commands: readonly AnyCommand[], lang: Lang): string {
  const w = WORDS[lang];
  const list = commands.map((c) => `  ${usageLine(c, lang)}\n      ${c.summary[lang]}`).join("\n");
  return `${w.title}\n\n${w.usage}\n${list}\n  ptdv --help | --version\n\n${w.more}\n${w.exit}\n`;
}
