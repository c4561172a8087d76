// The full ExcelJS model of a workbook → SheetInput grids: the file host (which edits the workbook in memory)
// and the tests' second opinion on the byte reader. The CLI does not load this module.
import ExcelJS from 'exceljs';
import type { CellValue, MergeRange, SheetInput } from '../../core/types';
import { DAMAGED, RECTANGLE_MAX_CELLS, sniff } from './readWorkbook';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS gives dates as JS Dates (UTC); Office.js gives the serial number. */
export function dateToSerial(d: Date): number {
  const serial = (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
  return Math.round(serial * 86400) / 86400;
}

type ExcelJsValue = ExcelJS.CellValue;

/** One ExcelJS cell value → Office.js-style value. `formula` reports whether it was a formula cell. */
export function toCellValue(v: ExcelJsValue, onFormula?: () => void): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      onFormula?.();
      const result = (v as { result?: ExcelJsValue }).result;
      if (result && typeof result === 'object' && 'error' in result)
        return String((result as { error: string }).error);
      return toCellValue(result as ExcelJsValue);
    }
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t)
        return (t as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    }
  }
  return String(v);
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merges in a private map; `ws.model` would rebuild every row's model, which is slow on big sheets. */
function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model: MergeModel }> })._merges ?? {};
  return Object.values(merges).map(({ model: m }) => ({
    r1: m.top - 1,
    c1: m.left - 1,
    r2: m.bottom - 1,
    c2: m.right - 1,
  }));
}

/** Converts one worksheet to a SheetInput (from A1; trailing empty rows dropped). */
export function worksheetToInput(ws: ExcelJS.Worksheet): SheetInput {
  const values: CellValue[][] = [];
  const formulaCells: Array<[number, number]> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // Merged slave cells report the master's value in ExcelJS; Office.js reports ''. Keep Office.js semantics.
      if (cell.isMerged && cell.master !== cell) return;
      const v = toCellValue(cell.value, () => formulaCells.push([r, c]));
      while (out.length < c) out.push('');
      out[c] = v;
    });
    while (values.length < r) values.push([]);
    values[r] = out;
  });
  // Office.js hands over a rectangle with '' for empty cells; do the same unless the sheet is absurdly wide
  // (one stray cell in column XFD must not blow memory up: the engine reads ragged rows too).
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  if (values.length * width <= RECTANGLE_MAX_CELLS) {
    for (const row of values) while (row.length < width) row.push('');
  }
  return { name: ws.name, values, merges: mergesOf(ws), ...(formulaCells.length ? { formulaCells } : {}) };
}

/** The full ExcelJS model of a workbook (the file host and benchmarks; the CLI streams instead). */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  await sniff(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw DAMAGED();
  }
  return wb;
}
