// Fund figures against numbers worked out by hand (see the comments), and the unit / base rules of the roll-up.
import { allocate } from '../../src/core/calc/funds';
import { fundSheet, report } from './helpers';

// Three projects, two types, sources split (万元):
//   P1 产业发展  计划100  中央100          下达100 拨付80 支出60  带贫30  → 60/100 = 60.00 %
//   P2 产业发展  计划50   中央30  省级20   下达50  拨付50 支出45  带贫10  → 45/50  = 90.00 %
//   P3 乡村建设  计划40   中央10  省级30   下达40  拨付40 支出10  带贫 —  → 10/40  = 25.00 %
// 合计: 3 projects, 计划190, 下达190, 拨付170, 支出115 → 115/190 = 60.526… → 60.53 %, 带贫40.
// 产业发展: 2, 150, 150, 130, 105 → 70.00 %, 40.   乡村建设: 1, 40, 40, 40, 10 → 25.00 %, 0.
// 按资金来源 — execution allocated by each project's planned source shares (exact to the 分):
//   P1 中央 100 %; P2 中央 30 : 省级 20 → 下达 30/20, 拨付 30/20, 支出 27/18; P3 中央 10 : 省级 30 → 下达 10/30,
//   拨付 10/30, 支出 2.5/7.5. 项目个数 under every source used (中央 3, 省级 2); 带贫户数 under the main source.
//   中央: 3 projects, 计划140, 下达140, 拨付120, 支出89.5 → 89.5/140 = 63.93 %, 带贫40.
//   省级: 2 projects, 计划50,  下达50,  拨付50,  支出25.5 → 51.00 %, 带贫0.   Amounts add up to the 合计 line.
// 产业 share: 中央 on 产业 (100+30) ÷ 中央 140 = 92.857… → 92.86 %.
const HEADER = [
  '序号',
  '项目名称',
  '项目类型',
  '建设地点',
  '计划投资',
  '中央',
  '省级',
  '下达',
  '已拨付',
  '已支出',
  '带贫户数',
];
const row = (seq: number, name: string, type: string, v: number[], benef: number | '') => ({
  序号: seq,
  项目名称: name,
  项目类型: type,
  建设地点: `城关镇${name.slice(0, 3)}`,
  计划投资: v[0],
  中央: v[1] || '',
  省级: v[2] || '',
  下达: v[3],
  已拨付: v[4],
  已支出: v[5],
  带贫户数: benef,
});
const rows = [
  row(1, '桥头村肉牛养殖项目', '产业发展', [100, 100, 0, 100, 80, 60], 30),
  row(2, '新民村蔬菜大棚项目', '产业发展', [50, 30, 20, 50, 50, 45], 10),
  row(3, '团结村通组路项目', '乡村建设', [40, 10, 30, 40, 40, 10], ''),
];
const line = (
  label: string,
  projects: number,
  p: number,
  r: number,
  d: number,
  s: number,
  pct: number | null,
  b: number,
) => ({
  label,
  projects,
  planned: p,
  released: r,
  disbursed: d,
  spent: s,
  progressPercent: pct,
  beneficiaryHouseholds: b,
});

test('per-project 支出进度 and the roll-ups equal the hand-worked example', () => {
  const r = report([fundSheet(rows, { header: HEADER })]);
  expect(r.funds.map((f) => [f.row, f.project, f.progressPercent, f.progressBase])).toEqual([
    [4, '桥头村肉牛养殖项目', 60, 'released'],
    [5, '新民村蔬菜大棚项目', 90, 'released'],
    [6, '团结村通组路项目', 25, 'released'],
  ]);
  expect(r.funds[1]).toMatchObject({
    unit: '万元',
    planned: 50,
    released: 50,
    disbursed: 50,
    spent: 45,
    sources: { central: 30, province: 20 },
  });
  const ru = r.fundRollup!;
  expect(ru.unit).toBe('万元');
  expect(ru.progressBase).toBe('released');
  expect(ru.total).toEqual(line('合计', 3, 190, 190, 170, 115, 60.53, 40));
  expect(ru.byType).toEqual([
    line('产业发展', 2, 150, 150, 130, 105, 70, 40),
    line('乡村建设', 1, 40, 40, 40, 10, 25, 0),
  ]);
  expect(ru.bySource).toEqual([
    line('中央衔接资金', 3, 140, 140, 120, 89.5, 63.93, 40),
    line('省级衔接资金', 2, 50, 50, 50, 25.5, 51, 0),
  ]);
  expect(ru.sourceNote).toContain('按各来源计划金额的比例分摊');
  expect(ru.sourceNote).toContain('故合计5个多于实际项目3个');
  expect(ru.columns).toEqual({ released: true, disbursed: true, spent: true, beneficiaryHouseholds: true });
  expect(ru.industrySharePercent).toBe(92.86);
  expect(ru.industryShareBase).toBe('central');
  expect(ru.convertedNote).toBeUndefined();
});

