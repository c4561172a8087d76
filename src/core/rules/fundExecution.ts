// v2 execution rules of fund ledgers (rules-v2 §20.1): money released long ago and still unspent (fund.idle,
// fund.idle-over-two-years), 支出进度 below the province's dated targets (fund.progress-behind-schedule) and
// work started after the deadline (fund.start-late). "Release date" = 下达时间, else 拨付 / 到位时间, else
// 31 December of the 文号's 〔YYYY〕 or of the 资金年度 — the latest possible date, so ages are never overstated.
import type { RuleContext } from './context';
import type { CellValue } from '../types';
import { cellText, formatYMD, normText, type YMD } from '../grid/normalise';
import { columnLabel } from '../profiles/synonyms';
import { progressOf, toFenIn, fromFen, type FundProject, type FundSheetModel } from '../model/funds';
import { asOfDate, fundSettings, monthIndex, type SpendTarget } from './fundSettings';

const DOC_YEAR = /[〔[【(（]\s*((?:19|20)\d{2})\s*[〕\]】)）]/;

export function fmtNum(v: number): string {
  return String(Number(v.toFixed(6)));
}

function fmtPct(v: number): string {
  return String(Number(v.toFixed(1)));
}

function cellOf(m: FundSheetModel, r: number, key: string): CellValue {
  const c = m.sheet.byKey[key];
  return c === undefined ? '' : (m.sheet.grid[r]?.[c.index] ?? '');
}

/** The first non-empty cell of a key over the project's rows. */
export function projectCell(m: FundSheetModel, p: FundProject, key: string): CellValue {
  for (const r of p.rows) {
    const v = cellOf(m, r, key);
    if (cellText(v) !== '') return v;
  }
  return '';
}

