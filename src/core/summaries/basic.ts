// 4.1 基本情况汇总表: one row per 行政村 from report.villages, 合计 by SUM, 占比 from the totals.
import type { VillageFigure } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { MONITOR_CATEGORIES, normalizeCategory, titleOf, withOpenNote, type SummaryContext } from './context';
import { rawRatio, sumOf } from './format';
import { gapNote, gapOf, UNSTATED } from './gaps';

export interface CountPair {
  households: number;
  persons: number;
}

/** The figures of one row of 4.1 (a village, or the 合计 computed as the sheet's SUM does). */
export interface BasicRow {
  village: string;
  totalHouseholds: number | null;
  totalPopulation: number | null;
  /** Incidence denominator (贫困发生率/占比 base). */
  population: number | null;
  exited: CountPair;
  monitored: CountPair;
  /** 监测对象 by normalised 类别. */
  categories: Record<string, CountPair>;
  riskEliminated: CountPair;
  riskOpen: CountPair;
  /** 2014–2020: 未脱贫/返贫. */
  stillPoor: CountPair;
  /** Incidence numerator (persons): 风险未消除 (2021+) or 未脱贫/返贫 (2014–2020). */
  incidencePersons: number;
}

export interface BasicFigures {
  rows: BasicRow[];
  total: BasicRow;
  /** Category columns shown, in order. */
  categories: string[];
  /** Unrounded incidence of the 合计 row, percent; null when no denominator. */
  incidencePercent: number | null;
  denominatorLabel: string;
  incidenceLabel: string;
}

const DENOMINATOR_LABELS: Record<string, string> = {
  agriPopulation: '农业户籍人口',
  ruralPopulation: '乡村总人口',
  totalPopulation: '总人口',
  residentPopulation: '常住人口',
};

function rowOf(v: VillageFigure, legacy: boolean): BasicRow {
  const categories: Record<string, CountPair> = {};
  for (const [raw, c] of Object.entries(v.monitored ?? {})) {
    const key = normalizeCategory(raw);
    const cur = (categories[key] ??= { households: 0, persons: 0 });
    cur.households += c.households;
    cur.persons += c.persons;
  }
  return {
    village: v.village,
    totalHouseholds: v.totalHouseholds ?? null,
    totalPopulation: v.totalPopulation ?? null,
    population: v.population,
    exited: { households: v.exitedHouseholds, persons: v.exitedPersons },
    monitored: { households: v.monitoredHouseholds, persons: v.monitoredPersons },
    categories,
    riskEliminated: { households: v.riskEliminatedHouseholds, persons: v.riskEliminatedPersons },
    riskOpen: { households: v.riskOpenHouseholds, persons: v.riskOpenPersons },
    stillPoor: { households: v.stillPoorHouseholds, persons: v.stillPoorPersons },
    incidencePersons: legacy ? v.stillPoorPersons : v.riskOpenPersons,
  };
}

const sumPair = (rows: CountPair[]): CountPair => ({
  households: sumOf(rows.map((r) => r.households)),
  persons: sumOf(rows.map((r) => r.persons)),
});

const sumNullable = (xs: Array<number | null>): number | null =>
  xs.some((x) => x !== null) ? sumOf(xs) : null;

/** Rows and totals exactly as the sheet computes them (the narrative quotes these). */
export function basicFigures(ctx: SummaryContext): BasicFigures {
  const rows = ctx.report.villages.map((v) => rowOf(v, ctx.legacy));
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.categories)) seen.add(k);
  const categories = [
    ...MONITOR_CATEGORIES,
    ...[...seen].filter((k) => !(MONITOR_CATEGORIES as readonly string[]).includes(k)),
  ];
  const catTotals: Record<string, CountPair> = {};
  for (const k of categories)
    catTotals[k] = sumPair(rows.map((r) => r.categories[k] ?? { households: 0, persons: 0 }));
  const total: BasicRow = {
    village: '合计',
    totalHouseholds: sumNullable(rows.map((r) => r.totalHouseholds)),
    totalPopulation: sumNullable(rows.map((r) => r.totalPopulation)),
    population: sumNullable(rows.map((r) => r.population)),
    exited: sumPair(rows.map((r) => r.exited)),
    monitored: sumPair(rows.map((r) => r.monitored)),
    categories: catTotals,
    riskEliminated: sumPair(rows.map((r) => r.riskEliminated)),
    riskOpen: sumPair(rows.map((r) => r.riskOpen)),
    stillPoor: sumPair(rows.map((r) => r.stillPoor)),
    incidencePersons: sumOf(rows.map((r) => r.incidencePersons)),
  };
  const denominatorLabel = DENOMINATOR_LABELS[ctx.config.incidenceDenominator] ?? '农业户籍人口';
  return {
    rows,
    total,
    categories,
    incidencePercent: rawRatio(total.incidencePersons, total.population),
    denominatorLabel,
    incidenceLabel: ctx.legacy ? '贫困发生率' : '监测对象（风险未消除）人口占比',
  };
}

