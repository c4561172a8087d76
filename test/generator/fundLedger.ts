// Deterministic generator of a synthetic fund / project ledger (ledgers.md §5): title, "单位：万元" line, 2-row
// header with 资金来源 merged over 中央/省级/市级/县级/其他, one row per project grouped by 项目类型 with a 小计 row
// per type and a 合计 row (first or last). Amounts, 支出进度, dates and 公示 are consistent unless an error is
// injected; every injection records where the engine must report it. Synthetic data only.
import ExcelJS from 'exceljs';
import type { CellValue, MergeRange, SheetInput } from '../../src/core/types';
import { a1 } from '../../src/core/grid/address';
import { ymdToSerial, type YMD } from '../../src/core/grid/normalise';
import { Rng } from './prng';

export interface FundExpectation {
  rule: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  cell: string;
}

export interface FundSheetSpec {
  name: string;
  values: CellValue[][];
  numberFormats: string[][];
  merges: MergeRange[];
  /** 1-based header rows. */
  headerRows: number[];
  unit: '元' | '万元';
}

export interface FundLedgerOptions {
  seed?: number;
  /** Number of projects (default 320). */
  projects?: number;
  unit?: '元' | '万元';
  sheetName?: string;
  county?: string;
  /** Inject several errors of every row/total rule (default true). */
  inject?: boolean;
  /** 合计 row right under the header instead of last. */
  totalsFirst?: boolean;
  /** Few 产业 projects, so the 产业发展 share falls below 60 % (expects fund.industry-share). */
  lowIndustryShare?: boolean;
  /** Share of date cells written as text ("2024年3月5日", "2024.03.05"); default 0.1. */
  textDates?: number;
  /** Expect the rules that only run with province settings (CONFIGURED_FUND_SETTINGS), and inject them. */
  configured?: boolean;
}

/** Province settings for the configured run: 20 % spent by 30 September, work started by 30 December. */
export const CONFIGURED_FUND_SETTINGS = {
  spendTargets: [{ date: '09-30', percent: 20 }],
  startDeadline: '2024-12-30',
};

export interface FundLedger {
  sheet: FundSheetSpec;
  expectations: FundExpectation[];
}

/** Column layout (0-based). */
export const FC = {
  seq: 0,
  project: 1,
  type: 2,
  location: 3,
  owner: 4,
  planned: 5,
  subsidy: 6,
  central: 7,
  province: 8,
  city: 9,
  county: 10,
  other: 11,
  released: 12,
  disbursed: 13,
  spent: 14,
  progress: 15,
  benef: 16,
  start: 17,
  completion: 18,
  acceptance: 19,
  pubStart: 20,
  pubEnd: 21,
  // v2 columns (ledgers-national §9)
  releasedDate: 22,
  status: 23,
  content: 24,
  benefit: 25,
  goal: 26,
  owner2: 27,
  manager: 28,
  assetStatus: 29,
  quantity: 30,
  unitCost: 31,
  itemAmount: 32,
} as const;
const WIDTH = 33;
const HEADER_TOP = [
  '序号',
  '项目名称',
  '项目类型',
  '建设地点',
  '责任单位',
  '计划投资',
  '补助资金',
  '资金来源',
  '',
  '',
  '',
  '',
  '下达',
  '已拨付',
  '已支出',
  '支出进度（%）',
  '带贫户数',
  '开工时间',
  '完工时间',
  '验收时间',
  '公示开始时间',
  '公示结束时间',
  '下达时间',
  '项目状态',
  '建设内容',
  '联农带农机制',
  '绩效目标',
  '产权归属',
  '管护主体',
  '资产状态',
  '数量',
  '补助标准（元）',
  '金额',
];
const HEADER_SUB = [
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '中央',
  '省级',
  '市级',
  '县级',
  '其他',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  ...Array<string>(11).fill(''),
];

