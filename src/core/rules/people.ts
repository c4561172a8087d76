// v2 people rules that are not records (rules-v2 §6, §17): they join the 已外出务工 spells to persons (公益性岗位 held
// through a spell, 就业帮扶 without any work record), or group phones across households in one linear pass. The
// record-shaped people rules are in rulebook/national/people.ts.
import type { RuleContext } from './context';
import type { CellValue, ParsedSheet } from '../types';
import { isEmpty, normText, parseDate } from '../grid/normalise';
import { quote } from '../grid/quote';
import { cell, hcell, hRef, type HouseholdRec, type PersonRow, type RowRef } from '../model/ledger';
import { measureColumns, splitItems } from '../model/measures';
import { NO_PHONE_VALUES, NO_POST_VALUES } from '../profiles/personTables';
import { MOBILE_RE, phoneOk, phoneText } from './fields';
import { buildSpellIndex, monthIndex, type Spell, type SpellIndex } from './peopleSpells';
import { checkLand, LAND_AREAS, landMissing } from './land';

/** 劳动技能 NONE (rules-v2 §0.4), with the spelling clerks type for 无劳动力. */
const NONE_LABOUR: ReadonlySet<string> = new Set(['无劳动力', '丧失劳动力', '无劳动能力']);
/** A 就业渠道 that is a 公益性岗位 (work exports write both spellings). */
const PUBLIC_JOB_CHANNEL = /公益(性)?岗位/;
/** 就业帮扶 items that alone do not mean someone works. */
const TRAINING_ONLY = '技能培训';