function yearOf(v: CellValue): number | null {
  const t = normText(v);
  const m = /^((?:19|20)\d{2})(年|年度)?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** 资金年度 (else a 年度 column) of the project, or the 文号's year. */
function statedYear(m: FundSheetModel, p: FundProject): { year: number; from: string } | null {
  for (const key of ['fundYear', 'year']) {
    const y = yearOf(projectCell(m, p, key));
    if (y !== null) return { year: y, from: `${m.sheet.byKey[key]?.header ?? '资金年度'}${y}年` };
  }
  const doc = DOC_YEAR.exec(cellText(projectCell(m, p, 'sourceDoc')));
  return doc ? { year: Number(doc[1]), from: `文号〔${doc[1]}〕` } : null;
}

export interface ReleaseDate {
  month: number;
  /** How it was found, for the message. */
  label: string;
}

/** The project's release date (see the header). */
export function releaseOf(m: FundSheetModel, p: FundProject): ReleaseDate | null {
  for (const key of ['releasedDate', 'disbursedDate'] as const) {
    const d = p.dates[key];
    if (d?.date) return { month: monthIndex(d.date), label: `${columnLabel(key)}${formatYMD(d.date)}` };
  }
  const y = statedYear(m, p);
  return y ? { month: y.year * 12 + 11, label: `${y.from}（按当年12月31日计）` } : null;
}

/** The fund year a project's dated targets belong to. */
function fundYearOf(m: FundSheetModel, p: FundProject, asOf: YMD): number {
  const y = statedYear(m, p);
  if (y && !y.from.startsWith('文号')) return y.year;
  for (const key of ['releasedDate', 'disbursedDate'] as const) {
    const d = p.dates[key];
    if (d?.date) return d.date.y;
  }
  return y?.year ?? asOf.y;
}

/** The base (下达, else 已拨付 / 到位, else 计划投资) in the sheet's unit. */
function baseOf(m: FundSheetModel, p: FundProject): { key: string; value: number } | null {
  for (const key of ['released', 'disbursed', 'planned'] as const)
    if (m.sheet.byKey[key] && p.nums[key] !== undefined) return { key, value: p.nums[key]! };
  return null;
}

function mdLabel(md: string): string {
  const [mm, dd] = md.split('-').map(Number);
  return `${mm}月${dd}日`;
}

export function runExecution(ctx: RuleContext, m: FundSheetModel): void {
  idle(ctx, m);
  behindSchedule(ctx, m);
  startLate(ctx, m);
}

function idle(ctx: RuleContext, m: FundSheetModel): void {
  const { sheet, unit } = m;
  if (!sheet.byKey.spent) return; // the 1.x rules already report the missing 已支出 column
  const on = ctx.enabled('fund.idle') || ctx.enabled('fund.idle-over-two-years');
  if (!on) return;
  const s = fundSettings(ctx);
  const asOf = monthIndex(asOfDate(ctx));
  for (const p of m.projects) {
    const base = baseOf(m, p);
    if (!base || base.value <= 0) continue;
    const rel = releaseOf(m, p);
    if (!rel) continue;
    const months = asOf - rel.month;
    if (months < s.fundIdleMonths) continue;
    const baseFen = toFenIn(base.value, unit);
    const spentFen = toFenIn(p.nums.spent ?? 0, unit);
    const unspentFen = baseFen - spentFen;
    if (unspentFen <= (baseFen * s.fundRetentionShare) / 100 + m.tolFen) continue;
    const unspent = `${fmtNum(fromFen(unspentFen, unit))}${unit}`;
    const pct = fmtPct((spentFen / baseFen) * 100);
    const long = months >= s.fundIdleLongMonths;
    ctx.emit({
      rule: long ? 'fund.idle-over-two-years' : 'fund.idle',
      sheet,
      r: p.r,
      col: 'spent',
      value: p.nums.spent,
      message: long
        ? `本项目资金下达已${months}个月（${rel.label}），超过两年，仍有${unspent}未支出（支出进度${pct}%），请立即核查，按规定收回统筹或调整使用。`
        : `本项目资金下达已${months}个月（${rel.label}），仍有${unspent}未支出（支出进度${pct}%），存在资金闲置，请加快实施和报账。`,
    });
  }
}

/** The latest target dated on or before asOf in the given fund year (targets of a past year all apply). */
function targetFor(targets: SpendTarget[], year: number, asOf: YMD): SpendTarget | null {
  const asOfKey = `${asOf.y}-${String(asOf.m).padStart(2, '0')}-${String(asOf.d).padStart(2, '0')}`;
  let best: SpendTarget | null = null;
  for (const t of targets) if (`${year}-${t.date}` <= asOfKey) best = t;
  return best;
}

function behindSchedule(ctx: RuleContext, m: FundSheetModel): void {
  const s = fundSettings(ctx);
  if (s.spendTargets.length === 0 || !ctx.enabled('fund.progress-behind-schedule')) return;
  const { sheet, unit } = m;
  if (!sheet.byKey.spent) return;
  const asOf = asOfDate(ctx);
  const col = sheet.byKey.progress ? 'progress' : 'spent';
  const say = (t: SpendTarget, pct: number, what: string) =>
    `${what}截至${mdLabel(t.date)}支出进度${fmtPct(pct)}%，低于${t.percent}%的进度要求，请加快支出。`;
  let spentFen = 0;
  let baseFen = 0;
  for (const p of m.projects) {
    const { percent, baseValue } = progressOf(sheet, p.nums);
    if (baseValue !== null && baseValue > 0) {
      baseFen += toFenIn(baseValue, unit);
      spentFen += toFenIn(p.nums.spent ?? 0, unit);
    }
    if (percent === null) continue;
    const t = targetFor(s.spendTargets, fundYearOf(m, p, asOf), asOf);
    if (!t || percent >= t.percent) continue;
    ctx.emit({
      rule: 'fund.progress-behind-schedule',
      sheet,
      r: p.progress?.r ?? p.r,
      col,
      message: say(t, percent, '本项目'),
    });
  }
  // The sheet as a whole (a one-project sheet has said it already).
  const t = targetFor(s.spendTargets, asOf.y, asOf);
  if (!t || baseFen <= 0 || m.projects.length < 2) return;
  const pct = (spentFen / baseFen) * 100;
  if (pct >= t.percent) return;
  const grand = m.totals.find((x) => x.kind === 'grand');
  ctx.emit({
    rule: 'fund.progress-behind-schedule',
    sheet,
    r: grand ? grand.r : (sheet.headerRows[sheet.headerRows.length - 1] ?? 1) - 1,
    col,
    message: say(t, pct, `全表${m.projects.length}个项目合计`),
  });
}

const DONE = /已完成|已终止|已完工|已验收/;

function startLate(ctx: RuleContext, m: FundSheetModel): void {
  const s = fundSettings(ctx);
  if (!s.startDeadline || !ctx.enabled('fund.start-late')) return;
  const { sheet } = m;
  if (!sheet.byKey.startDate) {
    ctx.missingColumn(sheet, 'startDate', ['fund.start-late']);
    return;
  }
  const asOf = asOfDate(ctx);
  const [dm, dd] = s.startDeadline.split('-').map(Number);
  const bad = new Set(m.badDates.filter((b) => b.col === 'startDate').map((b) => b.r));
  for (const p of m.projects) {
    const year = fundYearOf(m, p, asOf);
    const deadline: YMD = { y: year, m: dm, d: dd };
    const label = `${year}年${mdLabel(s.startDeadline)}`;
    const start = p.dates.startDate;
    if (start?.date) {
      const late =
        start.precision === 'month'
          ? monthIndex(start.date) > monthIndex(deadline)
          : formatYMD(start.date) > formatYMD(deadline);
      if (!late) continue;
      ctx.emit({
        rule: 'fund.start-late',
        sheet,
        r: start.r,
        col: 'startDate',
        message: `本项目${formatYMD(start.date)}开工，晚于${label}的开工时限，请说明原因。`,
      });
    } else if (!p.rows.some((r) => bad.has(r)) && formatYMD(asOf) > formatYMD(deadline)) {
      if (DONE.test(normText(projectCell(m, p, 'projectStatus')))) continue;
      ctx.emit({
        rule: 'fund.start-late',
        sheet,
        r: p.r,
        col: 'startDate',
        message: `本项目截至${formatYMD(asOf)}未填写开工时间，已过${label}的开工时限。已开工的请补录开工时间，未开工的请说明原因。`,
      });
    }
  }
}
