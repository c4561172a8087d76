// Income v2 (rules-v2 §9, §14): measures without the income they should bring, 识别 with a high income, implausible
// component amounts, 低保 / 特困 payments against the members' status, and 风险消除 below the monitoring line. One
// finding per household and case, at the income cell; run from incomeHousehold (rules/income.ts).
import type { RuleContext } from './context';
import { isEmpty, normText, parseDate, parseFlag, toFen } from '../grid/normalise';
import { quote } from '../grid/quote';
import { cell, hcell, householdHasColumn, type HouseholdRec, type PersonRow } from '../model/ledger';
import { measureColumns, splitItems } from '../model/measures';
import { resolveLines } from '../config/povertyLines';
import { amountOf, perCapitaOf, yuanText, type HouseholdIncome } from '../calc/income';
import { emitAt, header } from './income';
import { setting } from './settings';
import { COLUMN_BY_KEY, COLUMN_DEFS } from '../profiles/synonyms';

const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');

/** The household's items of the given measure columns (union over its rows). */
function measureItems(h: HouseholdRec, keys: readonly string[]): string[] {
  const out = new Set<string>();
  const rows = h.householdRow ? [h.householdRow, ...h.members] : h.members;
  for (const m of rows) {
    const row = m.sheet.grid[m.r];
    for (const c of measureColumns(m.sheet)) {
      if (!keys.includes(c.key)) continue;
      const v = row?.[c.index];
      if (v !== undefined && !isEmpty(v)) for (const item of splitItems(normText(v))) out.add(item);
    }
  }
  return [...out];
}

/** Amount of a household field: null when absent, empty or unreadable ("empty is not 0"). */
function amount(h: HouseholdRec, key: string): number | null {
  const v = hcell(h, key);
  return v === undefined || isEmpty(v) ? null : amountOf(v);
}

/** The post-elimination column when the household has it, else the plain one. */
const postOr = (h: HouseholdRec, post: string, plain: string): string =>
  householdHasColumn(h, post) ? post : plain;

function checkMeasureWithoutIncome(ctx: RuleContext, h: HouseholdRec): void {
  const cases: Array<{ measure: string; income: string }> = [];
  // (a) 就业帮扶 beyond 技能培训 alone, or 公益岗位帮扶 → 工资性收入
  const employment = measureItems(h, ['measureEmployment']);
  const publicJob = measureItems(h, ['measurePublicJob', 'measurePublicJobNote']);
  const jobs = employment.some((i) => i !== '技能培训') || publicJob.length > 0;
  if (jobs) {
    const measure = employment.some((i) => i !== '技能培训') ? '就业帮扶' : '公益岗位帮扶';
    cases.push({ measure, income: postOr(h, 'postWageIncome', 'wageIncome') });
  }
  // (b) 综合保障 低保 / 特困供养 / 残疾人补贴 → the sub-item when the sheet has it, else 转移性收入
  const social = measureItems(h, ['measureSocialSecurity']);
  const transfer = postOr(h, 'postTransferIncome', 'transferIncome');
  for (const [word, sub] of [
    ['低保', 'minimumLiving'],
    ['特困供养', 'extremePovertySupport'],
    ['残疾人补贴', ''],
  ] as const) {
    if (!social.some((i) => i.includes(word))) continue;
    const income = sub !== '' && householdHasColumn(h, sub) ? sub : transfer;
    if (!cases.some((c) => c.income === income)) cases.push({ measure: `综合保障（${word}）`, income });
  }
  // (c) 产业帮扶 → 生产经营性收入
  if (measureItems(h, ['measureIndustry']).length > 0)
    cases.push({ measure: '产业帮扶', income: postOr(h, 'postBusinessIncome', 'businessIncome') });
  for (const c of cases) {
    if (amount(h, c.income) !== 0) continue;
    emitAt(
      ctx,
      'income.measure-without-income',
      h,
      [c.income],
      `${hLabel(h)}本户登记了${c.measure}，${header(h, c.income)}却为0。帮扶成效应体现在相应收入中，请核实收入或措施。`,
    );
  }
}

/** YYYYMM of a month cell, or null. */
function yyyymm(v: unknown): number | null {
  if (v === undefined || v === '') return null;
  const d = parseDate(v as string).date;
  return d ? d.y * 100 + d.m : null;
}

