// The clean truth: villages, households and persons, consistent with rules.md and formulas.md.
// Amounts are integer 分 (fen); 人均 rounds half away from zero like Excel ROUND (formulas.md §1).
import { checkChar } from '../../src/core/id/gb11643';
import { Rng } from './prng';
import {
  COUNTIES,
  ETHNIC_MINORITIES,
  FEMALE_GIVEN,
  HELPER_GIVEN,
  MAIN_CAUSES,
  MALE_GIVEN,
  MEASURES,
  MONITOR_CATEGORIES,
  NATURAL_VILLAGE_SUFFIX,
  SURNAMES,
  TOWNSHIPS,
  VILLAGE_NAMES,
} from './data';

export interface YMD {
  y: number;
  m: number;
  d: number;
}
export type Gender = '男' | '女';
export type DateStyle = 'serial' | 'iso' | 'dot' | 'cn';

export const TRANSFER_KEYS = [
  'familyPlanning', // 计划生育金
  'minimumLiving', // 低保金
  'extremePovertySupport', // 特困供养金
  'pension', // 养老金或离退休金
  'ecoCompensation', // 生态补偿金
  'otherTransfer', // 其他转移性收入
] as const;
export type TransferKey = (typeof TRANSFER_KEYS)[number];

export interface Helper {
  name: string;
  phone: string;
}

export interface Village {
  name: string;
  code: string; // 12-digit 行政区划代码 (county + township + village)
  township: string;
  /** 农业户籍人口 / 总人口 / 总户数 of the whole village (not only the ledger). */
  agriPopulation: number;
  totalPopulation: number;
  totalHouseholds: number;
}

export interface Person {
  hh: Household;
  name: string;
  gender: Gender;
  birth: YMD;
  age: number;
  id: string;
  relation: string; // 与户主关系
  ethnicity: string; // 民族
  education: string; // 文化程度 ('' for students and children)
  school: string; // 在校生状况 ('' for non-students)
  health: string; // 健康状况
  labor: string; // 劳动技能
  workMonths: number; // 务工时间（月）
  publicJob: boolean; // 公益性岗位
  residentMedical: boolean; // true: 城乡居民基本医疗保险 是, 城镇职工 否; false: the reverse
  phone: string;
  dateStyle: DateStyle;
}

export interface Household {
  id: string; // 户编号
  seq: number;
  village: Village;
  naturalVillage: string;
  persons: Person[];
  /** The 人数 column value (= member rows unless an injection changed it). */
  sizeStored: number;
  type: '脱贫户' | '监测户'; // 户类型
  category: string; // 监测对象类别 ('' for 脱贫户)
  riskEliminated: boolean | null; // 风险是否消除 (null for 脱贫户)
  monitorStart?: YMD; // 识别监测时间
  eliminatedDate?: YMD; // 风险消除时间
  firstIdentified: YMD; // 首次识别时间
  mainCause: string;
  wage: number; // 工资性收入 (分)
  business: number; // 生产经营性收入
  property: number; // 财产性收入
  transfer: Record<TransferKey, number>;
  expense: number; // 生产经营性支出
  phone: string;
  helper: Helper | null;
  measures: string;
  unsafeHousing: boolean;
  safeWater: boolean;
  dateStyle: DateStyle;
  /** 'main' or the name of an extra sheet (sheet.column-missing injections). */
  sheetGroup: string;
  /** Two-sheet layout: member rows removed (household.no-members). */
  noMembers?: boolean;
}

export interface ModelOptions {
  seed: number;
  persons: number;
  year: number;
  referenceDate: YMD;
  monitoredShare: number;
  homeCounty?: string;
}

export interface Model {
  ref: YMD;
  county: readonly [string, string];
  villages: Village[];
  households: Household[];
  helpers: Helper[];
  usedIds: Set<string>;
  rng: Rng;
}

// ---------- dates and money ----------

