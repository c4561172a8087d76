// A host contract every WorkbookHost implementation runs (Office.js host on the simulator, ExcelJS file host).
// The factory builds a workbook from plain sheets plus optional hand-made decorations (fills, notes a clerk put
// there before the add-in ran) and returns the host, a snapshot of the workbook's observable state, and a way to
// "reopen" the same workbook with a fresh host instance.
import type { CellEdit, Mark, WorkbookHost } from '../../src/core/host/workbookHost';
import type { SheetSpec } from '../../src/core/summaries/sheetSpec';
import type { CellValue, Grid, SheetInput } from '../../src/core/types';

export interface Decorations {
  fills?: Array<{ sheet: string; cell: string; color: string }>;
  notes?: Array<{ sheet: string; cell: string; text: string }>;
}

export interface HostUnderTest {
  host: WorkbookHost;
  /** Values, formulas, number formats, fills, notes, merges, visibility of every sheet. */
  snapshot(): Promise<unknown>;
  /** A new host instance on the same workbook, as after closing and reopening the file. */
  reopen(): Promise<WorkbookHost>;
}

export type MakeHost = (sheets: SheetInput[], decorations?: Decorations) => Promise<HostUnderTest>;

/** Rectangular, without trailing empty rows and columns: hosts may differ in how far they pad. */
export function trimGrid(values: Grid): Grid {
  let rows = values.length;
  while (rows > 0 && values[rows - 1].every((v) => v === '')) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = values[r].length - 1; c >= cols; c--) {
      if (values[r][c] !== '') {
        cols = c + 1;
        break;
      }
    }
  }
  return values
    .slice(0, rows)
    .map((row) => Array.from({ length: cols }, (_, c) => (row[c] ?? '') as CellValue));
}

export const ledger = (): SheetInput => ({
  name: '户信息',
  values: [
    ['某县脱贫户信息表', '', '', '', ''],
    ['户编号', '户主姓名', '人口数', '人均纯收入', '是否监测'],
    ['4301010001', '张三', 4, 12345.67, true],
    ['0012', '李四', 3, 9876.5, false],
    ['4301010003', '王五', '', 0, ''],
    ['4301010004', '赵六', 1, -3.25, true],
  ],
});

/** Data that starts at C3: rows 1–2 and columns A–B are empty. */
export const offset = (): SheetInput => ({
  name: 'Offset Sheet',
  values: [[], [], ['', '', '起点', 1], ['', '', 2.5, '末']],
});

const summarySpec = (name = '汇总表'): SheetSpec => ({
  name,
  title: '脱贫户收入汇总表',
  rows: [
    [{ v: '脱贫户收入汇总表', style: 'title' }],
    [{ v: '单位：户、元', style: 'unit' }],
    [
      { v: '村', style: 'header' },
      { v: '户数', style: 'header' },
      { v: '人均纯收入', style: 'header' },
    ],
    [
      { v: '一村', style: 'body' },
      { v: 10, style: 'body', numFmt: '0' },
      { v: 12000.5, style: 'body', numFmt: '0.00' },
    ],
    [
      { v: '二村', style: 'body' },
      { v: 5, style: 'body', numFmt: '0' },
      { v: '=不是公式', style: 'body' },
    ],
    [
      { v: '合计', style: 'total' },
      { f: 'SUM(B4:B5)', v: 15, style: 'total', numFmt: '0' },
      { v: '', style: 'total' },
    ],
  ],
  merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
  columnWidths: [12, 8, 14],
  headerRowRange: [2, 2],
  dataRowRange: [3, 5],
  freeze: { row: 3, col: 1 },
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
});

