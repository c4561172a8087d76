// bangfu check --summary with --summary-tables / --summary-villages on real .xlsx files, read back with ExcelJS.
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { generateLedger, writeWorkbook } from '../generator';
import { generateNationalExport, writeExportSet } from '../generator/national';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bangfu-sumcli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

let ledger: string;
let villages: string[];
beforeAll(async () => {
  const gen = generateLedger({ seed: 7201, persons: 160, layout: 'a', inject: {} });
  ledger = path.join(dir, 'ledger.xlsx');
  await writeWorkbook(gen.spec, ledger);
  villages = gen.truth.villages.map((v) => v.village);
});

async function sheetsOf(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

test('--summary-tables writes the chosen tables and 汇总表说明 only', async () => {
  const out = path.join(dir, 'two.xlsx');
  const r = await run([
    'check',
    ledger,
    '--quiet',
    '--summary',
    out,
    '--summary-tables',
    '基本情况汇总表,income',
  ]);
  expect(r.err).toBe('');
  expect(r.out).toContain('已写出汇总表 3 张');
  const book = await sheetsOf(out);
  expect(book.worksheets.map((w) => w.name)).toEqual(['基本情况汇总表', '收入情况汇总表', '汇总表说明']);
});

test('--summary-villages: one village in every table', async () => {
  const out = path.join(dir, 'one.xlsx');
  const v = villages[0];
  const r = await run([
    'check',
    ledger,
    '--quiet',
    '--summary',
    out,
    '--summary-villages',
    v,
    '--summary-tables',
    '收入情况汇总表、公示名单',
  ]);
  expect(r.err).toBe('');
  const book = await sheetsOf(out);
  const income = book.getWorksheet('收入情况汇总表')!;
  const labels: string[] = [];
  income.getColumn(2).eachCell((c) => labels.push(String(c.value ?? '')));
  expect(labels).toContain(v);
  for (const other of villages.slice(1)) expect(labels).not.toContain(other);
  expect(book.worksheets.filter((w) => w.name.startsWith('公示名单'))).toHaveLength(1);
  const notes = book.getWorksheet('汇总表说明')!;
  const text: string[] = [];
  notes.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
  expect(text.join()).toContain(`只统计${v}的户`);
});

test('an unknown table name: Chinese message, exit 2, nothing written', async () => {
  const out = path.join(dir, 'bad.xlsx');
  const r = await run(['check', ledger, '--summary', out, '--summary-tables', '人口普查表']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('错误：未知的汇总表：“人口普查表”。可选的表：基本情况汇总表（basic）');
  await expect(sheetsOf(out)).rejects.toThrow();
});

test('an unknown village: Chinese message with the ledger villages, exit 2', async () => {
  const out = path.join(dir, 'bad2.xlsx');
  const r = await run(['check', ledger, '--summary', out, '--summary-villages', '不存在村']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('台账中没有村或乡镇“不存在村”');
  expect(r.err).toContain(villages[0]);
});

test('--summary-period: a word the CLI does not know is refused in Chinese', async () => {
  const r = await run(['check', ledger, '--summary', path.join(dir, 'p.xlsx'), '--summary-period', '周']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('参数 --summary-period 应为“年”“季”或“月”，收到“周”');
});

test('--summary-tables without --summary is refused', async () => {
  const r = await run(['check', ledger, '--summary-tables', 'basic']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('需与 --summary 汇总表.xlsx 一起使用');
});

test('national export folder: the v2 tables by id, 本期 a quarter; 务工 合计 = its lines in the file', async () => {
  const exp = generateNationalExport({ seed: 7202, persons: 300 });
  const folder = path.join(dir, 'national');
  await writeExportSet(exp, folder);
  const out = path.join(dir, 'national-summary.xlsx');
  const r = await run([
    'check',
    folder,
    '--quiet',
    '--summary',
    out,
    '--summary-tables',
    'work,ages,period,village-exit',
    '--summary-period',
    '季',
  ]);
  expect(r.err).toBe('');
  const book = await sheetsOf(out);
  expect(book.worksheets.map((w) => w.name)).toEqual([
    '监测对象年龄结构表',
    '本期新识别和风险消除情况表',
    '务工情况统计表',
    '村出列指标核对表',
    '汇总表说明',
  ]);
  const period = book.getWorksheet('本期新识别和风险消除情况表')!;
  expect(String(period.getCell('A1').value)).toContain(`${exp.exportDate.y}年第4季度新识别和风险消除`);
  // 务工人数 column: the 合计 row is a live SUM whose cached value equals the village lines.
  const work = book.getWorksheet('务工情况统计表')!;
  let header = 0;
  work.eachRow((row, n) => {
    if (row.getCell(4).value === '务工人数') header = n;
  });
  expect(header).toBeGreaterThan(0);
  let sum = 0;
  let total: ExcelJS.CellFormulaValue | undefined;
  work.eachRow((row, n) => {
    if (n <= header) return;
    const v = row.getCell(4).value;
    if (row.getCell(2).value === '合计') total = v as ExcelJS.CellFormulaValue;
    else if (typeof v === 'number') sum += v;
  });
  expect(sum).toBeGreaterThan(0);
  expect(total?.formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
  expect(total?.result).toBe(sum);
});
