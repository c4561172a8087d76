// Hostile workbooks through the real CLI on real .xlsx files: each gives findings or a clear Chinese message —
// never a crash or a stack trace — and the input file is never modified.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { checkChar } from '../../src/core/id/gb11643';

const id = (p6: string, birth: string, seq: string) => p6 + birth + seq + checkChar(p6 + birth + seq);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-hostile-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
  report?: {
    findings: Array<{ rule: string; severity: string; cell: string; sheet: string; message: string }>;
    sheets: Array<{ kind: string; dataRows: number }>;
  };
}

async function run(file: string): Promise<Run> {
  let out = '';
  let err = '';
  const io = {
    out: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream,
    err: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WriteStream,
  };
  const json = file + '.json';
  const before = crypto
    .createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
  const code = await main(['check', file, '--json', json, '--quiet'], io);
  const after = crypto
    .createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
  expect(after).toBe(before);
  expect(err).not.toMatch(/\n\s+at /);
  expect([0, 1, 2]).toContain(code);
  if (code === 2) expect(err).toMatch(/错误：.+\nerror: .+/);
  let report: Run['report'];
  if (code !== 2) report = JSON.parse(await fs.readFile(json, 'utf8'));
  return { code, out, err, report };
}

const HEADER = [
  '序号',
  '行政村',
  '户编号',
  '姓名',
  '证件号码',
  '人数',
  '与户主关系',
  '户类型',
  '出生日期',
  '人均纯收入',
];
const row = (
  n: number,
  name: string,
  idn: string | number,
  rel = '户主',
  extra: Record<number, unknown> = {},
) => {
  const r: unknown[] = [n, '一村', `H${String(n).padStart(3, '0')}`, name, idn, 1, rel, '脱贫户', '', 9000];
  for (const [k, v] of Object.entries(extra)) r[Number(k)] = v;
  return r;
};

async function book(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function ledger(ws: ExcelJS.Worksheet, rows: unknown[][]) {
  ws.addRow(['XX村2024年脱贫户信息台账']);
  ws.addRow(['数据日期：2024-12-31']);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
}

test('empty workbook, title only, header only', async () => {
  const empty = await run(await book('empty.xlsx', (wb) => void wb.addWorksheet('Sheet1')));
  expect(empty.code).toBe(2);
  expect(empty.err).toContain('未在工作簿中找到可识别的台账');
  const title = await run(
    await book('title.xlsx', (wb) => void wb.addWorksheet('S').addRow(['XX村2024年脱贫户信息台账'])),
  );
  expect(title.code).toBe(2);
  const header = await run(await book('header.xlsx', (wb) => ledger(wb.addWorksheet('S'), [])));
  expect(header.code).toBe(0);
  expect(header.report!.sheets[0]).toMatchObject({ kind: 'person', dataRows: 0 });
});

test('duplicate header names: the first column wins and the data is still checked', async () => {
  const r = await run(
    await book('dup-header.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([...HEADER, '证件号码']);
      ws.addRow([...row(1, '甲', id('520102', '19800101', '123')), 'garbage']);
    }),
  );
  expect(r.code).toBe(0);
});

test('merged cells across data rows are read as filled and reported', async () => {
  const r = await run(
    await book('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ledger(ws, [
        row(1, '甲', id('520102', '19800101', '123')),
        row(2, '乙', id('520102', '19820202', '124'), '配偶'),
      ]);
      ws.getCell('C5').value = 'H001';
      ws.mergeCells('C4:C5');
    }),
  );
  expect(r.report!.findings.some((f) => f.rule === 'sheet.merged-cells' && f.cell === 'C4')).toBe(true);
});

test('error values and formulas in the data', async () => {
  const r = await run(
    await book('errors.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ledger(ws, [row(1, '甲', id('520102', '19800101', '123'))]);
      ws.getCell('J4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('F4').value = { formula: '1*1', result: 1 };
    }),
  );
  expect(r.code).toBe(1);
  const f = r.report!.findings.find((x) => x.rule === 'sheet.error-values');
  expect(f).toMatchObject({ cell: 'J4', severity: 'error' });
  expect(f!.message).toContain('#N/A');
  expect(r.report!.findings.some((x) => x.rule === 'sheet.formula-cells')).toBe(true);
});

test('content in row 1,048,576 after a long gap: no million findings, bounded memory', async () => {
  const file = await book('tall.xlsx', (wb) => {
    const ws = wb.addWorksheet('S');
    ledger(ws, [row(1, '甲', id('520102', '19800101', '123'))]);
    ws.getCell('A1048576').value = '末行';
  });
  const r = await run(file);
  expect(r.code).toBe(0);
  const blank = r.report!.findings.filter((f) => f.rule === 'sheet.blank-row');
  expect(blank).toHaveLength(1);
  expect(blank[0].message).toContain('1048576');
  expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
});

test('16,384 columns and a 32,767-character cell', async () => {
  const r = await run(
    await book('wide.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ledger(ws, [row(1, '甲', id('520102', '19800101', '123'))]);
      ws.getCell(4, 16384).value = 'x';
      ws.getCell(4, 11).value = '长'.repeat(32767);
    }),
  );
  expect(r.code).toBe(0);
});

test('rare CJK (Extension B) and emoji in names are read and reported faithfully', async () => {
  const r = await run(
    await book('cjk.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ledger(ws, [row(1, '𠀀𪚥😀', '52010219800101123X'.slice(0, 17) + '0')]);
    }),
  );
  expect(r.code).toBe(1);
  expect(r.report!.findings.some((f) => f.rule === 'id.checksum')).toBe(true);
});

test('dates before 1900 and as text in five spellings; numbers as text with full-width digits', async () => {
  const birth = ['1980-01-01', '1980.01.01', '1980/1/1', '1980年1月1日', '19800101'];
  const rows = birth.map((b, i) =>
    row(i + 1, `人${i}`, id('520102', '19800101', String(100 + i)), '户主', { 8: b }),
  );
  rows.push(row(9, '老人', id('520102', '19800101', '200'), '户主', { 8: '1899-12-31' }));
  rows.push(row(10, '全角', id('520102', '19800101', '201'), '户主', { 9: '９０００' }));
  const r = await run(await book('dates.xlsx', (wb) => ledger(wb.addWorksheet('S'), rows)));
  const mismatches = r.report!.findings.filter((f) => f.rule === 'person.birthdate-mismatch');
  // Only the 1899 date disagrees with the ID; the five spellings of 1980-01-01 all agree.
  expect(mismatches.map((f) => f.cell)).toEqual(['I9']);
  expect(r.report!.findings.some((f) => f.rule === 'field.text-number' && f.cell === 'J10')).toBe(true);
});

test('a protected sheet is read (sheet protection is not encryption)', async () => {
  const file = await book('protected.xlsx', (wb) => {
    const ws = wb.addWorksheet('S');
    ledger(ws, [row(1, '甲', id('520102', '19800101', '123'))]);
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.getWorksheet('S')!.protect('secret', {});
  await wb.xlsx.writeFile(file);
  const r = await run(file);
  expect(r.code).toBe(0);
  expect(r.report!.sheets[0].kind).toBe('person');
});
