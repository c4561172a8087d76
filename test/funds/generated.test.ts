// The generated ledger: 320 projects (万元, 2-row header, 小计 per type, 合计 last) with several injected errors of
// every fund rule, plus a 40-project 元 sheet (合计 first) whose 产业 share is too low. Every injected error is
// found at its cell, no other fund finding and no other error appears. The same workbook through the CLI.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { analyze } from '../../src/core/engine';
import { RULES } from '../../src/core/rules/catalogue';
import { main } from '../../src/cli/main';
import {
  CONFIGURED_FUND_SETTINGS,
  FC,
  fundSheetInputs,
  generateFundLedger,
  generateFundWorkbook,
  writeFundWorkbook,
} from '../generator/fundLedger';
import ExcelJS from 'exceljs';
import { checkChar } from '../../src/core/id/gb11643';
import { generateFundForms } from '../generator/fundForms';
import { CONFIG, TODAY } from './helpers';
import type { Finding } from '../../src/core/types';

const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
const FUND_ROW_RULES = Object.keys(RULES).filter(
  (r) => r.startsWith('fund.') && r !== 'fund.continuation-row',
);
/** Off unless a province sets its targets (rules-v2 §25): injected in the configured run below. */
const CONFIGURED_RULES = ['fund.progress-behind-schedule', 'fund.start-late'];

function checkAgainst(findings: Finding[], expected: string[]): void {
  const fund = findings
    .filter((f) => f.rule.startsWith('fund.'))
    .map(key)
    .sort();
  expect(fund).toEqual([...expected].sort());
  // No error-severity finding outside the injected ones.
  const errors = findings.filter((f) => f.severity === 'error').map(key);
  expect(errors.filter((e) => !expected.includes(e))).toEqual([]);
}

test('the generator is deterministic and injects several errors of every fund rule', () => {
  const a = generateFundWorkbook(7);
  const b = generateFundWorkbook(7);
  expect(a.expectations).toEqual(b.expectations);
  expect(a.sheets[0].values).toEqual(b.sheets[0].values);
  const forms = generateFundForms(7);
  expect(generateFundForms(7)).toEqual(forms);
  const per = new Map<string, number>();
  for (const e of [...a.expectations, ...forms.expectations]) per.set(e.rule, (per.get(e.rule) ?? 0) + 1);
  expect(FUND_ROW_RULES.filter((rule) => !per.has(rule) && !CONFIGURED_RULES.includes(rule))).toEqual([]);
  for (const rule of FUND_ROW_RULES.filter(
    (r) => r !== 'fund.industry-share' && !CONFIGURED_RULES.includes(r),
  ))
    expect(per.get(rule)).toBeGreaterThanOrEqual(3);
});

test.each([20240601, 7])(
  'seed %i: the fund forms and lists — every injected error found, nothing else',
  (seed) => {
    const { sheets, expectations } = generateFundForms(seed);
    const { report } = analyze(fundSheetInputs(sheets), CONFIG, TODAY);
    checkAgainst(report.findings, expectations.map(key));
    // Forms are read by their labels: no "header not found" note for them, no finding outside the fund rules.
    expect(report.findings.filter((f) => !f.rule.startsWith('fund.')).map(key)).toEqual([]);
    expect(report.sheets.filter((s) => s.kind === 'unknown').map((s) => s.name)).toEqual(
      sheets.filter((s) => /绩效/.test(s.name)).map((s) => s.name),
    );
    // Beneficiary lists and asset registers are not projects of the fund figures; the 公示 lists are.
    expect([...new Set(report.funds.map((f) => f.sheet))]).toEqual(
      sheets.filter((s) => s.name.startsWith('项目公示')).map((s) => s.name),
    );
  },
);

test('clean fund forms and lists give no finding', () => {
  const { sheets, expectations } = generateFundForms(3, false);
  expect(expectations).toEqual([]);
  const { report } = analyze(fundSheetInputs(sheets), CONFIG, TODAY);
  expect(report.findings.map(key)).toEqual([]);
});

