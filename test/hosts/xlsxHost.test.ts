// The same host contract on the ExcelJS file host; "reopen" writes the workbook to bytes and reads it back.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { toCellValue } from '../../src/hosts/xlsx/excelModel';
import type { SheetInput } from '../../src/core/types';
import { runHostContract, type Decorations } from './hostContract';

function build(sheets: SheetInput[], d: Decorations = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '') ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  for (const f of d.fills ?? [])
    wb.getWorksheet(f.sheet)!.getCell(f.cell).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF' + f.color.replace('#', '') },
    };
  for (const n of d.notes ?? []) wb.getWorksheet(n.sheet)!.getCell(n.cell).note = n.text;
  return wb;
}

/** Observable state, normalised so an in-memory workbook and its saved-and-reopened copy compare equal. */
function snapshot(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const note = cell.note as unknown;
        const noteText =
          note === undefined
            ? null
            : typeof note === 'string'
              ? note
              : ((note as { texts?: Array<{ text: string }> }).texts ?? []).map((t) => t.text).join('');
        const state = {
          v: toCellValue(cell.value),
          f: fill?.pattern === 'solid' ? (fill.fgColor?.argb ?? null) : null,
          n: noteText,
        };
        if (state.v !== '' || state.f !== null || state.n !== null) cells[cell.address] = state;
      }),
    );
    return {
      name: ws.name,
      state: ws.state,
      cells,
      merges: Object.keys((ws as unknown as { _merges: object })._merges),
    };
  });
}

runHostContract('ExcelJS file host', async (sheets, decorations) => {
  let current = build(sheets, decorations);
  const host = new XlsxHost(current);
  return {
    host,
    snapshot: async () => snapshot(current),
    reopen: async () => {
      const buf = await current.xlsx.writeBuffer();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as ArrayBuffer);
      current = wb;
      return new XlsxHost(wb);
    },
  };
});
