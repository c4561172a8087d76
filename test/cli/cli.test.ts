// The CLI contract: exit codes, JSON report shape, annotated copy, clear Chinese errors, input never modified.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { checkChar } from '../../src/core/id/gb11643';

function id(prefix6: string, birth: string, seq3: string): string {
  const first17 = prefix6 + birth + seq3;
  return first17 + checkChar(first17);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function capture() {
  let out = '';
  let err = '';
  return {
    io: {
      out: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream,
      err: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WriteStream,
    },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

const HEADER = ['序号', '行政村', '户编号', '姓名', '证件号码', '人数', '与户主关系', '户类型', '人均纯收入'];

async function writeLedger(file: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员台账');
  ws.addRow(['XX村2024年脱贫户信息台账']);
  ws.addRow(['数据日期：2024-12-31']);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

const good = [
  [1, '一村', 'H001', '甲', id('520102', '19800101', '123'), 2, '户主', '脱贫户', 9000],
  [2, '一村', 'H001', '乙', id('520102', '19820202', '124'), 2, '配偶', '脱贫户', 9000],
];

async function sha(file: string): Promise<string> {
  return crypto
    .createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

test('a clean ledger exits 0 and writes a JSON report with the contract fields', async () => {
  const file = path.join(dir, 'good.xlsx');
  await writeLedger(file, good);
  const json = path.join(dir, 'good.json');
  const c = capture();
  const code = await main(['check', file, '--json', json, '--quiet'], c.io);
  expect(c.err).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(await fs.readFile(json, 'utf8'));
  expect(Array.isArray(report.findings)).toBe(true);
  expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  expect(report.sheets[0]).toMatchObject({ name: '人员台账', kind: 'person', headerRows: [3], dataRows: 2 });
  expect(Array.isArray(report.households)).toBe(true);
  expect(Array.isArray(report.villages)).toBe(true);
  expect(Array.isArray(report.funds)).toBe(true);
});

test('a wrong check digit exits 1; the annotated copy marks the cell and lists it; the input is unchanged', async () => {
  const file = path.join(dir, 'bad.xlsx');
  const bad = good.map((r) => [...r]);
  const wrong = String(bad[1][4]);
  bad[1][4] = wrong.slice(0, 17) + (wrong[17] === '0' ? '1' : '0');
  await writeLedger(file, bad);
  const before = await sha(file);
  const copy = path.join(dir, 'bad-annotated.xlsx');
  const c = capture();
  const code = await main(['check', file, '--annotate', copy], c.io);
  expect(code).toBe(1);
  expect(c.out).toContain('id.checksum');
  expect(await sha(file)).toBe(before);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  const cell = wb.getWorksheet('人员台账')!.getCell('E5');
  expect(cell.value).toBe(bad[1][4]);
  expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  expect(JSON.stringify(cell.note)).toContain('校验码');
  const list = wb.getWorksheet('问题清单')!;
  const rows: string[] = [];
  list.eachRow((r) => rows.push(JSON.stringify(r.values)));
  expect(rows.some((r) => r.includes('id.checksum') && r.includes('E5'))).toBe(true);
  // Cells without findings keep their look.
  expect(wb.getWorksheet('人员台账')!.getCell('D4').fill).toBeUndefined();
});

test.each([
  ['not-xlsx.xlsx', Buffer.from('序号,姓名\n1,张三\n', 'utf8'), '不是 xlsx'],
  [
    'encrypted.xlsx',
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    '密码',
  ],
  ['truncated.xlsx', null, '损坏'],
  ['empty.xlsx', Buffer.alloc(0), '为空'],
])('bad input %s exits 2 with a Chinese and an English reason', async (name, content, zh) => {
  const file = path.join(dir, name);
  if (content) await fs.writeFile(file, content);
  else {
    const src = path.join(dir, 'full.xlsx');
    await writeLedger(src, good);
    const buf = await fs.readFile(src);
    await fs.writeFile(file, buf.subarray(0, Math.floor(buf.length / 2)));
  }
  const c = capture();
  expect(await main(['check', file], c.io)).toBe(2);
  expect(c.err).toContain(zh);
  expect(c.err).toMatch(/error: .+/);
  expect(c.err).not.toMatch(/\n\s+at /); // no stack trace
});

test('--quiet prints only the tally (只输出汇总)', async () => {
  const file = path.join(dir, 'quiet.xlsx');
  const bad = good.map((r) => [...r]);
  bad[1][4] = String(bad[1][4]).slice(0, 17) + (String(bad[1][4]).endsWith('0') ? '1' : '0');
  await writeLedger(file, bad);
  const quiet = capture();
  expect(await main(['check', file, '--quiet'], quiet.io)).toBe(1);
  expect(quiet.out).toMatch(/^问题：错误 [1-9]\d* 条，警告 \d+ 条，提示 \d+ 条\n$/);
  const full = capture();
  await main(['check', file], full.io);
  expect(full.out).toContain(quiet.out.trim());
  expect(full.out.length).toBeGreaterThan(quiet.out.length * 3);
});

test('a workbook without any ledger exits 2; a missing file exits 2', async () => {
  const file = path.join(dir, 'notes.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['这是一份说明，不是台账']);
  await wb.xlsx.writeFile(file);
  const c = capture();
  expect(await main(['check', file], c.io)).toBe(2);
  expect(c.err).toContain('未在工作簿中找到可识别的台账');
  const c2 = capture();
  expect(await main(['check', path.join(dir, 'nope.xlsx')], c2.io)).toBe(2);
  expect(c2.err).toContain('找不到文件');
});

test('the CLI refuses to write over its input file', async () => {
  const file = path.join(dir, 'self.xlsx');
  await writeLedger(file, good);
  const before = await sha(file);
  for (const flag of ['--annotate', '--json', '--summary']) {
    const c = capture();
    expect(await main(['check', file, flag, file], c.io)).toBe(2);
    expect(c.err).toContain('就是输入文件');
  }
  expect(await sha(file)).toBe(before);
});

test('an invalid config exits 2 naming the key', async () => {
  const file = path.join(dir, 'cfg.xlsx');
  await writeLedger(file, good);
  const cfg = path.join(dir, 'cfg.json');
  await fs.writeFile(cfg, JSON.stringify({ helperMaxHouseholds: -1 }));
  const c = capture();
  expect(await main(['check', file, '--config', cfg], c.io)).toBe(2);
  expect(c.err).toContain('helperMaxHouseholds');
});
