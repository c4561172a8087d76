// v2 person and period tables: 6.3 监测对象年龄结构表 and 6.4 本期新识别和风险消除情况表 (summaries.md §6).
import type { HouseholdFigure } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableBlock, type TableColumn } from './layout';
import { MONITOR_CATEGORIES, normalizeCategory, titleOf, withOpenNote, type SummaryContext } from './context';
import { byVillage, personsOf } from './households';
import { chineseDate, parseIsoDate } from './format';

const common = (ctx: SummaryContext) => ({
  totalsPosition: ctx.totalsPosition,
  reportingUnit: ctx.reportingUnit,
  dateText: ctx.dateText,
  codeBlock: ctx.options.codeBlock,
});

/** The data date tables count at: the ledger's own (导出时间 / 截至), else the tables' 截至 date. */
export function asOfIso(ctx: SummaryContext): string | undefined {
  return ctx.report.dataDate?.date ?? ctx.date;
}

// ---------- 6.3 年龄结构 ----------

/** Left-closed age bands (full years at the data date). */
export const AGE_BANDS: ReadonlyArray<{ from: number; to: number | null; label: string }> = [
  { from: 0, to: 6, label: '0-5岁' },
  { from: 6, to: 16, label: '6-15岁' },
  { from: 16, to: 18, label: '16-17岁' },
  { from: 18, to: 36, label: '18-35岁' },
  { from: 36, to: 60, label: '36-59岁' },
  { from: 60, to: 65, label: '60-64岁' },
  { from: 65, to: null, label: '65岁及以上' },
];

export const ageBandOf = (age: number): number =>
  AGE_BANDS.findIndex((b) => age >= b.from && (b.to === null || age < b.to));

export interface AgeRow {
  village: string;
  total: number;
  bands: number[];
  unknown: number;
}

/** Persons of the households by village and band (the sheet's rows; the 合计 is their sum). */
export function ageRows(ctx: SummaryContext, households: HouseholdFigure[]): AgeRow[] {
  return byVillage(ctx, households).map(([village, hs]) => {
    const bands = AGE_BANDS.map(() => 0);
    let unknown = 0;
    let total = 0;
    for (const h of hs)
      for (const a of h.ages ?? []) {
        total++;
        if (a === null) unknown++;
        else bands[ageBandOf(a)]++;
      }
    return { village, total, bands, unknown };
  });
}

const hasAges = (hs: HouseholdFigure[]) => hs.some((h) => h.ages !== undefined);

export function buildAgeSummary(ctx: SummaryContext): SheetSpec | null {
  const withAges = ctx.report.households.filter((h) => h.ages !== undefined);
  if (!hasAges(withAges)) return null;
  const monitored = withAges.filter((h) => h.monitored);
  const exited = withAges.filter((h) => h.exited);
  const groups: Array<[string, HouseholdFigure[]]> = [
    ['一、监测对象', monitored],
    ['二、脱贫户', exited],
  ];
  const rowsOf = groups.map(([, hs]) => ageRows(ctx, hs));
  const anyUnknown = rowsOf.some((rows) => rows.some((r) => r.unknown > 0));
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'village', path: ['行政村'], kind: 'label', width: 12 },
    { key: 'total', path: ['合计人数'], kind: 'count', width: 8 },
    ...AGE_BANDS.flatMap((b, i): TableColumn[] => [
      { key: `a${i}`, path: [b.label, '人数'], kind: 'count', width: 6 },
      {
        key: `a${i}Pct`,
        path: [b.label, '占比（%）'],
        kind: 'percent',
        width: 7,
        ratio: { num: `a${i}`, den: 'total' },
      },
    ]),
    ...(anyUnknown ? [{ key: 'unknown', path: ['年龄不详'], kind: 'count' as const, width: 6 }] : []),
  ];
  const blocks: TableBlock[] = groups.map(([caption], g) => ({
    caption,
    rows: rowsOf[g].map((r) => {
      const row: RowInput = { village: r.village, total: r.total, unknown: r.unknown };
      r.bands.forEach((n, i) => (row[`a${i}`] = n));
      return row;
    }),
  }));
  const at = asOfIso(ctx);
  const notes = [
    `注：年龄为${at ? chineseDate(at) : '数据日期'}的周岁（按证件号码或出生日期），各组含下限、不含上限；占比 = 该组人数 ÷ 合计人数 × 100。`,
    '监测对象含风险已消除的户；同为脱贫户的监测对象（如脱贫不稳定户）在两块中各计一次，故两块合计不能相加。',
  ];
  if (anyUnknown) notes.push('年龄不详：证件号码和出生日期都无法读出出生日期的人员，未计入各年龄组。');
  return buildTableSheet({
    ...common(ctx),
    name: '监测对象年龄结构表',
    title: titleOf(ctx, '监测对象和脱贫人口年龄结构表'),
    columns,
    blocks,
    unitLine: '单位：人',
    notes: withOpenNote(ctx, notes),
    freezeCols: 2,
  });
}

// ---------- 6.4 本期新识别 / 本期风险消除 ----------

export interface Period {
  /** Month indexes (y·12 + m − 1), inclusive. */
  from: number;
  to: number;
  label: string;
}

/** 本期 from the data date: its year (default), quarter or month. */
export function periodOf(ctx: SummaryContext): Period | null {
  const d = parseIsoDate(asOfIso(ctx));
  if (!d) return null;
  const kind = ctx.options.period ?? 'year';
  if (kind === 'month')
    return { from: d.y * 12 + d.m - 1, to: d.y * 12 + d.m - 1, label: `${d.y}年${d.m}月` };
  if (kind === 'quarter') {
    const q = Math.floor((d.m - 1) / 3);
    return { from: d.y * 12 + q * 3, to: d.y * 12 + q * 3 + 2, label: `${d.y}年第${q + 1}季度` };
  }
  return { from: d.y * 12, to: d.y * 12 + 11, label: `${d.y}年` };
}

