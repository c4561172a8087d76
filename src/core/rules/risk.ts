// Risk type ↔ facts and 帮扶措施 ↔ status (rules-v2 §10–§13), the household rules that do not fit a rule record:
// one finding per unmatched risk or flag (measure.risk-unmatched, measure.problem-unmatched), stand-in columns used
// only when a flag column is absent (risk.flag-without-risk-type), messages naming what the household has
// (measure.developmental-missing), and findings at the 户主's row (support.no-labour-without-dibao). The simpler
// rules of these sections are records in rulebook/national/risk.ts. One pass over the households.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import { num, parseDate } from '../grid/normalise';
import { MEASURE_KEYS } from '../model/measures';
import { quote } from '../grid/quote';
import {
  cell,
  hcell,
  householdHasColumn,
  hRef,
  htext,
  type HouseholdRec,
  type RowRef,
} from '../model/ledger';
import {
  ANY_LABOUR,
  headerOf,
  householdFlag,
  householdRisks,
  isDibaoMember,
  isDisabledMember,
  isTekunMember,
  labourOf,
  normRisk,
  forgetMeasures,
  measureItems,
  personText,
  resolveKey,
  setting,
  wholeHouseholdNoLabour,
  type RiskEntry,
} from './riskFacts';

/** riskMeasureMap (§11): risk type → measure columns that answer it. */
export const RISK_MEASURE_MAP: Record<string, string[]> = {
  因病: ['measureHealth', 'measureSocial'],
  因学: ['measureCompulsoryEducation', 'measureEducation', 'measureSocial'],
  因残: ['measureSocialSecurity', 'measureSocial'],
  因安全住房: ['measureHousing', 'measureRelocation'],
  因安全饮水: ['measureWater'],
};

/** problemMeasureMap (§11): identification-time flag → measure columns that answer it. */
export const PROBLEM_MEASURE_MAP: Record<string, string[]> = {
  dropout: ['measureCompulsoryEducation'],
  uninsuredMember: ['measureHealth', 'measureSocial'],
  waterProblem: ['measureWater'],
  housingProblem: ['measureHousing', 'measureRelocation'],
};

/** problemFlagRiskMap (§10): identification-time flag → the risk types that answer it (any one). */
export const PROBLEM_FLAG_RISK_MAP: Record<string, string[]> = {
  housingProblem: ['因安全住房'],
  waterProblem: ['因安全饮水'],
  dropout: ['因学'],
  uninsuredMember: ['因病'],
};

/** Stand-ins for flags the export lacks (the county engine's export had neither): the column and its value. */
const STAND_INS: Record<string, { key: string; yes: boolean }> = {
  waterProblem: { key: 'safeWater', yes: false },
  housingProblem: { key: 'unsafeHousing', yes: true },
};

/** What a flag = 是 means, for messages. */
const PROBLEM_NAMES: Record<string, string> = {
  dropout: '适龄儿童少年失学辍学',
  uninsuredMember: '家庭成员未参加基本医疗保险',
  waterProblem: '饮水安全',
  housingProblem: '住房安全',
};

/** D, the developmental measures (§0.4). */
const DEVELOPMENTAL = ['measureIndustry', 'measureEmployment', 'measureFinance', 'measurePublicJob'];

/** Measure columns named in "目前仅有…" (developmental-missing), in export order. */
const ALL_MEASURES = [...MEASURE_KEYS].filter((k) => k !== 'measures' && k !== 'measurePublicJobNote');

const hidOf = (h: HouseholdRec): string => h.id || h.key;
const hLabel = (h: HouseholdRec): string => (h.id ? `户编号${h.id}：` : '');
const homeSheet = (h: HouseholdRec): ParsedSheet => hRef(h).sheet;

function emitAt(
  ctx: RuleContext,
  rule: string,
  h: HouseholdRec,
  key: string,
  message: string,
  at?: RowRef,
): void {
  const ref = at ?? hRef(h, key);
  ctx.emit({
    rule,
    sheet: ref.sheet,
    r: ref.r,
    col: key,
    value: at ? cell(at, key) : hcell(h, key),
    householdId: hidOf(h),
    message,
  });
}

