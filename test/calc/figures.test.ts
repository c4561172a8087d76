import { analyze } from '../../src/core/engine';
import { incidencePercent } from '../../src/core/calc/figures';
import { CONFIG, TODAY, makeId, sheet } from '../rules/helpers';
import type { SheetInput } from '../../src/core/types';

const report = (sheets: SheetInput[], extra: Record<string, unknown> = {}) =>
  analyze(sheets, { ...CONFIG, ...extra }, TODAY).report;

// 2021+ ledger: A 序号, B 乡(镇), C 行政村, D 户编号, E 姓名, F 与户主关系, G 人数, H 户类型, I 监测对象类别, J 风险是否消除.
const L = [
  '序号',
  '乡(镇)',
  '行政村',
  '户编号',
  '姓名',
  '与户主关系',
  '人数',
  '户类型',
  '监测对象类别',
  '风险是否消除',
];
const V = ['序号', '乡(镇)', '行政村', '总户数', '总人口', '农业户籍人口'];

let seq = 0;
let hid = 0;
function hhs(count: number, village: string, size: number, o: Record<string, string> = {}) {
  const rows: Array<Record<string, string | number>> = [];
  for (let k = 0; k < count; k++) {
    hid++;
    for (let i = 0; i < size; i++) {
      seq++;
      rows.push({
        序号: seq,
        '乡(镇)': '示例镇',
        行政村: village,
        户编号: `H${hid}`,
        姓名: `成员${seq}`,
        与户主关系: i ? '之子' : '户主',
        人数: size,
        户类型: '脱贫户',
        ...o,
      });
    }
  }
  return rows;
}
const open = { 户类型: '监测户', 监测对象类别: '边缘易致贫户', 风险是否消除: '否' };
const closed = { 户类型: '监测户', 监测对象类别: '脱贫不稳定户', 风险是否消除: '是' };

beforeEach(() => {
  seq = 0;
  hid = 0;
});

describe('贫困发生率 through a village sheet and a ledger', () => {
  it('reproduces 1050 ÷ 3180 = 33.02, 259 ÷ 1792 = 14.45, 584 ÷ 2913 = 20.05 and sums the total from counts', () => {
    const ledger = sheet('台账', L, [
      ...hhs(210, '东村', 5, open), // 1050 risk-open persons
      ...hhs(10, '东村', 3, closed), // risk eliminated: not counted
      ...hhs(20, '东村', 4), // 脱贫户: not counted
      ...hhs(37, '西村', 7, open), // 259
      ...hhs(146, '南村', 4, open), // 584
      ...hhs(5, '南村', 2), // 脱贫户
    ]);
    const villages = sheet('行政村基本情况', V, [
      { 序号: 1, '乡(镇)': '示例镇', 行政村: '东村委会', 总户数: 900, 总人口: 3300, 农业户籍人口: 3180 },
      { 序号: 2, '乡(镇)': '示例镇', 行政村: '西村', 总户数: 500, 总人口: 1900, 农业户籍人口: 1792 },
      { 序号: 3, '乡(镇)': '示例镇', 行政村: '南村', 总户数: 800, 总人口: 3000, 农业户籍人口: 2913 },
    ]);
    const r = report([ledger, villages]);
    expect(r.incidenceBasis).toBe('监测对象（风险未消除）人数');
    const pick = (name: string) => r.villages.find((v) => v.village === name)!;
    expect([pick('东村').incidencePersons, pick('东村').population, pick('东村').incidencePercent]).toEqual([
      1050, 3180, 33.02,
    ]);
    expect([pick('西村').incidencePersons, pick('西村').population, pick('西村').incidencePercent]).toEqual([
      259, 1792, 14.45,
    ]);
    expect([pick('南村').incidencePersons, pick('南村').population, pick('南村').incidencePercent]).toEqual([
      584, 2913, 20.05,
    ]);
    const east = pick('东村');
    expect(east).toMatchObject({
      township: '示例镇',
      households: 240,
      persons: 1050 + 30 + 80,
      coveredHouseholds: 230,
      coveredPersons: 1050 + 80,
      exitedHouseholds: 20,
      exitedPersons: 80,
      monitoredHouseholds: 220,
      monitoredPersons: 1080,
      riskEliminatedHouseholds: 10,
      riskEliminatedPersons: 30,
      riskOpenHouseholds: 210,
      riskOpenPersons: 1050,
      monitored: {
        边缘易致贫户: { households: 210, persons: 1050 },
        脱贫不稳定户: { households: 10, persons: 30 },
      },
      totalHouseholds: 900,
      totalPopulation: 3300,
      agriPopulation: 3180,
    });
    // Total: (1050 + 259 + 584) ÷ (3180 + 1792 + 2913) = 1893 ÷ 7885 = 24.0076…% — not a sum of rounded percents.
    expect(r.total).toMatchObject({
      village: '合计',
      households: 240 + 37 + 151,
      incidencePersons: 1893,
      population: 7885,
      incidencePercent: 24.01,
      riskOpenPersons: 1893,
    });
  });

  it('takes the denominator chosen by config, falls back to config.villagePopulation, else null', () => {
    const ledger = sheet('台账', L, [...hhs(1, '东村', 3, open), ...hhs(1, '西村', 2, open)]);
    const villages = sheet('行政村基本情况', V, [
      { 序号: 1, 行政村: '东村', 总户数: 10, 总人口: 400, 农业户籍人口: 300 },
    ]);
    const r1 = report([ledger, villages], { incidenceDenominator: 'totalPopulation' });
    expect(r1.villages.map((v) => [v.village, v.population, v.incidencePercent])).toEqual([
      ['东村', 400, 0.75],
      ['西村', null, null],
    ]);
    expect(r1.total).toMatchObject({ population: null, incidencePercent: null });
    const r2 = report([ledger, villages], { villagePopulation: { 西村: 150 } });
    expect(r2.villages.map((v) => [v.village, v.population, v.incidencePercent])).toEqual([
      ['东村', 300, 1],
      ['西村', 150, 1.33],
    ]);
    expect(r2.total).toMatchObject({ population: 450, incidencePersons: 5, incidencePercent: 1.11 });
  });

  it('2014–2020 ledgers count persons of 未脱贫 and 返贫 households', () => {
    const O = ['序号', '行政村', '户编号', '姓名', '与户主关系', '人数', '脱贫标志'];
    const rows = [
      ...hhs(1, '东村', 3, { 脱贫标志: '未脱贫' }),
      ...hhs(1, '东村', 2, { 脱贫标志: '返贫' }),
      ...hhs(1, '东村', 4, { 脱贫标志: '已脱贫' }),
    ].map(({ 户类型: _t, '乡(镇)': _x, ...r }) => r);
    const r = report([sheet('台账', O, rows)], {
      villagePopulation: { 东村: 200 },
      year: 2018,
      referenceDate: '2018-12-31',
    });
    expect(r.incidenceBasis).toBe('未脱贫及返贫人口');
    expect(r.villages[0]).toMatchObject({
      stillPoorHouseholds: 2,
      stillPoorPersons: 5,
      incidencePersons: 5,
      incidencePercent: 2.5,
    });
    expect(r.villages[0].coveredPersons).toBe(9); // no 户类型 column: every household is covered
  });

  it('rounds percentages half away from zero from the exact quotient', () => {
    expect(incidencePercent(1, 8)).toBe(12.5);
    expect(incidencePercent(1, 80000)).toBe(0); // 0.00125 %
    expect(incidencePercent(1, 20000)).toBe(0.01); // 0.005 % → 0.01 (half away)
    expect(incidencePercent(1, 40000)).toBe(0); // 0.0025 %
    expect(incidencePercent(3, 0)).toBeNull();
  });
});

