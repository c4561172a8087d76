// Deterministic generator of the fund-side sheets beside the project ledger (ledgers-national §9): 项目公示 lists,
// a 受益农户名单 of 到户 projects, a 资产台账, and performance forms — 绩效目标申报表 (tpl:A) and 绩效自评表 (tpl:B).
// Clean unless an error is injected; every injection records the cell the engine must report. Synthetic data only.
import type { CellValue, MergeRange } from '../../src/core/types';
import { a1 } from '../../src/core/grid/address';
import { checkChar } from '../../src/core/id/gb11643';
import type { FundExpectation, FundSheetSpec } from './fundLedger';
import { Rng } from './prng';

type Grid = CellValue[][];

function spec(
  name: string,
  values: Grid,
  merges: MergeRange[] = [],
  headerRows: number[] = [],
): FundSheetSpec {
  const width = Math.max(...values.map((r) => r.length));
  const padded = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
  return {
    name,
    values: padded,
    numberFormats: padded.map((r) => r.map(() => 'General')),
    merges,
    headerRows,
    unit: '万元',
  };
}

const VILLAGES = ['桥头村', '新民村', '团结村', '红星村', '和平村', '大坪村', '龙井村', '观音村'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['德明', '建华', '秀英', '国强', '桂兰', '志刚', '玉梅', '永福', '春花', '海军'];

function idFor(rng: Rng): string {
  const birth = `19${rng.int(50, 95)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `522729${birth}${String(rng.int(100, 999))}`;
  return first17 + checkChar(first17);
}

// ---- 项目公示 ----
const NOTICE_HEADER = [
  '序号',
  '项目名称',
  '项目类型',
  '实施地点',
  '建设内容',
  '实施期限',
  '实施单位',
  '责任人',
  '资金来源',
  '资金规模（万元）',
  '带贫户数',
  '带贫减贫机制',
  '绩效目标',
  '监督电话',
  '公示时间',
];

function noticeSheet(rng: Rng, name: string, drop: string[], toHouseholds: boolean): FundSheetSpec {
  const header = NOTICE_HEADER.filter((h) => !drop.includes(h));
  const rows: Grid = [['示例县2024年财政衔接资金项目公示'], ['单位：万元']];
  rows.push(header);
  for (let i = 0; i < 6; i++) {
    const village = VILLAGES[i];
    const d = rng.int(1, 15);
    const cells: Record<string, CellValue> = {
      序号: i + 1,
      项目名称: `${village}${toHouseholds && i === 0 ? '肉牛养殖到户' : '特色种植基地'}项目（${name}）`,
      项目类型: toHouseholds && i === 0 ? '产业发展（到户）' : '产业发展（到村）',
      实施地点: `城关镇${village}`,
      建设内容: '新建种植基地及配套设施',
      实施期限: '2024年4月—2024年10月',
      实施单位: '城关镇人民政府',
      责任人: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
      资金来源: '中央财政衔接资金',
      '资金规模（万元）': rng.int(20, 200),
      带贫户数: rng.int(10, 80),
      带贫减贫机制: '务工带动、入股分红',
      绩效目标: `带动${rng.int(10, 80)}户增收`,
      监督电话: '0851-12345678',
      公示时间: `2024年3月${d}日—3月${d + 10}日`,
    };
    rows.push(header.map((h) => cells[h] ?? ''));
  }
  return spec(name, rows, [], [3]);
}

// ---- 受益农户名单 ----
function beneficiarySheet(
  rng: Rng,
  inject: boolean,
  expect: (rule: string, sheet: string, r: number, c: number) => void,
): FundSheetSpec {
  const name = '受益农户名单';
  const rows: Grid = [['示例县2024年到户项目受益农户名单'], ['单位：元']];
  const header = ['序号', '项目名称', '户主姓名', '证件号码', '所在村', '补助金额', '数量'];
  rows.push(header);
  const projects: Array<{ name: string; n: number; kind: 'equal' | 'qty' | 'varied' | 'housing' }> = [
    { name: '桥头村肉牛养殖到户补助项目', n: 14, kind: 'qty' },
    { name: '新民村茶叶种植到户补助项目', n: 12, kind: 'varied' },
    { name: '团结村危房改造到户补助项目', n: 15, kind: 'housing' },
    { name: '红星村中药材种植到户补助项目', n: 9, kind: 'equal' }, // below 10 households: not reported
    { name: '和平村生猪养殖到户奖补项目', n: 18, kind: 'equal' },
    { name: '大坪村食用菌种植到户补助项目', n: 11, kind: 'equal' },
    { name: '龙井村蔬菜种植到户补助项目', n: 25, kind: 'equal' },
  ];
  let seq = 1;
  for (const p of projects) {
    if (!inject && p.kind === 'equal' && p.n >= 10) p.kind = 'varied';
    const amount = rng.pick([1500, 2000, 3000]);
    for (let k = 0; k < p.n; k++) {
      const r = rows.length;
      const qty = p.kind === 'qty' ? rng.int(1, 5) : '';
      const value =
        p.kind === 'qty'
          ? (qty as number) * 1000
          : p.kind === 'varied'
            ? amount + 100 * rng.int(0, 5)
            : amount;
      if (k === 0 && p.kind === 'equal' && p.n >= 10) expect('fund.equal-split', name, r, 5);
      rows.push([
        seq++,
        p.name,
        `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
        idFor(rng),
        p.name.slice(0, 3),
        value,
        qty,
      ]);
    }
  }
  return spec(name, rows, [], [3]);
}

