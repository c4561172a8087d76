// Every fund.* rule: a case that must fire (exact rule, cell, count) and a close case that must not.
import { H, base, check, fundSheet, hits, report } from './helpers';

const ALL = 'fund.';

test('a consistent project produces no fund finding and no error', () => {
  const f = check([base(), base({ 序号: 2, 项目名称: '新民村蔬菜大棚建设项目', 建设地点: '龙泉镇新民村' })]);
  expect(hits(f, ALL)).toEqual([]);
  expect(f.filter((x) => x.severity === 'error')).toEqual([]);
});

describe('fund.spent-exceeds-allocated', () => {
  test('已支出 above 已拨付 fires on the 已支出 cell', () => {
    const f = check([base({ 已支出: 81, '支出进度（%）': 90 })]);
    expect(hits(f, ALL)).toEqual(['fund.spent-exceeds-allocated@L4']);
    expect(f.find((x) => x.rule === 'fund.spent-exceeds-allocated')!.message).toContain(
      '已支出81万元超过已拨付80万元',
    );
  });
  test('equal, or above by less than the 1元 tolerance (0.00005万元 = 0.5元), does not', () => {
    expect(hits(check([base({ 已支出: 80, '支出进度（%）': 88.89 })]), ALL)).toEqual([]);
    expect(hits(check([base({ 已支出: 80.00005, '支出进度（%）': 88.89 })]), ALL)).toEqual([]);
  });
  test('without an 已拨付 column it compares with 下达', () => {
    const header = H.filter((h) => h !== '已拨付');
    expect(
      hits(check([base({ 已支出: 91, '支出进度（%）': 101.11, 验收时间: '2024-09-01' })], { header }), ALL),
    ).toEqual(['fund.spent-exceeds-allocated@K4']);
  });
});

describe('fund.allocated-exceeds-planned', () => {
  test('下达 above 计划投资 fires on 下达', () => {
    expect(hits(check([base({ 下达: 101, '支出进度（%）': 71.29 })]), ALL)).toEqual([
      'fund.allocated-exceeds-planned@J4',
    ]);
  });
  test('已拨付 above 下达 fires on 已拨付', () => {
    expect(hits(check([base({ 已拨付: 91 })]), ALL)).toEqual(['fund.allocated-exceeds-planned@K4']);
  });
  test('下达 = 计划 and 已拨付 = 下达 do not', () => {
    expect(hits(check([base({ 下达: 100, 已拨付: 100, '支出进度（%）': 72 })]), ALL)).toEqual([]);
  });
});

describe('fund.subsidy-exceeds-investment', () => {
  test('补助 above 总投资 fires on 补助资金', () => {
    expect(hits(check([base({ 补助资金: 100.01 })]), ALL)).toEqual(['fund.subsidy-exceeds-investment@F4']);
  });
  test('补助 = 总投资 does not', () => {
    expect(hits(check([base({ 补助资金: 100 })]), ALL)).toEqual([]);
  });
});

describe('fund.sources-mismatch', () => {
  test('中央 + 省级 + 其他 ≠ 计划投资 fires on 计划投资 and says by how much', () => {
    const f = check([base({ 中央: 81 })]);
    expect(hits(f, ALL)).toEqual(['fund.sources-mismatch@E4']);
    expect(f.find((x) => x.rule === 'fund.sources-mismatch')!.message).toContain(
      '资金来源合计101万元（中央81+省级10+其他10）与计划投资100万元不符，多1万元',
    );
  });
  test('sources adding up (also with an empty source cell) do not', () => {
    expect(hits(check([base({ 省级: '', 其他: 20 })]), ALL)).toEqual([]);
  });
  test('without 其他 the government sources may add up to 补助资金', () => {
    const header = H.filter((h) => h !== '其他');
    expect(hits(check([base()], { header }), ALL)).toEqual([]);
    expect(hits(check([base({ 省级: 11 })], { header }), ALL)).toEqual(['fund.sources-mismatch@E4']);
  });
});

describe('fund.progress-mismatch', () => {
  test('80.2 against 72 ÷ 90 = 80 % fires on the 支出进度 cell with a fix', () => {
    const f = check([base({ '支出进度（%）': 80.2 })]);
    expect(hits(f, ALL)).toEqual(['fund.progress-mismatch@M4']);
    expect(f.find((x) => x.rule === 'fund.progress-mismatch')!.fix?.to).toBe(80);
  });
  test('within 0.1 point does not', () => {
    expect(hits(check([base({ '支出进度（%）': 80.1 })]), ALL)).toEqual([]);
    expect(hits(check([base({ '支出进度（%）': 79.95 })]), ALL)).toEqual([]);
  });
  test('without a 下达 column the base is 计划投资', () => {
    const header = H.filter((h) => h !== '下达');
    expect(hits(check([base({ '支出进度（%）': 72 })], { header }), ALL)).toEqual([]);
    expect(hits(check([base({ '支出进度（%）': 80 })], { header }), ALL)).toEqual([
      'fund.progress-mismatch@L4',
    ]);
  });
});