describe('household figures', () => {
  it('carries status, head, causes, 三保障 and helper fields', () => {
    const F = [
      '序号',
      '乡(镇)',
      '行政村',
      '村民小组',
      '户编号',
      '姓名',
      '证件号码',
      '与户主关系',
      '人数',
      '户类型',
      '主要致贫原因',
      '其他致贫原因',
      '是否危房户',
      '危房级别',
      '是否解决安全饮用水',
      '在校生状况',
      '文化程度',
      '是否参加城乡居民基本医疗保险',
      '帮扶责任人',
      '隶属关系',
      '户联系电话',
      '纯收入',
    ];
    const head = makeId('19800101', 1, true);
    const base = {
      '乡(镇)': '示例镇',
      行政村: '东村',
      村民小组: '一组',
      户编号: 'H1',
      人数: 3,
      户类型: '脱贫户',
      主要致贫原因: '因病',
      其他致贫原因: '缺技术、因学',
      是否危房户: '否',
      危房级别: 'C级',
      是否解决安全饮用水: '否',
      帮扶责任人: '王五',
      隶属关系: '县',
      户联系电话: '13800000000',
      纯收入: 30000.03,
    };
    const rows = [
      {
        ...base,
        序号: 1,
        姓名: '张一',
        证件号码: head,
        与户主关系: '户主',
        文化程度: '初中',
        是否参加城乡居民基本医疗保险: '是',
      },
      // 2016-06-01 → 8 at 2024-12-31, not in school, no reason: out of school; uninsured
      {
        ...base,
        序号: 2,
        姓名: '张二',
        证件号码: makeId('20160601', 2, true),
        与户主关系: '之子',
        在校生状况: '学龄前儿童',
        是否参加城乡居民基本医疗保险: '否',
      },
      {
        ...base,
        序号: 3,
        姓名: '张三',
        证件号码: makeId('20140601', 3, false),
        与户主关系: '之女',
        在校生状况: '小学',
        是否参加城乡居民基本医疗保险: '是',
      },
    ];
    const h = report([sheet('台账', F, rows)]).households[0];
    expect(h).toMatchObject({
      sheet: '台账',
      row: 4,
      householdId: 'H1',
      village: '东村',
      township: '示例镇',
      group: '一组',
      headName: '张一',
      headIdNumber: head,
      size: 3,
      members: 3,
      householdType: '脱贫户',
      exited: true,
      monitored: false,
      covered: true,
      netIncome: 30000.03,
      perCapitaNetIncome: 10000.01,
      causes: ['因病', '缺技术', '因学'],
      mainCause: '因病',
      unsafeHousing: true,
      unsafeWater: true,
      compulsoryAgeMembers: 2,
      outOfSchoolMembers: 1,
      uninsuredMembers: 1,
      helperName: '王五',
      helperAffiliation: '县',
      phone: '13800000000',
    });
    expect(h.riskEliminated).toBeUndefined(); // no 风险是否消除 column
  });
});
