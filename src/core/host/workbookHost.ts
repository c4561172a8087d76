// The WorkbookHost port: what the engine and the UI need from a workbook, implemented by the ExcelJS file host
// (src/hosts/xlsx), the Office.js host (src/hosts/excel) and test doubles.
import type { CellValue, Severity, SheetInput } from '../types';
import type { SheetSpec } from '../summaries/sheetSpec';

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (doneRows: number, totalRows: number) => void;
}

/** A finding's mark on a cell: fill by severity, note with the message where the host supports notes. */
export interface Mark {
  sheet: string;
  /** A1 address. */
  cell: string;
  severity: Severity;
  message: string;
}

/** One cell write; hosts return the previous state so it can be restored exactly. */
export interface CellEdit {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface WorkbookHost {
  listSheets(): Promise<string[]>;
  /** The sheet's cells from A1 to the end of the used range, read in chunks. */
  readSheet(name: string, options?: ReadOptions): Promise<SheetInput>;
  /** Marks cells, recording what each replaced (fill, note) in workbook-kept state. Re-marking a marked cell keeps the first original. */
  applyMarks(marks: Mark[]): Promise<void>;
  /** Restores every cell this host marked to its exact prior state and forgets the record. */
  clearMarks(): Promise<void>;
  /** Number of cells currently marked (from the kept record). */
  markedCount(): Promise<number>;
  /** Writes values as values (strings stay text) and returns the edits that restore the previous values. */
  writeCells(edits: CellEdit[]): Promise<CellEdit[]>;
  /** Creates (or replaces, when `replace`) a sheet rendered from the spec. */
  createSheet(spec: SheetSpec, options?: { replace?: boolean }): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
  /** 已核实 exemptions kept in the workbook (beside the marks state); hosts without workbook state omit these. */
  loadExemptions?(): Promise<unknown | null>;
  saveExemptions?(exemptions: unknown): Promise<void>;
}
