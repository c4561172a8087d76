// Work rules on one row of a 务工 export (rules-v2 §16): dates of the spell, its status, place, channel, income,
// travel subsidy, and the plan row's fields. Each finding points at the work row's cell. Unreadable dates and
// amounts of the columns read here are field.date / field.number (the field rules do not run on companions).
import type { ParsedSheet } from '../types';
import { ageAt } from '../grid/normalise';
import { quote } from '../grid/quote';
import { columnLabel } from '../profiles/synonyms';
import type { RuleContext } from './context';
import {
  at,
  countySide,
  flagAt,
  homeCounties,
  monthCell,
  monthText,
  planned,
  type MonthCell,
  type WorkRow,
  type WorkSettings,
} from './workSpells';

/** What a work row check needs besides the row. */
export interface WorkEnv {
  settings: WorkSettings;
  /** Data date month index (asOf). */
  asOf: number;
}

/** Columns of 已外出务工信息 and the rules skipped without each (one sheet.column-missing per sheet). */
const WORK_COLUMNS: Record<string, string[]> = {
  workStart: [
    'work.start-missing',
    'work.end-before-start',
    'work.spells-overlap',
    'work.long-open-spell',
    'work.minor-at-start',
  ],
  workEnd: [
    'work.end-before-start',
    'work.spells-overlap',
    'work.status-end-mismatch',
    'work.long-open-spell',
  ],
  isWorking: ['work.status-end-mismatch'],
  workCounty: [
    'work.county-missing',
    'work.public-job-outside-county',
    'work.travel-subsidy-in-county',
    'work.labour-export-unsupported',
  ],
  workChannel: ['work.public-job-outside-county', 'work.details-missing'],
  workMonthlyIncome: ['work.monthly-income-implausible', 'work.details-missing'],
  workCompany: ['work.details-missing'],
  workIndustry: ['work.details-missing'],
  pointToPoint: ['work.details-missing'],
  travelSubsidy: ['work.travel-subsidy-in-county', 'work.travel-subsidy-missing'],
};

/** Columns of 计划外出务工信息 (the flag is either spelling). */
const PLAN_COLUMNS: Record<string, string[]> = {
  planCounty: ['work.county-missing'],
  serviceNeed: ['work.plan-no-service-need'],
};
const PLAN_FLAG_RULES = [
  'work.county-missing',
  'work.plan-no-service-need',
  'work.student-working',
  'work.no-labour-working',
];

/** The fields a current spell must have (work.details-missing), in the message's order. */
const DETAIL_KEYS = ['workMonthlyIncome', 'workCompany', 'workIndustry', 'workChannel', 'pointToPoint'];

/** 就业渠道 values that mean a job inside the county (公益岗位, 帮扶车间). */
const IN_COUNTY_CHANNELS = ['公益岗位', '公益性岗位', '帮扶车间'];

/** One sheet.column-missing per absent column of the sheet. */
export function registerMissing(ctx: RuleContext, sheet: ParsedSheet): void {
  const cols = sheet.kind === 'workPlan' ? PLAN_COLUMNS : WORK_COLUMNS;
  for (const [key, rules] of Object.entries(cols))
    if (!sheet.byKey[key]) ctx.missingColumn(sheet, key, rules);
  if (sheet.kind === 'workPlan' && !sheet.byKey.planWork && !sheet.byKey.planOutWork)
    ctx.missingColumn(sheet, 'planWork', PLAN_FLAG_RULES);
}

/** A readable month of a date column, reporting an unreadable one as field.date once. */
function readMonth(ctx: RuleContext, w: WorkRow, key: string): MonthCell {
  const m = monthCell(at(w, key));
  if (m.kind === 'invalid') {
    const raw = at(w, key)!.raw;
    ctx.emit({
      rule: 'field.date',
      sheet: w.sheet,
      r: w.r,
      col: key,
      value: raw,
      message: `“${columnLabel(key)}”填写为“${quote(raw)}”，不是有效年月。应为如“2023年03月”的年月，请更正。`,
    });
  }
  return m;
}

/** A readable amount (元), reporting an unreadable one as field.number; null when empty or unreadable. */
function readAmount(ctx: RuleContext, w: WorkRow, key: string): number | null {
  const info = at(w, key);
  if (info === undefined || info.empty) return null;
  const a = info.amount;
  if (a === null) {
    ctx.emit({
      rule: 'field.number',
      sheet: w.sheet,
      r: w.r,
      col: key,
      value: info.raw,
      message: `“${columnLabel(key)}”填写为“${quote(info.raw)}”，不是有效数字（金额应为以元为单位的准确数字）。请填写准确数字。`,
    });
  }
  return a;
}

const fmtYuan = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** The spell's months, read once per row and shared with the person checks (work.spells-overlap). */
export interface SpellMonths {
  start: MonthCell;
  end: MonthCell;
}

