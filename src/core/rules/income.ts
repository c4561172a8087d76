// Income (rules.md, formulas.md §2–§4): stored 纯收入 / 年收入 / 人均纯收入 against the components recomputed in
// 分, sub-item sums, plausibility, the poverty and monitoring lines, and income vs. work. One finding per household,
// at hRef(h, key) in the relevant column.
import { quote } from '../grid/quote';
import type { RuleContext } from './context';
import type { CellValue } from '../types';
import { isEmpty, normText, unitlessNumber, toFen } from '../grid/normalise';
import {
  cell,
  hasColumn,
  hcell,
  HouseholdFields,
  hRef,
  householdHasColumn,
  type HouseholdRec,
  type PersonRow,
} from '../model/ledger';
import { columnLabel } from '../profiles/synonyms';
import { memberColumns, memberValue } from '../model/members';
import { NO_POST_VALUES } from '../profiles/personTables';
import {
  ALL_COMPONENTS,
  PER_CAPITA_PLAUSIBLE_MAX,
  PER_CAPITA_PLAUSIBLE_MIN,
  SUBTOTALS,
} from '../profiles/incomeItems';
import {
  amountOf,
  householdIncome,
  perCapitaOf,
  SIZE_BASIS_LABEL,
  yuanText,
  type HouseholdIncome,
  type SizeBasis,
} from '../calc/income';
import { checkEliminatedBelowLine, incomeV2Household } from './incomeV2';

/** 脱贫标志 / 脱贫属性 values meaning 已脱贫 (2014–2020 ledgers: codes 1 and 4). */
const LEGACY_EXITED = /^(1|4|已脱贫|脱贫|已脱贫\(享受政策\)|已脱贫\(不再享受政策\))$/;

const hidOf = (h: HouseholdRec): string => h.id || h.key;
const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');

/** Header as written on the sheet the household field comes from. */
export function header(h: HouseholdRec, key: string): string {
  return hRef(h, key).sheet.byKey[key]?.header || columnLabel(key);
}

/** Where the finding goes: the first of `keys` the household carries. */
function at(
  h: HouseholdRec,
  ...keys: string[]
): { key: string; sheet: HouseholdRec['main']['sheet']; r: number } {
  const key = keys.find((k) => householdHasColumn(h, k)) ?? keys[0];
  const ref = hRef(h, key);
  return { key, sheet: ref.sheet, r: ref.r };
}

/** First income year of the 防止返贫监测 mechanism (2020 guidance). */
const MONITORING_FROM_YEAR = 2020;

export function emitAt(
  ctx: RuleContext,
  rule: string,
  h: HouseholdRec,
  keys: string[],
  message: string,
  severity?: 'error' | 'warning' | 'info',
  fix?: { to: number; label: string },
): void {
  const p = at(h, ...keys);
  // A one-click fix only where the value sits in one cell: on member rows it repeats, and fixing one copy
  // would leave the household inconsistent.
  const copies =
    h.householdRow && hasColumn(h.householdRow.sheet, p.key)
      ? 1
      : h.members.filter((m) => hasColumn(m.sheet, p.key)).length;
  ctx.emit({
    rule,
    sheet: p.sheet,
    r: p.r,
    col: p.key,
    value: hcell(h, p.key),
    householdId: hidOf(h),
    message,
    severity,
    ...(fix && copies === 1 ? { fixTo: fix.to, fixLabel: fix.label } : {}),
  });
}

const fenText = (fen: number): string => `${yuanText(fen)}元`;

/** |a − b| > tolerance, compared in 分. */
function differs(ctx: RuleContext, a: number, b: number): boolean {
  return Math.abs(a - b) > toFen(ctx.config.incomeTolerance);
}

function componentFormula(inc: HouseholdIncome): string {
  const c = inc.componentsFen;
  const v = (k: keyof typeof c) => yuanText(c[k] ?? 0);
  return `工资性${v('wageIncome')} + 生产经营性${v('businessIncome')} + 财产性${v('propertyIncome')} + 转移性${v('transferIncome')} − 生产经营性支出${v('businessExpense')}`;
}

