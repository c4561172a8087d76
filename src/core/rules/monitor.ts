// 防止返贫监测 v2 (rules-v2 §8, §14): 应纳未纳 (monitor.should-monitor), 风险消除 with 三保障 / 饮水 unresolved,
// the 失学辍学 flag against the members, a 风险消除 record with empty fields, 公示 periods and sensitive columns on
// 公示 lists. Household findings at hRef(h, key) (rules-v2 §0.5); the simple ones are records in
// rulebook/national/monitor.ts.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import {
  ageAt,
  cellText,
  daysBetween,
  formatYMD,
  isEmpty,
  normText,
  parseDate,
  parseFlag,
  type YMD,
} from '../grid/normalise';
import { quote } from '../grid/quote';
import { cell, hcell, hRef, householdHasColumn, type HouseholdRec } from '../model/ledger';
import { memberColumns } from '../model/members';
import { parsePeriod } from '../model/funds';
import { columnLabel } from '../profiles/synonyms';
import { housingUnsafe, outOfSchool, uninsured } from './security';
import { columnAllEmpty } from './fields';
import { emitAt } from './assistance';
import { setting } from './settings';

const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');

/** Header of `key` as written on the sheet the household field comes from. */
function header(h: HouseholdRec, key: string): string {
  return hRef(h, key).sheet.byKey[key]?.header || columnLabel(key);
}