const TYPES = ['产业发展（到户）', '产业发展（到村）', '就业项目', '乡村建设行动项目', '项目管理费'] as const;
type ProjectType = (typeof TYPES)[number];
const TYPE_SHARE: Record<ProjectType, number> = {
  '产业发展（到户）': 0.3,
  '产业发展（到村）': 0.25,
  就业项目: 0.1,
  乡村建设行动项目: 0.3,
  项目管理费: 0.05,
};
const LOW_SHARE: Record<ProjectType, number> = {
  '产业发展（到户）': 0.05,
  '产业发展（到村）': 0.05,
  就业项目: 0.2,
  乡村建设行动项目: 0.6,
  项目管理费: 0.1,
};
const CONTENT: Record<ProjectType, string[]> = {
  '产业发展（到户）': [
    '肉牛养殖到户补助',
    '中药材种植补助',
    '生猪养殖到户奖补',
    '茶叶种植到户补助',
    '食用菌种植补助',
  ],
  '产业发展（到村）': [
    '蔬菜大棚建设',
    '冷链仓储建设',
    '茶叶加工厂房建设',
    '中药材基地建设',
    '特色种植基地建设',
  ],
  就业项目: ['公益性岗位补助', '务工交通补助', '技能培训补助', '就业帮扶车间奖补'],
  乡村建设行动项目: ['通组硬化路建设', '人饮巩固提升工程', '产业路建设', '村内排水沟渠建设', '农村户厕改造'],
  项目管理费: ['项目管理费'],
};
const OWNERS: Record<ProjectType, string> = {
  '产业发展（到户）': '县农业农村局',
  '产业发展（到村）': '县农业农村局',
  就业项目: '县人力资源和社会保障局',
  乡村建设行动项目: '县交通运输局',
  项目管理费: '县乡村振兴局',
};
const BENEFITS = ['务工带动、入股分红', '订单收购、务工带动', '土地流转、就近务工', '技能培训、稳岗就业'];
const TOWNS = [
  '城关镇',
  '龙泉镇',
  '石桥镇',
  '白沙乡',
  '青山镇',
  '河口乡',
  '高坪镇',
  '新场乡',
  '金竹镇',
  '平寨乡',
];
const VILLAGES = [
  '桥头村',
  '新民村',
  '团结村',
  '红星村',
  '和平村',
  '大坪村',
  '龙井村',
  '观音村',
  '黄泥村',
  '水口村',
  '凉水村',
  '中寨村',
];

