// The WorkbookHost port over an ExcelJS workbook (CLI, batch runs, tests). Marks and settings are kept in a
// very-hidden state sheet so they travel with the file, exactly as the Office.js host keeps them.
import ExcelJS from 'exceljs';
import type { CellEdit, Mark, ReadOptions, WorkbookHost } from '../../core/host/workbookHost';
import type { SheetInput } from '../../core/types';
import type { SheetSpec } from '../../core/summaries/sheetSpec';
import { worksheetToInput } from './excelModel';
import { SEVERITY_FILL } from './annotate';
import { fitCell } from '../../core/grid/quote';
import { renderSheetSpec } from './renderSheetSpec';

export const STATE_SHEET = '_bangfu_state';
/** Excel's cell text limit is 32,767 characters; stay below it. */
const CHUNK = 30000;

interface MarkRecord {
  sheet: string;
  cell: string;
  /** Prior fill as JSON, or null when the cell had none. */
  fill: string | null;
  /** Prior note as JSON, or null. */
  note: string | null;
}

interface State {
  marks: MarkRecord[];
  settings: unknown | null;
}

function readState(wb: ExcelJS.Workbook): State {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return { marks: [], settings: null };
  let json = '';
  for (let r = 1; ; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  try {
    const parsed = JSON.parse(json || '{}') as Partial<State>;
    return { marks: parsed.marks ?? [], settings: parsed.settings ?? null };
  } catch {
    return { marks: [], settings: null };
  }
}

function writeState(wb: ExcelJS.Workbook, state: State): void {
  const existing = wb.getWorksheet(STATE_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  if (state.marks.length === 0 && state.settings === null) return;
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(state);
  for (let i = 0, r = 1; i < json.length; i += CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + CHUNK);
}

/** ExcelJS has no API to remove a note; clearing the private comment is what its own model loader does. */
function setNote(cell: ExcelJS.Cell, note: ExcelJS.Comment | string | null): void {
  if (note === null) (cell as unknown as { _comment?: unknown })._comment = undefined;
  else cell.note = note;
}

function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  // A fresh style object each time: ExcelJS shares style objects between cells read from a file.
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

export class XlsxHost implements WorkbookHost {
  /** Last selected cell (for tests; a file has no live selection). */
  selection: { sheet: string; cell: string } | null = null;

  constructor(public readonly workbook: ExcelJS.Workbook) {}

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.filter((ws) => ws.name !== STATE_SHEET).map((ws) => ws.name);
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetInput> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`找不到工作表“${name}”`);
    if (options.signal?.aborted) throw new Error('已取消');
    const input = worksheetToInput(ws);
    options.onProgress?.(input.values.length, input.values.length);
    return input;
  }

  async applyMarks(marks: Mark[]): Promise<void> {
    const state = readState(this.workbook);
    const known = new Set(state.marks.map((m) => `${m.sheet}\u0000${m.cell}`));
    const rank = { error: 3, warning: 2, info: 1 };
    const worst = new Map<string, Mark[]>();
    for (const raw of marks) {
      const m = { ...raw, cell: raw.cell.toUpperCase() };
      const k = `${m.sheet}\u0000${m.cell}`;
      worst.set(k, [...(worst.get(k) ?? []), m]);
    }
    for (const [k, list] of worst) {
      const ws = this.workbook.getWorksheet(list[0].sheet);
      if (!ws) continue;
      const cell = ws.getCell(list[0].cell);
      if (!known.has(k)) {
        state.marks.push({
          sheet: list[0].sheet,
          cell: list[0].cell,
          fill: cell.fill ? JSON.stringify(cell.fill) : null,
          note: cell.note !== undefined ? JSON.stringify(cell.note) : null,
        });
        known.add(k);
      }
      const sev = list.reduce((s, m) => (rank[m.severity] > rank[s] ? m.severity : s), list[0].severity);
      setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[sev] } });
      setNote(cell, fitCell(list.map((m) => m.message).join('\n')));
    }
    writeState(this.workbook, state);
  }

  async clearMarks(): Promise<void> {
    const state = readState(this.workbook);
    for (const m of state.marks) {
      const ws = this.workbook.getWorksheet(m.sheet);
      if (!ws) continue;
      const cell = ws.getCell(m.cell);
      setFill(cell, m.fill ? (JSON.parse(m.fill) as ExcelJS.Fill) : undefined);
      setNote(cell, m.note ? (JSON.parse(m.note) as ExcelJS.Comment | string) : null);
    }
    writeState(this.workbook, { ...state, marks: [] });
  }

  async markedCount(): Promise<number> {
    return readState(this.workbook).marks.length;
  }

  async writeCells(edits: CellEdit[]): Promise<CellEdit[]> {
    const undo: CellEdit[] = [];
    for (const e of edits) {
      const ws = this.workbook.getWorksheet(e.sheet);
      if (!ws) throw new Error(`找不到工作表“${e.sheet}”`);
      const cell = ws.getCell(e.cell);
      const prior = cell.value;
      undo.unshift({
        sheet: e.sheet,
        cell: e.cell,
        value: prior === null || prior === undefined ? '' : (prior as string | number | boolean),
      });
      // A plain string is always written as text by ExcelJS: "=SUM(A1)" stays the text.
      cell.value = e.value === '' ? null : e.value;
    }
    return undo;
  }

  async createSheet(spec: SheetSpec, options: { replace?: boolean } = {}): Promise<void> {
    const existing = this.workbook.getWorksheet(spec.name);
    if (existing) {
      if (!options.replace) throw new Error(`工作表“${spec.name}”已存在`);
      this.workbook.removeWorksheet(existing.id);
    }
    renderSheetSpec(this.workbook, spec);
  }

  async createSheets(specs: SheetSpec[], options: { replace?: boolean } = {}): Promise<void> {
    for (const spec of specs) await this.createSheet(spec, options);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.workbook.getWorksheet(sheet)) throw new Error(`找不到工作表“${sheet}”`);
    this.selection = { sheet, cell };
  }

  async loadSettings(): Promise<unknown | null> {
    return readState(this.workbook).settings;
  }

  async saveSettings(settings: unknown): Promise<void> {
    writeState(this.workbook, { ...readState(this.workbook), settings });
  }
}
