import { analyze } from '../../src/core/engine';
import { generateFundWorkbook, fundSheetInputs } from '../generator/fundLedger';
test('x', () => {
  const { sheets, expectations } = generateFundWorkbook();
  const a = analyze(fundSheetInputs(sheets), { referenceDate: '2024-12-31' }, { today: { y: 2025, m: 1, d: 1 } });
  const got = a.report.findings.filter((f) => f.rule.startsWith('fund.') || f.severity !== 'info').map((f) => `${f.rule}@${f.sheet}!${f.cell}`).sort();
  const exp = expectations.map((e) => `${e.rule}@${e.sheet}!${e.cell}`).sort();
  console.log('missing', exp.filter((x) => !got.includes(x)));
  console.log('extra', got.filter((x) => !exp.includes(x)));
  console.log(a.report.sheets, a.report.counts, JSON.stringify(a.report.fundRollup, null, 1).slice(0, 3000));
  const ex = a.report.findings.filter((f) => !exp.includes(`${f.rule}@${f.sheet}!${f.cell}`) && f.severity !== 'info').slice(0, 5);
  console.log(ex.map((f) => f.message));
  console.log(a.report.findings.filter(f=>f.rule.startsWith('fund.')).slice(0,14).map(f=>f.rule+' '+f.cell+' '+f.message).join('\n'));
});
