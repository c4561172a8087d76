import { configSchema } from '../../src/core/config/schema';
import type { HouseholdFigure } from '../../src/core/types';
import { buildAllSummaries, buildNarrative } from '../../src/core/summaries';
import { cell, col, config, emptyReport, hh, rowWhere, sampleReport, villagesOf } from './fixtures';

describe('narrative from the sample report', () => {
  const lines = buildNarrative(sampleReport(), config, { date: '2024-12-31' });
  test('counts, incidence, funds, findings', () => {
    expect(lines).toEqual([
      '截至2024年12月31日，全镇共有脱贫户5户12人；监测对象3户10人，其中脱贫不稳定户1户5人、边缘易致贫户1户3人、突发严重困难户1户2人，风险已消除1户5人。',
      '监测对象（风险未消除）人口占比0.33%。',
      '衔接资金计划投资140.5万元，已支出99.9234万元，支出进度76.86%。',
      '产业发展资金占中央衔接资金比重60%。',
      '本次核查发现问题4条，已整改0条。',
    ]);
  });
  test('every number equals a table cell', () => {
    const specs = buildAllSummaries(sampleReport(), config, { date: '2024-12-31' });
    const basic = specs[0];
    const total = rowWhere(basic, 1, '合计');
    expect(basic.narrative).toEqual(lines);
    expect(cell(basic, total, col(basic, '脱贫户', '户数')).v).toBe(5);
    expect(cell(basic, total, col(basic, '脱贫户', '人数')).v).toBe(12);
    expect(cell(basic, total, col(basic, '监测对象', '小计', '人数')).v).toBe(10);
    expect(cell(basic, total, col(basic, '监测对象（风险未消除）人口占比（%）')).v).toBe(0.33);
    const fund = specs.find((s) => s.name === '资金使用情况汇总表')!;
    const ft = rowWhere(fund, 1, '合计');
    expect(cell(fund, ft, col(fund, '计划投资（万元）')).v).toBe(140.5);
    expect(cell(fund, ft, col(fund, '支出进度（%）')).v).toBe(76.86);
  });
  test('zero categories are left out; no monitored households said plainly', () => {
    const r = sampleReport();
    r.households = r.households.filter((h) => h.monitorCategory !== '突发严重困难户');
    r.villages = villagesOf(r.households, { 东山村: 1000, 西岭村: 500 });
    const s = buildNarrative(r, config, { date: '2024-12-31' })[0];
    expect(s).not.toContain('突发严重困难户');
    const none = {
      ...emptyReport(),
      villages: villagesOf([hh({ village: '甲村', size: 2, exited: true })], { 甲村: 100 }),
    };
    expect(buildNarrative(none, config)[0]).toBe('截至2023年12月31日，全镇共有脱贫户1户2人；暂无监测对象。');
  });
});

describe('worked example from seed 004 (花园乡)', () => {
  /** 389户879人 脱贫户; 脱贫监测户 3户9人; 边缘易致贫户 28户93人; all risks eliminated. */
  function seed004(openPersons = 0): ReturnType<typeof emptyReport> {
    const hs: HouseholdFigure[] = [];
    const villages = ['甲村', '乙村'];
    for (let i = 0; i < 389; i++)
      hs.push(hh({ village: villages[i % 2], size: i < 101 ? 3 : 2, exited: true, householdType: '脱贫户' }));
    for (let i = 0; i < 3; i++)
      hs.push(
        hh({
          village: '甲村',
          size: 3,
          monitored: true,
          monitorCategory: '脱贫监测户',
          riskEliminated: i >= openPersons / 3,
        }),
      );
    for (let i = 0; i < 28; i++)
      hs.push(
        hh({
          village: '乙村',
          size: i < 9 ? 4 : 3,
          monitored: true,
          monitorCategory: '边缘易致贫户',
          riskEliminated: true,
        }),
      );
    return { ...emptyReport(), households: hs, villages: villagesOf(hs, { 甲村: 6110, 乙村: 6110 }) };
  }
  const cfg = configSchema.parse({ reportingUnit: '花园乡人民政府' });

  test('the narrative quotes the seed figures', () => {
    const [s, inc] = buildNarrative(seed004(), cfg, { date: '2020-12-15' });
    expect(s).toContain('截至2020年12月15日，全乡共有脱贫户389户879人');
    expect(s).toContain('脱贫不稳定户3户9人');
    expect(s).toContain('边缘易致贫户28户93人');
    expect(s).toContain('监测对象31户102人');
    expect(s).toContain('风险均已消除（31户102人）');
    expect(inc).toBe('监测对象（风险未消除）人口占比0%。');
  });
  test('a tiny rate keeps two significant digits (3 ÷ 12220 → 0.025%)', () => {
    const lines = buildNarrative(seed004(3), cfg, { date: '2020-12-15' });
    expect(lines[0]).toContain('风险已消除30户99人');
    expect(lines[1]).toBe('监测对象（风险未消除）人口占比0.025%。');
  });
});
