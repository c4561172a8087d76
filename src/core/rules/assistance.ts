// Assistance and monitoring (rules.md): 帮扶责任人 present and not overloaded, 监测对象类别 filled, 风险消除时间 not
// before 识别监测时间, and 帮扶措施 recorded for 监测对象. One finding per household at hRef(h, key).
import type { RuleContext } from './context';
import { quote } from '../grid/quote';
import type { CellValue, ParsedSheet } from '../types';
import { compareYMD, formatYMD, normText, parseDate, parseFlag, type YMD } from '../grid/normalise';
import type { HouseholdStatus } from '../model/status';
import { setting } from './settings';
import { hcell, HouseholdFields, hRef, householdHasColumn, htext, type HouseholdRec } from '../model/ledger';
import { columnLabel } from '../profiles/synonyms';
import { householdMeasures } from '../model/measures';

export const hidOf = (h: HouseholdRec): string => h.id || h.key;
const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');

/** A household-level finding at the row that holds `key` (rules-v2 §0.5). */
export function emitAt(ctx: RuleContext, rule: string, h: HouseholdRec, key: string, message: string): void {
  const ref = hRef(h, key);
  ctx.emit({
    rule,
    sheet: ref.sheet,
    r: ref.r,
    col: key,
    value: hcell(h, key),
    householdId: hidOf(h),
    message,
  });
}

/** The sheet a household-level column would live on (for sheet.column-missing). */
const homeSheet = (h: HouseholdRec): ParsedSheet => hRef(h).sheet;

// The household fields these rules read, through one HouseholdFields (indexes below).
const FIELDS = new HouseholdFields(['helperName', 'riskEliminated', 'monitorStart', 'riskEliminatedDate']);
const HELPER = 0;
const RISK = 1;
const START = 2;
const END = 3;

const MEASURE_RULES = [
  'monitor.no-measures',
  'monitor.measures-overdue',
  'monitor.eliminated-without-measures',
];

/** "2023年3月" */
const monthText = (d: YMD): string => `${d.y}年${d.m}月`;

/**
 * rules-v2 §14 for a 监测对象 without any measure: risk open and identified more than measureGraceMonths before
 * the data date → monitor.measures-overdue; 帮扶消除 → monitor.eliminated-without-measures. True when one fired
 * (monitor.no-measures is then not emitted, §21).
 */
function checkNoMeasuresV2(
  ctx: RuleContext,
  h: HouseholdRec,
  s: HouseholdStatus,
  v: ReadonlyArray<CellValue | undefined>,
): boolean {
  // Called for 监测对象 only: not eliminated = risk open.
  if (s.riskEliminated !== true && ctx.enabled('monitor.measures-overdue')) {
    const start = dateOf(v[START])?.date;
    if (start) {
      const months = (ctx.asOf.y - start.y) * 12 + (ctx.asOf.m - start.m);
      const grace = setting(ctx, 'measureGraceMonths');
      if (months > grace) {
        emitAt(
          ctx,
          'monitor.measures-overdue',
          h,
          'monitorStart',
          `${hLabel(h)}本户${monthText(start)}识别为监测对象，至数据日期${monthText(ctx.asOf)}已${months}个月，仍未登记任何帮扶措施，请尽快落实并登记。`,
        );
        return true;
      }
    }
  }
  if (
    s.riskEliminated === true &&
    ctx.enabled('monitor.eliminated-without-measures') &&
    normText(hcell(h, 'riskEliminationMethod')) === '帮扶消除'
  ) {
    emitAt(
      ctx,
      'monitor.eliminated-without-measures',
      h,
      'riskEliminationMethod',
      `${hLabel(h)}本户以“帮扶消除”方式消除风险，但没有登记任何帮扶措施，请补录已落实的措施或核实消除方式。`,
    );
    return true;
  }
  return false;
}

/** parseDate(v).date, without parsing an absent or empty cell (most 监测 dates are blank). */
const dateOf = (v: CellValue | undefined) => (v === undefined || v === '' ? undefined : parseDate(v));