function addDays(d: YMD, n: number): YMD {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** One project; amounts in integer hundredths of the sheet's unit (0.01 万元 or 分). */
interface Gen {
  type: ProjectType;
  name: string;
  location: string;
  planned: number;
  subsidy: number;
  src: [number, number, number, number, number];
  released: number;
  disbursed: number;
  spent: number;
  benef: number | '';
  start?: YMD;
  completion?: YMD;
  acceptance?: YMD;
  pubStart: YMD | undefined;
  pubEnd: YMD | undefined;
  releasedDate: YMD;
  content: string;
  benefit: string;
  goal: string;
  manager: string;
  assetStatus: string;
  /** 数量 × 补助标准 (元) = 金额, on 到户 rows; `amountBump` (sheet unit) makes the 金额 wrong. */
  items: { qty: number; cost: number; amountBump: number } | null;
  row: number;
}

const SRC_COLS = [FC.central, FC.province, FC.city, FC.county, FC.other];

export function generateFundLedger(opts: FundLedgerOptions = {}): FundLedger {
  const rng = new Rng(opts.seed ?? 20240601);
  const n = opts.projects ?? 320;
  const unit = opts.unit ?? '万元';
  const name = opts.sheetName ?? '项目台账';
  const county = opts.county ?? '示例县';
  const inject = opts.inject ?? true;
  const textDates = opts.textDates ?? 0.1;
  // Generated in hundredths of a 万元; an 元 sheet scales by 10 000 (values then in 分 = hundredths of 元).
  const scale = unit === '万元' ? 1 : 10000;

  // Projects per type (largest remainder on the last type).
  const share = opts.lowIndustryShare ? LOW_SHARE : TYPE_SHARE;
  const counts = TYPES.map((t) => Math.max(1, Math.round(n * share[t])));
  counts[3] += n - counts.reduce((s, c) => s + c, 0);

  const names = new Set<string>();
  const projects: Gen[] = [];
  TYPES.forEach((type, ti) => {
    for (let k = 0; k < counts[ti]; k++) {
      const town = rng.pick(TOWNS);
      const village = rng.pick(VILLAGES);
      const location = `${town}${village}`;
      let pname =
        type === '项目管理费'
          ? `${county}2024年衔接资金项目管理费（${town}）`
          : `${village}${rng.pick(CONTENT[type])}项目`;
      for (let i = 2; names.has(pname); i++) pname = pname.replace(/（\d+期）$/, '') + `（${i}期）`;
      names.add(pname);
      const wan =
        type === '项目管理费'
          ? rng.int(1, 10)
          : type === '就业项目'
            ? rng.int(5, 50)
            : type === '乡村建设行动项目'
              ? rng.int(30, 400)
              : rng.int(20, 300);
      const planned = (wan * 100 + rng.int(0, 99)) * scale;
      const industry = type.startsWith('产业');
      const src: Gen['src'] = [0, 0, 0, 0, 0];
      if (rng.chance(0.3)) src[0] = planned;
      else {
        const rc = industry ? 0.5 + rng.next() * 0.25 : 0.2 + rng.next() * 0.3;
        src[0] = Math.round(planned * rc);
        src[1] = Math.round(planned * rng.next() * 0.1);
        src[2] = Math.round(planned * rng.next() * 0.05);
        src[3] = Math.round(planned * rng.next() * 0.1);
        src[4] = planned - src[0] - src[1] - src[2] - src[3];
      }
      const subsidy = src[0] + src[1] + src[2] + src[3];
      const released = subsidy;
      const disbursed = rng.chance(0.45) ? released : Math.round(released * (0.6 + rng.next() * 0.39));
      const spent = rng.chance(0.5) ? disbursed : Math.round(disbursed * (0.5 + rng.next() * 0.49));
      const benef: Gen['benef'] =
        type === '项目管理费'
          ? ''
          : industry || type === '就业项目'
            ? rng.int(5, 200)
            : rng.chance(0.3)
              ? ''
              : rng.int(1, 100);
      const pubStart = addDays({ y: 2024, m: 1, d: 5 }, rng.int(0, 80));
      const pubEnd = addDays(pubStart, rng.int(10, 15));
      const start = addDays(pubEnd, rng.int(5, 30));
      const fullyPaid = spent === released;
      const completion = fullyPaid || rng.chance(0.5) ? addDays(start, rng.int(30, 180)) : undefined;
      const acceptance =
        completion && (fullyPaid || rng.chance(0.5)) ? addDays(completion, rng.int(5, 30)) : undefined;
      // Released shortly before the 公示 (never before 2024-01-02: idle for under 12 months at the data date).
      const releasedDate = addDays(pubStart, -rng.int(0, 3));
      const benefitText = industry || type === '就业项目' ? rng.pick(BENEFITS) : '';
      const items =
        type === '产业发展（到户）'
          ? { qty: rng.int(10, 200), cost: rng.pick([500, 1000, 2000, 3000]), amountBump: 0 }
          : null;
      projects.push({
        releasedDate,
        content: rng.pick(CONTENT[type]),
        benefit: benefitText,
        goal:
          type === '项目管理费' ? '保障项目管理工作正常开展' : `带动${rng.int(5, 100)}户脱贫户和监测对象增收`,
        manager: acceptance ? `${location}村民委员会` : '',
        assetStatus: acceptance && type !== '项目管理费' ? rng.pick(['正常运营', '使用中', '正常使用']) : '',
        items,
        type,
        name: pname,
        location,
        planned,
        subsidy,
        src,
        released,
        disbursed,
        spent,
        benef,
        start,
        completion,
        acceptance,
        pubStart,
        pubEnd,
        row: -1,
      });
    }
  });

  // Layout rows: title, 填报单位/单位 line, 2 header rows, then groups with 小计 and the 合计.
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const blank = () => Array<CellValue>(WIDTH).fill('');
  const push = (row: CellValue[]) => {
    values.push(row);
    formats.push(Array<string>(WIDTH).fill('General'));
    return values.length - 1;
  };
  const title = blank();
  title[0] = `${county}2024年财政衔接推进乡村振兴补助资金项目台账`;
  push(title);
  const unitLine = blank();
  unitLine[0] = `填报单位：${county}乡村振兴局`;
  unitLine[WIDTH - 3] = `单位：${unit}`;
  unitLine[WIDTH - 6] = '数据截至2024年12月31日';
  push(unitLine);
  push([...HEADER_TOP]);
  push([...HEADER_SUB]);
  const merges: MergeRange[] = [
    { r1: 0, c1: 0, r2: 0, c2: WIDTH - 1 },
    { r1: 2, c1: FC.central, r2: 2, c2: FC.other },
  ];
  for (let c = 0; c < WIDTH; c++)
    if (c < FC.central || c > FC.other) merges.push({ r1: 2, c1: c, r2: 3, c2: c });

  const expectations: FundExpectation[] = [];
  const expect = (rule: string, row: number, col: number) =>
    expectations.push({ rule, sheet: name, row: row + 1, cell: a1(row, col) });

  // Row positions first (injections need them), then model-level injections, then cells.
  let r = 4;
  const grandRow = opts.totalsFirst ? r++ : -1;
  const subtotalRows: Array<{ row: number; members: Gen[] }> = [];
  let seq = 1;
  const seqOf = new Map<Gen, number>();
  for (const type of TYPES) {
    const members = projects.filter((p) => p.type === type);
    for (const p of members) {
      p.row = r++;
      seqOf.set(p, seq++);
    }
    subtotalRows.push({ row: r++, members });
  }
  const lastRow = opts.totalsFirst ? grandRow : r++;

  // ---- model-level injections (totals and 支出进度 are computed afterwards, so they stay consistent) ----
  const used = new Set<Gen>();
  const pickP = (ok: (p: Gen) => boolean): Gen => {
    const pool = projects.filter((p) => !used.has(p) && ok(p));
    if (pool.length === 0) throw new Error('generator: no project eligible for injection');
    const p = rng.pick(pool);
    used.add(p);
    return p;
  };
  const progressBumps = new Set<Gen>();
  if (inject) {
    const U = 100 * scale; // 1 万元
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => x.released - x.disbursed >= 2 && x.disbursed > 0);
      p.spent = p.disbursed + Math.floor((p.released - p.disbursed) / 2) + 0;
      if (p.spent <= p.disbursed) p.spent = p.disbursed + 1;
      expect('fund.spent-exceeds-allocated', p.row, FC.spent);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(() => true);
      p.released = p.planned + U * (k + 1);
      expect('fund.allocated-exceeds-planned', p.row, FC.released);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(() => true);
      p.subsidy = p.planned + U;
      expect('fund.subsidy-exceeds-investment', p.row, FC.subsidy);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(() => true);
      p.src[0] += U * (k + 2);
      expect('fund.sources-mismatch', p.row, FC.planned);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => x.released > 0);
      progressBumps.add(p);
      expect('fund.progress-mismatch', p.row, FC.progress);
    }
    {
      const p = pickP((x) => !!x.start && !!x.completion);
      [p.start, p.completion] = [p.completion, p.start];
      expect('fund.date-order', p.row, FC.completion);
      const q = pickP((x) => !!x.completion && !!x.acceptance);
      q.acceptance = addDays(q.completion!, -3);
      expect('fund.date-order', q.row, FC.acceptance);
      const s = pickP(() => true);
      s.pubEnd = addDays(s.pubStart!, -2);
      expect('fund.date-order', s.row, FC.pubEnd);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(() => true);
      p.pubEnd = addDays(p.pubStart!, 3 + k);
      expect('fund.publicity-short', p.row, FC.pubEnd);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => x.type.startsWith('产业') || x.type === '就业项目');
      p.benef = k === 0 ? '' : 0;
      expect('fund.no-beneficiaries', p.row, FC.benef);
    }
    for (let k = 0; k < 3; k++) {
      // A row typed in 元 in a 万元 sheet: every amount × 10 000 (only 产业 rows, so the 产业 share only rises).
      const p = pickP((x) => x.type.startsWith('产业') && x.planned > 2000 * scale && x.spent > 2000 * scale);
      p.planned *= 10000;
      p.subsidy *= 10000;
      p.src = p.src.map((v) => v * 10000) as Gen['src'];
      p.released *= 10000;
      p.disbursed *= 10000;
      p.spent *= 10000;
      const cols: Array<[number, number]> = [
        [FC.planned, p.planned],
        [FC.subsidy, p.subsidy],
        ...p.src.map((v, i): [number, number] => [SRC_COLS[i], v]),
        [FC.released, p.released],
        [FC.disbursed, p.disbursed],
        [FC.spent, p.spent],
      ];
      if (unit === '万元')
        for (const [c, v] of cols) if (v / 100 > 100000) expect('fund.unit-suspect', p.row, c);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => x.spent === x.released && !!x.acceptance);
      p.acceptance = undefined;
      expect('fund.paid-not-accepted', p.row, FC.acceptance);
    }
    for (let k = 0; k < 3; k++) {
      const orig = pickP((x) =>
        projects.some((y) => y !== x && !used.has(y) && y.row > x.row && y.type !== '项目管理费'),
      );
      const dup = pickP((x) => x.row > orig.row && x.type !== '项目管理费');
      dup.name = orig.name;
      dup.location = orig.location;
      expect('fund.duplicate-project', dup.row, FC.project);
    }
    // ---- v2 rules (rules-v2 §20) ----
    const unspent = (x: Gen) => x.released - x.spent > x.released * 0.2 && x.released > 0;
    for (let k = 0; k < 3; k++) {
      const p = pickP(unspent);
      p.releasedDate = { y: 2023, m: 6 + k, d: 10 }; // 16–18 months before 2024-12
      expect('fund.idle', p.row, FC.spent);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(unspent);
      p.releasedDate = { y: 2022, m: 3 + k, d: 1 };
      expect('fund.idle-over-two-years', p.row, FC.spent);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(() => true);
      p.pubStart = undefined;
      p.pubEnd = undefined;
      expect('fund.publicity-missing', p.row, FC.pubStart);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => x.benefit !== '');
      p.benefit = '';
      expect('fund.no-benefit-link', p.row, FC.benefit);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP(() => true);
      p.goal = '';
      expect('fund.perf-target-missing', p.row, FC.goal);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => !!x.acceptance && x.manager !== '');
      p.manager = '';
      expect('fund.asset-unregistered', p.row, FC.manager);
    }
    for (let k = 0; k < 3; k++) {
      const p = pickP((x) => x.assetStatus !== '');
      p.assetStatus = rng.pick(['闲置', '停用', '未运营']);
      expect('fund.asset-idle', p.row, FC.assetStatus);
    }
    for (let k = 0; k < 2; k++) {
      const p = pickP((x) => x.items !== null);
      p.items!.amountBump = k + 1;
      expect('fund.itemised-cost-mismatch', p.row, FC.itemAmount);
    }
    for (let k = 0; k < 2; k++) {
      // 建设内容 "20个×5000元=15万元": the written 小计 does not multiply out.
      const p = pickP((x) => x.items === null && x.type !== '项目管理费');
      const qty = rng.int(10, 40);
      p.content = `${p.content}：购置设备${qty}台×5000元=${(qty * 5000) / 10000 + 1 + k}万元`;
      expect('fund.itemised-cost-mismatch', p.row, FC.content);
    }
    if (opts.configured) {
      for (let k = 0; k < 3; k++) {
        // Nothing started by the deadline (and not finished): fund.start-late at 开工时间.
        const p = pickP((x) => !x.acceptance && !!x.start);
        p.start = undefined;
        p.completion = undefined;
      }
      for (let k = 0; k < 3; k++) {
        const p = pickP((x) => x.released > 100 && x.spent === x.disbursed && !x.acceptance);
        p.spent = Math.round(p.released * 0.05);
        p.disbursed = Math.max(p.disbursed, p.spent);
      }
    }
  }
  // Behind the 09-30 target: every project below it (the injected ones, and any other the amounts put there),
  // and the sheet when its total is.
  if (opts.configured) {
    const target = CONFIGURED_FUND_SETTINGS.spendTargets[0].percent;
    let spentAll = 0;
    let releasedAll = 0;
    for (const p of projects) {
      if (p.released <= 0) continue;
      spentAll += p.spent;
      releasedAll += p.released;
      if ((p.spent / p.released) * 100 < target) expect('fund.progress-behind-schedule', p.row, FC.progress);
    }
    if (releasedAll > 0 && (spentAll / releasedAll) * 100 < target)
      expect('fund.progress-behind-schedule', lastRow, FC.progress);
    // Started after 12-30 of the fund year (the 下达时间's year: an old release makes a 2024 start late), or not
    // started and not finished.
    for (const p of projects) {
      const deadline = { y: p.releasedDate.y, m: 12, d: 30 };
      const key = (d: YMD) => d.y * 10000 + d.m * 100 + d.d;
      if (p.start ? key(p.start) > key(deadline) : !p.acceptance) expect('fund.start-late', p.row, FC.start);
    }
  }

  // ---- render ----
  const money = (v: number) => v / 100;
  const progressOf = (spent: number, base: number) =>
    base > 0 ? Math.round((spent / base) * 10000) / 100 : '';
  let dateToggle = 0;
  const dateCell = (row: number, col: number, d: YMD | undefined) => {
    if (!d) return;
    if (rng.chance(textDates)) {
      values[row][col] =
        dateToggle++ % 2 === 0
          ? `${d.y}年${d.m}月${d.d}日`
          : `${d.y}.${String(d.m).padStart(2, '0')}.${String(d.d).padStart(2, '0')}`;
    } else {
      values[row][col] = ymdToSerial(d);
      formats[row][col] = 'yyyy-mm-dd';
    }
  };
  while (values.length <= Math.max(r - 1, lastRow)) push(blank());
  for (const p of projects) {
    const row = values[p.row];
    row[FC.seq] = seqOf.get(p)!;
    row[FC.project] = p.name;
    row[FC.type] = p.type;
    row[FC.location] = p.location;
    row[FC.owner] = OWNERS[p.type];
    row[FC.planned] = money(p.planned);
    row[FC.subsidy] = money(p.subsidy);
    p.src.forEach((v, i) => (row[SRC_COLS[i]] = v === 0 ? '' : money(v)));
    row[FC.released] = money(p.released);
    row[FC.disbursed] = money(p.disbursed);
    row[FC.spent] = money(p.spent);
    const prog = progressOf(p.spent, p.released);
    row[FC.progress] =
      progressBumps.has(p) && typeof prog === 'number' ? Math.round((prog + 5) * 100) / 100 : prog;
    row[FC.benef] = p.benef;
    dateCell(p.row, FC.start, p.start);
    dateCell(p.row, FC.completion, p.completion);
    dateCell(p.row, FC.acceptance, p.acceptance);
    dateCell(p.row, FC.pubStart, p.pubStart);
    dateCell(p.row, FC.pubEnd, p.pubEnd);
    dateCell(p.row, FC.releasedDate, p.releasedDate);
    row[FC.status] = p.acceptance ? '已完成' : p.start ? '实施中' : '规划中';
    row[FC.content] = p.content;
    row[FC.benefit] = p.benefit;
    row[FC.goal] = p.goal;
    row[FC.owner2] = p.acceptance ? `${p.location}村股份经济合作社` : '';
    row[FC.manager] = p.manager;
    row[FC.assetStatus] = p.assetStatus;
    if (p.items) {
      row[FC.quantity] = p.items.qty;
      row[FC.unitCost] = p.items.cost;
      const yuan = p.items.qty * p.items.cost;
      row[FC.itemAmount] = (unit === '万元' ? yuan / 10000 : yuan) + p.items.amountBump;
    }
  }
  const totalRow = (row: number, label: string, labelCol: number, members: Gen[]) => {
    const v = values[row];
    v[labelCol] = label;
    const sum = (f: (p: Gen) => number) => members.reduce((s, p) => s + f(p), 0);
    v[FC.planned] = money(sum((p) => p.planned));
    v[FC.subsidy] = money(sum((p) => p.subsidy));
    SRC_COLS.forEach((c, i) => (v[c] = money(sum((p) => p.src[i]))));
    const rel = sum((p) => p.released);
    const sp = sum((p) => p.spent);
    v[FC.released] = money(rel);
    v[FC.disbursed] = money(sum((p) => p.disbursed));
    v[FC.spent] = money(sp);
    v[FC.progress] = progressOf(sp, rel);
    v[FC.benef] = sum((p) => (typeof p.benef === 'number' ? p.benef : 0));
  };
  for (const s of subtotalRows) totalRow(s.row, `${s.members[0].type}小计`, FC.project, s.members);
  totalRow(lastRow, '合计', FC.seq, projects);

  // ---- cell-level injections: 小计 / 合计 cells that do not add up (columns outside 支出进度's ratio) ----
  if (inject) {
    const bump = (row: number, col: number, by: number) => {
      values[row][col] = Math.round(((values[row][col] as number) + by) * 100) / 100;
      expect('fund.total-mismatch', row, col);
    };
    bump(subtotalRows[0].row, FC.planned, 1);
    bump(subtotalRows[3].row, FC.central, -0.5);
    bump(lastRow, FC.benef, 3);
  }
  if (opts.lowIndustryShare) expect('fund.industry-share', lastRow, FC.central);

  expectations.sort((x, y) => x.row - y.row || x.cell.localeCompare(y.cell) || x.rule.localeCompare(y.rule));
  return { sheet: { name, values, numberFormats: formats, merges, headerRows: [3, 4], unit }, expectations };
}