test.each([20240601, 7, 99])('seed %i: ≥300 projects, all injected errors found, nothing else', (seed) => {
  const { sheets, expectations } = generateFundWorkbook(seed);
  const { report } = analyze(fundSheetInputs(sheets), CONFIG, TODAY);
  expect(report.sheets.map((s) => [s.name, s.kind, s.headerRows, s.dataRows, s.unit])).toEqual([
    ['项目台账', 'fund', [3, 4], 320, '万元'],
    ['第二批项目', 'fund', [3, 4], 40, '元'],
  ]);
  checkAgainst(report.findings, expectations.map(key));
  expect(report.funds).toHaveLength(360);
  // 5 小计 + 1 合计 per sheet are recognised as totals rows.
  expect(report.findings.filter((f) => f.rule === 'sheet.totals-row')).toHaveLength(12);
  const ru = report.fundRollup!;
  expect(ru.unit).toBe('万元');
  expect(ru.convertedNote).toContain('第二批项目');
  expect(ru.total.projects).toBe(360);
  // The roll-up's total equals the sum of the per-project figures (元 sheet ÷ 10000).
  const sum = report.funds.reduce(
    (s, f) => s + Math.round((f.planned ?? 0) * (f.unit === '元' ? 100 : 1_000_000)),
    0,
  );
  expect(Math.round(ru.total.planned * 1_000_000)).toBe(sum);
  expect(ru.byType.reduce((s, l) => s + l.projects, 0)).toBe(360);
});

test.each([20240601, 7])(
  'seed %i with province settings: start-late and behind-schedule found too',
  (seed) => {
    const { sheet, expectations } = generateFundLedger({ seed, projects: 320, configured: true });
    const per = (rule: string) => expectations.filter((e) => e.rule === rule).length;
    for (const rule of CONFIGURED_RULES) expect(per(rule)).toBeGreaterThanOrEqual(3);
    const { report } = analyze(fundSheetInputs([sheet]), { ...CONFIG, ...CONFIGURED_FUND_SETTINGS }, TODAY);
    checkAgainst(report.findings, expectations.map(key));
  },
);

test('a clean generated ledger (no injections) has no fund finding and no error', () => {
  const { sheet } = generateFundLedger({ seed: 3, inject: false, totalsFirst: true });
  const { report } = analyze(fundSheetInputs([sheet]), CONFIG, TODAY);
  checkAgainst(report.findings, []);
  // The sheet's own 合计 row agrees with the roll-up.
  const grand = sheet.values[4];
  expect(report.fundRollup!.total.planned).toBe(grand[FC.planned]);
  expect(report.fundRollup!.total.spent).toBe(grand[FC.spent]);
  expect(report.fundRollup!.total.progressPercent).toBe(grand[FC.progress]);
});

describe('CLI: fund sheets in the same run as a household sheet', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-funds-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('xlsx written with ExcelJS → bangfu check --json: funds array, fund findings as injected', async () => {
    const { sheets, expectations } = generateFundWorkbook(11);
    const file = path.join(dir, 'funds.xlsx');
    await writeFundWorkbook(sheets, file);
    // Add a small person ledger to the same workbook (synthetic ids with a valid check character).
    const id = (birth: string, seq: string) => `520102${birth}${seq}` + checkChar(`520102${birth}${seq}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.addWorksheet('人员台账');
    ws.addRow(['XX村2024年脱贫户信息台账']);
    ws.addRow(['数据日期：2024-12-31']);
    ws.addRow(['序号', '行政村', '户编号', '姓名', '证件号码', '人数', '与户主关系', '户类型', '人均纯收入']);
    ws.addRow([1, '一村', 'H001', '甲', id('19800101', '123'), 2, '户主', '脱贫户', 9000]);
    ws.addRow([2, '一村', 'H001', '乙', id('19820202', '124'), 2, '配偶', '脱贫户', 9000]);
    await wb.xlsx.writeFile(file);
    const json = path.join(dir, 'report.json');
    let err = '';
    const io = { out: { write: () => true }, err: { write: (s: string) => ((err += s), true) } };
    const code = await main(['check', file, '--json', json, '--quiet'], io);
    expect(err).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(await fs.readFile(json, 'utf8'));
    expect(report.sheets.map((x: { kind: string }) => x.kind)).toEqual(['fund', 'fund', 'person']);
    // (household figures are another module's; here only that both kinds went through one run)
    expect(Array.isArray(report.households)).toBe(true);
    expect(report.funds).toHaveLength(360);
    expect(report.fundRollup.total.projects).toBe(360);
    expect(report.funds[0]).toMatchObject({
      sheet: '项目台账',
      row: 5,
      unit: '万元',
      progressBase: 'released',
    });
    checkAgainst(report.findings, expectations.map(key));
  });
});