/** Up to five names, then 等N项 (rules-v2 §0.5). */
export function listNames(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join('、')}等${names.length}项` : names.join('、');
}

/** "是" in a household flag column (undefined column → false). */
const yes = (h: HouseholdRec, key: string): boolean => parseFlag(hcell(h, key)) === true;

/** The household's open 两不愁三保障 / 饮水 problems (monitor.should-monitor, monitor.eliminated-unresolved). */
function openProblems(ctx: RuleContext, h: HouseholdRec): string[] {
  const out: string[] = [];
  if (housingUnsafe(h) === true) out.push('住房不安全');
  if (householdHasColumn(h, 'safeWater') && parseFlag(hcell(h, 'safeWater')) === false)
    out.push('饮水不安全');
  let noInsurance = 0;
  let outOfSchoolN = 0;
  for (const m of h.members) {
    const mc = memberColumns(m.sheet);
    if (uninsured(m, mc) === true) noInsurance++;
    if (outOfSchool(ctx, m, mc)) outOfSchoolN++;
  }
  if (noInsurance > 0) out.push(`${noInsurance}人未参加基本医疗保险`);
  if (outOfSchoolN > 0) out.push(`${outOfSchoolN}人义务教育阶段失学辍学`);
  return out;
}

/** The 风险消除后 flags that show a problem after the elimination (the identification-time flags are not read). */
const POST_FLAGS: Array<[string, string]> = [
  ['postHousingDamaged', '风险消除后住房损毁'],
  ['postWaterDamaged', '风险消除后饮水设施损毁'],
  ['postDropout', '风险消除后有义务教育阶段适龄儿童少年失学辍学'],
  ['postUninsuredMember', '风险消除后有家庭成员未参加基本医疗保险'],
];

/** A status column the household carries (监测对象类别, else 户类型); null when it has neither. */
function statusKey(h: HouseholdRec): string | null {
  if (householdHasColumn(h, 'monitorCategory')) return 'monitorCategory';
  return householdHasColumn(h, 'householdType') ? 'householdType' : null;
}

function checkShouldMonitor(ctx: RuleContext, h: HouseholdRec): void {
  const s = ctx.status(h);
  if (s.monitored || !ctx.enabled('monitor.should-monitor')) return;
  const key = statusKey(h);
  if (key === null) {
    // Without a status column every household reads "not monitored".
    ctx.missingColumn(hRef(h).sheet, 'monitorCategory', ['monitor.should-monitor']);
    return;
  }
  const problems = openProblems(ctx, h);
  if (problems.length === 0) return;
  emitAt(
    ctx,
    'monitor.should-monitor',
    h,
    key,
    `${hLabel(h)}本户存在${problems.join('、')}问题，但未纳入防止返贫监测（应纳未纳）。情况属实的请按程序纳入监测并落实帮扶；已解决的请更新相关指标。`,
  );
}

function checkEliminatedUnresolved(ctx: RuleContext, h: HouseholdRec): void {
  if (!ctx.enabled('monitor.eliminated-unresolved')) return;
  const problems = openProblems(ctx, h);
  for (const [key, label] of POST_FLAGS) if (yes(h, key)) problems.push(label);
  if (problems.length === 0) return;
  emitAt(
    ctx,
    'monitor.eliminated-unresolved',
    h,
    'riskEliminated',
    `${hLabel(h)}本户已标注风险消除，但${problems.join('、')}。“两不愁三保障”及饮水安全未解决的不得标注消除：消除不实的请撤销；消除后新出现问题的请重新纳入监测。`,
  );
}

/** First day of a month cell (识别监测时间), or undefined. */
function monthStart(v: unknown): YMD | undefined {
  if (v === undefined || v === '') return undefined;
  const d = parseDate(v as string).date;
  return d ? { y: d.y, m: d.m, d: 1 } : undefined;
}

function checkDropoutFlag(ctx: RuleContext, h: HouseholdRec): void {
  if (!ctx.enabled('edu.dropout-flag-mismatch')) return;
  if (!householdHasColumn(h, 'dropout')) {
    ctx.missingColumn(hRef(h).sheet, 'dropout', ['edu.dropout-flag-mismatch']);
    return;
  }
  const flag = parseFlag(hcell(h, 'dropout'));
  if (flag === true) {
    // (a) nobody of compulsory-education age when the household was identified (reference date without a date).
    const at = monthStart(hcell(h, 'monitorStart')) ?? ctx.ref;
    const [from, to] = ctx.config.compulsoryEducationAges;
    for (const m of h.members) {
      const birth = ctx.personAt(m.sheet, m.r).birth;
      if (!birth) return; // an unknown age could be the child
      const age = ageAt(birth, at);
      if (age >= from && age < to) return;
    }
    emitAt(
      ctx,
      'edu.dropout-flag-mismatch',
      h,
      'dropout',
      `${hLabel(h)}本户登记有适龄儿童少年失学辍学，但识别时家庭成员中无义务教育年龄段人员，请核对该指标或成员信息。`,
    );
  } else if (flag === false) {
    // (b) a member out of school while the flag says 否.
    const m = h.members.find((p) => outOfSchool(ctx, p, memberColumns(p.sheet)));
    if (!m) return;
    emitAt(
      ctx,
      'edu.dropout-flag-mismatch',
      h,
      'dropout',
      `${hLabel(h)}${quote(cell(m, 'name')) || `第${m.r + 1}行成员`}处于义务教育年龄未在校，本户“${header(h, 'dropout')}”却为“否”，请核实更正。`,
    );
  }
}

/** The fields of a 风险消除 record (rules-v2 §14 monitor.elimination-record-incomplete), in message order, in the
 * groups an export has or lacks together. */
const ELIMINATION_GROUPS = [
  ['riskEliminationMethod'],
  ['riskEliminatedDate'],
  ['collectorName', 'collectorPhone'],
  [
    'postDropout',
    'postHousingDamaged',
    'postUninsuredMember',
    'postWaterDamaged',
    'postWageIncome',
    'postBusinessIncome',
    'postPropertyIncome',
    'postTransferIncome',
    'postBusinessExpense',
    'postNetIncome',
    'postPerCapitaNetIncome',
    'postClaimIncome',
    'postCompliantSelfPaid',
  ],
];

function checkEliminationRecord(ctx: RuleContext, h: HouseholdRec): void {
  if (!ctx.enabled('monitor.elimination-record-incomplete')) return;
  const empty: string[] = [];
  for (const group of ELIMINATION_GROUPS) {
    const absent = group.filter((key) => !householdHasColumn(h, key));
    // A ledger without the whole group (a hand-kept ledger has no 风险消除后 block) gets one note for it, not one
    // per column; a partial group names each column it lacks.
    const note = absent.length === group.length ? absent.slice(0, 1) : absent;
    for (const key of note) ctx.missingColumn(hRef(h).sheet, key, ['monitor.elimination-record-incomplete']);
    for (const key of group) {
      if (absent.includes(key)) continue;
      const ref = hRef(h, key);
      if (columnAllEmpty(ctx, ref.sheet, ref.sheet.byKey[key])) continue;
      if (isEmpty(hcell(h, key))) empty.push(key);
    }
  }
  if (empty.length === 0) return;
  emitAt(
    ctx,
    'monitor.elimination-record-incomplete',
    h,
    empty[0],
    `${hLabel(h)}本户已消除风险，但${listNames(empty.map((k) => header(h, k)))}未填写，请补录风险消除信息。`,
  );
}

/** "风险消除" in the sheet's name or title rows: a list of eliminations (longer 公示). */
function eliminationSheet(sheet: ParsedSheet): boolean {
  return /风险消除/.test(sheet.name) || titleText(sheet).includes('风险消除');
}

/** The text of the rows above the header. */
function titleText(sheet: ParsedSheet): string {
  const top = (sheet.headerRows[0] ?? 1) - 1;
  const parts: string[] = [];
  for (let r = 0; r < top; r++) for (const v of sheet.grid[r] ?? []) if (typeof v === 'string') parts.push(v);
  return parts.join(' ');
}

function checkPublicity(ctx: RuleContext, h: HouseholdRec): void {
  const ref = hRef(h, 'monitorPublicityEnd');
  const sheet = ref.sheet;
  let start: YMD | undefined;
  let end: YMD | undefined;
  let key = 'monitorPublicityEnd';
  if (sheet.byKey.monitorPublicityStart && sheet.byKey.monitorPublicityEnd) {
    start = parseDate(hcell(h, 'monitorPublicityStart')).date ?? undefined;
    end = parseDate(hcell(h, 'monitorPublicityEnd')).date ?? undefined;
  } else if (householdHasColumn(h, 'monitorPublicityPeriod')) {
    const raw = hcell(h, 'monitorPublicityPeriod');
    const p = raw === undefined || isEmpty(raw) ? null : parsePeriod(raw);
    start = p?.start;
    end = p?.end;
    key = 'monitorPublicityPeriod';
  }
  if (!start || !end) return;
  const days = daysBetween(start, end);
  if (days < 0) return; // an inverted period is a date error, not a short one
  const elimination =
    eliminationSheet(hRef(h, key).sheet) ||
    !isEmpty(hcell(h, 'riskEliminationMethod')) ||
    !isEmpty(hcell(h, 'riskEliminatedDate'));
  const min = elimination
    ? setting(ctx, 'eliminationPublicityMinDays')
    : setting(ctx, 'identificationPublicityMinDays');
  if (days >= min) return;
  emitAt(
    ctx,
    'monitor.publicity-short',
    h,
    key,
    `${hLabel(h)}${elimination ? '风险消除' : '识别'}公示${formatYMD(start)}至${formatYMD(end)}共${days}天，少于${min}天，请核实公示时间。`,
  );
}

// monitor.public-list-sensitive: columns a 公示 list must not show unmasked (rules-v2 §14).
const SENSITIVE: Array<{ keys: string[]; what: string; unmasked: (t: string) => boolean }> = [
  {
    keys: ['idNumber', 'headIdNumber'],
    what: '身份证件号码',
    unmasked: (t) => /^[0-9]{14,21}[0-9X]$/i.test(t),
  },
  {
    keys: ['personPhone', 'householdPhone', 'helperPhone', 'collectorPhone'],
    what: '手机号',
    unmasked: (t) => /(^|\D)1\d{10}(\D|$)/.test(t),
  },
  { keys: ['bankAccount'], what: '银行账号', unmasked: (t) => /\d{12,}/.test(t) },
  { keys: ['health'], what: '健康状况', unmasked: (t) => t !== '' },
];

function checkPublicList(ctx: RuleContext, sheet: ParsedSheet): void {
  if (!/公示|公告/.test(sheet.name) && !/公示|公告/.test(titleText(sheet))) return;
  for (const col of sheet.columns) {
    const kind = SENSITIVE.find((k) => k.keys.includes(col.key));
    if (!kind) continue;
    const hit = sheet.dataRows.find((r) => {
      const t = normText(sheet.grid[r]?.[col.index]).replace(/\s/g, '');
      return !/[*＊×]/.test(t) && kind.unmasked(t);
    });
    if (hit === undefined) continue;
    ctx.emit({
      rule: 'monitor.public-list-sensitive',
      sheet,
      r: (sheet.headerRows[sheet.headerRows.length - 1] ?? 1) - 1,
      col: col.index,
      value: col.header,
      message: `本表为公示名单，含“${col.header}”列（如第${hit + 1}行“${quote(cellText(sheet.grid[hit]?.[col.index]))}”）。公示公告中不得公开${kind.what}等个人信息（身份证件号码、手机号、银行账号、健康状况），请删除该列或脱敏后再公示。`,
    });
  }
}

export function run(ctx: RuleContext): void {
  for (const sheet of ctx.ledger.personSheets) checkPublicList(ctx, sheet);
  for (const sheet of ctx.ledger.householdSheets) checkPublicList(ctx, sheet);
  for (const h of ctx.ledger.households) {
    const s = ctx.status(h);
    checkShouldMonitor(ctx, h);
    if (s.monitored && s.riskEliminated === true) {
      checkEliminatedUnresolved(ctx, h);
      checkEliminationRecord(ctx, h);
    }
    if (s.riskOpen) checkDropoutFlag(ctx, h);
    if (s.monitored) checkPublicity(ctx, h);
  }
}