export function buildBasicSummary(ctx: SummaryContext, narrative?: string[]): SheetSpec {
  const fig = basicFigures(ctx);
  const pair = (key: string, path: string[]): TableColumn[] => [
    { key: `${key}H`, path: [...path, '户数'], kind: 'count' },
    { key: `${key}P`, path: [...path, '人数'], kind: 'count' },
  ];
  const catKey = (i: number) => `cat${i}`;
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'village', path: ['行政村'], kind: 'label' },
    { key: 'totalHouseholds', path: ['总户数'], kind: 'count' },
    { key: 'totalPopulation', path: ['总人口'], kind: 'count' },
    { key: 'population', path: [fig.denominatorLabel], kind: 'count', width: 10 },
    ...pair('exited', ['脱贫户']),
    ...(ctx.legacy ? pair('stillPoor', ['未脱贫/返贫']) : []),
    ...pair('monitored', ['监测对象', '小计']),
    ...fig.categories.flatMap((c, i) => pair(catKey(i), ['监测对象', c === '未注明类别' ? c : `其中：${c}`])),
    ...pair('eliminated', ['监测对象', '风险已消除']),
    ...pair('open', ['监测对象', '风险未消除']),
    {
      key: 'incidence',
      path: [`${fig.incidenceLabel}（%）`],
      kind: 'percent',
      width: 12,
      ratio: { num: ctx.legacy ? 'stillPoorP' : 'openP', den: 'population' },
    },
  ];
  const toRow = (r: BasicRow): RowInput => {
    const row: RowInput = {
      village: r.village,
      // A village without a base-sheet row (or column) is 未统计, never 0 or a silent blank.
      totalHouseholds: r.totalHouseholds ?? UNSTATED,
      totalPopulation: r.totalPopulation ?? UNSTATED,
      population: r.population ?? UNSTATED,
      exitedH: r.exited.households,
      exitedP: r.exited.persons,
      stillPoorH: r.stillPoor.households,
      stillPoorP: r.stillPoor.persons,
      monitoredH: r.monitored.households,
      monitoredP: r.monitored.persons,
      eliminatedH: r.riskEliminated.households,
      eliminatedP: r.riskEliminated.persons,
      openH: r.riskOpen.households,
      openP: r.riskOpen.persons,
    };
    fig.categories.forEach((c, i) => {
      row[`${catKey(i)}H`] = r.categories[c]?.households ?? 0;
      row[`${catKey(i)}P`] = r.categories[c]?.persons ?? 0;
    });
    return row;
  };
  const missingPop = fig.rows.filter((r) => !r.population).map((r) => r.village);
  const notes = [
    `注：${fig.incidenceLabel} = ${ctx.legacy ? '未脱贫/返贫人数' : '风险未消除人数'} ÷ ${fig.denominatorLabel} × 100，合计行按合计数计算。` +
      (ctx.report.incidenceBasis ? `（${ctx.report.incidenceBasis}）` : ''),
  ];
  const gap = gapOf(ctx, 'villageBase');
  if (gap) notes.push(gapNote([gap])!);
  else if (missingPop.length > 0)
    notes.push(
      `${missingPop.join('、')}缺少${fig.denominatorLabel}（${UNSTATED}），占比无法计算；合计行的基数不含这些村，其占比仅供参考。`,
    );
  const base = ctx.report.villageBase;
  if (base && base.sheets.length > 0)
    notes.push(
      `总户数、总人口、${fig.denominatorLabel}取自工作表${base.sheets.map((n) => `“${n}”`).join('、')}` +
        (base.ignored.length > 0
          ? `；未使用：${base.ignored.map((x) => `“${x.sheet}”（${x.reason}）`).join('；')}`
          : '') +
        '。',
    );
  return buildTableSheet({
    name: '基本情况汇总表',
    title: titleOf(ctx, ctx.legacy ? '建档立卡贫困人口基本情况汇总表' : '脱贫人口和监测对象基本情况汇总表'),
    columns,
    blocks: [{ rows: fig.rows.map(toRow) }],
    totalsPosition: ctx.totalsPosition,
    reportingUnit: ctx.reportingUnit,
    dateText: ctx.dateText,
    codeBlock: ctx.options.codeBlock,
    unitLine: '单位：户、人',
    notes: withOpenNote(ctx, notes),
    narrative,
  });
}
