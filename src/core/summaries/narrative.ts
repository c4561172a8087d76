// The sentences reports quote (summaries.md §5), filled from the same figures as the tables.
import type { Config } from '../config/schema';
import type { Report } from '../types';
import { basicFigures, type CountPair } from './basic';
import { makeContext, type SummaryContext, type SummaryOptions } from './context';
import { rectificationFindings } from './findings';
import { formatAmount, formatPercent, rawRatio } from './format';
import { AGE_BANDS, ageRows, hasMonitorDates, periodCounts, periodHouseholds, periodOf } from './people';
import { CHANNELS, exitLines, exitStandards, PLACES, workTotals } from './work';

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
  for (const s of v2Sentences(ctx)) out.push(s);
  out.push(`本次核查发现问题${rectificationFindings(ctx).length}条，已整改0条。`);
  return out;
}

/** Sentences of the v2 tables (summaries.md §6), from the same figures as their 合计 rows. */
function v2Sentences(ctx: SummaryContext): string[] {
  const out: string[] = [];
  const r = ctx.report;
  const p = periodOf(ctx);
  if (p && hasMonitorDates(ctx)) {
    const c = periodCounts(periodHouseholds(ctx), p);
    let s = `${p.label}新识别监测对象${c.newH}户${c.newP}人，风险消除${c.elimH}户${c.elimP}人`;
    if (c.helpedH + c.naturalH > 0)
      s += `（其中帮扶消除${c.helpedH}户${c.helpedP}人、自然消除${c.naturalH}户${c.naturalP}人）`;
    out.push(`${s}。`);
  }
  const monitored = r.households.filter((h) => h.monitored && h.ages !== undefined);
  if (monitored.length > 0) {
    const rows = ageRows(ctx, monitored);
    const total = rows.reduce((a, x) => a + x.total, 0);
    const bands = AGE_BANDS.map((b, i) => `${b.label}${rows.reduce((a, x) => a + x.bands[i], 0)}人`);
    if (total > 0) out.push(`监测对象${total}人中，${bands.join('、')}。`);
  }
  if (r.work) {
    const t = workTotals(r.work);
    const labour = r.work.villages.some((v) => v.labour !== null) ? `劳动力${t.labour}人，` : '';
    const places = PLACES.filter(([k], i) => i < 3 || t[k] > 0).map(([k, label]) => `${label}${t[k]}人`);
    const channels = CHANNELS.slice(0, 2).map(([k, label]) => `${label}${t[k]}人`);
    out.push(
      `${ctx.scope}${labour}${r.work.year}年务工${t.workers}人，其中${places.join('、')}；就业渠道为${channels.join('、')}。`,
    );
  }
  const villages = r.villages.filter((v) => v.indicators);
  if (villages.length > 0) {
    const std = exitStandards(ctx);
    const failing = villages
      .map((v) => ({ v, bad: exitLines(ctx, v, std).filter((l) => l.verdict === '未达标') }))
      .filter((x) => x.bad.length > 0);
    const unknown = villages.filter((v) => exitLines(ctx, v, std).some((l) => l.verdict === '未统计')).length;
    let s = `${villages.length}个村出列指标核对中，有未达标指标的村${failing.length}个`;
    if (failing.length > 0)
      s += `（${failing.map((x) => `${x.v.village}：${x.bad.map((l) => l.indicator).join('、')}`).join('；')}）`;
    if (unknown > 0) s += `；${unknown}个村有指标因台账缺少数据未统计，需另行核实`;
    out.push(`${s}。`);
  }
  return out;
}

function addPairs(a: CountPair, b: CountPair): CountPair {
  return { households: a.households + b.households, persons: a.persons + b.persons };
}
