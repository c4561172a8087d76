// ColumnView (model/columns): each row's decoded cell, shared by value while a column repeats its values, and
// still right for every row once a column of nearly unique values (证件号码) stops sharing.
import { buildSynonymIndex, parseSheet } from '../../src/core/grid/parseSheet';
import { columnView } from '../../src/core/model/columns';
import type { CellValue } from '../../src/core/types';

function sheetOf(rows: Array<[string, string]>) {
  const values: CellValue[][] = [['姓名', '健康状况'], ...rows];
  return parseSheet({ name: 'S', values }, buildSynonymIndex());
}

describe('ColumnView', () => {
  it('shares the decoded cell of a repeated value', () => {
    const s = sheetOf([
      ['甲', '健康'],
      ['乙', '残疾'],
      ['丙', '健康'],
    ]);
    const v = columnView(s, 'health')!;
    const [a, b, c] = s.dataRows.map((r) => v.at(r));
    expect(a).toBe(c);
    expect(b.norm).toBe('残疾');
  });

  it('decodes every row of a column of 10,000 distinct values, after it stops sharing', () => {
    const rows: Array<[string, string]> = [];
    for (let i = 0; i < 10_000; i++) rows.push([`\u3000名${i} `, '健康']);
    const s = sheetOf(rows);
    const v = columnView(s, 'name')!;
    const norms = s.dataRows.map((r) => v.at(r).norm);
    expect(norms[0]).toBe('名0');
    expect(norms[9999]).toBe('名9999');
    expect(new Set(norms).size).toBe(10_000);
    // The same row read again is the same cell.
    expect(v.at(s.dataRows[9000])).toBe(v.at(s.dataRows[9000]));
  });
});