const NEGATIVE_KEYS = [...ALL_COMPONENTS, ...SUBTOTALS.flatMap((s) => s.parts)];

// Every household field these rules read, in one HouseholdFields read per household; a value is undefined exactly
// when the household has no such column (householdHasColumn). Positions are resolved once, here.
const FIELD_KEYS = [...new Set([...NEGATIVE_KEYS, 'netIncome', 'perCapitaNetIncome'])];
const FIELDS = new HouseholdFields(FIELD_KEYS);
const at_ = (key: string): number => FIELD_KEYS.indexOf(key);
const NEGATIVE_AT = NEGATIVE_KEYS.map(at_);
const COMPONENT_AT = ALL_COMPONENTS.map(at_);
const SUBTOTAL_AT = SUBTOTALS.map((s) => ({
  ...s,
  componentAt: at_(s.component),
  partsAt: s.parts.map(at_),
}));
const NET_AT = at_('netIncome');
const PER_CAPITA_AT = at_('perCapitaNetIncome');
const WAGE_AT = at_('wageIncome');
const BUSINESS_AT = at_('businessIncome');
const EXPENSE_AT = at_('businessExpense');
type Values = ReadonlyArray<CellValue | undefined>;

function checkNegative(ctx: RuleContext, h: HouseholdRec, values: Values): void {
  for (let i = 0; i < NEGATIVE_KEYS.length; i++) {
    const key = NEGATIVE_KEYS[i];
    const v = values[NEGATIVE_AT[i]];
    const a = amountOf(v);
    if (a === null || a >= 0) continue;
    emitAt(
      ctx,
      'income.negative',
      h,
      [key],
      `${hLabel(h)}${header(h, key)}为${quote(v)}，收入和支出不能为负数。请核对金额：亏损应计入生产经营性支出，录入时不要带负号。`,
    );
  }
}

function checkNet(ctx: RuleContext, h: HouseholdRec, inc: HouseholdIncome): void {
  if (!inc.fromComponents || inc.grossFen === null || inc.netFen === null) return;
  if (inc.storedNetFen !== null && differs(ctx, inc.storedNetFen, inc.netFen)) {
    emitAt(
      ctx,
      'income.net-mismatch',
      h,
      ['netIncome'],
      `${hLabel(h)}${header(h, 'netIncome')}填写为${fenText(inc.storedNetFen)}，按各项收入计算应为${fenText(inc.netFen)}（${componentFormula(inc)}），相差${fenText(Math.abs(inc.storedNetFen - inc.netFen))}，超过允许误差${ctx.config.incomeTolerance}元。请核对各项收入、支出和纯收入，改正后重算人均纯收入。`,
    );
  }
  if (inc.storedGrossFen !== null && differs(ctx, inc.storedGrossFen, inc.grossFen)) {
    const c = inc.componentsFen;
    const v = (k: keyof typeof c) => yuanText(c[k] ?? 0);
    emitAt(
      ctx,
      'income.net-mismatch',
      h,
      ['grossIncome'],
      `${hLabel(h)}${header(h, 'grossIncome')}（年收入）填写为${fenText(inc.storedGrossFen)}，按四项收入之和应为${fenText(inc.grossFen)}（工资性${v('wageIncome')} + 生产经营性${v('businessIncome')} + 财产性${v('propertyIncome')} + 转移性${v('transferIncome')}，不减生产经营性支出），超过允许误差${ctx.config.incomeTolerance}元。请核对年收入与各项收入。`,
    );
  }
}

