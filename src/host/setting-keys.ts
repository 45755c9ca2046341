/**
 * The keys under which the pane's choices are stored by a host (workbook
 * settings in Excel, localStorage in the browser). Hosts need them too: the
 * browser host announces a language change when the language key is written.
 */
export const SETTING_KEYS = {
  target: "ptdv.target",
  year: "ptdv.year",
  month: "ptdv.month",
  issuingBody: "ptdv.issuingBody",
  place: "ptdv.place",
  lang: "ptdv.lang",
  allocationSheet: "ptdv.allocationSheet",
} as const;

export type SettingName = keyof typeof SETTING_KEYS;