/** Checks one row of 已外出务工信息; returns its months for the person checks. */
export function checkSpell(ctx: RuleContext, w: WorkRow, env: WorkEnv): SpellMonths {
  const { sheet, r } = w;
  const emit = (rule: string, col: string, message: string): void =>
    ctx.emit({ rule, sheet, r, col, value: at(w, col)?.raw, message });
  const start = readMonth(ctx, w, 'workStart');
  const end = readMonth(ctx, w, 'workEnd');
  const hasStart = sheet.byKey.workStart !== undefined;
  const hasEnd = sheet.byKey.workEnd !== undefined;
  const working = flagAt(w, 'isWorking');

  if (hasStart && start.kind === 'empty')
    emit('work.start-missing', 'workStart', `${w.who}的务工记录未填开始时间，请补录（格式如2023年03月）。`);
  if (start.kind === 'month' && end.kind === 'month' && end.month < start.month)
    emit(
      'work.end-before-start',
      'workEnd',
      `${w.who}的务工结束时间${monthText(end.month)}早于开始时间${monthText(start.month)}，请更正。`,
    );

  // 是否已务工 = 否 means the spell is over: it needs an end in the past.
  let statusConflict = false;
  if (working === false && hasEnd) {
    if (end.kind === 'empty') {
      statusConflict = true;
      emit(
        'work.status-end-mismatch',
        'isWorking',
        `${w.who}的“是否已务工”为“否”，但务工结束时间为空，请补录结束时间或更正务工状态。`,
      );
    } else if (end.kind === 'month' && end.month > env.asOf) {
      statusConflict = true;
      emit(
        'work.status-end-mismatch',
        'isWorking',
        `${w.who}的“是否已务工”为“否”，但务工结束时间${monthText(end.month)}晚于数据日期${monthText(env.asOf)}，请更正结束时间或务工状态。`,
      );
    }
  }

  if (hasEnd && end.kind === 'empty' && start.kind === 'month' && !statusConflict) {
    const months = env.asOf - start.month;
    if (months >= env.settings.openSpellMaxMonths)
      emit(
        'work.long-open-spell',
        'workEnd',
        `${w.who}自${monthText(start.month)}务工至今未填结束时间（已${months}个月），请核实是否仍在务工并更新。`,
      );
  }

  if (start.kind === 'month') minorAtStart(ctx, w, start.month, env.settings.laborAgeMin);

  const county = at(w, 'workCounty');
  if (county !== undefined && county.empty)
    emit('work.county-missing', 'workCounty', `${w.who}的务工地点未填写到县级，请补录务工所在县。`);
  const side = county === undefined ? 'unknown' : countySide(county.text, homeCounties(w, env.settings));

  const channel = at(w, 'workChannel')?.norm ?? '';
  if (side === 'out' && IN_COUNTY_CHANNELS.some((c) => channel.includes(c)))
    emit(
      'work.public-job-outside-county',
      'workChannel',
      `${w.who}的就业渠道为“${quote(channel)}”，务工所在县却为“${quote(county!.text)}”（非本县），请核实就业渠道或务工地点。`,
    );

  // A current spell (是否已务工 = 是, or no end) must carry its details; one finding naming the empty ones.
  if (working === true || (hasEnd && end.kind === 'empty')) {
    const empty = DETAIL_KEYS.filter((k) => at(w, k)?.empty === true);
    if (empty.length > 0)
      emit(
        'work.details-missing',
        empty[0],
        `${w.who}的当前务工记录未填${empty.map(columnLabel).join('、')}，请补录。`,
      );
  }

  const income = readAmount(ctx, w, 'workMonthlyIncome');
  if (income !== null) {
    const { workMonthlyIncomeMin: min, workMonthlyIncomeMax: max } = env.settings;
    if (income < min || income > max)
      emit(
        'work.monthly-income-implausible',
        'workMonthlyIncome',
        `${w.who}的务工月收入为${fmtYuan(income)}元，${income < min ? `明显偏低（低于${min}元）` : `明显偏高（高于${max}元）`}，请核对（单位为元/月）。`,
      );
  }

  const subsidy = readAmount(ctx, w, 'travelSubsidy');
  if (subsidy !== null && subsidy > 0 && side === 'in')
    emit(
      'work.travel-subsidy-in-county',
      'travelSubsidy',
      `${w.who}在县内务工（${quote(county!.text)}），却登记了年度交通费补助${fmtYuan(subsidy)}元，请核实补助条件。`,
    );
  return { start, end };
}

/** work.minor-at-start: full years on the first day of the start month below the labour age. */
function minorAtStart(ctx: RuleContext, w: WorkRow, start: number, minAge: number): void {
  // The main export's birth date first (trusted ID, else 出生日期), else the row's own ID.
  const birth = (w.person ? ctx.person(w.person) : ctx.personAt(w.sheet, w.r)).birth;
  if (!birth) return;
  const age = ageAt(birth, { y: Math.floor(start / 12), m: (start % 12) + 1, d: 1 });
  if (age >= minAge) return;
  ctx.emit({
    rule: 'work.minor-at-start',
    sheet: w.sheet,
    r: w.r,
    col: 'workStart',
    value: at(w, 'workStart')?.raw,
    message: `${w.who}开始务工时未满${minAge}岁（${monthText(start)}开始务工时${Math.max(age, 0)}岁），请核对出生日期或务工开始时间。`,
  });
}

/** Checks one row of 计划外出务工信息. */
export function checkPlan(ctx: RuleContext, w: WorkRow): void {
  if (!planned(w)) return;
  const emit = (rule: string, col: string, message: string): void =>
    ctx.emit({ rule, sheet: w.sheet, r: w.r, col, message });
  if (at(w, 'planCounty')?.empty === true)
    emit('work.county-missing', 'planCounty', `${w.who}登记了计划务工，计划务工所在县未填写，请补录到县级。`);
  if (at(w, 'serviceNeed')?.empty === true)
    emit(
      'work.plan-no-service-need',
      'serviceNeed',
      `${w.who}登记了计划外出务工，未填就业服务需求，请补录。`,
    );
}