function checkPerCapita(ctx: RuleContext, h: HouseholdRec, inc: HouseholdIncome): void {
  const stored = inc.storedPerCapitaFen;
  const net = inc.storedNetFen ?? inc.netFen;
  if (stored === null || net === null || inc.size === null || inc.sizeBasis === null) return;
  const expected = perCapitaOf(net, inc.size);
  if (!differs(ctx, stored, expected)) return;
  const netWhat = inc.storedNetFen !== null ? '纯收入' : '按各项收入计算的纯收入';
  const label = header(h, 'perCapitaNetIncome');
  // formulas.md §2.3: another available size may be the one the clerk divided by.
  const others = (Object.keys(inc.sizes) as SizeBasis[]).filter(
    (b) => b !== inc.sizeBasis && inc.sizes[b] !== null && inc.sizes[b] !== inc.size,
  );
  const match = others.find((b) => !differs(ctx, stored, perCapitaOf(net, inc.sizes[b] as number)));
  if (match) {
    emitAt(
      ctx,
      'income.per-capita-mismatch',
      h,
      ['perCapitaNetIncome'],
      `${hLabel(h)}${label}${fenText(stored)}是按${SIZE_BASIS_LABEL[match]}${inc.sizes[match]}人计算的（${netWhat}${fenText(net)} ÷ ${inc.sizes[match]}），本工具按${SIZE_BASIS_LABEL[inc.sizeBasis]}${inc.size}人计算为${fenText(expected)}。两种人数口径不同，请确认应采用的人口数（可在“设置—人均收入人口口径”中调整）。`,
      'info',
    );
    return;
  }
  emitAt(
    ctx,
    'income.per-capita-mismatch',
    h,
    ['perCapitaNetIncome'],
    `${hLabel(h)}${label}填写为${fenText(stored)}，按${netWhat}${fenText(net)} ÷ ${SIZE_BASIS_LABEL[inc.sizeBasis]}${inc.size}人计算应为${fenText(expected)}，超过允许误差${ctx.config.incomeTolerance}元${others.length ? '（按其他人口数计算也不相符）' : ''}。请核对纯收入和家庭人口数后重算人均纯收入。`,
    undefined,
    { to: expected / 100, label: '人均纯收入改为重算值' },
  );
}

function checkSubtotals(ctx: RuleContext, h: HouseholdRec, values: Values): void {
  for (const { component, parts, componentAt, partsAt } of SUBTOTAL_AT) {
    if (values[componentAt] === undefined) continue;
    // Scanned without building lists (every household): any sub-item filled, any unreadable, their sum in 分.
    let anyFilled = false;
    let anyUnreadable = false;
    // A sheet with only some sub-item columns (the national export lists 特困人员救助供养金 alone) has no complete
    // breakdown: the present sub-items must only not exceed the component (ledgers-national §8 #2).
    let partial = false;
    let sumFen = 0;
    for (let i = 0; i < partsAt.length; i++) {
      const raw = values[partsAt[i]];
      if (raw === undefined) partial = true;
      if (raw === undefined || isEmpty(raw)) continue;
      anyFilled = true;
      const a = amountOf(raw);
      if (a === null) anyUnreadable = true;
      else sumFen += toFen(a);
    }
    // Skip when every sub-item is blank, or one is unreadable (field.number reports it).
    if (!anyFilled || anyUnreadable) continue;
    const compRaw = values[componentAt];
    if (!isEmpty(compRaw) && amountOf(compRaw) === null) continue;
    const compFen = toFen(amountOf(compRaw) ?? 0);
    if (partial ? sumFen - compFen <= toFen(ctx.config.incomeTolerance) : !differs(ctx, compFen, sumFen))
      continue;
    const filled = parts
      .filter((k) => householdHasColumn(h, k))
      .map((k) => ({ k, raw: hcell(h, k) }))
      .filter((x) => !isEmpty(x.raw));
    const detail = filled.map((x) => `${header(h, x.k)}${yuanText(toFen(amountOf(x.raw) ?? 0))}`).join(' + ');
    if (partial) {
      emitAt(
        ctx,
        'income.subitem-exceeds-component',
        h,
        [component],
        `${hLabel(h)}${header(h, component)}的分项合计${fenText(sumFen)}（${detail}），超过该项收入${fenText(compFen)}。分项之和不能大于该项收入，请核对。`,
      );
      continue;
    }
    emitAt(
      ctx,
      'income.subtotal-mismatch',
      h,
      [component],
      `${hLabel(h)}${header(h, component)}填写为${fenText(compFen)}，但各分项之和为${fenText(sumFen)}（${detail}），超过允许误差${ctx.config.incomeTolerance}元。请核对各分项金额与${header(h, component)}。`,
    );
  }
}