/** The standard test workbook: a 320-project 万元 ledger with injected errors and a small 元 ledger (合计 first)
 *  whose 产业 share is too low. */
export function generateFundWorkbook(seed = 20240601): {
  sheets: FundSheetSpec[];
  expectations: FundExpectation[];
} {
  const main = generateFundLedger({ seed, projects: 320 });
  const second = generateFundLedger({
    seed: seed + 1,
    projects: 40,
    unit: '元',
    sheetName: '第二批项目',
    county: '示例县',
    inject: false,
    totalsFirst: true,
    lowIndustryShare: true,
  });
  return { sheets: [main.sheet, second.sheet], expectations: [...main.expectations, ...second.expectations] };
}

/** SheetInput[] as a host would read the written file (deep copies, merges included). */
export function fundSheetInputs(sheets: FundSheetSpec[]): SheetInput[] {
  return sheets.map((s) => ({
    name: s.name,
    values: s.values.map((row) => [...row]),
    numberFormats: s.numberFormats.map((row) => [...row]),
    merges: s.merges.map((m) => ({ ...m })),
  }));
}

/** Writes the sheets with ExcelJS: date serials get a date format, merges and a frozen header. */
export async function writeFundWorkbook(sheets: FundSheetSpec[], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'bangfu test generator (synthetic fund ledger)';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '') return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const fmt = s.numberFormats[r]?.[c];
        if (typeof v === 'number' && fmt && fmt !== 'General') cell.numFmt = fmt;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
    ws.views = [{ state: 'frozen', ySplit: s.headerRows[s.headerRows.length - 1] }];
  }
  await wb.xlsx.writeFile(path);
}
