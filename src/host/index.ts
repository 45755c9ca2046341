/**
 * The host port: what the pane needs from wherever the workbook lives (Excel,
 * or files opened in the browser), the read-size policy every host applies,
 * the setting keys the pane stores through a host, and the error type hosts
 * reject with. Depends on the engine's facade only; never on a UI or adapter.
 */
export type { Host, HostCapabilities, HighlightRequest, SheetInfo, SheetRef, UndoUserCellsResult, UserCellWrite, UserCellsResult, WriteResult } from "./port";
export { MAX_READ_CELLS, MAX_READ_ROWS, isTooLargeToRead } from "./read-policy";
export { SETTING_KEYS, type SettingName } from "./setting-keys";
export { HostError, isHostError, type AdapterErrorCode, type HostErrorCode, type HostKind } from "./errors";
