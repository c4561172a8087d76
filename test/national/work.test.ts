// Acceptance for the work rules (rules-v2 §16) on the generated national exports: the clean 务工 exports give none
// of their findings, and three injected errors of every work rule are each found on their cell with nothing else.
import { analyze } from '../../src/core/engine';
import type { Report } from '../../src/core/types';
import { generateNationalExport, toSheetInput, type NationalExport } from '../generator/national';
import { WORK_INJECTIONS } from '../generator/nationalWork';

const TODAY = { y: 2026, m: 5, d: 20 };
const check = (exp: NationalExport): Report =>
  analyze(exp.files.map(toSheetInput), { incidenceDenominator: 'totalPopulation' }, { today: TODAY }).report;
const key = (f: { rule: string; sheet: string; cell: string }): string => `${f.rule}@${f.sheet}!${f.cell}`;

describe('work rules on generated national exports', () => {
  it('a clean export set gives no work finding', () => {
    const report = check(generateNationalExport({ seed: 31, persons: 2000 }));
    expect(
      report.sheets.filter((s) => s.kind === 'work' || s.kind === 'workPlan').map((s) => s.dataRows > 0),
    ).toEqual([true, true]);
    expect(report.findings.filter((f) => f.rule.startsWith('work.')).map(key)).toEqual([]);
  });

  const exp = generateNationalExport({
    seed: 32,
    persons: 2500,
    inject: [...WORK_INJECTIONS, ...WORK_INJECTIONS, ...WORK_INJECTIONS],
  });
  const report = check(exp);
  const got = new Set(report.findings.map(key));

  it.each(WORK_INJECTIONS.map((r) => [r]))('finds the three injected %s on their cells', (rule) => {
    const want = exp.expected.filter((e) => e.rule === rule).map(key);
    expect(want).toHaveLength(3);
    expect(want.filter((w) => !got.has(w))).toEqual([]);
  });

  it('reports nothing else (notes included) beyond the export format note', () => {
    const want = new Set(exp.expected.map(key));
    const extra = report.findings
      .filter((f) => !want.has(key(f)) && f.rule !== 'sheet.numbers-as-text')
      .map((f) => `${key(f)} ${f.message}`);
    expect(extra).toEqual([]);
  });
});
