// The defaults a check without settings takes without loading zod (config/defaults.ts) are the schema's own, and
// a check with them gives the report a check through the schema gives.
import { configSchema, parseConfig } from '../../src/core/config/schema';
import { defaultSettings } from '../../src/core/config/defaults';
import { loadConfig, noSettings } from '../../src/core/config/load';
import { configProblems } from '../../src/core/config/validate';
import { analyze } from '../../src/core/engine';
import { makeId, sheet, TODAY } from '../rules/helpers';

const HEADER = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '人数', '户类型', '人均纯收入'];
const ledger = () => [
  sheet('名单', HEADER, [
    {
      序号: 1,
      行政村: '甲村',
      户编号: 'H1',
      姓名: '张一',
      证件号码: makeId('19700101', 1, true),
      与户主关系: '户主',
      人数: 3,
      户类型: '脱贫户',
      人均纯收入: 8000,
    },
    {
      序号: 2,
      行政村: '甲村',
      户编号: 'H1',
      姓名: '张二',
      证件号码: makeId('20100101', 2, false),
      与户主关系: '之女',
      人数: 3,
      户类型: '脱贫户',
      人均纯收入: 8000,
    },
    {
      序号: 3,
      行政村: '乙村',
      户编号: 'H2',
      姓名: '李三',
      证件号码: '52010219800101123',
      与户主关系: '之子',
      人数: 2,
      户类型: '监测对象',
      人均纯收入: 4000,
    },
  ]),
];

test('the plain defaults equal configSchema.parse({}) and pass the config checks', () => {
  expect(defaultSettings()).toStrictEqual(configSchema.parse({}));
  expect(parseConfig({})).toStrictEqual({ ok: true, config: defaultSettings() });
  expect(configProblems(defaultSettings())).toEqual([]);
});

test('each call gives fresh objects, so a caller cannot change the next run’s defaults', () => {
  const a = defaultSettings();
  a.disabledRules.push('id.checksum');
  a.compulsoryEducationAges[0] = 7;
  expect(defaultSettings().disabledRules).toEqual([]);
  expect(defaultSettings().compulsoryEducationAges).toEqual([6, 15]);
});

test('only nothing, or an object without keys, counts as no settings', () => {
  expect([undefined, null, {}, Object.create(null)].map(noSettings)).toEqual([true, true, true, true]);
  expect([[], '', 0, { region: '' }, new Date(0)].map(noSettings)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
  // Anything else goes through the schema: unknown keys and wrong types are still reported in Chinese.
  const bad = loadConfig({ edgeFactr: 1.5 });
  expect(bad.ok).toBe(false);
  expect(bad.ok ? '' : bad.errors.join('')).toContain('edgeFactor');
  expect(loadConfig([]).ok).toBe(false);
});

test('a check without settings reports what a check through the schema with the same values reports', () => {
  const plain = analyze(ledger(), undefined, TODAY).report;
  const viaSchema = analyze(ledger(), { region: '', edgeFactor: 1.5 }, TODAY).report;
  expect(plain.findings.length).toBeGreaterThan(0);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(viaSchema));
  expect(JSON.stringify(analyze(ledger(), {}, TODAY).report)).toBe(JSON.stringify(plain));
});