const DAY = 86_400_000;
export const toMs = (d: YMD): number => Date.UTC(d.y, d.m - 1, d.d);
export function fromMs(ms: number): YMD {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
export const addDays = (d: YMD, n: number): YMD => fromMs(toMs(d) + n * DAY);
export const cmpYMD = (a: YMD, b: YMD): number => a.y - b.y || a.m - b.m || a.d - b.d;
export function ageAt(birth: YMD, ref: YMD): number {
  let a = ref.y - birth.y;
  if (ref.m < birth.m || (ref.m === birth.m && ref.d < birth.d)) a--;
  return a;
}
export const ymd8 = (d: YMD): string =>
  `${d.y}${String(d.m).padStart(2, '0')}${String(d.d).padStart(2, '0')}`;

/** Half-away-from-zero integer division (Excel ROUND semantics on 分). */
export function roundDiv(n: number, d: number): number {
  const q = Math.floor((2 * Math.abs(n) + d) / (2 * d));
  return n < 0 ? -q : q;
}
export const transferSum = (h: Household): number => TRANSFER_KEYS.reduce((s, k) => s + h.transfer[k], 0);
export const grossIncome = (h: Household): number => h.wage + h.business + h.property + transferSum(h);
export const netIncome = (h: Household): number => grossIncome(h) - h.expense;
/** 人均纯收入 in 分, dividing by the stored 人数 (the engine's default size basis). */
export const perCapita = (h: Household): number => roundDiv(netIncome(h), h.sizeStored);
/** Covered = 脱贫户, or a 监测对象 whose risk is not eliminated (rules.md). */
export const isCovered = (h: Household): boolean => h.type === '脱贫户' || h.riskEliminated === false;
export const isRiskOpen = (h: Household): boolean => h.type !== '脱贫户' && h.riskEliminated === false;

// ---------- ids and phones ----------

export function makeId(
  region: string,
  birth: YMD,
  gender: Gender,
  used: Set<string>,
  rng: Rng,
  wantX = false,
): string {
  for (let tries = 0; tries < 20_000; tries++) {
    let seq = rng.int(0, 999);
    // 17th digit (last of the sequence) odd = 男
    if ((seq % 2 === 1) !== (gender === '男')) seq = seq % 2 === 1 ? seq - 1 : seq + 1;
    if (seq > 999 || seq < 0) continue;
    const first17 = region + ymd8(birth) + String(seq).padStart(3, '0');
    const id = first17 + checkChar(first17);
    if (wantX && !id.endsWith('X')) continue;
    if (used.has(id)) continue;
    used.add(id);
    return id;
  }
  throw new Error('could not find a free id');
}

export const mobile = (rng: Rng): string =>
  '1' +
  rng.pick(['3', '5', '7', '8', '9']) +
  String(rng.int(0, 9)) +
  String(rng.int(0, 99_999_999)).padStart(8, '0');

// ---------- people ----------

function nameFor(rng: Rng, gender: Gender, surname?: string): string {
  return (surname ?? rng.pick(SURNAMES)) + rng.pick(gender === '男' ? MALE_GIVEN : FEMALE_GIVEN);
}

/** 文化程度 / 在校生状况 by age at the reference date: exactly one is filled (edu.status-conflict). */
export function educationFor(age: number, rng: Rng): { education: string; school: string } {
  const s = (school: string) => ({ education: '', school });
  const e = (education: string) => ({ education, school: '' });
  if (age < 3) return s('学龄前儿童');
  if (age < 6) return s('学前教育');
  if (age < 12) return s('小学');
  if (age === 12) return s(rng.pick(['小学', '七年级']));
  if (age === 13) return s(rng.pick(['七年级', '八年级']));
  if (age === 14) return s(rng.pick(['八年级', '九年级']));
  if (age === 15) return s(rng.pick(['九年级', '普通高中一年级', '中职一年级']));
  if (age <= 17) {
    if (rng.chance(0.25)) return e('初中');
    const n = ['一', '二', '三'][age - 15];
    return s(rng.pick([`普通高中${n}年级`, `中职${n}年级`]));
  }
  if (age <= 21 && rng.chance(0.4)) return s(`本科${['一', '二', '三', '四'][age - 18]}年级`);
  // Adults: 初中 or above only. A 小学/文盲 adult is realistic but rules.md's "小学及以下 at 20 or older"
  // (edu.grade-age) can be read as covering 文化程度 too; clean data must be clean under both readings.
  if (age < 20) return e(rng.pick(['初中', '高中']));
  return e(
    rng.weighted([
      ['初中', 50],
      ['高中', 25],
      ['大专', 14],
      ['本科及以上', 8],
    ] as const),
  );
}

function healthFor(age: number, rng: Rng): string {
  const r = rng.next();
  if (age >= 40 && r < 0.1) return '长期慢性病';
  if (r < 0.13) return '残疾';
  if (r < 0.15) return '患有大病';
  return '健康';
}

function laborFor(age: number, health: string, rng: Rng): string {
  if (age < 16) return '无劳动力';
  if (age >= 60) return rng.chance(0.7) ? '弱劳动力或半劳动力' : '丧失劳动力';
  if (health !== '健康') return '弱劳动力或半劳动力';
  return rng.chance(0.72) ? '普通劳动力' : '技能劳动力';
}

/** Birth date giving exactly `age` full years at `ref`. */
function birthForAge(age: number, ref: YMD, rng: Rng): YMD {
  for (let i = 0; i < 10; i++) {
    const b = fromMs(Date.UTC(ref.y - age, ref.m - 1, ref.d) - rng.int(0, 364) * DAY);
    if (ageAt(b, ref) === age && b.y >= 1901) return b;
  }
  return fromMs(Date.UTC(ref.y - age, ref.m - 1, ref.d));
}

const RELATION_GENDER: Record<string, Gender> = {
  之子: '男',
  之女: '女',
  之儿媳: '女',
  之女婿: '男',
  之父: '男',
  之母: '女',
  之孙子: '男',
  之孙女: '女',
  之外孙子: '男',
  之外孙女: '女',
};
export const relationGender = (rel: string): Gender | undefined => RELATION_GENDER[rel];

interface Sketch {
  relation: string;
  gender: Gender;
  age: number;
  surname?: string;
}

/** Household composition: relations, sexes and ages consistent with each other. */
function sketchHousehold(size: number, rng: Rng): Sketch[] {
  const headGender: Gender = rng.chance(0.78) ? '男' : '女';
  const headAge = rng.weighted([
    [rng.int(25, 39), 25],
    [rng.int(40, 59), 45],
    [rng.int(60, 80), 30],
  ] as const);
  const out: Sketch[] = [{ relation: '户主', gender: headGender, age: headAge }];
  const other: Gender = headGender === '男' ? '女' : '男';
  let left = size - 1;
  const clampAge = (a: number) => Math.max(18, Math.min(88, a));
  if (left > 0 && rng.chance(0.82)) {
    out.push({ relation: '配偶', gender: other, age: clampAge(headAge + rng.int(-5, 5)) });
    left--;
  }
  if (left > 0 && headAge <= 48 && rng.chance(0.3)) {
    const pa = Math.min(90, headAge + rng.int(22, 35));
    out.push({ relation: '之父', gender: '男', age: pa });
    left--;
    if (left > 0 && rng.chance(0.6)) {
      out.push({ relation: '之母', gender: '女', age: Math.min(90, pa + rng.int(-4, 2)) });
      left--;
    }
  }
  // Three generations: an adult child with spouse and grandchildren.
  if (left >= 3 && headAge >= 50 && rng.chance(0.7)) {
    const viaSon = rng.chance(0.8);
    const childAge = headAge - rng.int(22, Math.min(32, headAge - 20));
    out.push({ relation: viaSon ? '之子' : '之女', gender: viaSon ? '男' : '女', age: childAge });
    out.push({
      relation: viaSon ? '之儿媳' : '之女婿',
      gender: viaSon ? '女' : '男',
      age: clampAge(childAge + rng.int(-3, 3)),
    });
    left -= 2;
    while (left > 0) {
      const g: Gender = rng.chance(0.5) ? '男' : '女';
      const rel = viaSon ? (g === '男' ? '之孙子' : '之孙女') : g === '男' ? '之外孙子' : '之外孙女';
      out.push({
        relation: rel,
        gender: g,
        age: Math.max(0, childAge - rng.int(18, Math.min(40, childAge))),
      });
      left--;
    }
    return out;
  }
  while (left > 0) {
    const g: Gender = rng.chance(0.5) ? '男' : '女';
    out.push({
      relation: g === '男' ? '之子' : '之女',
      gender: g,
      age: Math.max(0, headAge - rng.int(18, Math.min(40, headAge))),
    });
    left--;
  }
  return out;
}

const yuan = (rng: Rng, lo: number, hi: number): number => rng.int(lo * 100, hi * 100);

/** Incomes in 分 that meet the lines: 人均 ≥ 6100 unless risk-open monitored (≥ 4100), ≤ 95 000. */
export function assignIncome(h: Household, rng: Rng): void {
  const size = h.persons.length;
  const workers = h.persons.filter((p) => p.workMonths > 0 || p.publicJob);
  const open = isRiskOpen(h);
  const [lo, hi] = open ? [4100, 95_000] : [6100, 95_000];
  for (let attempt = 0; attempt < 200; attempt++) {
    const t = h.transfer;
    t.familyPlanning = rng.chance(0.05) ? rng.pick([960, 1200, 1440]) * 100 : 0;
    t.minimumLiving = rng.chance(0.15) ? yuan(rng, 1500, 6000) : 0;
    t.extremePovertySupport =
      size === 1 && h.persons[0].age >= 60 && rng.chance(0.4) ? yuan(rng, 4000, 8000) : 0;
    t.pension = h.persons.filter((p) => p.age >= 60).length * yuan(rng, 1300, 2400);
    t.ecoCompensation = rng.chance(0.2) ? yuan(rng, 300, 1500) : 0;
    t.otherTransfer = rng.chance(0.4) ? yuan(rng, 100, 1500) : 0;
    h.property = rng.chance(0.3) ? yuan(rng, 300, 3000) : 0;
    const target = open
      ? yuan(rng, 4300, 8500)
      : rng.chance(0.1)
        ? yuan(rng, 30_000, 60_000)
        : yuan(rng, 6500, 30_000);
    const rest = target * size - transferSum(h) - h.property;
    if (workers.length > 0) {
      const hasBusiness = rng.chance(0.55);
      h.wage = Math.max(
        hasBusiness ? Math.round(rest * (0.4 + 0.45 * rng.next())) : rest,
        yuan(rng, 1000, 3000),
      );
    } else h.wage = 0;
    const x = rest - h.wage;
    if (x > 0) {
      h.expense = Math.max(Math.round(x * (0.15 + 0.45 * rng.next())), 10_000);
      h.business = x + h.expense;
    } else {
      h.business = 0;
      h.expense = 0;
    }
    const pc = perCapita(h);
    if (pc >= lo * 100 && pc <= hi * 100) return;
  }
  throw new Error(`could not assign income to household ${h.id}`);
}

function randomDate(rng: Rng, from: YMD, to: YMD): YMD {
  return fromMs(toMs(from) + rng.int(0, Math.max(0, Math.round((toMs(to) - toMs(from)) / DAY))) * DAY);
}

const DATE_STYLES: ReadonlyArray<readonly [DateStyle, number]> = [
  ['iso', 60],
  ['serial', 25],
  ['dot', 8],
  ['cn', 7],
];

export interface PersonSeed {
  relation: string;
  gender: Gender;
  age: number;
}

/** Builds one household (persons, monitoring, income); helpers are assigned by the caller. */
export function makeHousehold(
  m: Model,
  o: ModelOptions,
  village: Village,
  seq: number,
  sheetGroup: string,
  forceType?: '脱贫户',
): Household {
  const rng = m.rng;
  const size = rng.weighted([
    [1, 10],
    [2, 18],
    [3, 20],
    [4, 22],
    [5, 15],
    [6, 9],
    [7, 4],
    [8, 2],
  ] as const);
  const sketch = sketchHousehold(size, rng);
  const monitored = !forceType && rng.chance(o.monitoredShare);
  const h: Household = {
    id: village.code + String(seq).padStart(3, '0'),
    seq,
    village,
    naturalVillage: village.name.replace(/村$/, '') + rng.pick(NATURAL_VILLAGE_SUFFIX),
    persons: [],
    sizeStored: sketch.length,
    type: monitored ? '监测户' : '脱贫户',
    category: '',
    riskEliminated: null,
    firstIdentified: randomDate(rng, { y: 2014, m: 3, d: 1 }, { y: 2016, m: 12, d: 31 }),
    mainCause: rng.pick(MAIN_CAUSES),
    wage: 0,
    business: 0,
    property: 0,
    transfer: {
      familyPlanning: 0,
      minimumLiving: 0,
      extremePovertySupport: 0,
      pension: 0,
      ecoCompensation: 0,
      otherTransfer: 0,
    },
    expense: 0,
    phone: '',
    helper: null,
    measures: '',
    unsafeHousing: false,
    safeWater: true,
    dateStyle: rng.weighted(DATE_STYLES),
    sheetGroup,
  };
  if (monitored) {
    h.category = rng.weighted([
      [MONITOR_CATEGORIES[0], 40],
      [MONITOR_CATEGORIES[1], 45],
      [MONITOR_CATEGORIES[2], 15],
    ] as const);
    h.riskEliminated = rng.chance(0.6);
    h.monitorStart = randomDate(rng, { y: 2021, m: 6, d: 1 }, addDays(o.referenceDate, -120));
    if (h.riskEliminated) h.eliminatedDate = randomDate(rng, addDays(h.monitorStart, 60), o.referenceDate);
    if (h.category !== '脱贫不稳定户') h.firstIdentified = h.monitorStart;
    h.measures = rng
      .shuffle([...MEASURES])
      .slice(0, rng.int(1, 3))
      .join(',');
  } else if (rng.chance(0.6)) h.measures = rng.pick(MEASURES);

  const headSurname = rng.pick(SURNAMES);
  const [homeCode] = m.county;
  for (const s of sketch) {
    const birth = birthForAge(s.age, o.referenceDate, rng);
    const age = ageAt(birth, o.referenceDate);
    const region = rng.chance(0.85) ? homeCode : rng.pick(COUNTIES)[0];
    const inheritSurname =
      ['户主', '之子', '之女', '之孙子', '之孙女'].includes(s.relation) &&
      (s.relation === '户主' || sketch[0].gender === '男');
    const edu = educationFor(age, rng);
    const health = healthFor(age, rng);
    const labor = laborFor(age, health, rng);
    const canWork =
      age >= 16 && age < 60 && edu.school === '' && (labor === '普通劳动力' || labor === '技能劳动力');
    const workMonths = canWork && rng.chance(0.55) ? rng.int(1, 12) : 0;
    // 公益性岗位 are for people who can work, 弱劳动力 included (employment.public-job-no-labour); the labour test
    // comes after the draw so the random sequence stays the same.
    const publicJob =
      age >= 18 &&
      age < 65 &&
      edu.school === '' &&
      workMonths === 0 &&
      rng.chance(0.07) &&
      labor !== '无劳动力' &&
      labor !== '丧失劳动力';
    const p: Person = {
      hh: h,
      name: nameFor(rng, s.gender, inheritSurname ? headSurname : undefined),
      gender: s.gender,
      birth,
      age,
      id: makeId(region, birth, s.gender, m.usedIds, rng),
      relation: s.relation,
      ethnicity: rng.chance(0.9) ? '汉族' : rng.pick(ETHNIC_MINORITIES),
      education: edu.education,
      school: edu.school,
      health,
      labor,
      workMonths,
      publicJob,
      residentMedical: !(age >= 18 && age < 60 && edu.school === '' && rng.chance(0.06)),
      phone: '',
      dateStyle: rng.weighted(DATE_STYLES),
    };
    h.persons.push(p);
  }
  h.phone = mobile(rng);
  for (const p of h.persons)
    p.phone = p.relation === '户主' ? h.phone : p.age >= 16 && rng.chance(0.8) ? mobile(rng) : h.phone;
  assignIncome(h, rng);
  // A household without any labour is not marked 风险消除 (it stays monitored after social security:
  // rules-v2 §14 monitor.eliminated-no-labour). Decided after the draws, so the random sequence is unchanged.
  if (h.riskEliminated && h.persons.every((p) => p.labor === '无劳动力' || p.labor === '丧失劳动力')) {
    h.riskEliminated = false;
    delete h.eliminatedDate;
  }
  return h;
}

function villageNames(n: number, rng: Rng): string[] {
  const names = [...VILLAGE_NAMES];
  const suffix = ['湾', '坪', '沟', '庄', '寨', '岭', '冲', '坝'];
  for (let i = 0; names.length < n; i++)
    names.push(
      `${SURNAMES[i % SURNAMES.length]}家${suffix[Math.floor(i / SURNAMES.length) % suffix.length]}村`,
    );
  return rng.shuffle(names.slice(0, Math.max(n, VILLAGE_NAMES.length))).slice(0, n);
}

/** Helper names used per model: a Set kept beside the model, not rebuilt per call (quadratic at county size). */
const HELPER_NAMES = new WeakMap<Model, Set<string>>();

export function newHelper(m: Model): Helper {
  let used = HELPER_NAMES.get(m);
  if (!used) HELPER_NAMES.set(m, (used = new Set(m.helpers.map((x) => x.name))));
  // Two-character given names once the one-character ones run low: a county export has thousands of helpers.
  const simple = SURNAMES.length * HELPER_GIVEN.length;
  for (;;) {
    const long = used.size > simple / 2;
    const name =
      m.rng.pick(SURNAMES) + m.rng.pick(HELPER_GIVEN) + (long ? m.rng.pick(HELPER_GIVEN).slice(-1) : '');
    if (!used.has(name)) {
      used.add(name);
      const h = { name, phone: mobile(m.rng) };
      m.helpers.push(h);
      return h;
    }
    if (used.size > simple * HELPER_GIVEN.length - 5) throw new Error('helper names exhausted');
  }
}

/** Each helper gets 3–5 households (≤ helperMaxHouseholds 5). */
export function assignHelpers(m: Model, households: Household[]): void {
  const order = m.rng.shuffle([...households]);
  let i = 0;
  while (i < order.length) {
    const helper = newHelper(m);
    const n = m.rng.int(3, 5);
    for (let k = 0; k < n && i < order.length; k++) order[i++].helper = helper;
  }
}

/** Households for about `persons` people, spread over villages of two townships. */
export function buildModel(o: ModelOptions): Model {
  const rng = new Rng(o.seed);
  const county = (o.homeCounty && COUNTIES.find((c) => c[0] === o.homeCounty)) || rng.pick(COUNTIES);
  const m: Model = {
    ref: o.referenceDate,
    county,
    villages: [],
    households: [],
    helpers: [],
    usedIds: new Set(),
    rng,
  };
  const estHouseholds = Math.max(3, Math.round(o.persons / 3.4));
  const nv = Math.max(3, Math.ceil(estHouseholds / 20));
  const names = villageNames(nv, rng);
  const towns = rng.shuffle([...TOWNSHIPS]).slice(0, 2);
  m.villages = names.map((name, i) => {
    const t = i % 2;
    return {
      name,
      code: county[0] + String(100 + t).padStart(3, '0') + String(200 + i).padStart(3, '0'),
      township: towns[t],
      agriPopulation: 0,
      totalPopulation: 0,
      totalHouseholds: 0,
    };
  });
  const seqByVillage = new Map<Village, number>();
  let total = 0;
  while (total < o.persons) {
    const v =
      m.households.length < m.villages.length ? m.villages[m.households.length] : rng.pick(m.villages);
    const seq = (seqByVillage.get(v) ?? 0) + 1;
    seqByVillage.set(v, seq);
    const h = makeHousehold(m, o, v, seq, 'main');
    m.households.push(h);
    total += h.persons.length;
  }
  // Ledger order: by township, village, 户编号; the 户主 first in each household.
  m.households.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  assignHelpers(m, m.households);
  return m;
}

/** Village base figures: covered persons are 2–9 % of 农业户籍人口 (set after all households exist). */
export function setVillagePopulations(m: Model): void {
  for (const v of m.villages) {
    const persons = m.households.filter((h) => h.village === v).reduce((s, h) => s + h.persons.length, 0);
    v.agriPopulation = Math.max(200, Math.round(persons / (0.02 + 0.07 * m.rng.next())));
    v.totalPopulation = Math.round(v.agriPopulation * (1.05 + 0.12 * m.rng.next()));
    v.totalHouseholds = Math.round(v.totalPopulation / (3 + m.rng.next()));
  }
}

export const relationNeedsGender = relationGender;