function checkIdentifiedOverIncome(ctx: RuleContext, h: HouseholdRec): void {
  const fromSetting = setting(ctx, 'overIncomeCheckFrom');
  const from = fromSetting ? yyyymm(fromSetting) : null;
  const start = yyyymm(hcell(h, 'monitorStart'));
  if (from !== null && (start === null || start < from)) return;
  const reference = amount(h, 'incomeReference');
  // Without the 参考范围, 突发严重困难户 qualify through expenses: their income says nothing.
  if (reference === null && ctx.status(h).category.includes('突发')) return;
  const key = reference !== null ? 'incomeReference' : 'perCapitaNetIncome';
  const x = reference ?? amount(h, key);
  const max = setting(ctx, 'identificationIncomeMax');
  if (x === null || x <= max) return;
  const when = start === null ? '' : `${Math.floor(start / 100)}年${start % 100}月`;
  emitAt(
    ctx,
    'income.identified-over-income',
    h,
    householdHasColumn(h, 'perCapitaNetIncome') ? ['perCapitaNetIncome'] : [key],
    `${hLabel(h)}本户${when}纳入监测，${header(h, key)}${yuanText(toFen(x))}元，明显高于监测范围（${max}元）。请核实收入是否录错，或纳入依据（大额刚性支出）是否已登记。`,
  );
}

/** incomeComponentBounds (rules-v2 §9): per logical key, "tiny" = 0 < x < tiny, "max" = x > max (元). */
export const INCOME_COMPONENT_BOUNDS: Record<string, { tiny?: number; max?: number }> = {
  wageIncome: { tiny: 100, max: 300_000 },
  minimumLiving: { tiny: 200 },
  familyPlanning: { tiny: 100 },
  pension: { tiny: 88 },
  extremePovertySupport: { tiny: 200 },
};

type Bounds = Array<[string, { tiny?: number; max?: number }]>;
// Per settings object: read per household, rebuilding them was 2 % of a check's allocation.
const boundsByConfig = new WeakMap<object, Bounds>();
function componentBounds(ctx: RuleContext): Bounds {
  let b = boundsByConfig.get(ctx.config);
  if (!b) boundsByConfig.set(ctx.config, (b = readComponentBounds(ctx)));
  return b;
}

/**
 * incomeComponentBounds as set: { "工资性收入": [100, 300000], "低保金": [200] } (v2Labels: [下限, 上限], a missing or
 * null bound is none) or { wageIncome: { tiny, max } }; names are logical keys or headers. Unset: the defaults.
 */
function readComponentBounds(ctx: RuleContext): Bounds {
  const raw = ctx.config.incomeComponentBounds;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return Object.entries(INCOME_COMPONENT_BOUNDS);
  const out: Bounds = [];
  for (const [name, v] of Object.entries(raw)) {
    const key =
      COLUMN_BY_KEY[name]?.key ??
      COLUMN_DEFS.find((d) => d.headers.some((x) => normText(x) === normText(name)))?.key;
    if (!key) continue;
    const b = Array.isArray(v)
      ? { tiny: v[0] as unknown, max: v[1] as unknown }
      : ((v ?? {}) as Record<string, unknown>);
    const bound = (x: unknown) => (typeof x === 'number' && x > 0 ? x : undefined);
    out.push([key, { tiny: bound(b.tiny), max: bound(b.max) }]);
  }
  return out;
}

function checkComponentBounds(ctx: RuleContext, h: HouseholdRec): void {
  const bounds = componentBounds(ctx);
  const found: Array<{ key: string; text: string }> = [];
  for (const [key, b] of bounds) {
    const x = amount(h, key);
    if (x === null) continue;
    if (b.tiny !== undefined && x > 0 && x < b.tiny)
      found.push({
        key,
        text: `${header(h, key)}为${yuanText(toFen(x))}元，金额过小（不足${b.tiny}元），疑似漏录位数`,
      });
    else if (b.max !== undefined && x > b.max)
      found.push({
        key,
        text: `${header(h, key)}为${yuanText(toFen(x))}元，超过${b.max >= 10_000 ? `${b.max / 10_000}万` : b.max}元`,
      });
  }
  if (found.length === 0) return;
  emitAt(
    ctx,
    'income.component-implausible',
    h,
    [found[0].key],
    `${hLabel(h)}${found.map((f) => f.text).join('；')}，请核对（单位为元）。`,
  );
}

/** 享受低保政策情况 / 享受特困供养政策情况 decoded: 城市/农村低保 (特困) or 是 → enjoys. */
function enjoys(v: unknown, word: '低保' | '特困'): boolean {
  const t = normText(v as string);
  return t === `城市${word}` || t === `农村${word}` || parseFlag(t) === true;
}