/** A setting of rules-v2 §25 (config key), else its default. */
export function numberSetting(ctx: RuleContext, key: string, fallback: number): number {
  const v = (ctx.config as unknown as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function listSetting(ctx: RuleContext, key: string): string[] {
  const v = (ctx.config as unknown as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}

const nameOf = (p: RowRef): string => quote(cell(p, 'name')) || '该成员';

/** The posts written in 公益性岗位 (是 = a post of unnamed kind); [] when empty or 否/无. */
function postsOf(p: RowRef): string[] {
  const v = cell(p, 'publicWelfareJob');
  if (v === undefined || v === '' || v === '否' || isEmpty(v)) return [];
  return [...new Set(splitItems(normText(v)))].filter((x) => !NO_POST_VALUES.has(x));
}

/** Spells that still count as holding a post: open, or ended in the reference year or later. */
function postSpell(spells: Spell[], refYearStart: number): Spell | undefined {
  return spells.find((s) => PUBLIC_JOB_CHANNEL.test(s.channel) && (s.end < 0 || s.end >= refYearStart));
}

/** employment.public-job-no-labour, -elderly, -multiple and educated-not-working on one person row. */
function checkPerson(ctx: RuleContext, p: PersonRow, spells: SpellIndex, refYearStart: number): void {
  const sheet = p.sheet;
  const skill = normText(cell(p, 'laborSkill'));
  const posts = postsOf(p);
  const own = spells.of(p);
  const viaSpell = posts.length === 0 ? postSpell(own, refYearStart) : undefined;
  const hid = p.household.id || p.household.key;
  const name = nameOf(p);
  if (posts.length > 0 || viaSpell) {
    const postText =
      posts.length > 0
        ? posts.some((x) => x !== '是')
          ? `“${quote(posts.filter((x) => x !== '是').join('、'))}”`
          : ''
        : `（务工记录就业渠道为“${quote(viaSpell!.channel)}”）`;
    if (sheet.byKey.laborSkill && NONE_LABOUR.has(skill))
      ctx.emit({
        rule: 'employment.public-job-no-labour',
        sheet,
        r: p.r,
        col: 'laborSkill',
        value: cell(p, 'laborSkill'),
        householdId: hid,
        message: `${name}劳动技能为“${quote(skill)}”，却登记了公益性岗位${postText}。请核实劳动技能或岗位聘用情况。`,
      });
    const age = ctx.ageAt(sheet, p.r);
    const maxAge = numberSetting(ctx, 'publicJobAgeMax', 70);
    if (age !== undefined && age >= maxAge) {
      const at: RowRef = viaSpell ?? p;
      ctx.emit({
        rule: 'employment.public-job-elderly',
        sheet: at.sheet,
        r: at.r,
        col: viaSpell ? 'workChannel' : 'publicWelfareJob',
        value: cell(at, viaSpell ? 'workChannel' : 'publicWelfareJob'),
        householdId: hid,
        message: `${name}已${age}岁仍登记公益性岗位${postText}，请核实是否符合本地公益性岗位的年龄条件（${maxAge}岁）。`,
      });
    }
  }
  const maxPosts = numberSetting(ctx, 'publicJobMaxPosts', 2);
  const named = posts.filter((x) => x !== '是');
  if (named.length > maxPosts)
    ctx.emit({
      rule: 'employment.public-job-multiple',
      sheet,
      r: p.r,
      col: 'publicWelfareJob',
      value: cell(p, 'publicWelfareJob'),
      householdId: hid,
      message: `${name}同时登记了${named.length}个公益性岗位（${quote(named.join('、'))}），一人一般只聘一个岗位，请核实。`,
    });
}

/** phone.worker-not-mobile: a worker whose own phone is empty or not a mobile (field.phone owns malformed ones). */
function workerPhone(ctx: RuleContext, p: PersonRow, spells: SpellIndex): void {
  if (!p.sheet.byKey.personPhone) return;
  const works =
    spells.of(p).length > 0 ||
    !isEmpty(cell(p, 'workPlace') ?? '') ||
    normText(cell(p, 'personEmploymentChannel')).includes('务工');
  if (!works) return;
  const raw = cell(p, 'personPhone') ?? '';
  const text = phoneText(raw);
  const empty = text === '' || NO_PHONE_VALUES.has(text);
  if (!empty && !phoneOk(raw)) return;
  if (!empty && text.split(/[/、,，;；]/).some((x) => MOBILE_RE.test(x.replace(/^\+?86(?=1)/, '')))) return;
  ctx.emit({
    rule: 'phone.worker-not-mobile',
    sheet: p.sheet,
    r: p.r,
    col: 'personPhone',
    value: raw,
    householdId: p.household.id || p.household.key,
    message: `${nameOf(p)}外出务工，联系电话${empty ? '为空' : `“${quote(text)}”不是手机号`}。务工人员应登记本人手机号，便于务工监测联系，请补录。`,
  });
}

/** Items of the household's 就业帮扶 and 公益岗位帮扶 cells (all rows). */
function employmentMeasures(h: HouseholdRec): { employment: string[]; publicJob: string[] } {
  const employment = new Set<string>();
  const publicJob = new Set<string>();
  for (const m of h.members) {
    const row = m.sheet.grid[m.r];
    for (const c of measureColumns(m.sheet)) {
      if (c.key !== 'measureEmployment' && c.key !== 'measurePublicJob' && c.key !== 'measurePublicJobNote')
        continue;
      const v = row?.[c.index];
      if (v === undefined || isEmpty(v)) continue;
      const into = c.key === 'measureEmployment' ? employment : publicJob;
      for (const x of splitItems(normText(v))) if (!NO_POST_VALUES.has(x)) into.add(x);
    }
  }
  return { employment: [...employment], publicJob: [...publicJob] };
}

/** employment.measure-no-worker: 就业帮扶 / 公益岗位 without any member's work spell (since 识别 for a 监测对象). */
function measureNoWorker(ctx: RuleContext, h: HouseholdRec, spells: SpellIndex, asOf: number): void {
  const status = ctx.status(h);
  if (!status.exited && !status.monitored) return;
  const { employment, publicJob } = employmentMeasures(h);
  const byEmployment = employment.some((x) => x !== TRAINING_ONLY);
  const poster = h.members.find((m) => postsOf(m).length > 0);
  if (!byEmployment && publicJob.length === 0 && !poster) return;
  const from = status.monitored ? monthIndex(hcell(h, 'monitorStart')) : -1;
  const worked = h.members.some((m) =>
    spells.of(m).some((s) => (s.end < 0 || s.end >= from) && (s.start < 0 || s.start <= asOf)),
  );
  if (worked) return;
  let at: RowRef;
  let col: string;
  let what: string;
  if (byEmployment) {
    col = 'measureEmployment';
    at = hRef(h, col);
    what = `就业帮扶“${quote(employment.join('、'))}”`;
  } else if (publicJob.length > 0) {
    col = h.members[0].sheet.byKey.measurePublicJob ? 'measurePublicJob' : 'measurePublicJobNote';
    at = hRef(h, col);
    what = `公益岗位帮扶“${quote(publicJob.join('、'))}”`;
  } else {
    col = 'publicWelfareJob';
    at = poster!;
    what = `${nameOf(poster!)}的公益性岗位`;
  }
  const since = from >= 0 ? '识别以来' : '';
  ctx.emit({
    rule: 'employment.measure-no-worker',
    sheet: at.sheet,
    r: at.r,
    col,
    value: cell(at, col),
    householdId: h.id || h.key,
    message: `本户登记了${what}，但务工监测中${since}没有家庭成员的务工记录。请补录务工信息，或核实帮扶措施。`,
  });
}

/** The data date as a month index (rules-v2 §0.4 asOf): config asOfDate, else the export's date, else the
 * reference date — as the rule records read it. */
function asOfMonth(ctx: RuleContext): number {
  const setting = ctx.config.asOfDate;
  const found = (setting ? parseDate(setting).date : null) ?? ctx.dataDate ?? ctx.ref;
  return found.y * 12 + found.m - 1;
}

/** A plain 11-digit mobile as typed (the usual cell): its own key, no parsing. */
function plainMobileKey(raw: CellValue): boolean {
  if (typeof raw !== 'string' || raw.length !== 11 || raw.charCodeAt(0) !== 49) return false;
  for (let i = 1; i < 11; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The phone numbers of a cell as comparable keys (digits only, at least 7), 无-type values and ignored ones out. */
function phoneKeys(raw: CellValue | undefined, ignore: ReadonlySet<string>): string[] {
  if (raw === undefined || raw === '') return [];
  if (plainMobileKey(raw)) return ignore.has(raw as string) ? [] : [raw as string];
  if (isEmpty(raw)) return [];
  const text = phoneText(raw);
  if (NO_PHONE_VALUES.has(text)) return [];
  const out: string[] = [];
  for (const part of text.split(/[/、,，;；]/)) {
    const digits = part.replace(/\D/g, '').replace(/^86(?=1[3-9]\d{9}$)/, '');
    if (digits.length >= 7 && !ignore.has(digits) && !out.includes(digits)) out.push(digits);
  }
  return out;
}

interface PhoneUse {
  phone: string;
  at: RowRef;
  col: string;
}

/**
 * The phone rules in one linear pass: every 家庭成员联系电话 and 户联系电话 grouped by number — households per
 * number (phone.shared-across-households) and persons per 家庭成员联系电话 (phone.shared-different-county).
 */
function phoneRules(ctx: RuleContext, spells: SpellIndex): void {
  const ignore = new Set(listSetting(ctx, 'sharedPhoneIgnore').map((x) => x.replace(/\D/g, '')));
  const households = new Map<string, HouseholdRec[]>();
  const persons = new Map<string, PersonRow | PersonRow[]>();
  const uses: Array<{ h: HouseholdRec; mine: PhoneUse[] }> = [];
  const addHousehold = (phone: string, h: HouseholdRec): void => {
    const list = households.get(phone);
    if (list === undefined) households.set(phone, [h]);
    else if (list[list.length - 1] !== h) list.push(h);
  };
  for (const h of ctx.ledger.households) {
    const mine: PhoneUse[] = [];
    for (const m of h.members) {
      for (const phone of phoneKeys(cell(m, 'personPhone'), ignore)) {
        const seen = persons.get(phone);
        if (seen === undefined) persons.set(phone, m);
        else if (Array.isArray(seen)) seen.push(m);
        else persons.set(phone, [seen, m]);
        if (mine.some((x) => x.phone === phone)) continue;
        mine.push({ phone, at: m, col: 'personPhone' });
        addHousehold(phone, h);
      }
    }
    // 户联系电话 is a household field: read once, at the row that holds it.
    const at = hRef(h, 'householdPhone');
    for (const phone of phoneKeys(cell(at, 'householdPhone'), ignore)) {
      if (mine.some((x) => x.phone === phone)) continue;
      mine.push({ phone, at, col: 'householdPhone' });
      addHousehold(phone, h);
    }
    if (mine.length > 0) uses.push({ h, mine });
  }
  for (const { h, mine } of uses) {
    const shared = mine.find((x) => households.get(x.phone)!.length > 1);
    if (shared) sharedAcrossHouseholds(ctx, h, shared, households.get(shared.phone)!);
  }
  const reported = new Set<HouseholdRec>();
  for (const list of persons.values())
    if (Array.isArray(list)) sharedDifferentCounty(ctx, list, spells, reported);
}

function sharedAcrossHouseholds(
  ctx: RuleContext,
  h: HouseholdRec,
  shared: PhoneUse,
  all: HouseholdRec[],
): void {
  const others = all.filter((o) => o !== h).map((o) => o.id || o.key);
  const list = others.slice(0, 3).join('、') + (others.length > 3 ? '等' : '');
  ctx.emit({
    rule: 'phone.shared-across-households',
    sheet: shared.at.sheet,
    r: shared.at.r,
    col: shared.col,
    value: cell(shared.at, shared.col),
    householdId: h.id || h.key,
    message: `联系电话${shared.phone}同时登记在${all.length}户（本户及户编号${list}），请核实是否误录了帮扶干部或他人电话。`,
  });
}

/** The person's work county: 务工所在地, else the county of the latest spell; '' when unknown. */
function workCountyOf(p: PersonRow, spells: SpellIndex): string {
  const place = normText(cell(p, 'workPlace'));
  if (place !== '') return place;
  let best: Spell | undefined;
  for (const s of spells.of(p)) if (s.county !== '' && (!best || s.start > best.start)) best = s;
  return best?.county ?? '';
}

/** Places at county level are the same when one names the other (with or without province / prefecture). */
const sameCounty = (a: string, b: string): boolean =>
  a === b || a.endsWith(b) || b.endsWith(a) || a.startsWith(b) || b.startsWith(a);

/** phone.shared-different-county: persons with one phone, working in different counties (once per household). */
function sharedDifferentCounty(
  ctx: RuleContext,
  list: PersonRow[],
  spells: SpellIndex,
  reported: Set<HouseholdRec>,
): void {
  const withCounty = list.map((p) => ({ p, county: workCountyOf(p, spells) })).filter((x) => x.county !== '');
  const first = withCounty[0];
  if (!first) return;
  for (const x of withCounty) {
    if (sameCounty(first.county, x.county) || reported.has(x.p.household)) continue;
    reported.add(x.p.household);
    ctx.emit({
      rule: 'phone.shared-different-county',
      sheet: x.p.sheet,
      r: x.p.r,
      col: 'personPhone',
      value: cell(x.p, 'personPhone'),
      householdId: x.p.household.id || x.p.household.key,
      message: `${nameOf(x.p)}与${nameOf(first.p)}联系电话相同，但务工所在县不同（${quote(x.county)}、${quote(first.county)}），请核实各自的联系电话。`,
    });
  }
}

/** household.spouse-same-sex for one household (the household pass calls it). */
export function spouseSameSex(ctx: RuleContext, h: HouseholdRec): void {
  let head: PersonRow | undefined;
  let spouse: PersonRow | undefined;
  let heads = 0;
  let spouses = 0;
  for (const m of h.members) {
    if (!m.sheet.byKey.relationToHead) continue;
    const rel = normText(cell(m, 'relationToHead'));
    if (rel === '户主') {
      heads++;
      head = m;
    } else if (rel === '配偶') {
      spouses++;
      spouse = m;
    }
  }
  if (heads !== 1 || spouses !== 1) return;
  const a = sexOf(ctx, head!);
  const b = sexOf(ctx, spouse!);
  if (a === null || b === null || a !== b) return;
  ctx.emit({
    rule: 'household.spouse-same-sex',
    sheet: spouse!.sheet,
    r: spouse!.r,
    col: 'relationToHead',
    value: cell(spouse!, 'relationToHead'),
    householdId: h.id || h.key,
    message: `户主与配偶性别相同（均为${a}），请核对两人的与户主关系、性别或证件号码。`,
  });
}

const GENDER_TEXT: Record<string, '男' | '女'> = {
  男: '男',
  男性: '男',
  '1': '男',
  女: '女',
  女性: '女',
  '2': '女',
};

/** The trusted ID's sex, else 性别; null when unknown or when the two disagree (person.gender-mismatch's). */
function sexOf(ctx: RuleContext, p: PersonRow): '男' | '女' | null {
  const fromId = ctx.trustedIdSexAt(p.sheet, p.r);
  const g = cell(p, 'gender');
  const fromColumn = g === undefined ? undefined : GENDER_TEXT[normText(g)];
  if (fromId && fromColumn && fromId !== fromColumn) return null;
  return fromId ?? fromColumn ?? null;
}

function registerMissing(
  ctx: RuleContext,
  sheet: ParsedSheet,
  spells: SpellIndex,
  landOnHouseholdSheet: boolean,
): void {
  const has = (k: string) => sheet.byKey[k] !== undefined;
  if (!has('laborSkill')) ctx.missingColumn(sheet, 'laborSkill', ['employment.public-job-no-labour']);
  if (!has('publicWelfareJob') && !spells.loaded)
    ctx.missingColumn(sheet, 'publicWelfareJob', [
      'employment.public-job-no-labour',
      'employment.public-job-elderly',
      'employment.public-job-multiple',
    ]);
  if (!has('personPhone'))
    ctx.missingColumn(sheet, 'personPhone', ['phone.worker-not-mobile', 'phone.shared-different-county']);
  if (!landOnHouseholdSheet) landMissing(ctx, sheet);
}

export function run(ctx: RuleContext): void {
  const { persons, personSheets, households } = ctx.ledger;
  if (persons.length === 0) return;
  const spells = buildSpellIndex(ctx);
  const landOnHouseholdSheet = ctx.ledger.householdSheets.some((s) =>
    LAND_AREAS.some((a) => s.byKey[a.key] !== undefined),
  );
  for (const s of personSheets) registerMissing(ctx, s, spells, landOnHouseholdSheet);
  const refYearStart = ctx.ref.y * 12;
  for (const p of persons) {
    checkPerson(ctx, p, spells, refYearStart);
    workerPhone(ctx, p, spells);
  }
  const asOf = asOfMonth(ctx);
  for (const h of households) {
    if (h.members.length === 0) continue;
    if (spells.loaded) measureNoWorker(ctx, h, spells, asOf);
    checkLand(ctx, h);
  }
  phoneRules(ctx, spells);
}