// Two 产业 projects, one 乡村建设 project, and their 小计 / 合计 rows (also relabelled as township totals below).
const two = () => [
  base(),
  base({
    序号: 2,
    项目名称: '新民村蔬菜大棚建设项目',
    建设地点: '龙泉镇新民村',
    计划投资: 50,
    补助资金: 40,
    中央: 40,
    省级: '',
    其他: 10,
    下达: 40,
    已拨付: 40,
    已支出: 30,
    '支出进度（%）': 75,
    带贫户数: 10,
  }),
];
const sub = (over = {}) => ({
  项目名称: '产业发展小计',
  计划投资: 150,
  补助资金: 130,
  中央: 120,
  省级: 10,
  其他: 20,
  下达: 130,
  已拨付: 120,
  已支出: 102,
  '支出进度（%）': 78.46,
  带贫户数: 30,
  ...over,
});
const infra = base({
  序号: 3,
  项目名称: '团结村通组硬化路建设项目',
  项目类型: '乡村建设行动项目',
  建设地点: '石桥镇团结村',
  计划投资: 20,
  补助资金: 20,
  中央: 20,
  省级: '',
  其他: '',
  下达: 20,
  已拨付: 10,
  已支出: 10,
  '支出进度（%）': 50,
  带贫户数: '',
});
const sub2 = {
  项目名称: '乡村建设小计',
  计划投资: 20,
  补助资金: 20,
  中央: 20,
  下达: 20,
  已拨付: 10,
  已支出: 10,
  '支出进度（%）': 50,
  带贫户数: 0,
};
const total = (over = {}) => ({
  序号: '合计',
  计划投资: 170,
  补助资金: 150,
  中央: 140,
  省级: 10,
  其他: 20,
  下达: 150,
  已拨付: 130,
  已支出: 112,
  '支出进度（%）': 74.67,
  带贫户数: 30,
  ...over,
});

describe('fund.total-mismatch', () => {
  test('correct 小计 and 合计 (合计 last or first) do not fire', () => {
    expect(hits(check([...two(), sub(), infra, sub2, total()]), ALL)).toEqual([]);
    expect(hits(check([total(), ...two(), sub(), infra, sub2]), ALL)).toEqual([]);
  });
  test('a wrong 小计 cell fires on that cell only; a wrong 合计 cell on the 合计', () => {
    expect(hits(check([...two(), sub({ 计划投资: 151 }), infra, sub2, total()]), ALL)).toEqual([
      'fund.total-mismatch@E6',
    ]);
    const f = check([total({ 带贫户数: 31 }), ...two(), sub(), infra, sub2]);
    expect(hits(f, ALL)).toEqual(['fund.total-mismatch@N4']);
    expect(f.find((x) => x.rule === 'fund.total-mismatch')!.message).toContain('全部3个项目之和为30');
  });
  test('a 合计 that equals the (wrong) 小计 sum is reported with that hint', () => {
    const f = check([...two(), sub({ 计划投资: 151 }), infra, sub2, total({ 计划投资: 171 })]);
    expect(hits(f, ALL)).toEqual(['fund.total-mismatch@E6', 'fund.total-mismatch@E9']);
    expect(f.find((x) => x.cell === 'E9')!.message).toContain('等于各小计之和');
  });
  test("a total row's own 支出进度 is checked too", () => {
    expect(hits(check([...two(), sub({ '支出进度（%）': 80 })]), ALL)).toEqual(['fund.progress-mismatch@M6']);
  });
});

describe('fund.date-order', () => {
  test('开工 after 完工, 完工 after 验收, 公示 end before start: each on the later column', () => {
    expect(hits(check([base({ 开工时间: '2024-08-02' })]), ALL)).toEqual(['fund.date-order@P4']);
    expect(hits(check([base({ 验收时间: '2024-07-31' })]), ALL)).toEqual(['fund.date-order@Q4']);
    expect(hits(check([base({ 公示结束时间: '2024-02-28' })]), ALL)).toEqual(['fund.date-order@S4']);
  });
  test('same-day dates and month-precision dates in the same month do not', () => {
    expect(hits(check([base({ 开工时间: '2024-08-01', 验收时间: '2024-08-01' })]), ALL)).toEqual([]);
    expect(hits(check([base({ 开工时间: '2024年8月', 完工时间: '2024-08-01' })]), ALL)).toEqual([]);
  });
});

