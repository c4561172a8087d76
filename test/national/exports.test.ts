// The five exports of 全国防止返贫监测信息系统 as downloaded (ledgers-national.md), generated synthetic: recognised by
// their headers, read without noise when clean, and every injected error found on its cell.
import { analyze } from '../../src/core/engine';
import { buildSynonymIndex, parseSheet } from '../../src/core/grid/parseSheet';
import type { Report } from '../../src/core/types';
import {
  generateNationalExport,
  NATIONAL_INJECTIONS,
  toSheetInput,
  type NationalExport,
} from '../generator/national';

/** A PC clock far from the export date: the year must come from the export itself. */
const TODAY = { y: 2026, m: 5, d: 20 };
const CONFIG = { incidenceDenominator: 'totalPopulation' };

function check(exp: NationalExport): Report {
  return analyze(exp.files.map(toSheetInput), CONFIG, { today: TODAY }).report;
}

const byRule = (r: Report, sev?: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const f of r.findings) if (!sev || f.severity === sev) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return out;
};

describe('national exports', () => {
  const clean = generateNationalExport({ seed: 11, persons: 2500 });
  const report = check(clean);

  it('recognises each export by its headers, whatever its location header convention', () => {
    expect(report.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['（自定义）监测对象信息', 'person'],
      ['（乡村建设）户信息', 'householdBuild'],
      ['（务工月监测）已外出务工信息', 'work'],
      ['计划外出务工信息', 'workPlan'],
      ['（自定义）行政村信息', 'village'],
    ]);
    const persons = clean.model.households.reduce((n, h) => n + h.persons.length, 0);
    expect(report.sheets[0].dataRows).toBe(persons);
    // 县(市、区、旗)/乡(镇)/行政村 and 县/乡/村 both map to the location keys.
    for (const s of report.sheets)
      expect(s.columnsFound).toEqual(expect.arrayContaining(['county', 'township', 'village']));
    expect(report.sheets[2].columnsFound).toEqual(
      expect.arrayContaining(['workStart', 'workEnd', 'isWorking', 'workCounty', 'workChannel']),
    );
    // 实施开发式帮扶措施情况 is a flag, never the measures.
    expect(report.sheets[0].columnsFound).toEqual(
      expect.arrayContaining(['developmentalStatus', 'measureIndustry', 'measureEmployment']),
    );
    expect(report.sheets[0].columnsFound).not.toContain('measures');
    // Unknown columns of the wide export are ignored; 风险是否已消除0 maps to nothing (the exact header wins).
    const parsed = parseSheet(toSheetInput(clean.files[0]), buildSynonymIndex());
    expect(parsed.byKey.riskEliminated.header).toBe('风险是否已消除');
    const keyOf = (h: string) => parsed.columns.find((c) => c.path.join('') === h)?.key;
    expect(keyOf('风险是否已消除0')).toBe('');
    expect(keyOf('户籍所在地详细地址')).toBe('');
    expect(keyOf('就业渠道（易地搬迁后扶使用）')).toBe('personEmploymentChannel');
  });

  it('a clean export set gives no error, no warning and at most one note per sheet', () => {
    expect(byRule(report, 'error')).toEqual({});
    expect(byRule(report, 'warning')).toEqual({});
    const notes = new Map<string, number>();
    for (const f of report.findings) notes.set(f.sheet, (notes.get(f.sheet) ?? 0) + 1);
    for (const n of notes.values()) expect(n).toBeLessThanOrEqual(1);
    // Every amount, count and area of the person export is text: one note for the sheet.
    const note = report.findings.find((f) => f.rule === 'sheet.numbers-as-text');
    expect(note).toMatchObject({ sheet: '（自定义）监测对象信息', severity: 'info', cell: 'M3' });
  });

  it('takes the data date and the income year from the export, not the PC clock', () => {
    expect(report.dataDate).toEqual({
      date: '2023-12-18',
      source: '“（自定义）监测对象信息”表头上方的“导出时间”',
    });
    expect(report.config.year).toBe(2023);
  });

  it('figures count the persons of the main export only (work spells are not members)', () => {
    const persons = clean.model.households.reduce((n, h) => n + h.persons.length, 0);
    expect(report.households).toHaveLength(clean.model.households.length);
    expect(report.households.reduce((n, h) => n + h.members, 0)).toBe(persons);
  });
});

describe('national exports with injected errors', () => {
  const exp = generateNationalExport({ seed: 12, persons: 1500, inject: NATIONAL_INJECTIONS });
  const report = check(exp);
  const got = report.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);

  it.each(NATIONAL_INJECTIONS.map((r) => [r]))('finds %s on the injected cell', (rule) => {
    const want = exp.expected.filter((e) => e.rule === rule).map((e) => `${e.rule}@${e.sheet}!${e.cell}`);
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(expect.arrayContaining(want));
  });

  it('reports nothing else as an error or warning', () => {
    const want = new Set(exp.expected.map((e) => `${e.rule}@${e.sheet}!${e.cell}`));
    const extra = report.findings
      .filter((f) => f.severity !== 'info' && !want.has(`${f.rule}@${f.sheet}!${f.cell}`))
      .map((f) => `${f.rule}@${f.sheet}!${f.cell} ${f.message}`);
    expect(extra).toEqual([]);
  });
});
