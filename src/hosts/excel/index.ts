export { createExcelHost } from './excelHost';
export type { ExcelHost, ExcelHostOptions } from './excelHost';
export { detectCapabilities, checkMinimumSupport, MIN_API_MINOR, MESSAGES } from './capabilities';
export type { ExcelCapabilities } from './capabilities';
export { SEVERITY_FILL } from './marks';
export { STATE_SHEET } from './state';
export { cellInput, needsQuotePrefix } from './write';
export { isDateFormat } from './read';
export type { CellRef, SheetChange, WatchHandlers, WorkbookWatch } from './events';