describe('fund.publicity-short', () => {
  test('9 days fires on 公示结束时间; 10 days does not', () => {
    expect(hits(check([base({ 公示结束时间: '2024-03-10' })]), ALL)).toEqual(['fund.publicity-short@S4']);
    expect(hits(check([base({ 公示结束时间: '2024-03-11' })]), ALL)).toEqual([]);
  });
  test('config.publicityMinDays applies', () => {
    expect(hits(check([base({ 公示结束时间: '2024-03-08' })], {}, { publicityMinDays: 7 }), ALL)).toEqual([]);
  });
  test('a single 公示时间 range: "2023年6月9日—6月19日" passes, "…至6月15日" fires on that column', () => {
    const header = [...H.slice(0, 17), '公示时间'];
    const row = (p: string) => ({ ...base(), 公示时间: p });
    expect(hits(check([row('2023年6月9日—6月19日')], { header }), ALL)).toEqual([]);
    expect(hits(check([row('2023年6月9日至6月15日')], { header }), ALL)).toEqual(['fund.publicity-short@R4']);
    expect(hits(check([row('2023-06-09-2023-06-14')], { header }), ALL)).toEqual(['fund.publicity-short@R4']);
    expect(hits(check([row('2023.6.19–6.9')], { header }), ALL)).toEqual(['fund.date-order@R4']);
  });
});

describe('fund.no-beneficiaries', () => {
  test('产业 with 0 and 就业 with empty 带贫户数 fire', () => {
    expect(hits(check([base({ 带贫户数: 0 })]), ALL)).toEqual(['fund.no-beneficiaries@N4']);
    // (industryShareMin 0: a ledger without 产业 projects would also miss the 产业 share)
    const noShare = { industryShareMin: 0 };
    expect(hits(check([base({ 项目类型: '就业项目', 带贫户数: '' })], {}, noShare), ALL)).toEqual([
      'fund.no-beneficiaries@N4',
    ]);
  });
  test('a 乡村建设 project with 0, or 产业 with 1, does not', () => {
    expect(
      hits(check([base({ 项目类型: '乡村建设行动项目', 带贫户数: 0 })], {}, { industryShareMin: 0 }), ALL),
    ).toEqual([]);
    expect(hits(check([base({ 带贫户数: 1 })]), ALL)).toEqual([]);
  });
});

describe('fund.unit-suspect', () => {
  test('350000 in a 万元 sheet fires; 100000 does not', () => {
    const big = { 计划投资: 350000, 补助资金: 90, 中央: 349980, 省级: 10, 其他: 10 };
    expect(hits(check([base(big)]), ALL)).toEqual(['fund.unit-suspect@E4', 'fund.unit-suspect@G4']);
    const edge = { 计划投资: 100000, 补助资金: 90, 中央: 99980, 省级: 10, 其他: 10 };
    expect(hits(check([base(edge)]), ALL)).toEqual([]);
  });
  test('an 元 amount with 4 decimals fires; 3 decimals do not', () => {
    const yuan = (v: number) =>
      base({
        计划投资: 1000000,
        补助资金: 900000,
        中央: 800000 + v,
        省级: 100000,
        其他: 100000 - v,
        下达: 900000,
        已拨付: 800000,
        已支出: 720000,
      });
    expect(hits(check([yuan(0.0001)], { unit: '元' }), ALL)).toEqual([
      'fund.unit-suspect@G4',
      'fund.unit-suspect@I4',
    ]);
    expect(hits(check([yuan(0.001)], { unit: '元' }), ALL)).toEqual([]);
  });
});

describe('fund.paid-not-accepted', () => {
  const paid = { 下达: 90, 已拨付: 90, 已支出: 90, '支出进度（%）': 100 };
  test('fully paid without 验收时间 fires on 验收时间', () => {
    expect(hits(check([base(paid)]), ALL)).toEqual(['fund.paid-not-accepted@Q4']);
  });
  test('with a 验收时间, or not fully paid, or no 验收 column at all, it does not', () => {
    expect(hits(check([base({ ...paid, 验收时间: '2024-09-01' })]), ALL)).toEqual([]);
    expect(hits(check([base({ ...paid, 已支出: 89.9, '支出进度（%）': 99.89 })]), ALL)).toEqual([]);
    expect(hits(check([base(paid)], { header: H.filter((h) => h !== '验收时间') }), ALL)).toEqual([]);
  });
});