/** Household under 2014–2020 rules marked 已脱贫 (脱贫标志 1 / 4). */
function legacyExited(h: HouseholdRec): boolean {
  return LEGACY_EXITED.test(normText(hcell(h, 'exitStatus')));
}

const LINE_KEYS = ['perCapitaNetIncome', 'netIncome'];

function checkLines(ctx: RuleContext, h: HouseholdRec, inc: HouseholdIncome, eliminatedBelow: boolean): void {
  const pc = inc.perCapitaFen;
  if (pc === null) return;
  const keys = LINE_KEYS;
  const how =
    inc.perCapitaSource === 'computed'
      ? `按${SIZE_BASIS_LABEL[inc.sizeBasis ?? 'memberRows']}${inc.size}人计算的`
      : '填报的';
  if (pc <= toFen(PER_CAPITA_PLAUSIBLE_MIN) || pc > toFen(PER_CAPITA_PLAUSIBLE_MAX)) {
    emitAt(
      ctx,
      'income.implausible',
      h,
      keys,
      `${hLabel(h)}${how}人均纯收入为${fenText(pc)}，${pc <= 0 ? '不大于0' : `超过${PER_CAPITA_PLAUSIBLE_MAX}元`}，不合常理。请核对各项收入、金额单位（元/万元）和家庭人口数。`,
    );
  }
  const s = ctx.status(h);
  const { povertyLine, monitoringLine } = ctx.lines;
  if (s.covered && (s.exited || legacyExited(h)) && pc < toFen(povertyLine)) {
    emitAt(
      ctx,
      'income.below-poverty-line',
      h,
      keys,
      `${hLabel(h)}已脱贫户${how}人均纯收入为${fenText(pc)}，低于${ctx.year}年贫困线${povertyLine}元（${ctx.lines.source}），存在错退风险。请核实收入是否漏登；确实低于标准的，应按程序纳入监测帮扶。`,
    );
  }
  // Both can hold: below the poverty line is a 错退 risk, and the household also needs assessing for 监测.
  // 监测 exists from 2020 (formulas.md §4); a 2014–2020 未脱贫/返贫 household is already the target of assistance.
  // Not for a household where monitor.eliminated-below-line reported the same fact (rules-v2 §21).
  if (
    ctx.year >= MONITORING_FROM_YEAR &&
    !eliminatedBelow &&
    !s.riskOpen &&
    !s.stillPoor &&
    pc < toFen(monitoringLine)
  ) {
    emitAt(
      ctx,
      'income.below-monitoring-line',
      h,
      keys,
      `${hLabel(h)}${how}人均纯收入为${fenText(pc)}，低于${ctx.year}年监测线${monitoringLine}元，本户目前不是风险未消除的监测对象。请核实收入，并按程序研判是否纳入防止返贫监测。`,
    );
  }
}

function checkBusinessExpense(ctx: RuleContext, h: HouseholdRec, values: Values): void {
  if (values[BUSINESS_AT] === undefined) return;
  const business = amountOf(values[BUSINESS_AT]);
  if (business === null || business <= 0) return;
  if (values[EXPENSE_AT] === undefined) {
    ctx.missingColumn(hRef(h, 'businessIncome').sheet, 'businessExpense', ['income.business-no-expense']);
    return;
  }
  const raw = values[EXPENSE_AT];
  if (!isEmpty(raw) && amountOf(raw) !== 0) return;
  emitAt(
    ctx,
    'income.business-no-expense',
    h,
    ['businessExpense'],
    `${hLabel(h)}生产经营性收入为${quote(hcell(h, 'businessIncome'))}元，但生产经营性支出${isEmpty(raw) ? '为空' : '为0'}。有经营收入一般会有种子、化肥、饲料等支出，请核实并补录生产经营性支出（确无支出的请说明）。`,
  );
}

/** A member's name for messages (read only for members that are listed). */
const memberName = (m: PersonRow): string => quote(cell(m, 'name')) || `第${m.r + 1}行成员`;

/** Which of 务工时间 (≥ 1 month), 公益性岗位, 公益性岗位时间 (≥ 1 month) shows that a member works, in that order;
 * null when none does. */
