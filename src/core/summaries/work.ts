// 6.2 务工情况统计表 from report.work (the 已外出务工 export joined to the ledger's persons), and
// 6.5 村出列指标核对表 from the villages' 行政村信息 indicators.
import type { VillageFigure, WorkFigures } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableBlock, type TableColumn } from './layout';
import { titleOf, withOpenNote, type SummaryContext } from './context';
import { basicFigures } from './basic';
import { formatAmount, formatPercent } from './format';
import { UNSTATED } from './gaps';

const common = (ctx: SummaryContext) => ({
  totalsPosition: ctx.totalsPosition,
  reportingUnit: ctx.reportingUnit,
  dateText: ctx.dateText,
  codeBlock: ctx.options.codeBlock,
});

export const PLACES = [
  ['inCounty', '县内'],
  ['inProvince', '县外省内'],
  ['outOfProvince', '省外'],
  ['outOfCountyUnknownProvince', '县外（未写明省份）'],
  ['placeUnknown', '未填务工地点'],
] as const;

export const CHANNELS = [
  ['publicJob', '公益性岗位'],
  ['workshop', '帮扶车间'],
  ['otherChannel', '其他'],
] as const;

export function buildWorkSummary(ctx: SummaryContext): SheetSpec | null {
  const w = ctx.report.work;
  if (!w) return null;
  // The first three places always; the two catch-alls only when some person falls in them.
  const places = PLACES.filter(([k], i) => i < 3 || w.villages.some((v) => v[k] > 0));
  const noLabour = w.villages.every((v) => v.labour === null);
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'village', path: ['行政村'], kind: 'label', width: 12 },
    {
      key: 'labour',
      path: ['劳动力人数'],
      kind: 'count',
      width: 8,
      ...(noLabour ? { unavailable: UNSTATED } : {}),
    },
    { key: 'workers', path: ['务工人数'], kind: 'count', width: 8 },
    ...places.flatMap(([k, label]): TableColumn[] => [
      { key: k, path: ['按务工地点', label, '人数'], kind: 'count', width: 7 },
      {
        key: `${k}Pct`,
        path: ['按务工地点', label, '占比（%）'],
        kind: 'percent',
        width: 7,
        ratio: { num: k, den: 'workers' },
      },
    ]),
    ...CHANNELS.map(([k, label]): TableColumn => ({
      key: k,
      path: ['按就业渠道（人数）', label],
      kind: 'count',
      width: 7,
    })),
    { key: 'months', path: ['务工月数合计'], kind: 'count', width: 8, hidden: false },
    {
      key: 'avgMonths',
      path: ['人均务工月数'],
      kind: 'average',
      width: 8,
      decimals: 1,
      numFmt: '0.0',
      ratio: { num: 'months', den: 'workers' },
    },
    {
      key: 'income',
      path: ['务工收入合计（元）'],
      kind: 'yuan',
      width: 13,
      ...(w.villages.every((v) => v.income === null) ? { unavailable: UNSTATED } : {}),
    },
  ];
  const rows: RowInput[] = w.villages.map((v) => {
    const row: RowInput = {
      village: v.village,
      labour: v.labour ?? UNSTATED,
      workers: v.workers,
      months: v.months,
      income: v.income,
    };
    for (const [k] of PLACES) row[k] = v[k];
    for (const [k] of CHANNELS) row[k] = v[k];
    return row;
  });
  const notes = [
    `注：务工人数为${w.year}年有务工记录（开始至结束时间与本年重叠，未结束的算至数据日期）的台账人员，每人计一次；一人多段务工的，务工地点和就业渠道按本年最近一段计，占比 = 人数 ÷ 务工人数 × 100。`,
    `务工地点：务工所在县与本县相同（或以本县结尾）为县内，其余按省份分县外省内、省外（${w.homeSource}）。务工月数按开始、结束月份计（含首尾月，每人最多12个月）；务工收入 = 务工月收入 × 本年务工月数。`,
    `劳动力人数为劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的台账人员；数据取自“${w.sheets.join('”“')}”。`,
  ];
  if (w.unmatchedRows > 0)
    notes.push(`另有${w.unmatchedRows}条务工记录的人员在台账中找不到（见问题清单），未计入本表。`);
  return buildTableSheet({
    ...common(ctx),
    name: '务工情况统计表',
    title: titleOf(ctx, '脱贫人口和监测对象务工情况统计表'),
    columns,
    blocks: [{ rows }],
    unitLine: '单位：人、月、元',
    notes: withOpenNote(ctx, notes),
  });
}

/** Totals of the table (the narrative quotes these; they equal its 合计 row). */
export function workTotals(w: WorkFigures): Record<string, number> {
  const t: Record<string, number> = { workers: 0, labour: 0, months: 0, income: 0 };
  for (const v of w.villages) {
    t.workers += v.workers;
    t.labour += v.labour ?? 0;
    t.months += v.months;
    t.income += v.income ?? 0;
    for (const [k] of PLACES) t[k] = (t[k] ?? 0) + v[k];
    for (const [k] of CHANNELS) t[k] = (t[k] ?? 0) + v[k];
  }
  return t;
}