// ---- 资产台账 ----
function assetSheet(
  rng: Rng,
  inject: boolean,
  expect: (rule: string, sheet: string, r: number, c: number) => void,
): FundSheetSpec {
  const name = '资产台账';
  const rows: Grid = [['示例县扶贫项目资产台账'], ['']];
  rows.push(['序号', '资产名称', '项目名称', '资产类型', '验收时间', '产权归属', '管护主体', '资产状态']);
  const kinds = ['蔬菜大棚', '冷库', '通组公路', '人饮管网', '茶叶加工厂房', '光伏电站'];
  const injections = [
    ...['闲置', '废弃', '停用'].map((s) => ({ rule: 'fund.asset-idle', status: s, empty: -1 })),
    { rule: 'fund.asset-unregistered', status: '正常运营', empty: 5 },
    { rule: 'fund.asset-unregistered', status: '正常运营', empty: 6 },
    { rule: 'fund.asset-unregistered', status: '使用中', empty: 6 },
  ];
  const at = new Map<number, (typeof injections)[number]>();
  const slots = rng.shuffle(Array.from({ length: 16 }, (_, i) => i)).slice(0, injections.length);
  if (inject) slots.forEach((s, i) => at.set(s, injections[i]));
  for (let i = 0; i < 16; i++) {
    const r = rows.length;
    const village = VILLAGES[i % VILLAGES.length];
    const inj = at.get(i);
    const cells: CellValue[] = [
      i + 1,
      `${village}${kinds[i % kinds.length]}`,
      `${village}${kinds[i % kinds.length]}建设项目`,
      i % 3 === 0 ? '公益性' : '经营性',
      `2024-0${rng.int(3, 9)}-1${rng.int(0, 9)}`,
      `${village}村股份经济合作社`,
      `${village}村民委员会`,
      inj?.status ?? rng.pick(['正常运营', '使用中']),
    ];
    if (inj && inj.empty >= 0) {
      cells[inj.empty] = '';
      expect(inj.rule, name, r, inj.empty);
    } else if (inj) expect(inj.rule, name, r, 7);
    rows.push(cells);
  }
  return spec(name, rows, [], [3]);
}

// ---- 绩效自评表 (tpl:B) ----
export type SelfEvalFault = 'none' | 'funding' | 'rate' | 'total' | 'weights' | 'invalid' | 'band' | 'below';

interface Indicator {
  level1: string;
  level2: string;
  name: string;
  score: number;
  target: string;
  actual: string;
}

