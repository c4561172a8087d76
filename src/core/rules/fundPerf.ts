// Performance forms (rules-v2 §20.5): funding lines that do not add up, 执行率 not B ÷ A, 分值 not adding to 100 or
// differing from the province's weights, 得分 outside 0…分值 or outside its 执行率 band, and targets missed without a
// stated reason. Forms are read by model/perfForms.ts.
import type { RuleContext } from './context';
import { cellText, isEmpty } from '../grid/normalise';
import { quote } from '../grid/quote';
import {
  parseIndicatorValue,
  readPerfForm,
  type FundingRow,
  type PerfCell,
  type PerfForm,
} from '../model/perfForms';
import type { ParsedSheet } from '../types';
import { fundSettings, type ScoreBand } from './fundSettings';
import { fmtNum } from './fundExecution';

const EPS = 1e-6;
/** 1 元 in 万元: the forms state amounts in 万元. */
const AMOUNT_TOL = 0.0001;

const forms = new WeakMap<ParsedSheet, PerfForm | null>();

/** The performance form of a sheet (cached), or null. Only sheets not read as ledgers are forms. */
export function perfFormOf(sheet: ParsedSheet): PerfForm | null {
  if (sheet.kind !== 'unknown') return null;
  if (!forms.has(sheet)) forms.set(sheet, readPerfForm(sheet));
  return forms.get(sheet) ?? null;
}

const val = (c: PerfCell | null | undefined): number | null => (c ? c.value : null);

export function runPerf(ctx: RuleContext): void {
  for (const sheet of ctx.ledger.sheets) {
    const form = perfFormOf(sheet);
    if (!form) continue;
    funding(ctx, form);
    if (form.kind === 'selfEval') {
      executionRate(ctx, form);
      scores(ctx, form);
      targets(ctx, form);
    }
  }
}

function emit(ctx: RuleContext, form: PerfForm, rule: string, at: PerfCell, message: string): void {
  ctx.emit({ rule, sheet: form.sheet, r: at.r, col: at.c, value: at.raw, message });
}

function funding(ctx: RuleContext, form: PerfForm): void {
  const { total, fiscal, other } = form;
  if (!total || !fiscal) return;
  const columns: Array<[string, (f: FundingRow) => PerfCell | null]> =
    form.kind === 'selfEval'
      ? [
          ['全年预算数', (f) => f.a],
          ['全年执行数', (f) => f.b],
        ]
      : [['', (f) => f.a]];
  for (const [what, pick] of columns) {
    const t = pick(total);
    const f = val(pick(fiscal));
    const oCell = other ? pick(other) : null;
    // An empty 其他资金 is 0; an unreadable one leaves the sum unknown.
    const o = oCell && !isEmpty(oCell.raw) ? oCell.value : 0;
    if (!t || t.value === null || f === null || o === null) continue;
    if (Math.abs(t.value - f - o) <= AMOUNT_TOL + EPS) continue;
    emit(
      ctx,
      form,
      'fund.perf-funding-mismatch',
      t,
      `${what ? `${what}：` : ''}年度资金总额${fmtNum(t.value)}万元不等于财政拨款${fmtNum(f)}万元与其他资金${fmtNum(o)}万元之和，请核对。`,
    );
  }
}

/** 执行率 in percent; a plain fraction (1 for 100 %) is read as one when that is what fits. */
function rateOf(c: PerfCell | null, computed: number | null): number | null {
  if (!c || c.value === null) return null;
  if (typeof c.raw === 'number' && c.raw <= 1.5 && computed !== null)
    return Math.abs(c.raw * 100 - computed) < Math.abs(c.raw - computed) ? c.raw * 100 : c.raw;
  return c.value;
}

function computedRate(f: FundingRow): number | null {
  const a = val(f.a);
  const b = val(f.b);
  return a !== null && b !== null && a > 0 ? (b / a) * 100 : null;
}

function executionRate(ctx: RuleContext, form: PerfForm): void {
  for (const f of [form.total, form.fiscal, form.other]) {
    if (!f || !f.a || !f.b) continue;
    const a = val(f.a);
    const b = val(f.b);
    const computed = computedRate(f);
    if (a === null || b === null || computed === null) continue;
    if (b > a + AMOUNT_TOL + EPS) {
      emit(
        ctx,
        form,
        'fund.perf-execution-rate',
        f.b,
        `${f.label}全年执行数${fmtNum(b)}万元大于全年预算数${fmtNum(a)}万元，执行数不能超过预算数，请核对。`,
      );
      continue;
    }
    const stated = rateOf(f.rate, computed);
    if (stated === null || Math.abs(stated - computed) <= 0.1 + EPS) continue;
    emit(
      ctx,
      form,
      'fund.perf-execution-rate',
      f.rate!,
      `${f.label}执行率填写为${fmtNum(stated)}%，按执行数${fmtNum(b)}÷预算数${fmtNum(a)}应为${fmtNum(Number(computed.toFixed(2)))}%，请更正。`,
    );
  }
}

function bandOf(bands: ScoreBand[], rate: number): ScoreBand | null {
  for (const b of bands) if (rate + EPS >= b.minRate) return b;
  return null;
}