describe('fund.duplicate-project', () => {
  test('same 项目名称 and 建设地点 twice fires on the second row', () => {
    const f = check([base(), base({ 序号: 2 })]);
    expect(hits(f, ALL)).toEqual(['fund.duplicate-project@B5']);
    expect(f.find((x) => x.rule === 'fund.duplicate-project')!.message).toContain('与第4行重复');
  });
  test('same name in another place does not', () => {
    expect(hits(check([base(), base({ 序号: 2, 建设地点: '龙泉镇新民村' })]), ALL)).toEqual([]);
  });
});

describe('fund.industry-share', () => {
  const infra = (c: number) =>
    base({
      序号: 2,
      项目名称: '团结村通组硬化路建设项目',
      项目类型: '乡村建设行动项目',
      建设地点: '石桥镇团结村',
      计划投资: c,
      补助资金: c,
      中央: c,
      省级: '',
      其他: '',
      下达: c,
      已拨付: c,
      已支出: c,
      '支出进度（%）': 100,
      验收时间: '2024-09-01',
      带贫户数: '',
    });
  test('产业 80 of 中央 140 (57.14 %) fires once for the sheet; 80 of 133.33 (60.0 %) does not', () => {
    const f = check([base(), infra(60)]);
    expect(hits(f, ALL)).toEqual(['fund.industry-share@G3']);
    expect(f.find((x) => x.rule === 'fund.industry-share')!.message).toContain('57.14%');
    expect(hits(check([base(), infra(53.33)]), ALL)).toEqual([]);
  });
  test('config.industryShareMin applies', () => {
    expect(hits(check([base(), infra(60)], {}, { industryShareMin: 50 }), ALL)).toEqual([]);
  });
  test('without source columns the base is all 衔接资金 (下达)', () => {
    const header = H.filter((h) => !['中央', '省级', '其他'].includes(h));
    const f = check([base(), infra(100)], { header });
    expect(hits(f, ALL)).toEqual(['fund.industry-share@C3']);
    expect(f.find((x) => x.rule === 'fund.industry-share')!.message).toContain('资金来源未分列');
  });
});

test('missing columns give one sheet.column-missing each, not per-row findings', () => {
  const header = ['序号', '项目名称', '建设地点', '计划投资', '下达'];
  const f = report([fundSheet([base(), base({ 序号: 2, 建设地点: 'x' })], { header })]).findings;
  expect(
    f.filter((x) => x.rule === 'sheet.column-missing').map((x) => /缺少“(.+?)”列/.exec(x.message)?.[1]),
  ).toEqual(['已支出', '项目类型', '公示开始时间']);
  expect(hits(f, ALL)).toEqual([]);
});

describe('fund.total-mismatch with a 合计 per township (county ledgers)', () => {
  // 城关镇: the two 产业 projects; 石桥镇: the road project. Each block ends with its own "XX镇合计".
  const [a, b] = two();
  const c = infra;
  const town1 = (over = {}) => sub({ 项目名称: '城关镇合计', ...over });
  const town2 = () => ({ ...sub2, 项目名称: '石桥镇合计' });
  const county = (over = {}) => total({ 序号: '', 项目名称: '全县合计', ...over });

  test('correct township and county totals do not fire (with or without the county total)', () => {
    expect(hits(check([a, b, town1(), c, town2(), county()]), ALL)).toEqual([]);
    expect(hits(check([a, b, town1(), c, town2()]), ALL)).toEqual([]);
    expect(hits(check([county(), a, b, town1(), c, town2()]), ALL)).toEqual([]);
  });
  test('a wrong township total is compared with its own block and named by its rows', () => {
    const f = check([a, b, town1({ 计划投资: 151 }), c, town2(), county()]);
    expect(hits(f, ALL)).toEqual(['fund.total-mismatch@E6']);
    const m = f.find((x) => x.rule === 'fund.total-mismatch')!.message;
    expect(m).toContain('“城关镇合计”行');
    expect(m).toContain('第4—5行2个项目之和为150');
  });
  test('a wrong county total is compared with all projects', () => {
    const f = check([a, b, town1(), c, town2(), county({ 计划投资: 171 })]);
    expect(hits(f, ALL)).toEqual(['fund.total-mismatch@E9']);
    expect(f.find((x) => x.rule === 'fund.total-mismatch')!.message).toContain('全部3个项目之和为170');
  });
  test('the projects are counted once: totals rows are not projects in the report', () => {
    const r = report([fundSheet([a, b, town1(), c, town2(), county()])]);
    expect(r.funds.map((p) => p.row)).toEqual([4, 5, 7]);
    expect(r.fundRollup!.total.planned).toBe(170);
  });
});
