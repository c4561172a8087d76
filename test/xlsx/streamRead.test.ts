// The streaming reader gives the same grids as ExcelJS's full model (the previous reader) on real files,
// including CJK text long enough to cross every chunk boundary, and fixes what the streaming parser gets wrong.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbook, worksheetToInput } from '../../src/hosts/xlsx/excelModel';
import { readWorkbook } from '../../src/hosts/xlsx/readWorkbook';
import { generateLedger, writeWorkbook } from '../generator';
import { inlinePackage } from './packages';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-stream-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function modelRead(file: string) {
  return (await loadWorkbook(file)).worksheets.map(worksheetToInput);
}

test('a generated ledger (5,000 persons, several sheets, merges, dates) reads exactly as the model reader', async () => {
  const file = path.join(dir, 'gen.xlsx');
  await writeWorkbook(generateLedger({ seed: 1, persons: 5000, layout: 'a' }).spec, file);
  const { sheets } = await readWorkbook(file);
  expect(sheets).toEqual(await modelRead(file));
  expect(sheets[0].merges!.length).toBeGreaterThan(0);
});

test('CJK text across chunk boundaries, formulas, errors, merges, hidden sheets in workbook order', async () => {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('甲表');
  // ~2 MB of three-byte characters with varying lengths, so chunk cuts would fall inside characters.
  for (let r = 1; r <= 4000; r++)
    a.addRow([
      r,
      '丁文博'.repeat(1 + (r % 7)),
      `张${'三'.repeat(r % 50)}`,
      '𠀀😀' + r,
      r % 3 === 0 ? new Date(Date.UTC(1980, 0, r)) : '',
    ]);
  a.getCell('F2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  a.getCell('G2').value = { formula: 'A1=1', result: true } as ExcelJS.CellFormulaValue;
  a.getCell('H2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  a.getCell('I2').value = { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] };
  a.getCell('J3').value = 'slave value';
  a.mergeCells('I3:J4');
  const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
  hidden.getCell('A1').value = '隐藏的表';
  wb.addWorksheet('_bangfu_state', { state: 'veryHidden' }).getCell('A1').value = '{}';
  wb.addWorksheet('空表');
  const file = path.join(dir, 'cjk.xlsx');
  await wb.xlsx.writeFile(file);

  const { sheets } = await readWorkbook(file);
  expect(sheets.map((s) => s.name)).toEqual(['甲表', '隐藏', '_bangfu_state', '空表']);
  expect(sheets).toEqual(await modelRead(file));
  const g = sheets[0].values;
  expect(g[99][1]).toBe('丁文博'.repeat(1 + (100 % 7)));
  expect(g[1][5]).toBe('#DIV/0!');
  expect(g[1][6]).toBe(true);
  expect(g[1][7]).toBe('#N/A');
  expect(g[1][8]).toBe('富文本');
  expect(g[2][9] ?? '').toBe(''); // merged slave: '' (or beyond the rectangle)
  expect(sheets[0].formulaCells).toEqual([
    [1, 5],
    [1, 6],
  ]);
});

test('inline strings (rich ones too) in a package without shared strings or styles', async () => {
  const file = path.join(dir, 'inline.xlsx');
  await inlinePackage(file);
  const { sheets } = await readWorkbook(file);
  expect(sheets[0].name).toBe('名单 & 备注');
  expect(sheets[0].values).toEqual([
    ['姓名', '备注', ''],
    ['王&五', '', 3],
    ['', '', ''],
    ['赵六', '', ''],
  ]);
});
