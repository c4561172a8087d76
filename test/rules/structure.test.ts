// Structure rules (sheet level): header-not-found, totals and blank rows, merged cells, error values, formulas.
import { analyze } from '../../src/core/engine';
import type { CellValue, SheetInput } from '../../src/core/types';

const TODAY = { y: 2025, m: 1, d: 1 };
const HEADER = ['序号', '行政村', '户编号', '姓名', '与户主关系', '人数'];
const ledger = (rows: CellValue[][], name = '名单'): SheetInput => ({
  name,
  values: [['XX村台账'], ['数据日期：2024-12-31'], HEADER, ...rows],
});
const row = (n: number, hid: string, name: string, rel = '户主'): CellValue[] => [
  n,
  '甲村',
  hid,
  name,
  rel,
  1,
];
const findings = (sheets: SheetInput[]) =>
  analyze(sheets, { year: 2024, disabledRules: [] }, { today: TODAY }).report.findings;
const of = (fs: ReturnType<typeof findings>, rule: string) =>
  fs.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.severity}`);

test('sheet.header-not-found: an error when no sheet is a ledger, a note when another sheet is', () => {
  const notes: SheetInput = { name: '说明', values: [['本表为填表说明'], ['请按要求填写']] };
  expect(of(findings([notes]), 'sheet.header-not-found')).toEqual(['说明!A1 error']);
  expect(of(findings([notes, ledger([row(1, 'H1', '甲')])]), 'sheet.header-not-found')).toEqual([
    '说明!A1 info',
  ]);
  // An empty sheet is not reported at all.
  expect(
    of(findings([{ name: '空', values: [] }, ledger([row(1, 'H1', '甲')])]), 'sheet.header-not-found'),
  ).toEqual([]);
});

test('sheet.totals-row: 合计/小计 rows are left out of the data; a village named 合计村 is not a total', () => {
  const fs = findings([
    ledger([
      ['合计', '', '', '', '', 2],
      row(1, 'H1', '甲'),
      ['', '合计村', 'H2', '乙', '户主', 1],
      ['小计', '', '', '', '', 2],
    ]),
  ]);
  expect(of(fs, 'sheet.totals-row')).toEqual(['名单!A4 info', '名单!A7 info']);
});

test('sheet.blank-row: an empty row inside the data, not trailing ones', () => {
  const fs = findings([
    ledger([row(1, 'H1', '甲'), ['', '', '', '', '', ''], row(2, 'H2', '乙'), ['', '', '', '', '', '']]),
  ]);
  expect(of(fs, 'sheet.blank-row')).toEqual(['名单!A5 info']);
});

test('sheet.merged-cells and sheet.error-values and sheet.formula-cells', () => {
  const input = ledger([
    row(1, 'H1', '甲'),
    row(2, 'H1', '乙', '配偶'),
    ['#N/A', '甲村', 'H3', '丙', '户主', 1],
  ]);
  input.values[4][2] = '';
  input.merges = [{ r1: 3, c1: 2, r2: 4, c2: 2 }];
  input.formulaCells = [[5, 5]];
  const fs = findings([input]);
  expect(of(fs, 'sheet.merged-cells')).toEqual(['名单!C4 info']);
  expect(of(fs, 'sheet.error-values')).toEqual(['名单!A6 error']);
  input.values[5][5] = '#VALUE!';
  expect(of(findings([input]), 'sheet.error-values')).toEqual(['名单!A6 error', '名单!F6 error']);
  expect(of(findings([input]), 'sheet.formula-cells')).toEqual(['名单!F6 info']);
  // Without the merge the household splits: the merge really was read as filled down.
  const household = analyze([input], { year: 2024 }, { today: TODAY }).report.households.find(
    (h) => h.householdId === 'H1',
  );
  expect(household?.members).toBe(2);
});
