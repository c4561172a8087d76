// Writes a generated WorkbookSpec to .xlsx with ExcelJS, or hands it to the engine as SheetInput[].
import ExcelJS from 'exceljs';
import type { SheetInput } from '../../src/core/types';
import type { WorkbookSpec } from './doc';

/** SheetInput[] with the same values a host would read from the written file (deep copies). */
export function toSheetInputs(spec: WorkbookSpec): SheetInput[] {
  return spec.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((r) => [...r]),
    numberFormats: s.numberFormats.map((r) => [...r]),
    merges: s.merges.map((m) => ({ ...m })),
  }));
}

/** Writes the spec: strings stay text (ids never become numbers), serial dates get their date format. */
export async function writeWorkbook(spec: WorkbookSpec, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'bangfu test generator (synthetic data)';
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === '') return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const fmt = s.numberFormats[r]?.[c];
        // Strings are written as shared strings, so ids stay text without a '@' format.
        if (typeof v !== 'string' && fmt && fmt !== 'General') cell.numFmt = fmt;
      });
    });
    for (const m of s.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    if (s.headerRows.length) ws.views = [{ state: 'frozen', ySplit: s.headerRows[s.headerRows.length - 1] }];
  }
  await wb.xlsx.writeFile(path);
}
