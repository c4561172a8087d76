// Settings of the v2 fund and village rules (rules-v2 §25) with their defaults, and the data date ("asOf") the
// time rules compare with. Read through one accessor so a key the config schema does not (yet) carry falls back
// to its documented default instead of being undefined.
import type { RuleContext } from './context';
import type { YMD } from '../grid/normalise';
import { findDataDate } from '../model/dataDate';

/** A 支出进度 target: by 月-日 (MM-DD) of the fund year, at least `percent` % spent. */
export interface SpendTarget {
  date: string;
  percent: number;
}

/** A 预算执行率 scoring band: 执行率 ≥ minRate % → 得分 between minShare and maxShare % of the 分值. */
export interface ScoreBand {
  minRate: number;
  minShare: number;
  maxShare: number;
}

export interface FundSettings {
  fundIdleMonths: number;
  fundIdleLongMonths: number;
  /** Percent of the base that may stay unspent (质保金 retention). */
  fundRetentionShare: number;
  spendTargets: SpendTarget[];
  /** 月-日 (MM-DD) of the fund year by which work must have started; null = off. */
  startDeadline: string | null;
  equalSplitMinHouseholds: number;
  /** 分值 per 一级指标 (keys are matched as substrings of the 一级指标 label) and 预算执行率. */
  perfWeights: Record<string, number>;
  perfScoreBands: ScoreBand[];
  villageCollectiveIncomeMin: number;
}

export const FUND_DEFAULTS: FundSettings = {
  fundIdleMonths: 12,
  fundIdleLongMonths: 24,
  fundRetentionShare: 5,
  spendTargets: [],
  startDeadline: null,
  equalSplitMinHouseholds: 10,
  perfWeights: { 产出: 50, 效益: 30, 满意度: 10, 预算执行率: 10 },
  perfScoreBands: [
    { minRate: 80, minShare: 80, maxShare: 100 },
    { minRate: 60, minShare: 60, maxShare: 80 },
    { minRate: 0, minShare: 0, maxShare: 60 },
  ],
  villageCollectiveIncomeMin: 0,
};

const MONTH_DAY = /^(\d{1,2})-(\d{1,2})$/;

function monthDay(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = MONTH_DAY.exec(v.trim().slice(-5).replace(/^-/, ''));
  return m ? `${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : null;
}

function spendTargets(v: unknown): SpendTarget[] {
  if (!Array.isArray(v)) return FUND_DEFAULTS.spendTargets;
  const out: SpendTarget[] = [];
  for (const t of v) {
    if (!t || typeof t !== 'object') continue;
    const o = t as Record<string, unknown>;
    const date = monthDay(o.date ?? o.monthDay ?? o.until);
    const percent = typeof o.percent === 'number' ? o.percent : null;
    if (date && percent !== null) out.push({ date, percent });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function perfScoreBands(v: unknown): ScoreBand[] {
  if (!Array.isArray(v)) return FUND_DEFAULTS.perfScoreBands;
  const out = v.filter(
    (b): b is ScoreBand =>
      !!b &&
      typeof b === 'object' &&
      ['minRate', 'minShare', 'maxShare'].every((k) => typeof (b as Record<string, unknown>)[k] === 'number'),
  );
  return out.length ? [...out].sort((a, b) => b.minRate - a.minRate) : FUND_DEFAULTS.perfScoreBands;
}

/** The v2 fund / village settings: config keys of §25 where set, else the defaults. */
export function fundSettings(ctx: RuleContext): FundSettings {
  const c = ctx.config as unknown as Record<string, unknown>;
  const n = (key: keyof FundSettings): number =>
    typeof c[key] === 'number' ? (c[key] as number) : (FUND_DEFAULTS[key] as number);
  const weights = c.perfWeights;
  return {
    fundIdleMonths: n('fundIdleMonths'),
    fundIdleLongMonths: n('fundIdleLongMonths'),
    fundRetentionShare: n('fundRetentionShare'),
    spendTargets: spendTargets(c.spendTargets),
    startDeadline: monthDay(c.startDeadline),
    equalSplitMinHouseholds: n('equalSplitMinHouseholds'),
    perfWeights:
      weights && typeof weights === 'object' && !Array.isArray(weights)
        ? Object.fromEntries(
            Object.entries(weights as Record<string, unknown>).filter(
              (e): e is [string, number] => typeof e[1] === 'number',
            ),
          )
        : FUND_DEFAULTS.perfWeights,
    perfScoreBands: perfScoreBands(c.perfScoreBands),
    villageCollectiveIncomeMin: n('villageCollectiveIncomeMin'),
  };
}

const asOfCache = new WeakMap<RuleContext, YMD>();

/** The data date (rules-v2 §0.4): config asOfDate, else the export's own data date, else the reference date
 * (as the rulebook's asOf, so every time rule of one check counts to the same day). */
export function asOfDate(ctx: RuleContext): YMD {
  const hit = asOfCache.get(ctx);
  if (hit) return hit;
  const c = ctx.config as unknown as Record<string, unknown>;
  let d: YMD | null = null;
  if (typeof c.asOfDate === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.asOfDate);
    if (m) d = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  if (!d) d = ctx.dataDate ?? findDataDate(ctx.ledger.sheets)?.date ?? ctx.ref;
  asOfCache.set(ctx, d);
  return d;
}

/** Month index (year × 12 + month − 1) of a date. */
export function monthIndex(d: YMD): number {
  return d.y * 12 + d.m - 1;
}
