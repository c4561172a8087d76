// Pure helpers of the task pane: dates as clerks type them, settings form ↔ config, mark features text, cell
// counts, change fingerprints, error → field mapping.
import {
  isOwnSheet,
  distinctCells,
  findingsAt,
  fingerprint,
  fixEdits,
  formFromSettings,
  markFeatureText,
  normalizeDateInput,
  settingsFromForm,
} from '../../src/taskpane/model';
import { fieldOfError } from '../../src/taskpane/SettingsTab';
import type { Finding, Report } from '../../src/core/types';

const finding = (
  sheet: string,
  cell: string,
  rule = 'id.checksum',
  extra: Partial<Finding> = {},
): Finding => ({
  sheet,
  cell,
  row: Number(cell.replace(/\D/g, '')),
  column: cell.replace(/\d/g, ''),
  rule,
  severity: 'error',
  message: `${rule} at ${cell}`,
  ...extra,
});

test('dates in the spellings clerks type become YYYY-MM-DD; impossible dates are refused', () => {
  expect(normalizeDateInput('2024/9/1')).toBe('2024-09-01');
  expect(normalizeDateInput('2024年9月1日')).toBe('2024-09-01');
  expect(normalizeDateInput(' 2024.12.31 ')).toBe('2024-12-31');
  expect(normalizeDateInput('2024-02-29')).toBe('2024-02-29');
  expect(normalizeDateInput('2023-02-29')).toBeNull();
  expect(normalizeDateInput('去年年底')).toBeNull();
  expect(normalizeDateInput('')).toBe('');
});

test('the settings form stores typed dates as ISO, keeps 填报单位, and names the field in Chinese errors', () => {
  const form = {
    ...formFromSettings({ other: 1 }),
    referenceDate: '2024年9月1日',
    reportingUnit: '花园乡人民政府',
  };
  const { raw, errors } = settingsFromForm(form, { other: 1 });
  expect(errors).toEqual([]);
  expect(raw).toEqual({ other: 1, referenceDate: '2024-09-01', reportingUnit: '花园乡人民政府' });
  expect(formFromSettings(raw).reportingUnit).toBe('花园乡人民政府');
  const bad = settingsFromForm({ ...form, referenceDate: '明年', year: '二〇二四' }, {});
  expect(bad.errors).toHaveLength(2);
  expect(bad.errors.map(fieldOfError).sort()).toEqual(['referenceDate', 'year']);
  // Date-shaped but impossible: passed on (padded) for the schema's own message.
  expect(settingsFromForm({ ...form, referenceDate: '2024/2/30' }, {}).raw.referenceDate).toBe('2024-02-30');
  expect(fieldOfError('配置项 povertyLine 无效')).toBe('povertyLine');
  expect(fieldOfError('未知错误')).toBeNull();
});

test('mark features: notes from 1.18, page setup from 1.9, each said in Chinese', () => {
  expect(markFeatureText({ notes: false, pageLayout: false, apiMinor: 7 })).toMatch(
    /仅底色.*1\.7.*选中.*页面设置需 ExcelApi 1\.9/,
  );
  expect(markFeatureText({ notes: true, pageLayout: true, apiMinor: 18 })).toMatch(/底色 \+ 备注.*横向 A4/);
});

test('cells, not findings, are what marks count; findingsAt matches case-insensitively', () => {
  const fs = [finding('名单', 'I5'), finding('名单', 'i5', 'id.length'), finding('名单', 'I6')];
  expect(distinctCells(fs)).toBe(2);
  const report = { findings: fs } as unknown as Report;
  expect(findingsAt(report, '名单', 'I5')).toHaveLength(2);
  expect(findingsAt(report, '名单', 'I7')).toHaveLength(0);
});

test('income fixes are flagged so the dialog leaves them unticked', () => {
  const fix = (cell: string) => ({ sheet: '名单', cell, from: 'a', to: 'b', label: '改' });
  const items = fixEdits([
    finding('名单', 'I5', 'id.lowercase-x', { fix: fix('I5') }),
    finding('名单', 'O5', 'income.per-capita-mismatch', { fix: fix('O5') }),
    finding('名单', 'O5', 'other', { fix: fix('O5') }), // same cell: first wins
  ]);
  expect(items.map((x) => [x.edit.cell, x.rewritesFigure])).toEqual([
    ['I5', false],
    ['O5', true],
  ]);
});

test('the fingerprint changes with any value and with order, not with object identity', () => {
  const a = [
    {
      name: 'S',
      values: [
        ['a', 1],
        ['b', ''],
      ],
    },
  ];
  const same = [
    {
      name: 'S',
      values: [
        ['a', 1],
        ['b', ''],
      ],
    },
  ];
  expect(fingerprint(a)).toBe(fingerprint(same));
  expect(
    fingerprint([
      {
        name: 'S',
        values: [
          ['a', '1'],
          ['b', ''],
        ],
      },
    ]),
  ).not.toBe(fingerprint(a));
  expect(
    fingerprint([
      {
        name: 'S',
        values: [
          ['b', ''],
          ['a', 1],
        ],
      },
    ]),
  ).not.toBe(fingerprint(a));
});

test('column mapping in Chinese: names in, keys stored, names shown again; unknown names refused in Chinese', () => {
  const form = {
    ...formFromSettings({}),
    columnSynonyms: '证件号码: 身份证，公民身份号码\n乡(镇)：所属乡镇',
  };
  const { raw, errors } = settingsFromForm(form, {});
  expect(errors).toEqual([]);
  expect(raw.columnSynonyms).toEqual({ idNumber: ['身份证', '公民身份号码'], township: ['所属乡镇'] });
  expect(formFromSettings(raw).columnSynonyms).toBe('证件号码: 身份证，公民身份号码\n乡(镇): 所属乡镇');
  // Keys typed by hand still work; an unknown field name says which line and what to do.
  expect(settingsFromForm({ ...form, columnSynonyms: 'idNumber: 身份证' }, {}).raw.columnSynonyms).toEqual({
    idNumber: ['身份证'],
  });
  const bad = settingsFromForm({ ...form, columnSynonyms: '证件号码: 身份证\n手机: 电话' }, {});
  expect(bad.errors).toEqual([expect.stringMatching(/^列名映射第 2 行：没有名为“手机”的字段/)]);
  expect(fieldOfError(bad.errors[0])).toBe('columnSynonyms');
});

test('per-village 公示名单 sheets are ours: a re-check never reads them as a ledger', () => {
  expect(isOwnSheet('公示名单（甲村）')).toBe(true);
  expect(isOwnSheet('公示名单（未注明村）(2)')).toBe(true);
  expect(isOwnSheet('基本情况汇总表(3)')).toBe(true);
  expect(isOwnSheet('甲村台账')).toBe(false);
  expect(isOwnSheet('公示名单备注')).toBe(false);
});