// ---------- 6.5 村出列指标核对表 ----------

export interface ExitStandards {
  /** 贫困发生率 below this (percent): 3 西部, 2 中部. */
  incidenceMax: number;
  /** 村级集体经济收入 at least this (万元). */
  collectiveIncomeMin: number;
}

export const DEFAULT_EXIT_STANDARDS: ExitStandards = { incidenceMax: 3, collectiveIncomeMin: 5 };

type Verdict = '达标' | '未达标' | typeof UNSTATED;

export interface ExitLine {
  indicator: string;
  standard: string;
  actual: string | number;
  verdict: Verdict;
}

/** The checklist of one village (also what the narrative counts). */
export function exitLines(ctx: SummaryContext, v: VillageFigure, std: ExitStandards): ExitLine[] {
  const ind = v.indicators!;
  const fig = basicFigures(ctx);
  const out: ExitLine[] = [];
  const line = <T extends number | boolean>(
    indicator: string,
    standard: string,
    value: T | null | undefined,
    ok: (x: T) => boolean,
    show?: (x: T) => string,
    missing?: string,
  ) => {
    if (value === undefined || value === null)
      out.push({
        indicator,
        standard,
        actual: missing ?? (value === undefined ? '无此列' : '未填写'),
        verdict: UNSTATED,
      });
    else
      out.push({
        indicator,
        standard,
        actual: show ? show(value) : typeof value === 'boolean' ? (value ? '是' : '否') : value,
        verdict: ok(value) ? '达标' : '未达标',
      });
  };
  line(
    `${fig.incidenceLabel}（%）`,
    `低于${std.incidenceMax}%`,
    v.incidencePercent,
    (x: number) => x < std.incidenceMax,
    (x: number) => `${formatPercent(x)}%`,
    v.population === null ? `缺${fig.denominatorLabel}` : '无法计算',
  );
  line(
    '村级集体经济收入（万元）',
    `不低于${std.collectiveIncomeMin}万元`,
    ind.collectiveIncome,
    (x: number) => x >= std.collectiveIncomeMin,
    (x: number) => `${formatAmount(x)}万元`,
  );
  line('到乡镇通硬化路（沥青、水泥路）', '是', ind.pavedRoad, (x: boolean) => x);
  line('行政村卫生室个数', '至少1个', ind.clinics, (x: number) => x >= 1);
  line('行政村文化（图书）室个数', '至少1个', ind.culturalRooms, (x: number) => x >= 1);
  line('未实现饮水安全户数', '0户（安全饮水全覆盖）', ind.unsafeWaterHouseholds, (x: number) => x === 0);
  line('危房户数', '0户', ind.unsafeHousingHouseholds, (x: number) => x === 0);
  return out;
}

export function exitStandards(ctx: SummaryContext): ExitStandards {
  return { ...DEFAULT_EXIT_STANDARDS, ...(ctx.options.exitStandards ?? {}) };
}

export function buildVillageExitChecklist(ctx: SummaryContext): SheetSpec | null {
  const villages = ctx.report.villages.filter((v) => v.indicators);
  if (villages.length === 0) return null;
  const std = exitStandards(ctx);
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'indicator', path: ['指标'], kind: 'label', width: 30 },
    { key: 'standard', path: ['标准'], kind: 'text', width: 24 },
    { key: 'actual', path: ['本村现状'], kind: 'text', width: 16, align: 'right' },
    { key: 'verdict', path: ['是否达标'], kind: 'text', width: 10, align: 'center' },
  ];
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const blocks: TableBlock[] = villages.map((v, i) => {
    const lines = exitLines(ctx, v, std);
    const failed = lines.filter((l) => l.verdict === '未达标').length;
    const unknown = lines.filter((l) => l.verdict === UNSTATED).length;
    return {
      caption: `${numerals[i] ?? i + 1}、${v.village}（未达标${failed}项${unknown ? `，未统计${unknown}项` : ''}）`,
      rows: lines.map((l) => ({ ...l, actual: String(l.actual) })),
      noTotal: true,
    };
  });
  const sheets = [...new Set(villages.map((v) => v.indicators!.sheet))];
  const notes = [
    `注：指标取自“${sheets.join('”“')}”，${basicFigures(ctx).incidenceLabel}按基本情况汇总表的口径计算。标准为默认值（贫困发生率西部地区低于3%、中部地区低于2%；村级集体经济收入不低于${std.collectiveIncomeMin}万元），请按本省出列标准在设置中修改。`,
    '“无此列”“未填写”的指标为未统计，不作达标判断，需另行核实。',
  ];
  return buildTableSheet({
    ...common(ctx),
    name: '村出列指标核对表',
    title: titleOf(ctx, '贫困村出列指标核对表'),
    columns,
    blocks,
    unitLine: null,
    notes: withOpenNote(ctx, notes),
  });
}
