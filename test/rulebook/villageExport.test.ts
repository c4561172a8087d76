// Acceptance for the v2 village rules on the national generator's （自定义）行政村信息 export: a clean export gives
// none of them; three injected errors of each are all found on their cells, with nothing else from a village rule.
import { analyze } from '../../src/core/engine';
import { generateNationalExport, toSheetInput, type NationalExport } from '../generator/national';
import { injectVillageExport, VILLAGE_INJECTIONS } from '../generator/nationalVillage';

const TODAY = { y: 2026, m: 5, d: 20 };
const CONFIG = { incidenceDenominator: 'totalPopulation' };
const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;

function villageFindings(exp: NationalExport): string[] {
  const { report } = analyze(exp.files.map(toSheetInput), CONFIG, { today: TODAY });
  return report.findings
    .filter((f) => (VILLAGE_INJECTIONS as readonly string[]).includes(f.rule))
    .map(key)
    .sort();
}

test('a clean export: no v2 village finding', () => {
  expect(villageFindings(generateNationalExport({ seed: 5, persons: 400 }))).toEqual([]);
});

test.each([12, 31])(
  'seed %i: three injected errors of every village rule, all found, nothing else',
  (seed) => {
    const exp = generateNationalExport({ seed, persons: 400 });
    injectVillageExport(exp, VILLAGE_INJECTIONS, seed);
    const want = exp.expected.map(key).sort();
    for (const rule of VILLAGE_INJECTIONS)
      expect(want.filter((w) => w.startsWith(`${rule}@`))).toHaveLength(3);
    expect(villageFindings(exp)).toEqual(want);
  },
);
