// Cell writes that keep text as text. Choice: a leading apostrophe (Excel's quote prefix) on strings Excel would
// otherwise parse — formulas (= + - @), numbers and dates (anything with a digit: ID numbers, "0012", "2023-1-5"),
// TRUE/FALSE and error-like "#…". Excel stores the text without the apostrophe, `values` reads it back unchanged,
// and the cell's number format is left alone (so restoring a value restores the cell). Cells formatted as Text
// ('@') never parse, so there the string is written as is.
import type { CellEdit } from '../../core/host/workbookHost';
import type { CellValue } from '../../core/types';
import { normalizeCell } from './a1';
import type { ExcelCapabilities } from './capabilities';
import { ACTION_BYTES, Batcher, valueBytes } from './payload';

export function needsQuotePrefix(s: string): boolean {
  return s !== '' && (/^[=+\-@'#]/.test(s) || /\d/.test(s) || /^\s*(true|false)\s*$/i.test(s));
}

/** The value to send through `Range.values` so that reading it back gives `value` again. */
export function cellInput(value: CellValue, numberFormat = 'General'): CellValue {
  if (typeof value !== 'string' || numberFormat === '@') return value;
  return needsQuotePrefix(value) ? "'" + value : value;
}

export interface WriteTuning {
  requestBudgetBytes: number;
}

export async function writeCells(
  edits: CellEdit[],
  caps: ExcelCapabilities,
  tuning: WriteTuning,
): Promise<CellEdit[]> {
  if (!edits.length) return [];
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const byLower = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));

    interface Slot {
      sheet: string;
      cell: string;
      range: Excel.Range;
      value: CellValue;
    }
    const slots = new Map<string, Slot>();
    const reads = new Batcher(ctx, tuning.requestBudgetBytes);
    for (const e of edits) {
      const sheet = byLower.get(e.sheet.toLowerCase());
      if (!sheet) throw new Error(`找不到工作表“${e.sheet}”，未写入任何单元格`);
      const cell = normalizeCell(e.cell);
      if (!cell) throw new Error(`单元格地址“${e.cell}”无效，未写入任何单元格`);
      const k = sheet + '\u0000' + cell;
      let slot = slots.get(k);
      if (!slot) {
        await reads.reserve(ACTION_BYTES * 3);
        const range = ctx.workbook.worksheets.getItem(sheet).getRange(cell);
        range.load('values, formulas, numberFormat');
        slot = { sheet, cell, range, value: e.value };
        slots.set(k, slot);
      }
      slot.value = e.value; // the last edit of a cell wins, as if applied in order
    }
    await ctx.sync();

    // Refuse to overwrite formulas: a value cannot bring a formula back, so nothing would restore it. Text that
    // merely starts with '=' reads the same through `values` and `formulas`; a real formula reads its result.
    const formulaCells = [...slots.values()].filter((s) => {
      const f = s.range.formulas[0][0];
      return typeof f === 'string' && f.startsWith('=') && f !== s.range.values[0][0];
    });
    if (formulaCells.length) {
      const list = formulaCells
        .slice(0, 5)
        .map((s) => `${s.sheet}!${s.cell}`)
        .join('、');
      throw new Error(
        `以下单元格含公式，为免丢失公式未写入任何单元格：${list}${formulaCells.length > 5 ? ' 等' : ''}`,
      );
    }

    // Captured before writing: Office.js may update a proxy's cached property when it is set.
    const priors = [...slots.values()].map((s) => ({
      sheet: s.sheet,
      cell: s.cell,
      value: s.range.values[0][0] as CellValue,
    }));
    const writes = new Batcher(ctx, tuning.requestBudgetBytes, () => {
      if (caps.suspendApiCalculation) ctx.application.suspendApiCalculationUntilNextSync();
    });
    for (const slot of slots.values()) {
      await writes.reserve(ACTION_BYTES + valueBytes(slot.value) + 1);
      slot.range.values = [[cellInput(slot.value, slot.range.numberFormat[0][0])]];
    }
    await writes.flush();

    // One restoring edit per distinct cell, with the value it held before this call.
    return priors;
  });
}