function workShown(m: PersonRow): 'months' | 'post' | 'postMonths' | null {
  const mc = memberColumns(m.sheet);
  const months = unitlessNumber(memberValue(m, mc.workMonths));
  if (months !== null && months >= 1) return 'months';
  const post = memberValue(m, mc.publicWelfareJob);
  if (post !== undefined && !isEmpty(post) && !NO_POST_VALUES.has(normText(post))) return 'post';
  const postMonths = unitlessNumber(memberValue(m, mc.publicWelfareJobMonths));
  return postMonths !== null && postMonths >= 1 ? 'postMonths' : null;
}

/** The message text for a member's work (built only for households that get a finding). */
function workText(m: PersonRow, shown: 'months' | 'post' | 'postMonths'): string {
  if (shown === 'months') return `${memberName(m)}务工${unitlessNumber(cell(m, 'workMonths'))}个月`;
  if (shown === 'post') return `${memberName(m)}有公益性岗位（${quote(cell(m, 'publicWelfareJob'))}）`;
  return `${memberName(m)}公益性岗位${unitlessNumber(cell(m, 'publicWelfareJobMonths'))}个月`;
}

const canSeeWork = (s: HouseholdRec['main']['sheet']): boolean =>
  !!(s.byKey.workMonths || s.byKey.publicWelfareJob || s.byKey.publicWelfareJobMonths);

function checkWage(ctx: RuleContext, h: HouseholdRec, values: Values): void {
  // A loop, not a Set of sheets per household: nearly every household sits on one sheet.
  let canSee = false;
  for (const m of h.members) if (canSeeWork(m.sheet)) canSee = true;
  if (!canSee || values[WAGE_AT] === undefined) return;
  const wageRaw = values[WAGE_AT];
  if (!isEmpty(wageRaw) && amountOf(wageRaw) === null) return;
  const wage = amountOf(wageRaw) ?? 0;
  let anyWorker = false;
  for (const m of h.members) if (workShown(m) !== null) anyWorker = true;
  if (wage > 0 && !anyWorker) {
    emitAt(
      ctx,
      'income.wage-no-worker',
      h,
      ['wageIncome'],
      `${hLabel(h)}工资性收入为${quote(wageRaw)}元，但本户没有成员登记务工时间或公益性岗位。请核实：有务工的补录务工时间（月），没有的核对工资性收入。`,
    );
  } else if (wage <= 0 && anyWorker) {
    const workers: string[] = [];
    for (const m of h.members) {
      const shown = workShown(m);
      if (shown !== null) workers.push(workText(m, shown));
    }
    emitAt(
      ctx,
      'income.wage-no-worker',
      h,
      ['wageIncome'],
      `${hLabel(h)}工资性收入${isEmpty(wageRaw) ? '为空' : '为0'}，但${workers.slice(0, 3).join('、')}${workers.length > 3 ? '等' : ''}。有务工或公益性岗位应有工资性收入，请补录工资性收入或核对务工信息。`,
    );
  }
}

/** The income checks of one household; rules/households.ts runs it in the household pass. */
export function incomeHousehold(ctx: RuleContext, h: HouseholdRec): void {
  // FIELDS' array is refilled by its next read; the checks below only read it.
  const values = FIELDS.read(h);
  let hasIncome = values[NET_AT] !== undefined || values[PER_CAPITA_AT] !== undefined;
  for (let i = 0; i < COMPONENT_AT.length && !hasIncome; i++)
    hasIncome = values[COMPONENT_AT[i]] !== undefined;
  if (!hasIncome) return;
  const inc = householdIncome(h, ctx.config.householdSizeBasis);
  checkNegative(ctx, h, values);
  checkNet(ctx, h, inc);
  checkPerCapita(ctx, h, inc);
  checkSubtotals(ctx, h, values);
  const eliminatedBelow = checkEliminatedBelowLine(ctx, h, inc);
  checkLines(ctx, h, inc, eliminatedBelow);
  checkBusinessExpense(ctx, h, values);
  checkWage(ctx, h, values);
  incomeV2Household(ctx, h);
}