export function run(ctx: RuleContext): void {
  const households = ctx.ledger.households;
  const max = ctx.config.helperMaxHouseholds;

  // helper.overload: distinct households per helper over the whole workbook. The key per household is kept
  // (null: no 帮扶责任人 column) for the second loop.
  const keys: Array<string | null> = new Array<string | null>(households.length);
  const perHelper = new Map<string, number>();
  for (let i = 0; i < households.length; i++) {
    const v = FIELDS.read(households[i]);
    // undefined exactly when the household has no such column (householdHasColumn).
    const k = v[HELPER] === undefined ? null : normText(v[HELPER]);
    keys[i] = k;
    if (k !== null && k !== '') perHelper.set(k, (perHelper.get(k) ?? 0) + 1);
  }

  for (let i = 0; i < households.length; i++) {
    const h = households[i];
    const s = ctx.status(h);
    const v = FIELDS.read(h);
    const key = keys[i];
    if (key === null) {
      if (s.covered) ctx.missingColumn(homeSheet(h), 'helperName', ['helper.missing', 'helper.overload']);
    } else if (key === '') {
      if (s.covered) {
        emitAt(
          ctx,
          'helper.missing',
          h,
          'helperName',
          `${hLabel(h)}本户是${s.exited ? '脱贫户' : s.riskOpen ? '风险未消除的监测对象' : '帮扶对象'}，帮扶责任人为空。脱贫户和监测对象应落实帮扶责任人，请补录帮扶责任人姓名和联系电话。`,
        );
      }
    } else {
      const count = perHelper.get(key) ?? 0;
      if (count > max) {
        emitAt(
          ctx,
          'helper.overload',
          h,
          'helperName',
          `${hLabel(h)}帮扶责任人“${quote(v[HELPER])}”共联系${count}户，超过每人最多${max}户的标准。请调整结对安排，或在“设置”中修改每名帮扶责任人的联系户上限。`,
        );
      }
    }

    // 监测对象 for these rules: 户类型 names monitoring / 类别 filled, or 风险是否消除 = 否 on a non-脱贫户.
    const monitored = s.monitored || (!s.exited && parseFlag(v[RISK]) === false);
    if (monitored) {
      if (!householdHasColumn(h, 'monitorCategory')) {
        ctx.missingColumn(homeSheet(h), 'monitorCategory', ['monitor.category-missing']);
      } else if (htext(h, 'monitorCategory') === '') {
        emitAt(
          ctx,
          'monitor.category-missing',
          h,
          'monitorCategory',
          `${hLabel(h)}本户是监测对象（户类型“${quote(s.type) || '空'}”${s.riskEliminated === false ? '，风险未消除' : ''}），但监测对象类别为空。应填写脱贫不稳定户、边缘易致贫户或突发严重困难户之一，请补录。`,
        );
      }
      // The union of the measure columns (never 实施开发式帮扶措施情况, a status flag: ledgers-national §10.1).
      const measures = householdMeasures(h);
      if (measures === null) {
        ctx.missingColumn(homeSheet(h), 'measures', MEASURE_RULES);
      } else if (measures.items.size === 0) {
        // monitor.measures-overdue / eliminated-without-measures say more; no-measures stays for the rest.
        if (!checkNoMeasuresV2(ctx, h, s, v))
          emitAt(
            ctx,
            'monitor.no-measures',
            h,
            measures.firstKey,
            `${hLabel(h)}本户是监测对象${s.category ? `（${s.category}）` : ''}，但帮扶措施为空。监测对象应落实针对性帮扶措施，请补录已落实的帮扶措施（产业、就业、综合保障等）。`,
          );
      }
    }

    // monitor.date-order: 风险消除时间 before 识别监测时间.
    const startDate = dateOf(v[START]);
    const endDate = startDate?.date ? dateOf(v[END]) : undefined;
    const start = startDate?.date;
    const end = endDate?.date;
    // A YYYYMM month (the national export) compares by month: the same month is in order.
    const monthly = startDate?.precision === 'month' || endDate?.precision === 'month';
    if (
      start &&
      end &&
      (monthly ? end.y * 12 + end.m < start.y * 12 + start.m : compareYMD(end, start) < 0)
    ) {
      emitAt(
        ctx,
        'monitor.date-order',
        h,
        'riskEliminatedDate',
        `${hLabel(h)}${columnLabel('riskEliminatedDate')}为${formatYMD(end)}，早于${hRef(h, 'monitorStart').sheet.byKey.monitorStart?.header ?? '识别监测时间'}${formatYMD(start)}。风险只能在纳入监测之后消除，请核对两个日期。`,
      );
    }
  }
}