const monthIdx = (ym: string | undefined): number | null => {
  const m = /^(\d{4})-(\d{2})$/.exec(ym ?? '');
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
};

const within = (ym: string | undefined, p: Period) => {
  const i = monthIdx(ym);
  return i !== null && i >= p.from && i <= p.to;
};

/** 帮扶消除 / 自然消除 / 未注明 from 风险消除方式. */
export function eliminationKind(h: HouseholdFigure): 'helped' | 'natural' | 'unstated' {
  const t = h.eliminationMethod ?? '';
  if (t.includes('帮扶')) return 'helped';
  if (t.includes('自然')) return 'natural';
  return 'unstated';
}

export interface PeriodCounts {
  newH: number;
  newP: number;
  elimH: number;
  elimP: number;
  helpedH: number;
  helpedP: number;
  naturalH: number;
  naturalP: number;
  unstatedH: number;
  unstatedP: number;
}

export function periodCounts(hs: HouseholdFigure[], p: Period): PeriodCounts {
  const c: PeriodCounts = {
    newH: 0,
    newP: 0,
    elimH: 0,
    elimP: 0,
    helpedH: 0,
    helpedP: 0,
    naturalH: 0,
    naturalP: 0,
    unstatedH: 0,
    unstatedP: 0,
  };
  for (const h of hs) {
    const n = personsOf(h);
    if (within(h.monitorStartMonth, p)) {
      c.newH++;
      c.newP += n;
    }
    // 消除监测时间 in the period and not stated as 风险未消除.
    if (within(h.eliminatedMonth, p) && h.riskEliminated !== false) {
      c.elimH++;
      c.elimP += n;
      const k = eliminationKind(h);
      c[`${k}H`]++;
      c[`${k}P`] += n;
    }
  }
  return c;
}

/** The ledger has 识别监测时间 or 消除监测时间 columns (a sheet's columnsFound, else any household's month). */
export function hasMonitorDates(ctx: SummaryContext): boolean {
  const keys = ['monitorStart', 'riskEliminatedDate'];
  if (ctx.report.sheets.some((s) => s.columnsFound?.some((k) => keys.includes(k)))) return true;
  return ctx.report.households.some(
    (h) => h.monitorStartMonth !== undefined || h.eliminatedMonth !== undefined,
  );
}

/** Households the period table counts (the narrative too). */
export const periodHouseholds = (ctx: SummaryContext): HouseholdFigure[] =>
  ctx.report.households.filter((h) => h.monitored || h.monitorStartMonth || h.eliminatedMonth);

export function buildPeriodSummary(ctx: SummaryContext): SheetSpec | null {
  const p = periodOf(ctx);
  if (!p || !hasMonitorDates(ctx)) return null;
  const hs = periodHouseholds(ctx);
  const byVillageRows = byVillage(ctx, hs).map(([village, list]) => ({
    label: village,
    ...periodCounts(list, p),
  }));
  const cats = new Map<string, HouseholdFigure[]>(MONITOR_CATEGORIES.map((c) => [c, []]));
  for (const h of hs) {
    const k = normalizeCategory(h.monitorCategory ?? '');
    if (!cats.has(k)) cats.set(k, []);
    cats.get(k)!.push(h);
  }
  const byCategoryRows = [...cats.entries()].map(([label, list]) => ({ label, ...periodCounts(list, p) }));
  const anyUnstated = byVillageRows.some((r) => r.unstatedH > 0);
  const pair = (key: string, path: string[]): TableColumn[] => [
    { key: `${key}H`, path: [...path, '户数'], kind: 'count', width: 7 },
    { key: `${key}P`, path: [...path, '人数'], kind: 'count', width: 7 },
  ];
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'label', path: ['行政村（监测对象类别）'], kind: 'label', width: 16 },
    ...pair('new', ['本期新识别']),
    ...pair('elim', ['本期风险消除', '小计']),
    ...pair('helped', ['本期风险消除', '帮扶消除']),
    ...pair('natural', ['本期风险消除', '自然消除']),
    ...(anyUnstated ? pair('unstated', ['本期风险消除', '未注明消除方式']) : []),
  ];
  const toRows = (rows: Array<{ label: string } & PeriodCounts>): RowInput[] =>
    rows.map((r) => ({ ...r }) as unknown as RowInput);
  const notes = [
    `注：本期为${p.label}（按数据日期${asOfIso(ctx) ? chineseDate(asOfIso(ctx)) : ''}，可在设置中改为季度或月）；新识别按识别监测时间、风险消除按消除监测时间在本期内统计，两块合计相同。`,
    '消除方式取自台账“风险消除方式”列；同一户本期内识别又消除的，两项各计一次。',
  ];
  return buildTableSheet({
    ...common(ctx),
    name: '本期新识别和风险消除情况表',
    // The period names the year itself ("2023年第4季度").
    title: `${ctx.area}${p.label}新识别和风险消除监测对象情况表`,
    columns,
    blocks: [
      { caption: '一、按行政村', rows: toRows(byVillageRows) },
      { caption: '二、按监测对象类别', rows: toRows(byCategoryRows) },
    ],
    unitLine: '单位：户、人',
    notes: withOpenNote(ctx, notes),
  });
}