const INDICATORS: Indicator[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '新建蔬菜大棚',
    score: 20,
    target: '≥20个',
    actual: '20个',
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '工程验收合格率',
    score: 15,
    target: '100%',
    actual: '100%',
  },
  { level1: '产出指标', level2: '时效指标', name: '及时开工率', score: 15, target: '≥90%', actual: '95%' },
  {
    level1: '效益指标',
    level2: '经济效益',
    name: '带动脱贫户增收',
    score: 15,
    target: '≥500元/户',
    actual: '600元/户',
  },
  {
    level1: '效益指标',
    level2: '社会效益',
    name: '受益脱贫人口数',
    score: 15,
    target: '≥100人',
    actual: '120人',
  },
  {
    level1: '满意度指标',
    level2: '满意度',
    name: '受益群众满意度',
    score: 10,
    target: '≥90%',
    actual: '95%',
  },
];

export function selfEvalSheet(
  name: string,
  fault: SelfEvalFault,
  expect: (rule: string, sheet: string, r: number, c: number) => void,
): FundSheetSpec {
  const rows: Grid = [
    ['财政衔接资金实施项目绩效自评表'],
    ['（2024年度）'],
    ['项目名称', `${name}所列蔬菜大棚建设项目`, '', '', '主管部门', '县乡村振兴局'],
    ['实施单位', '城关镇人民政府', '', '', '项目负责人', '王德明'],
    ['资金情况（万元）', '', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'],
  ];
  const A = 100;
  const B = 95;
  const other = fault === 'funding' ? 1 : 0;
  const execScore = 10;
  const execGot = fault === 'band' ? 5 : 9.5;
  rows.push(['', '年度资金总额', A, B, execScore, '95.00%', execGot]); // row 5
  rows.push(['', '其中：本年财政拨款', A, B, '—', fault === 'rate' ? '100.00%' : '95.00%', '—']); // row 6
  rows.push(['', '其他资金', other, other, '—', other ? '100.00%' : '', '—']); // row 7
  if (fault === 'funding') {
    expect('fund.perf-funding-mismatch', name, 5, 2);
    expect('fund.perf-funding-mismatch', name, 5, 3);
  }
  if (fault === 'rate') expect('fund.perf-execution-rate', name, 6, 5);
  if (fault === 'band') expect('fund.perf-score-band', name, 5, 6);
  rows.push(['年度总体目标', '年初设定目标', '', '', '年度总体目标完成情况综述']);
  rows.push(['', '新建蔬菜大棚20个，带动脱贫户增收', '', '', '已建成蔬菜大棚20个，带动脱贫户增收']);
  rows.push([
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '分值',
    '年度指标值',
    '全年实际值',
    '得分',
    '未完成原因及拟采取的改进措施',
  ]); // row 10
  const merges: MergeRange[] = [{ r1: 0, c1: 0, r2: 0, c2: 8 }];
  const list = INDICATORS.map((x) => ({ ...x }));
  const gots = list.map((x) => x.score);
  if (fault === 'weights') {
    list[0].score = 30; // 产出 60
    list[3].score = 5; // 效益 20
    gots[0] = 30;
    gots[3] = 5;
    expect('fund.perf-weights', name, 11, 4);
    expect('fund.perf-weights', name, 14, 4);
  }
  if (fault === 'invalid')
    for (const i of [0, 3, 5]) {
      gots[i] = list[i].score + 2;
      expect('fund.perf-score-invalid', name, 11 + i, 7);
    }
  if (fault === 'below')
    for (const [i, actual] of [
      [2, '75%'],
      [4, '80人'],
      [5, '85%'],
    ] as const) {
      list[i].actual = actual;
      gots[i] = list[i].score - 3;
      expect('fund.perf-actual-below-target', name, 11 + i, 6);
    }
  list.forEach((x, i) => {
    const prev = list[i - 1];
    rows.push([
      '',
      prev && prev.level1 === x.level1 ? '' : x.level1,
      x.level2,
      x.name,
      x.score,
      x.target,
      x.actual,
      gots[i],
      '',
    ]);
  });
  // 一级指标 merged down over its rows, as the template does.
  let start = 11;
  for (let i = 1; i <= list.length; i++)
    if (i === list.length || list[i].level1 !== list[i - 1].level1) {
      if (10 + i > start) merges.push({ r1: start, c1: 1, r2: 10 + i, c2: 1 });
      start = 11 + i;
    }
  merges.push({ r1: 10, c1: 0, r2: 10 + list.length, c2: 0 });
  const totalRow = rows.length;
  let total = gots.reduce((s, g) => s + g, 0) + execGot;
  if (fault === 'total') {
    total += 5;
    expect('fund.perf-score-total', name, totalRow, 7);
  }
  rows.push(['总分', '', '', '', 100, '', '', total, '']);
  return spec(name, rows, merges);
}

// ---- 绩效目标申报表 (tpl:A) ----
export function targetSheet(
  name: string,
  wrongTotal: boolean,
  expect: (rule: string, sheet: string, r: number, c: number) => void,
): FundSheetSpec {
  const rows: Grid = [
    ['财政衔接资金项目绩效目标申报表'],
    ['项目名称', '桥头村产业路建设项目', '', '主管部门', '县乡村振兴局'],
    ['项目负责人及电话', '李建华 13800000000', '', '实施单位', '城关镇人民政府'],
    ['资金情况（万元）', '年度资金总额', wrongTotal ? 60 : 50, '其中：财政拨款', 45, '其他资金', 5],
    ['总体目标', '新建产业路3公里，方便群众生产出行'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
    ['', '产出指标', '数量指标', '新建产业路长度', '≥3公里', ''],
    ['', '', '质量指标', '工程验收合格率', '100%', ''],
    ['', '效益指标', '社会效益', '受益脱贫人口数', '≥200人', ''],
    ['', '满意度指标', '满意度', '受益群众满意度', '≥90%', ''],
  ];
  if (wrongTotal) expect('fund.perf-funding-mismatch', name, 3, 2);
  return spec(name, rows, [{ r1: 6, c1: 1, r2: 7, c2: 1 }]);
}

export interface FundForms {
  sheets: FundSheetSpec[];
  expectations: FundExpectation[];
}

/** The fund-side forms and lists, with `inject` errors of every rule that reads them (default true). */
export function generateFundForms(seed = 20240601, inject = true): FundForms {
  const rng = new Rng(seed);
  const expectations: FundExpectation[] = [];
  const expect = (rule: string, sheet: string, r: number, c: number) => {
    if (inject) expectations.push({ rule, sheet, row: r + 1, cell: a1(r, c) });
  };
  const sheets: FundSheetSpec[] = [];
  sheets.push(noticeSheet(rng, '项目公示', [], false));
  if (inject) {
    const faults: Array<[string, string[], boolean]> = [
      ['项目公示（二）', ['责任人', '监督电话'], false],
      ['项目公示（三）', ['绩效目标'], false],
      ['项目公示（四）', ['实施期限', '资金来源'], true],
    ];
    for (const [name, drop, toHouseholds] of faults) {
      sheets.push(noticeSheet(rng, name, drop, toHouseholds));
      expect('fund.publicity-fields-missing', name, 0, 0);
    }
  }
  sheets.push(beneficiarySheet(rng, inject, expect));
  sheets.push(assetSheet(rng, inject, expect));
  const faults: SelfEvalFault[] = inject
    ? [
        'none',
        'funding',
        'funding',
        'rate',
        'rate',
        'rate',
        'total',
        'total',
        'total',
        'weights',
        'weights',
        'invalid',
        'band',
        'band',
        'band',
        'below',
      ]
    : ['none'];
  faults.forEach((f, i) =>
    sheets.push(selfEvalSheet(`绩效自评表${String(i + 1).padStart(2, '0')}`, f, expect)),
  );
  sheets.push(targetSheet('绩效目标申报表', false, expect));
  if (inject) sheets.push(targetSheet('绩效目标申报表（二）', true, expect));
  return { sheets, expectations };
}