function scores(ctx: RuleContext, form: PerfForm): void {
  const s = fundSettings(ctx);
  const rows = form.indicators;
  const execScore = form.total?.score ?? null;
  const execGot = form.total?.got ?? null;
  // 得分 within 0…分值.
  for (const row of [
    ...rows,
    ...(form.total ? [{ name: '预算执行率', score: execScore, got: execGot }] : []),
  ]) {
    const sc = val(row.score);
    const got = val(row.got);
    if (sc === null || got === null || !row.got) continue;
    if (got > sc + EPS || got < -EPS)
      emit(
        ctx,
        form,
        'fund.perf-score-invalid',
        row.got,
        got < 0
          ? `${row.name || '该指标'}得分${fmtNum(got)}分为负数，得分应在0至分值${fmtNum(sc)}分之间，请更正。`
          : `${row.name || '该指标'}得分${fmtNum(got)}分超过分值${fmtNum(sc)}分，请更正。`,
      );
  }
  // 分值 add to 100; 得分 add to the 总分.
  const scored = rows.filter((r) => val(r.score) !== null);
  if (scored.length > 0) {
    const sum = scored.reduce((t, r) => t + val(r.score)!, 0) + (val(execScore) ?? 0);
    if (Math.abs(sum - 100) > EPS) {
      const at =
        form.totalScore?.score && !isEmpty(form.totalScore.score.raw)
          ? form.totalScore.score
          : scored[0].score!;
      emit(
        ctx,
        form,
        'fund.perf-score-total',
        at,
        `各一级指标分值${val(execScore) !== null ? '与预算执行率分值' : ''}合计为${fmtNum(sum)}分，应为100分，请调整。`,
      );
    }
    const gotRows = rows.filter((r) => val(r.got) !== null);
    const stated = val(form.totalScore?.got);
    if (stated !== null && gotRows.length > 0) {
      const gotSum = gotRows.reduce((t, r) => t + val(r.got)!, 0) + (val(execGot) ?? 0);
      if (Math.abs(gotSum - stated) > 0.01 + EPS)
        emit(
          ctx,
          form,
          'fund.perf-score-total',
          form.totalScore!.got!,
          `总分填写为${fmtNum(stated)}分，但各项得分合计为${fmtNum(Number(gotSum.toFixed(2)))}分，请核对。`,
        );
    }
    // 分值 per 一级指标 against the province's weights.
    for (const [key, weight] of Object.entries(s.perfWeights)) {
      let sumW: number | null = null;
      let at: PerfCell | null = null;
      let label = key;
      if (key === '预算执行率') {
        sumW = val(execScore);
        at = execScore;
        label = '预算执行率';
      } else {
        const group = scored.filter((r) => r.level1.includes(key));
        if (group.length === 0) continue;
        sumW = group.reduce((t, r) => t + val(r.score)!, 0);
        at = group[0].score;
        label = group[0].level1;
      }
      if (sumW === null || !at || Math.abs(sumW - weight) <= EPS) continue;
      emit(
        ctx,
        form,
        'fund.perf-weights',
        at,
        `${label}分值为${fmtNum(sumW)}分，与规定的${fmtNum(weight)}分不符，请核实。`,
      );
    }
  }
  // 预算执行率 得分 within the band of its 执行率.
  const t = form.total;
  const sc = val(execScore);
  const got = val(execGot);
  if (t && sc !== null && sc > 0 && got !== null && execGot) {
    const computed = computedRate(t);
    const rate = rateOf(t.rate, computed) ?? computed;
    const band = rate === null ? null : bandOf(s.perfScoreBands, rate);
    const share = (got / sc) * 100;
    if (rate !== null && band && (share < band.minShare - EPS || share > band.maxShare + EPS))
      emit(
        ctx,
        form,
        'fund.perf-score-band',
        execGot,
        `执行率${fmtNum(Number(rate.toFixed(2)))}%，得分应在分值的${band.minShare}%–${band.maxShare}%之间（${fmtNum((sc * band.minShare) / 100)}–${fmtNum((sc * band.maxShare) / 100)}分），现为${fmtNum(got)}分，请核实。`,
      );
  }
}

function met(op: string, actual: number, target: number): boolean {
  switch (op) {
    case '<=':
      return actual <= target + EPS;
    case '<':
      return actual < target;
    case '>':
      return actual > target;
    case '=':
      return Math.abs(actual - target) <= EPS;
    default:
      return actual + EPS >= target;
  }
}

function targets(ctx: RuleContext, form: PerfForm): void {
  for (const row of form.indicators) {
    if (!row.target || !row.actual) continue;
    const t = parseIndicatorValue(row.target.raw);
    const a = parseIndicatorValue(row.actual.raw);
    if (!t || !a || t.unit !== a.unit || met(t.op, a.value, t.value)) continue;
    const noReason = !row.reason || isEmpty(row.reason.raw);
    const full =
      val(row.got) !== null && val(row.score) !== null && Math.abs(val(row.got)! - val(row.score)!) <= EPS;
    if (!noReason && !full) continue;
    const what = noReason ? '未达标却未填写未完成原因' : '未达标却得满分';
    emit(
      ctx,
      form,
      'fund.perf-actual-below-target',
      row.actual,
      `${row.name || '该指标'}目标${quote(cellText(row.target.raw))}，实际${quote(cellText(row.actual.raw))}，${what}，请补充说明未完成原因${full ? '或调整得分' : ''}。`,
    );
  }
}