test('the ledger’s own per-source split (已支出 › 中央 / 省级) is used where given; the rest is allocated', () => {
  // P2 says 已支出 中央 40 + 省级 5 (not 27/18 by shares); P1 and P3 leave the split empty.
  // Two header rows: 已支出 over 合计 / 中央 / 省级 (merged across), every other header merged down.
  const top = [...HEADER.slice(0, 9), '已支出', '', '', '带贫户数'];
  const sub = ['', '', '', '', '', '', '', '', '', '合计', '中央', '省级', ''];
  const body = rows.map((x, i) => [
    ...HEADER.slice(0, 9).map((h) => x[h as keyof typeof x]),
    x.已支出,
    i === 1 ? 40 : '',
    i === 1 ? 5 : '',
    x.带贫户数,
  ]);
  const merges = [
    { r1: 2, c1: 9, r2: 2, c2: 11 },
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 12].map((c) => ({ r1: 2, c1: c, r2: 3, c2: c })),
  ];
  const r = report([
    {
      name: '项目台账',
      values: [
        ['示例县2024年衔接资金项目台账', ...Array(12).fill('')],
        ['单位：万元', ...Array(12).fill('')],
        top,
        sub,
        ...body,
      ],
      merges,
    },
  ]);
  const ru = r.fundRollup!;
  expect(ru.total.spent).toBe(115);
  const central = ru.bySource.find((l) => l.label === '中央衔接资金')!;
  const province = ru.bySource.find((l) => l.label === '省级衔接资金')!;
  // 中央 60 + 40 + 2.5 = 102.5; 省级 5 + 7.5 = 12.5.
  expect([central.spent, province.spent]).toEqual([102.5, 12.5]);
  expect(central.spent + province.spent).toBe(ru.total.spent);
  expect(ru.sourceNote).toContain('台账已按来源分列的执行数按台账填写');
});

test('allocation is exact to the 分 and adds up (largest remainder)', () => {
  expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  expect(allocate(-10, [1, 2])).toEqual([-3, -7]);
  expect(allocate(7, [0, 0])).toEqual([0, 0]);
  for (const [t, w] of [
    [999_999, [3, 7, 11]],
    [12_345_678, [1, 1, 1, 1, 1, 1, 1]],
  ] as const)
    expect(allocate(t, [...w]).reduce((a, b) => a + b, 0)).toBe(t);
});

test('no 下达 column: progress on 计划投资, and the roll-up says so', () => {
  const header = HEADER.filter((h) => h !== '下达');
  const r = report([fundSheet(rows, { header })]);
  // P1 60/100 = 60 %, P2 45/50 = 90 %, P3 10/40 = 25 %; total 115/190 = 60.53 %.
  expect(r.funds.map((f) => [f.progressPercent, f.progressBase])).toEqual([
    [60, 'planned'],
    [90, 'planned'],
    [25, 'planned'],
  ]);
  expect(r.fundRollup!.progressBase).toBe('planned');
  expect(r.fundRollup!.total.progressPercent).toBe(60.53);
});

test('sheets in 元 and 万元: per-project figures keep their unit, the roll-up is in 万元 with a note', () => {
  const yuan = [row(1, '和平村茶叶种植项目', '产业发展', [200000, 200000, 0, 200000, 150000, 123456.78], 12)];
  const r = report([
    fundSheet(rows, { header: HEADER }),
    fundSheet(yuan, { header: HEADER, unit: '元', name: '第二批' }),
  ]);
  const y = r.funds.find((f) => f.sheet === '第二批')!;
  expect(y).toMatchObject({ unit: '元', planned: 200000, spent: 123456.78, progressPercent: 61.73 });
  const ru = r.fundRollup!;
  expect(ru.unit).toBe('万元');
  // 190 + 20 万元; 支出 115 + 12.345678 万元; progress 127.345678 / 210 = 60.640… %.
  expect(ru.total).toMatchObject({ projects: 4, planned: 210, spent: 127.345678, progressPercent: 60.64 });
  expect(ru.convertedNote).toContain('“第二批”的金额单位为元，汇总时已换算为万元');
  expect(r.sheets.map((s) => s.unit)).toEqual(['万元', '元']);
});

test('no source columns: 产业 share on all 衔接资金 (下达), no 按资金来源 lines', () => {
  const header = HEADER.filter((h) => h !== '中央' && h !== '省级');
  const r = report([fundSheet(rows, { header })]);
  // 产业 下达 150 ÷ 190 = 78.947… → 78.95 %.
  expect(r.fundRollup!.industrySharePercent).toBe(78.95);
  expect(r.fundRollup!.industryShareBase).toBe('all');
  expect(r.fundRollup!.bySource).toEqual([]);
});

test('no fund sheet: funds [] and fundRollup null', () => {
  const r = report([]);
  expect(r.funds).toEqual([]);
  expect(r.fundRollup).toBeNull();
});
