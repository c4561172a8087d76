// bangfu compare / diff and --exemptions on real .xlsx files: exit codes, JSON, 比对结果 / 变动情况 / 已核实清单
// sheets, the annotated copy, the clerk's exemptions round trip, clear Chinese errors, inputs never written.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { cleanId, ledger, pick, writeLedger, writeList, addColumn, type LedgerGrid } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-compare-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function capture() {
  let out = '';
  let err = '';
  return {
    io: {
      out: { write: (s: string) => ((out += s), true) },
      err: { write: (s: string) => ((err += s), true) },
    },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

const sha = async (f: string) =>
  crypto
    .createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');
const f = (name: string) => path.join(dir, name);

async function sheetRows(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}: ${wb.worksheets.map((w) => w.name).join(',')}`);
  const rows: string[] = [];
  ws.eachRow((r) => rows.push(JSON.stringify(r.values)));
  return rows;
}

let l: LedgerGrid;
let cols: { id: number; name: number };
beforeAll(async () => {
  l = ledger(41, 120);
  cols = { id: pick(l, '证件号码', '公民身份号码'), name: l.col('姓名') };
  addColumn(l, '享受低保政策情况', () => '未享受');
  await writeLedger(l, f('台账.xlsx'));
});

const person = (r: number) => ({ 姓名: l.values[r][cols.name], 身份证号码: cleanId(l.values[r][cols.id]) });

test('compare: exit 1 on a deceased member; JSON, 比对结果, annotated copy; inputs untouched', async () => {
  const [d, n] = [l.rows[2], l.rows[10]];
  await writeList(
    f('死亡名单.xlsx'),
    'Sheet1',
    '火化人员信息',
    ['序号', '姓名', '身份证号码', '死亡日期'],
    [{ ...person(d), 死亡日期: '2024-11-02' }],
  );
  await writeList(
    f('list2.xlsx'),
    'Sheet1',
    '名单',
    ['序号', '姓名', '身份证号码'],
    [{ ...person(n), 姓名: '改名' }],
  );
  const before = await Promise.all(['台账.xlsx', '死亡名单.xlsx', 'list2.xlsx'].map((x) => sha(f(x))));
  const c = capture();
  const code = await main(
    [
      'compare',
      f('台账.xlsx'),
      f('死亡名单.xlsx'),
      '--kind',
      '低保',
      f('list2.xlsx'),
      '--json',
      f('c.json'),
      '--summary',
      f('c-sum.xlsx'),
      '--annotate',
      f('c-ann.xlsx'),
    ],
    c.io,
  );
  expect(c.err).toBe('');
  expect(code).toBe(1);
  expect(c.out).toContain('死亡（按名称判断');
  const report = JSON.parse(await fs.readFile(f('c.json'), 'utf8'));
  expect(report.lists.map((x: { kind: string }) => x.kind)).toEqual(['death', 'dibao']);
  // list2 is a 低保 list by --kind: the listed person is 未享受 in the ledger, and the name differs.
  expect(report.findings.map((x: { rule: string; row: number }) => `${x.rule}@${x.row}`).sort()).toEqual(
    [
      `compare.deceased-member@${d + 1}`,
      `compare.dibao-not-enjoying@${n + 1}`,
      `compare.name-mismatch@${n + 1}`,
    ].sort(),
  );
  expect(report.counts).toMatchObject({ error: 1, warning: 2, exempted: 0 });
  const rows = await sheetRows(f('c-sum.xlsx'), '比对结果');
  expect(rows.filter((r) => r.includes('compare.')).length).toBe(3);
  expect(rows.some((r) => r.includes('改名') && r.includes(String(l.values[n][cols.name])))).toBe(true);
  const ann = await sheetRows(f('c-ann.xlsx'), '问题清单');
  expect(ann.some((r) => r.includes('compare.deceased-member'))).toBe(true);
  expect(await Promise.all(['台账.xlsx', '死亡名单.xlsx', 'list2.xlsx'].map((x) => sha(f(x))))).toEqual(
    before,
  );
});

test('exemptions: the candidates file, filled in by the clerk, keeps verified findings verified until the value changes', async () => {
  const [d, n] = [l.rows[2], l.rows[10]];
  await writeList(f('dead.xlsx'), 'Sheet1', '死亡人员名单', ['序号', '姓名', '身份证号码'], [person(d)]);
  await writeList(
    f('dibao.xlsx'),
    'Sheet1',
    '低保名单',
    ['序号', '姓名', '身份证号码'],
    [{ ...person(n), 姓名: '改名' }],
  );
  const c1 = capture();
  expect(
    await main(
      [
        'compare',
        f('台账.xlsx'),
        f('dead.xlsx'),
        f('dibao.xlsx'),
        '--quiet',
        '--exemptions-out',
        f('待核实.xlsx'),
      ],
      c1.io,
    ),
  ).toBe(1);
  // The clerk verifies the death finding and the name finding.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('待核实.xlsx'));
  const ws = wb.getWorksheet('豁免清单')!;
  const header = (ws.getRow(2).values as string[]).map(String);
  const [ruleC, reasonC, byC] = ['规则', '核实原因', '核实人'].map((h) => header.indexOf(h));
  let marked = 0;
  ws.eachRow((row, i) => {
    const rule = String(row.getCell(ruleC).value);
    if (i > 2 && (rule === 'compare.deceased-member' || rule === 'compare.name-mismatch')) {
      row.getCell(reasonC).value = '已核实：同名不同人';
      row.getCell(byC).value = '张会计';
      marked++;
    }
  });
  expect(marked).toBe(2);
  await wb.xlsx.writeFile(f('豁免清单.xlsx'));

  const c2 = capture();
  const code = await main(
    [
      'compare',
      f('台账.xlsx'),
      f('dead.xlsx'),
      f('dibao.xlsx'),
      '--exemptions',
      f('豁免清单.xlsx'),
      '--json',
      f('e.json'),
      '--summary',
      f('e-sum.xlsx'),
    ],
    c2.io,
  );
  expect(c2.err).toBe('');
  expect(code).toBe(0);
  const r = JSON.parse(await fs.readFile(f('e.json'), 'utf8'));
  expect(r.findings.map((x: { rule: string }) => x.rule)).toEqual(['compare.dibao-not-enjoying']);
  expect(r.exempted.map((x: { finding: { rule: string } }) => x.finding.rule).sort()).toEqual([
    'compare.deceased-member',
    'compare.name-mismatch',
  ]);
  expect(r.counts.exempted).toBe(2);
  const verified = await sheetRows(f('e-sum.xlsx'), '已核实清单');
  expect(verified.filter((x) => x.includes('张会计')).length).toBe(2);

  // The list's spelling of the name changes: that finding returns, the exemption shows as no longer matching.
  await writeList(
    f('dibao.xlsx'),
    'Sheet1',
    '低保名单',
    ['序号', '姓名', '身份证号码'],
    [{ ...person(n), 姓名: '又改名' }],
  );
  const c3 = capture();
  await main(
    [
      'compare',
      f('台账.xlsx'),
      f('dead.xlsx'),
      f('dibao.xlsx'),
      '--exemptions',
      f('豁免清单.xlsx'),
      '--json',
      f('e2.json'),
      '--quiet',
    ],
    c3.io,
  );
  const r2 = JSON.parse(await fs.readFile(f('e2.json'), 'utf8'));
  expect(r2.findings.map((x: { rule: string }) => x.rule).sort()).toEqual([
    'compare.dibao-not-enjoying',
    'compare.name-mismatch',
  ]);
  expect(r2.staleExemptions.map((x: { rule: string }) => x.rule)).toEqual(['compare.name-mismatch']);
});

test('check --exemptions: a verified error no longer counts (exit 0) and is listed separately', async () => {
  const bad = ledger(42, 60);
  const idc = pick(bad, '证件号码', '公民身份号码');
  const r = bad.rows[4];
  const id = cleanId(bad.values[r][idc]);
  bad.values[r][idc] = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
  await writeLedger(bad, f('bad.xlsx'));
  const c1 = capture();
  expect(
    await main(
      ['check', f('bad.xlsx'), '--quiet', '--json', f('b.json'), '--exemptions-out', f('b-ex.json')],
      c1.io,
    ),
  ).toBe(1);
  const errors = JSON.parse(await fs.readFile(f('b.json'), 'utf8')).findings.filter(
    (x: { severity: string }) => x.severity === 'error',
  );
  const cand = JSON.parse(await fs.readFile(f('b-ex.json'), 'utf8'));
  for (const e of cand.exemptions)
    if (errors.some((x: { rule: string }) => x.rule === e.rule)) e.reason = '证件原件如此，已报公安核查';
  await fs.writeFile(f('b-ex.json'), JSON.stringify(cand));
  const c2 = capture();
  expect(
    await main(
      ['check', f('bad.xlsx'), '--quiet', '--json', f('b2.json'), '--exemptions', f('b-ex.json')],
      c2.io,
    ),
  ).toBe(0);
  const rep = JSON.parse(await fs.readFile(f('b2.json'), 'utf8'));
  expect(rep.counts.error).toBe(0);
  expect(rep.exempted.length).toBe(errors.length);
});

test('diff: counts and the 变动情况 sheet', async () => {
  const prev = ledger(43, 100);
  await writeLedger(prev, f('上月.xlsx'));
  const hid = pick(prev, '户编号', '家庭编号');
  const first = String(prev.values[prev.rows[0]][hid]);
  const rows = prev.rows.filter((r) => prev.values[r][hid] === first);
  const s = prev.spec.sheets[0];
  const drop = new Set(rows);
  s.values = s.values.filter((_, i) => !drop.has(i));
  s.numberFormats = s.numberFormats.filter((_, i) => !drop.has(i));
  await writeLedger(prev, f('本月.xlsx'));
  const c = capture();
  const code = await main(
    ['diff', f('上月.xlsx'), f('本月.xlsx'), '--json', f('d.json'), '--summary', f('d.xlsx')],
    c.io,
  );
  expect(c.err).toBe('');
  expect(code).toBe(0);
  expect(c.out).toContain(`减少1户${rows.length}人`);
  const r = JSON.parse(await fs.readFile(f('d.json'), 'utf8'));
  expect(r.counts).toMatchObject({ removedHouseholds: 1, removedPersons: rows.length, addedHouseholds: 0 });
  expect(r.previousFindings.map((x: { rule: string }) => x.rule)).toEqual(['compare.removed-no-reason']);
  const sheet = await sheetRows(f('d.xlsx'), '变动情况');
  expect(sheet.some((x) => x.includes('减少户') && x.includes(first))).toBe(true);
});

test.each([
  [['compare', 'nope.xlsx', 'x.xlsx'], '找不到文件'],
  [['compare', '台账.xlsx'], '至少一个名单'],
  [['compare', '台账.xlsx', '--kind', '火星', 'x.xlsx'], '--kind'],
  [['compare', '台账.xlsx', '台账.xlsx', '--summary', '台账.xlsx'], '不会覆盖原台账'],
  [['diff', '台账.xlsx'], '用法'],
  [['diff', '台账.xlsx', '台账.xlsx', '--threshold', 'abc'], '--threshold'],
  [['check', '台账.xlsx', '--exemptions', 'bad.json'], 'JSON'],
])('bad input %j exits 2 with a Chinese reason', async (argv, text) => {
  await fs.writeFile(f('bad.json'), '{oops');
  const c = capture();
  const code = await main(
    argv.map((a) => (a.endsWith('.xlsx') || a.endsWith('.json') ? f(a) : a)),
    c.io,
  );
  expect(code).toBe(2);
  expect(c.err).toContain('错误：');
  expect(c.err).toContain(text);
});

test('a list without an ID column is refused with a Chinese reason', async () => {
  await writeList(f('noid.xlsx'), 'Sheet1', '名单', ['序号', '姓名', '村'], [{ 姓名: '某', 村: '一村' }]);
  const c = capture();
  expect(await main(['compare', f('台账.xlsx'), f('noid.xlsx')], c.io)).toBe(2);
  expect(c.err).toContain('身份证号码');
});
