// The sentences reports quote (summaries.md §5), filled from the same figures as the tables.
import type { Config } from '../config/schema';
import type { Report } from '../types';
import { basicFigures, type CountPair } from './basic';
import { makeContext, type SummaryContext, type SummaryOptions } from './context';
import { rectificationFindings } from './findings';
import { formatAmount, formatPercent, rawRatio } from './format';

const hp = (c: CountPair) => `${c.households}户${c.persons}人`;

export function buildNarrative(report: Report, config: Config, options: SummaryOptions = {}): string[] {
  return narrativeOf(makeContext(report, config, options));
}

export function narrativeOf(ctx: SummaryContext): string[] {
  const out: string[] = [];
  const when = ctx.date ? `截至${ctx.dateText}` : '截至目前';
  if (ctx.report.villages.length > 0) {
    const fig = basicFigures(ctx);
    const t = fig.total;
    let s: string;
    if (ctx.legacy) {
      s = `${when}，${ctx.scope}共有建档立卡贫困户${hp(addPairs(t.exited, t.stillPoor))}，其中已脱贫${hp(t.exited)}、未脱贫（返贫）${hp(t.stillPoor)}`;
    } else {
      s = `${when}，${ctx.scope}共有脱贫户${hp(t.exited)}`;
    }
    if (t.monitored.households > 0) {
      const parts = fig.categories
        .filter((c) => (t.categories[c]?.households ?? 0) > 0)
        .map((c) => `${c}${hp(t.categories[c])}`);
      s += `；监测对象${hp(t.monitored)}`;
      if (parts.length > 0) s += `，其中${parts.join('、')}`;
      if (t.riskEliminated.households > 0) {
        s +=
          t.riskEliminated.households === t.monitored.households
            ? `，风险均已消除（${hp(t.riskEliminated)}）`
            : `，风险已消除${hp(t.riskEliminated)}`;
      }
      s += '。';
    } else {
      s += '；暂无监测对象。';
    }
    out.push(s);
    if (fig.incidencePercent !== null)
      out.push(`${fig.incidenceLabel}${formatPercent(fig.incidencePercent)}%。`);
  }
  const rollup = ctx.report.fundRollup;
  if (rollup && rollup.total.projects > 0) {
    const t = rollup.total;
    const u = rollup.unit;
    const progress = rawRatio(t.spent, rollup.progressBase === 'released' ? t.released : t.planned);
    let s = `衔接资金计划投资${formatAmount(t.planned)}${u}，已支出${formatAmount(t.spent)}${u}`;
    if (progress !== null) s += `，支出进度${formatPercent(progress)}%`;
    out.push(`${s}。`);
    if (rollup.industrySharePercent !== null) {
      const base = rollup.industryShareBase === 'central' ? '中央衔接资金' : '衔接资金';
      out.push(`产业发展资金占${base}比重${formatPercent(rollup.industrySharePercent)}%。`);
    }
  }
  out.push(`本次核查发现问题${rectificationFindings(ctx).length}条，已整改0条。`);
  return out;
}

function addPairs(a: CountPair, b: CountPair): CountPair {
  return { households: a.households + b.households, persons: a.persons + b.persons };
}