/** "A、B、C", at most five, then 等N项 (§0.5). */
export function listText(items: string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join('、')}等${items.length}项` : items.join('、');
}

/** A flag of the household = 是, reading its stand-in when the export lacks it; undefined when neither exists. */
function flagState(h: HouseholdRec, flag: string): { yes: boolean; key: string } | undefined {
  const key = resolveKey(homeSheet(h), flag);
  const v = householdFlag(h, key);
  if (v !== undefined) return { yes: v === true, key };
  const stand = STAND_INS[key];
  if (stand === undefined) return undefined;
  const s = householdFlag(h, stand.key);
  return s === undefined ? undefined : { yes: s === stand.yes, key: stand.key };
}

/** Whether any of the measure columns holds an item; null when the household has none of the columns. */
function anyMeasure(h: HouseholdRec, keys: string[]): boolean | null {
  let seen = false;
  for (const k of keys) {
    const items = measureItems(h, k);
    if (items === null) continue;
    seen = true;
    if (items.length > 0) return true;
  }
  return seen ? false : null;
}

const labels = (h: HouseholdRec, keys: string[]): string => keys.map((k) => headerOf(h, k)).join('、');

/** The data date as a month index (year*12 + month-1): config asOfDate, else the export's, else the reference date
 * (as the records' asOf). */
function asOfMonth(ctx: RuleContext): number {
  const iso = ctx.config.asOfDate;
  const d = (iso ? parseDate(iso).date : null) ?? ctx.dataDate ?? ctx.ref;
  return d.y * 12 + d.m - 1;
}

function riskUnmatched(
  ctx: RuleContext,
  h: HouseholdRec,
  risks: RiskEntry[],
  map: Record<string, string[]>,
): void {
  const rule = 'measure.risk-unmatched';
  for (const r of risks) {
    const keys = map[r.value]?.map((k) => resolveKey(homeSheet(h), k));
    if (keys === undefined || keys.length === 0) continue;
    const filled = anyMeasure(h, keys);
    if (filled === null) {
      ctx.missingColumn(homeSheet(h), keys[0], [rule]);
    } else if (!filled) {
      emitAt(
        ctx,
        rule,
        h,
        r.key,
        `${hLabel(h)}本户风险类型为“${quote(r.value)}”，但未登记${labels(h, keys)}中的任何措施。请落实针对性帮扶并登记，或核实风险类型。`,
      );
    }
  }
}

function problemUnmatched(ctx: RuleContext, h: HouseholdRec, map: Record<string, string[]>): void {
  const rule = 'measure.problem-unmatched';
  for (const [flag, measures] of Object.entries(map)) {
    const state = flagState(h, flag);
    if (state === undefined) {
      ctx.missingColumn(homeSheet(h), resolveKey(homeSheet(h), flag), [rule]);
      continue;
    }
    if (!state.yes) continue;
    const keys = measures.map((k) => resolveKey(homeSheet(h), k));
    const filled = anyMeasure(h, keys);
    if (filled === null) {
      ctx.missingColumn(homeSheet(h), keys[0], [rule]);
    } else if (!filled) {
      const problem = PROBLEM_NAMES[flag] ?? `“${headerOf(h, state.key)}”`;
      emitAt(
        ctx,
        rule,
        h,
        state.key,
        `${hLabel(h)}本户存在${problem}问题（“${headerOf(h, state.key)}”为“${quote(hcell(h, state.key))}”），但未登记${labels(h, keys)}措施，请落实并登记。`,
      );
    }
  }
}

function flagWithoutRiskType(
  ctx: RuleContext,
  h: HouseholdRec,
  risks: RiskEntry[],
  map: Record<string, string[]>,
): void {
  const rule = 'risk.flag-without-risk-type';
  const found: Array<{ key: string; risk: string }> = [];
  for (const [flag, types] of Object.entries(map)) {
    const state = flagState(h, flag);
    if (state === undefined) {
      ctx.missingColumn(homeSheet(h), resolveKey(homeSheet(h), flag), [rule]);
      continue;
    }
    const wanted = types.map(normRisk);
    if (state.yes && wanted.length > 0 && !risks.some((r) => wanted.includes(r.value)))
      found.push({ key: state.key, risk: types.join('”或“') });
  }
  if (found.length === 0) return;
  const parts = found.map(
    (f) => `“${headerOf(h, f.key)}”为“${quote(hcell(h, f.key))}”，但致贫/返贫风险中没有“${f.risk}”`,
  );
  emitAt(ctx, rule, h, found[0].key, `${hLabel(h)}本户${listText(parts)}，请核实风险类型。`);
}

function developmentalMissing(ctx: RuleContext, h: HouseholdRec, asOf: number): void {
  const rule = 'measure.developmental-missing';
  const skills = setting<string[]>(ctx, 'developmentalLabourSkills', ANY_LABOUR);
  const grace = setting<number>(ctx, 'developmentalGraceMonths', 1);
  if (!householdHasColumn(h, 'laborSkill')) {
    ctx.missingColumn(homeSheet(h), 'laborSkill', [rule]);
    return;
  }
  if (!householdHasColumn(h, 'monitorStart')) {
    ctx.missingColumn(homeSheet(h), 'monitorStart', [rule]);
    return;
  }
  const worker = h.members.find((m) => skills.includes(labourOf(m)));
  if (worker === undefined) return;
  const start = parseDate(hcell(h, 'monitorStart')).date;
  if (!start) return;
  const months = asOf - (start.y * 12 + start.m - 1);
  if (months < grace) return;
  const d = anyMeasure(h, DEVELOPMENTAL);
  if (d === null) {
    ctx.missingColumn(homeSheet(h), 'measureIndustry', [rule]);
    return;
  }
  if (d) return;
  const status = htext(h, 'developmentalStatus');
  if (status !== '' && status !== '尚未实施') return;
  const has = ALL_MEASURES.filter((k) => (measureItems(h, k)?.length ?? 0) > 0).map((k) => headerOf(h, k));
  const key = householdHasColumn(h, 'developmentalStatus') ? 'developmentalStatus' : 'measureIndustry';
  emitAt(
    ctx,
    rule,
    h,
    key,
    `${hLabel(h)}本户有劳动能力成员（${quote(personText(worker, 'name')) || '成员'}为${labourOf(worker)}），识别已${months}个月，未落实产业、就业、金融、公益岗位等开发式帮扶${has.length > 0 ? `（目前仅有${listText(has)}）` : ''}，请落实并登记。`,
  );
}

function supportWithoutStatus(ctx: RuleContext, h: HouseholdRec): void {
  const rule = 'measure.support-without-status';
  const items = measureItems(h, 'measureSocialSecurity');
  if (items === null) {
    ctx.missingColumn(homeSheet(h), 'measureSocialSecurity', [rule]);
    return;
  }
  if (items.length === 0) return;
  const checks: Array<{ item: string; key: string | null; has: () => boolean; who: string }> = [
    { item: '低保', key: 'lowIncomeAllowance', has: () => h.members.some(isDibaoMember), who: '享受低保' },
    {
      item: '特困',
      key: 'extremePovertySupported',
      has: () => h.members.some(isTekunMember),
      who: '享受特困供养',
    },
    { item: '残疾人补贴', key: null, has: () => h.members.some(isDisabledMember), who: '为残疾人' },
  ];
  for (const c of checks) {
    const item = items.find((i) => i.includes(c.item));
    if (item === undefined) continue;
    if (c.key !== null && !householdHasColumn(h, c.key)) {
      ctx.missingColumn(homeSheet(h), c.key, [rule]);
      continue;
    }
    if (c.has()) continue;
    emitAt(
      ctx,
      rule,
      h,
      'measureSocialSecurity',
      `${hLabel(h)}综合保障登记了“${quote(item)}”，但家庭成员中无人${c.who}。请核实享受情况或帮扶措施。`,
    );
  }
}

function statusNotInMeasures(ctx: RuleContext, h: HouseholdRec): void {
  const rule = 'measure.status-not-in-measures';
  const items = measureItems(h, 'measureSocialSecurity');
  if (items === null) {
    ctx.missingColumn(homeSheet(h), 'measureSocialSecurity', [rule]);
    return;
  }
  const parts: string[] = [];
  if (householdHasColumn(h, 'lowIncomeAllowance') && !items.some((i) => i.includes('低保'))) {
    const m = h.members.find(isDibaoMember);
    if (m)
      parts.push(
        `家庭成员${quote(personText(m, 'name')) || '一人'}享受${quote(personText(m, 'lowIncomeAllowance'))}`,
      );
  }
  if (!items.some((i) => i.includes('特困'))) {
    const m = householdHasColumn(h, 'extremePovertySupported') ? h.members.find(isTekunMember) : undefined;
    const fund = num(hcell(h, 'extremePovertySupport'));
    if (m)
      parts.push(
        `家庭成员${quote(personText(m, 'name')) || '一人'}享受${quote(personText(m, 'extremePovertySupported'))}`,
      );
    else if (fund !== null && fund > 0) parts.push(`本户有特困人员救助供养金${fund}元`);
  }
  if (parts.length === 0) return;
  emitAt(
    ctx,
    rule,
    h,
    'measureSocialSecurity',
    `${hLabel(h)}${parts.join('；')}，综合保障未登记该措施，请补录。`,
  );
}

function noLabourWithoutDibao(ctx: RuleContext, h: HouseholdRec): void {
  const rule = 'support.no-labour-without-dibao';
  for (const key of ['laborSkill', 'lowIncomeAllowance', 'extremePovertySupported']) {
    if (!householdHasColumn(h, key)) {
      ctx.missingColumn(homeSheet(h), key, [rule]);
      return;
    }
  }
  if (!wholeHouseholdNoLabour(h)) return;
  if (h.members.some((m) => isDibaoMember(m) || isTekunMember(m))) return;
  // The 户主's 享受低保政策情况 (else the first member's).
  const head = h.members.find((m) => personText(m, 'relationToHead') === '户主') ?? h.members[0];
  emitAt(
    ctx,
    rule,
    h,
    'lowIncomeAllowance',
    `${hLabel(h)}本户${h.members.length}名家庭成员均无劳动能力，但无人享受低保或特困供养。请按“应保尽保”核实是否符合条件并协助申请。`,
    head,
  );
}

export function run(ctx: RuleContext): void {
  const households = ctx.ledger.households;
  if (households.length === 0) return;
  const riskMap = setting(ctx, 'riskMeasureMap', RISK_MEASURE_MAP);
  const problemMap = setting(ctx, 'problemMeasureMap', PROBLEM_MEASURE_MAP);
  const flagMap = setting(ctx, 'problemFlagRiskMap', PROBLEM_FLAG_RISK_MAP);
  const asOf = asOfMonth(ctx);
  const on = (id: string): boolean => ctx.enabled(id);
  for (const h of households) {
    if (h.members.length === 0) continue;
    const s = ctx.status(h);
    if (!s.monitored && !s.exited) continue;
    const hasRisk = householdHasColumn(h, 'risk1');
    const risks = hasRisk ? householdRisks(h) : [];
    if (s.monitored) {
      if (!hasRisk) ctx.missingColumn(homeSheet(h), 'risk1', ['measure.risk-unmatched']);
      else if (on('measure.risk-unmatched')) riskUnmatched(ctx, h, risks, riskMap);
      if (on('measure.problem-unmatched')) problemUnmatched(ctx, h, problemMap);
      if (on('measure.support-without-status')) supportWithoutStatus(ctx, h);
    }
    if (s.riskOpen) {
      if (!hasRisk) ctx.missingColumn(homeSheet(h), 'risk1', ['risk.flag-without-risk-type']);
      else if (on('risk.flag-without-risk-type')) flagWithoutRiskType(ctx, h, risks, flagMap);
      if (on('measure.developmental-missing')) developmentalMissing(ctx, h, asOf);
      if (on('measure.status-not-in-measures')) statusNotInMeasures(ctx, h);
    }
    if ((s.exited || s.riskOpen) && on('support.no-labour-without-dibao')) noLabourWithoutDibao(ctx, h);
  }
  forgetMeasures();
}