export function runHostContract(name: string, makeHost: MakeHost): void {
  describe(`WorkbookHost contract: ${name}`, () => {
    test('listSheets and readSheet round trip numbers, strings, booleans and empties', async () => {
      const { host } = await makeHost([ledger(), offset()]);
      expect(await host.listSheets()).toEqual(['户信息', 'Offset Sheet']);
      const read = await host.readSheet('户信息');
      expect(read.name).toBe('户信息');
      expect(trimGrid(read.values)).toEqual(trimGrid(ledger().values));
      expect(read.values[3][0]).toBe('0012');
      expect(read.values[2][4]).toBe(true);
      expect(read.values[4][2]).toBe('');
    });

    test('values[0][0] is A1 even when the used range starts at C3', async () => {
      const { host } = await makeHost([offset()]);
      const read = await host.readSheet('Offset Sheet');
      expect(read.values.length).toBe(4);
      expect(read.values[0][0]).toBe('');
      expect(read.values[2][2]).toBe('起点');
      expect(read.values[3][3]).toBe('末');
      expect(trimGrid(read.values)).toEqual(trimGrid(offset().values));
    });

    test('applyMarks changes the sheet, clearMarks restores it exactly (prior fills and notes kept)', async () => {
      const ut = await makeHost([ledger()], {
        fills: [{ sheet: '户信息', cell: 'B3', color: '#FFFF00' }],
        notes: [{ sheet: '户信息', cell: 'C4', text: '文书原有备注' }],
      });
      const before = await ut.snapshot();
      const marks: Mark[] = [
        { sheet: '户信息', cell: 'A3', severity: 'error', message: '身份证号校验位错误' },
        { sheet: '户信息', cell: 'B3', severity: 'warning', message: '户主姓名含空格' },
        { sheet: '户信息', cell: 'C4', severity: 'info', message: '人口数与成员行数不一致' },
        { sheet: '户信息', cell: 'c4', severity: 'error', message: '第二条问题' },
      ];
      await ut.host.applyMarks(marks);
      expect(await ut.host.markedCount()).toBe(3);
      expect(await ut.snapshot()).not.toEqual(before);
      await ut.host.clearMarks();
      expect(await ut.host.markedCount()).toBe(0);
      expect(await ut.snapshot()).toEqual(before);
    });

    test('re-marking a marked cell keeps the first original', async () => {
      const ut = await makeHost([ledger()], { fills: [{ sheet: '户信息', cell: 'D3', color: '#00B050' }] });
      const before = await ut.snapshot();
      await ut.host.applyMarks([{ sheet: '户信息', cell: 'D3', severity: 'info', message: '一' }]);
      await ut.host.applyMarks([{ sheet: '户信息', cell: 'D3', severity: 'error', message: '二' }]);
      expect(await ut.host.markedCount()).toBe(1);
      await ut.host.clearMarks();
      expect(await ut.snapshot()).toEqual(before);
    });

    test('marks survive reopening and another host instance can clear them', async () => {
      const ut = await makeHost([ledger()], { notes: [{ sheet: '户信息', cell: 'A4', text: '原备注' }] });
      const before = await ut.snapshot();
      await ut.host.applyMarks([
        { sheet: '户信息', cell: 'A4', severity: 'error', message: '户编号格式错误' },
        { sheet: '户信息', cell: 'E6', severity: 'warning', message: '监测标识与类别不符' },
      ]);
      const other = await ut.reopen();
      expect(await other.markedCount()).toBe(2);
      expect(await other.listSheets()).toEqual(['户信息']);
      await other.clearMarks();
      expect(await other.markedCount()).toBe(0);
      expect(await ut.snapshot()).toEqual(before);
    });

    test('writeCells returns restoring edits; strings stay text, even "=SUM(A1)"', async () => {
      const ut = await makeHost([ledger()]);
      const before = await ut.snapshot();
      const texts = [
        '=SUM(A1)',
        '0012',
        '-5',
        '+86 138',
        'TRUE',
        '2023-01-05',
        '50%',
        "'引号",
        '#N/A',
        '普通文字',
      ];
      const edits: CellEdit[] = texts.map((t, i) => ({ sheet: '户信息', cell: `F${i + 1}`, value: t }));
      edits.push({ sheet: '户信息', cell: 'C3', value: 5 }, { sheet: '户信息', cell: 'B4', value: '李 四' });
      const restore = await ut.host.writeCells(edits);
      const read = await ut.host.readSheet('户信息');
      texts.forEach((t, i) => expect(read.values[i][5]).toBe(t));
      expect(read.values[2][2]).toBe(5);
      expect(read.values[3][1]).toBe('李 四');
      expect(restore).toContainEqual({ sheet: '户信息', cell: 'C3', value: 4 });
      expect(restore).toContainEqual({ sheet: '户信息', cell: 'B4', value: '李四' });
      expect(restore).toContainEqual({ sheet: '户信息', cell: 'F1', value: '' });
      await ut.host.writeCells(restore);
      expect(await ut.snapshot()).toEqual(before);
    });

    test('createSheet renders a SheetSpec (merge, formula, text that looks like a formula)', async () => {
      const ut = await makeHost([ledger()]);
      await ut.host.createSheet(summarySpec());
      expect(await ut.host.listSheets()).toEqual(['户信息', '汇总表']);
      const read = await ut.host.readSheet('汇总表');
      expect(read.values[0][0]).toBe('脱贫户收入汇总表');
      expect(read.values[2]).toEqual(['村', '户数', '人均纯收入']);
      expect(read.values[3]).toEqual(['一村', 10, 12000.5]);
      expect(read.values[4][2]).toBe('=不是公式');
      expect(read.values[5][1]).toBe(15);
      if (read.merges) expect(read.merges).toContainEqual({ r1: 0, c1: 0, r2: 0, c2: 2 });
      await expect(ut.host.createSheet(summarySpec())).rejects.toThrow(/已存在/);
      const spec = summarySpec();
      spec.rows[3][1] = { v: 11, style: 'body' };
      await ut.host.createSheet(spec, { replace: true });
      expect((await ut.host.readSheet('汇总表')).values[3][1]).toBe(11);
      expect(await ut.host.listSheets()).toEqual(['户信息', '汇总表']);
    });

    test('settings round trip and survive reopening', async () => {
      const ut = await makeHost([ledger()]);
      const before = await ut.snapshot();
      expect(await ut.host.loadSettings()).toBeNull();
      const settings = {
        year: 2024,
        region: '湖南省某县',
        povertyLine: 4000,
        compulsoryEducationAges: [6, 15],
      };
      await ut.host.saveSettings(settings);
      expect(await ut.host.loadSettings()).toEqual(settings);
      expect(await (await ut.reopen()).loadSettings()).toEqual(settings);
      expect(await ut.host.listSheets()).toEqual(['户信息']);
      // Marks next to settings: clearing marks must keep the settings.
      await ut.host.applyMarks([{ sheet: '户信息', cell: 'A3', severity: 'error', message: '测试' }]);
      await ut.host.clearMarks();
      expect(await ut.host.loadSettings()).toEqual(settings);
      expect(await ut.snapshot()).not.toEqual(before); // the settings are kept in the workbook
    });
  });
}