function checkSupportIncome(ctx: RuleContext, h: HouseholdRec): void {
  const pairs = [
    { word: '低保' as const, status: 'lowIncomeAllowance', sub: 'minimumLiving', pay: '低保金' },
    {
      word: '特困' as const,
      status: 'extremePovertySupported',
      sub: 'extremePovertySupport',
      pay: '特困供养金',
    },
  ];
  for (const p of pairs) {
    if (!householdHasColumn(h, p.sub)) continue;
    const members = h.members.filter((m: PersonRow) => m.sheet.byKey[p.status] !== undefined);
    if (members.length === 0) continue; // no status column: nothing to compare with
    const enjoying = members.filter((m) => enjoys(cell(m, p.status), p.word));
    const x = amount(h, p.sub);
    const subRaw = hcell(h, p.sub);
    const label = header(h, p.sub);
    let what = '';
    if (x !== null && x > 0 && enjoying.length === 0)
      what = `${label}为${yuanText(toFen(x))}元，但无家庭成员享受${p.word}`;
    else if (enjoying.length > 0 && (x === 0 || (x === null && isEmpty(subRaw))))
      what = `有成员（${quote(cell(enjoying[0], 'name')) || `第${enjoying[0].r + 1}行`}）享受${p.word}，${label}却${x === 0 ? '为0' : '为空'}`;
    if (!what) continue;
    emitAt(
      ctx,
      'income.support-income-status-mismatch',
      h,
      [p.sub],
      `${hLabel(h)}本户${what}，请核对享受情况或收入（${p.pay}）。`,
    );
  }
}

/**
 * monitor.eliminated-below-line: a 帮扶消除 (or method empty; 自然消除 with eliminationRulesIncludeNatural) below the
 * monitoring line of the elimination year. True when it fired: income.below-monitoring-line is then not emitted.
 */
export function checkEliminatedBelowLine(ctx: RuleContext, h: HouseholdRec, inc: HouseholdIncome): boolean {
  const s = ctx.status(h);
  if (!s.monitored || s.riskEliminated !== true || !ctx.enabled('monitor.eliminated-below-line'))
    return false;
  const method = normText(hcell(h, 'riskEliminationMethod'));
  const natural = setting(ctx, 'eliminationRulesIncludeNatural');
  if (method !== '' && method !== '帮扶消除' && !(natural && method === '自然消除')) return false;
  let fen: number | null = null;
  let key = 'perCapitaNetIncome';
  if (setting(ctx, 'eliminationIncomeBasis') === 'reference') {
    // (风险消除后家庭纯收入 + 理赔收入 − 合规自付支出) ÷ household size (formulas.md §2.3, unconfirmed).
    const net = amount(h, 'postNetIncome');
    if (net !== null && inc.size) {
      const sum =
        toFen(net) +
        toFen(amount(h, 'postClaimIncome') ?? 0) -
        toFen(amount(h, 'postCompliantSelfPaid') ?? 0);
      fen = perCapitaOf(sum, inc.size);
      key = 'postPerCapitaNetIncome';
    }
  } else {
    const post = amount(h, 'postPerCapitaNetIncome');
    if (post !== null) {
      fen = toFen(post);
      key = 'postPerCapitaNetIncome';
    }
  }
  // Else the 人均纯收入 as stored (what the clerk declared), else as computed from the components.
  if (fen === null) fen = inc.storedPerCapitaFen ?? inc.perCapitaFen;
  if (fen === null) return false;
  const end = yyyymm(hcell(h, 'riskEliminatedDate'));
  const year = end === null ? ctx.year : Math.floor(end / 100);
  const line = year === ctx.year ? ctx.lines.monitoringLine : resolveLines(ctx.config, year).monitoringLine;
  if (fen >= toFen(line)) return false;
  const cellKeys = householdHasColumn(h, key) ? [key] : ['perCapitaNetIncome', 'netIncome'];
  emitAt(
    ctx,
    'monitor.eliminated-below-line',
    h,
    cellKeys,
    `${hLabel(h)}本户已消除风险，${key === 'postPerCapitaNetIncome' ? '风险消除后' : ''}人均纯收入${yuanText(fen)}元，低于${year}年监测范围${line}元。收入未稳定超过监测范围的不得标注消除，请核实。`,
  );
  return true;
}

/** The §9 checks of one household (incomeHousehold calls it). */
export function incomeV2Household(ctx: RuleContext, h: HouseholdRec): void {
  const s = ctx.status(h);
  if (s.monitored && s.riskEliminated === true && ctx.enabled('income.measure-without-income'))
    checkMeasureWithoutIncome(ctx, h);
  if (s.monitored && ctx.enabled('income.identified-over-income')) checkIdentifiedOverIncome(ctx, h);
  if (ctx.enabled('income.component-implausible')) checkComponentBounds(ctx, h);
  if (ctx.enabled('income.support-income-status-mismatch')) checkSupportIncome(ctx, h);
}
