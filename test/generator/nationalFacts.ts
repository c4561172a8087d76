// The v2 facts of a national export (rules-v2.md §0.4), derived from the ledger model so that a clean export meets
// every v2 rule by construction: risk types are chosen from what the household has (因病 only with a sick member,
// 因残 with a disabled one …), each risk gets the measures riskMeasureMap accepts, 风险消除 households meet the
// elimination rules (six months, incomes, post-elimination block, labour), students are 无劳动力, a 公益性岗位
// holder has a work spell, and so on. The model (model.ts) is shared with the hand-ledger generator and is only
// adjusted here where a v2 rule needs it (incomes of 监测对象, dates of elimination). Test-only code.
import { checkChar } from '../../src/core/id/gb11643';
import type { Rng } from './prng';
import {
  ageAt,
  assignIncome,
  mobile,
  netIncome,
  perCapita,
  transferSum,
  type Household,
  type Model,
  type Person,
  type YMD,
} from './model';

export const FULL = ['普通劳动力', '技能劳动力'];
export const NONE = ['无劳动力', '丧失劳动力'];
const WEAK = '弱劳动力或半劳动力';
export const VOCATIONAL = ['中职', '高职高专', '高职', '技师学院'];

/** The 15 measure columns of layout §5.2, in export order (the second 公益性岗位帮扶 spelling is rendered empty). */
export const MEASURE_COLUMNS = [
  '产业帮扶',
  '就业帮扶',
  '金融帮扶',
  '公益岗位帮扶',
  '公益性岗位帮扶其他备注',
  '健康帮扶',
  '义务教育保障',
  '教育帮扶',
  '综合保障',
  '住房安全保障',
  '饮水安全保障',
  '社会帮扶',
  '搬迁',
  '生产生活条件改善',
  '基础设施建设',
] as const;
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];
/** D: the developmental measures (§0.4). */
export const DEVELOPMENTAL: MeasureColumn[] = ['产业帮扶', '就业帮扶', '金融帮扶', '公益岗位帮扶'];
/** riskMeasureMap defaults (§11). */
export const RISK_MEASURES: Record<string, MeasureColumn[]> = {
  因病: ['健康帮扶', '社会帮扶'],
  因学: ['义务教育保障', '教育帮扶', '社会帮扶'],
  因残: ['综合保障', '社会帮扶'],
  因安全住房: ['住房安全保障', '搬迁'],
  因安全饮水: ['饮水安全保障'],
};

export interface Spell {
  np: NatPerson;
  start: YMD;
  end?: YMD;
  county: string;
  channel: string;
}

export interface NatPerson {
  p: Person;
  nh: NatHousehold;
  /** 0-based index among the export's person rows. */
  index: number;
  personId: string;
  labour: string;
  education: string;
  school: string;
  idType: string;
  idText: string;
  /** Decoded 残疾人证 suffix (类别 1–7, 等级 1–4) of a disabled person. */
  disability?: { category: number; grade: number };
  post: string;
  postMonths: string;
  phone: string;
  workPlace: string;
  residentPension: string;
  employeePension: string;
  spells: Spell[];
  /** Cells an injection overrides, by header (rendered instead of the fact). */
  over: Record<string, string>;
}

export interface NatHousehold {
  h: Household;
  members: NatPerson[];
  monitored: boolean;
  eliminated: boolean;
  open: boolean;
  method: string;
  risks: string[];
  disasterSubtype: string;
  otherNote: string;
  housingProblem: string;
  waterProblem: string;
  dropout: string;
  uninsuredMember: string;
  measures: Partial<Record<MeasureColumn, string>>;
  devStatus: string;
  collector: string;
  collectorPhone: string;
  /** Land (亩), house (平方米), road (公里) as exported text. */
  land: Record<string, string>;
  /** 合规自付支出 in 分. */
  selfPaid: number;
}

export interface NatFacts {
  persons: NatPerson[];
  households: NatHousehold[];
  spells: Spell[];
  county: string;
  asOf: YMD;
}

export const monthIndex = (d: YMD): number => d.y * 12 + d.m - 1;
export const fromMonth = (i: number): YMD => ({ y: Math.floor(i / 12), m: (i % 12) + 1, d: 1 });

// ---- derived facts (rules-v2 §0.4) ----
export const isStudent = (np: NatPerson): boolean =>
  np.school !== '' && np.school !== '学龄前儿童' && np.school !== '非在校生';
export const isVocational = (np: NatPerson): boolean => VOCATIONAL.some((v) => np.school.startsWith(v));
export const isSick = (np: NatPerson): boolean => /患有大病|长期慢性病/.test(np.p.health);
export const isDisabled = (np: NatPerson): boolean => np.p.health.includes('残疾');
export const isSevere = (np: NatPerson): boolean => (np.disability?.grade ?? 9) <= 2;
export const hasSpell = (np: NatPerson): boolean => np.spells.length > 0;
export const wholeNoLabour = (nh: NatHousehold): boolean => nh.members.every((m) => NONE.includes(m.labour));
export const anyLabour = (nh: NatHousehold): boolean => nh.members.some((m) => !NONE.includes(m.labour));
export const fullShare = (nh: NatHousehold): number =>
  nh.members.filter((m) => FULL.includes(m.labour)).length / nh.members.length;
export const dibao = (nh: NatHousehold): boolean => nh.h.transfer.minimumLiving > 0;
export const tekun = (nh: NatHousehold): boolean => nh.h.transfer.extremePovertySupport > 0;
export const hasMeasure = (nh: NatHousehold): boolean => MEASURE_COLUMNS.some((c) => !!nh.measures[c]);
export const hasD = (nh: NatHousehold): boolean => DEVELOPMENTAL.some((c) => !!nh.measures[c]);
/** 整户无劳动能力兜底保障户: whole household without labour and a 低保 or 特困 member. */
export const noLabourSupport = (nh: NatHousehold): boolean => wholeNoLabour(nh) && (dibao(nh) || tekun(nh));

const pad2 = (n: number): string => String(n).padStart(2, '0');
const amount = (lo: number, hi: number, rng: Rng): string => `${rng.int(lo * 10, hi * 10) / 10}`;

/** 18 characters with the 17th digit's parity flipped (the other sex), valid check character, unused. */
export function otherSexId(id: string, used: Set<string>): string {
  const base = id.slice(0, 14);
  const seq = Number(id.slice(14, 17));
  for (let k = 1; k < 999; k += 2) {
    for (const s of [seq + k, seq - k]) {
      if (s < 0 || s > 999) continue;
      const first17 = base + String(s).padStart(3, '0');
      const out = first17 + checkChar(first17);
      if (!used.has(out)) return out;
    }
  }
  throw new Error('no free ID of the other sex');
}

/** Income rolls until the household fits the v2 bounds (monitored ≤ 19 000 per head, wage ≤ 300 000). */
function fitIncome(nh: NatHousehold, rng: Rng): void {
  const h = nh.h;
  for (let i = 0; i < 300; i++) {
    // A 特困 person holding a post would be "特困 and working": the support is paid as another transfer.
    if (tekun(nh) && nh.members.some((m) => m.p.publicJob)) {
      h.transfer.otherTransfer += h.transfer.extremePovertySupport;
      h.transfer.extremePovertySupport = 0;
    }
    // A household without labour is covered by 低保 or 特困 (support.no-labour-without-dibao).
    if (wholeNoLabour(nh) && !dibao(nh) && !tekun(nh)) h.transfer.minimumLiving = rng.int(1500, 6000) * 100;
    const ok =
      (!nh.monitored || perCapita(h) <= 1_900_000) && h.wage <= 29_000_000 && perCapita(h) <= 9_500_000;
    if (ok) return;
    assignIncome(h, rng);
  }
  throw new Error(`no v2 income for household ${h.id}`);
}

function spellsFor(np: NatPerson, f: NatFacts, rng: Rng): void {
  const p = np.p;
  const year = f.asOf.y;
  const sixteen = { y: p.birth.y + 16, m: p.birth.m, d: p.birth.d };
  const adultFrom = monthIndex(sixteen) + 1;
  const push = (s: Omit<Spell, 'np'>) => {
    if (monthIndex(s.start) < adultFrom || monthIndex(s.start) > monthIndex(f.asOf)) return;
    const spell = { np, ...s };
    np.spells.push(spell);
    f.spells.push(spell);
  };
  if (p.publicJob) {
    push({ start: { y: year, m: 1, d: 1 }, county: f.county, channel: '公益性岗位' });
  } else if (p.workMonths > 0) {
    const n = rng.chance(0.3) ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const start = { y: year - (n - i) + 1, m: rng.int(1, 6), d: 1 };
      push({
        start,
        end: i < n - 1 ? { y: start.y, m: start.m + rng.int(1, 5), d: 1 } : undefined,
        county: rng.chance(0.5)
          ? f.county
          : rng.pick(['浙江省宁波市鄞州区', '广东省东莞市', '江苏省苏州市吴中区']),
        channel: '外出务工',
      });
    }
  }
  const last = np.spells[np.spells.length - 1];
  np.workPlace = last ? last.county : '';
}

function chooseRisks(nh: NatHousehold, rng: Rng): string[] {
  const m = nh.members;
  const cands: Array<[string, number]> = [];
  if (m.some(isSick)) cands.push(['因病', 3]);
  if (m.some(isDisabled)) cands.push(['因残', 3]);
  if (m.some(isStudent)) cands.push(['因学', 2]);
  if (fullShare(nh) <= 0.5) cands.push(['缺劳动力', 2]);
  if (m.some(hasSpell) && !wholeNoLabour(nh)) cands.push(['因务工就业不稳', 2]);
  cands.push(['因自然灾害', 1], ['其他', 1], ['因安全住房', 1], ['因安全饮水', 1]);
  const out = [rng.weighted(cands)];
  if (rng.chance(0.3)) {
    const rest = cands.filter(([r]) => r !== out[0]);
    out.push(rng.weighted(rest));
  }
  return out;
}

function add(nh: NatHousehold, col: MeasureColumn, item: string): void {
  const cur = nh.measures[col];
  if (!cur) nh.measures[col] = item;
  else if (!cur.split(',').includes(item)) nh.measures[col] = `${cur},${item}`;
}

/** The measures that answer the household's risks, statuses and students (rules-v2 §4, §11–§13). */
function buildMeasures(nh: NatHousehold, rng: Rng): void {
  const h = nh.h;
  const m = nh.members;
  if (nh.monitored) {
    for (const r of nh.risks) {
      if (r === '因病')
        add(nh, '健康帮扶', rng.pick(['家庭医生签约服务', '城乡居民基本医疗保险个人缴费补贴']));
      if (r === '因残') {
        add(nh, '社会帮扶', '结对帮扶');
        // Eliminated: 残疾人补贴 needs a 转移性收入 to show in (income.measure-without-income).
        if (!nh.eliminated || transferSum(h) > 0) add(nh, '综合保障', '残疾人补贴');
      }
      if (r === '因学') add(nh, '教育帮扶', m.some(isVocational) ? '雨露计划' : '教育资助');
      if (r === '因安全住房') add(nh, '住房安全保障', '危房改造');
      if (r === '因安全饮水') add(nh, '饮水安全保障', '饮水安全巩固提升');
      if (r === '因自然灾害') add(nh, '生产生活条件改善', '灾后恢复生产');
      if (r === '其他' || r === '缺劳动力') add(nh, '社会帮扶', '结对帮扶');
    }
    if (nh.dropout === '是') add(nh, '义务教育保障', '控辍保学');
    if (m.some(isVocational)) add(nh, '教育帮扶', '雨露计划');
  } else if (m.some(isVocational) && rng.chance(0.5)) add(nh, '教育帮扶', '雨露计划');
  if (dibao(nh) && (nh.monitored || rng.chance(0.6))) add(nh, '综合保障', '低保');
  if (tekun(nh) && (nh.monitored || rng.chance(0.6))) add(nh, '综合保障', '特困供养');
  if (!nh.monitored && m.some(isSick) && rng.chance(0.4)) add(nh, '健康帮扶', '家庭医生签约服务');
  // 开发式帮扶 for every household with labour under monitoring (measure.developmental-missing), never weak.
  const wantD = anyLabour(nh) && (nh.open || (nh.monitored ? rng.chance(0.7) : rng.chance(0.4)));
  if (wantD) {
    const holder = m.find((x) => x.post !== '');
    if (holder) add(nh, '公益岗位帮扶', holder.post);
    else if (h.business > 0) add(nh, '产业帮扶', '产业奖补');
    else add(nh, '金融帮扶', '小额信贷');
  }
  if (nh.monitored && !hasMeasure(nh)) add(nh, '社会帮扶', '结对帮扶');
  nh.devStatus = hasD(nh) ? '是' : nh.open ? rng.pick(['', '尚未实施']) : '';
}

/** Facts of every person and household; mutates the model's incomes and monitoring dates where v2 needs it. */
export function buildFacts(model: Model, asOf: YMD, rng: Rng): NatFacts {
  const f: NatFacts = { persons: [], households: [], spells: [], county: model.county[1], asOf };
  const asOfM = monthIndex(asOf);
  const phones = new Set<string>();
  for (const h of model.households) for (const p of h.persons) phones.add(p.phone);
  const newPhone = (): string => {
    for (;;) {
      const x = mobile(rng);
      if (!phones.has(x)) {
        phones.add(x);
        return x;
      }
    }
  };
  for (const h of model.households) {
    const monitored = h.category !== '';
    const nh: NatHousehold = {
      h,
      members: [],
      monitored,
      eliminated: false,
      open: false,
      method: '',
      risks: [],
      disasterSubtype: '',
      otherNote: '',
      housingProblem: '',
      waterProblem: '',
      dropout: '',
      uninsuredMember: '',
      measures: {},
      devStatus: '',
      collector: '',
      collectorPhone: '',
      land: {},
      selfPaid: 0,
    };
    f.households.push(nh);
    h.persons.forEach((p, i) => {
      const disabled = p.health.includes('残疾');
      const disability = disabled ? { category: rng.int(1, 7), grade: rng.int(1, 4) } : undefined;
      const np: NatPerson = {
        p,
        nh,
        index: f.persons.length,
        personId: `${h.id}${pad2(i + 1)}`,
        labour: p.labor,
        education: p.education,
        school: p.school,
        idType: disabled ? '残疾人证' : '居民身份证',
        idText: disabled
          ? `${p.id}${disability!.category}${disability!.grade}${rng.chance(0.3) ? pad2(rng.int(1, 99)) : ''}`
          : p.id,
        disability,
        post: p.publicJob ? rng.pick(['护林员', '保洁员', '护路员', '水管员']) : '',
        postMonths: p.publicJob ? String(rng.int(6, 12)) : '',
        phone: p.phone,
        workPlace: '',
        residentPension: '',
        employeePension: '否',
        spells: [],
        over: {},
      };
      nh.members.push(np);
      f.persons.push(np);
      spellsFor(np, f, rng);
      // Students are 无劳动力 (labor.student-labour); a post holder has some labour (employment.public-job-no-labour).
      if (isStudent(np)) np.labour = '无劳动力';
      else if (np.post !== '' && NONE.includes(np.labour)) np.labour = WEAK;
      // Graduates and skilled workers without a spell would be employment.educated-not-working prompts.
      if (!hasSpell(np) && p.age >= 16 && p.age < 60 && !isStudent(np)) {
        if (np.labour === '技能劳动力') np.labour = '普通劳动力';
        if (np.education === '大专' || np.education === '本科及以上') np.education = '高中';
      }
      np.residentPension = p.age >= 16 && !isStudent(np) ? '是' : '否';
      // A worker has a phone of their own (phone.shared-different-county).
      if (hasSpell(np) && np.p.relation !== '户主' && np.phone === h.phone) np.phone = newPhone();
    });
    // Households of old, sick or young members with no work: often recorded 无/丧失劳动力 throughout (the
    // households the no-labour rules are about).
    const frail = (np: NatPerson) =>
      np.p.age >= 60 || np.p.age < 16 || isStudent(np) || np.p.health !== '健康';
    if (
      nh.members.every((m) => frail(m) && !hasSpell(m) && m.post === '') &&
      rng.chance(monitored ? 0.8 : 0.4)
    )
      for (const m of nh.members) m.labour = m.p.age < 16 || isStudent(m) ? '无劳动力' : '丧失劳动力';
    // Status and dates: 风险消除 needs labour (monitor.eliminated-no-labour) and six months (eliminated-too-soon).
    if (monitored && h.riskEliminated && wholeNoLabour(nh)) {
      h.riskEliminated = false;
      h.eliminatedDate = undefined;
    }
    nh.eliminated = monitored && h.riskEliminated === true;
    nh.open = monitored && !nh.eliminated;
    if (nh.eliminated) {
      let start = monthIndex(h.monitorStart!);
      if (start > asOfM - 7) start = asOfM - rng.int(7, 30);
      h.monitorStart = fromMonth(start);
      h.eliminatedDate = fromMonth(rng.int(start + 6, asOfM));
      nh.method = rng.chance(0.9) ? '帮扶消除' : '自然消除';
    }
    fitIncome(nh, rng);
  }
  for (const nh of f.households) {
    const h = nh.h;
    if (nh.monitored) {
      nh.risks = chooseRisks(nh, rng);
      if (nh.risks.includes('因自然灾害')) nh.disasterSubtype = rng.pick(['洪涝', '地质', '旱灾', '气象']);
      if (nh.risks.includes('其他')) nh.otherNote = rng.pick(['家庭成员意外伤害', '突发变故支出较大']);
      nh.housingProblem = nh.risks.includes('因安全住房') ? '是' : '否';
      nh.waterProblem = nh.risks.includes('因安全饮水') ? '是' : '否';
      // A dropout at identification (now back in school): a member of compulsory age in that month.
      const idMonth = h.monitorStart!;
      const atId = (np: NatPerson) => ageAt(np.p.birth, idMonth);
      const child = nh.members.some((x) => isStudent(x) && atId(x) >= 7 && atId(x) <= 13);
      nh.dropout = nh.risks.includes('因学') && child && rng.chance(0.5) ? '是' : '否';
      nh.uninsuredMember = '否';
      nh.collector = rng.pick(['李明', '王芳', '张伟', '刘洋']) + rng.pick(['', '华', '军']);
      nh.collectorPhone = mobile(rng);
    }
    nh.selfPaid = nh.members.some(isSick) ? rng.int(500, 8000) * 100 : 0;
    const eco = h.transfer.ecoCompensation > 0;
    const forest = eco ? rng.int(20, 300) / 10 : rng.chance(0.5) ? rng.int(0, 200) / 10 : 0;
    nh.land = {
      耕地面积: amount(0, 8, rng),
      林地面积: String(forest),
      林果面积: amount(0, 5, rng),
      退耕还林面积: String(Math.floor(forest * rng.next() * 10) / 10),
      牧草地面积: '0',
      水面面积: '0',
      住房面积: String(rng.int(60, 180)),
      与村主干路距离: amount(0, 3, rng),
    };
    buildMeasures(nh, rng);
  }
  return f;
}

/** The 风险消除后 income block of an eliminated household (元 text), equal to the current incomes. */
export function postIncome(nh: NatHousehold): Record<string, number> {
  const h = nh.h;
  return {
    风险消除后工资性收入: h.wage,
    风险消除后生产经营性收入: h.business,
    风险消除后财产性收入: h.property,
    风险消除后转移性收入: transferSum(h),
    风险消除后生产经营性支出: h.expense,
    风险消除后家庭纯收入: netIncome(h),
    风险消除后家庭人均纯收入: perCapita(h),
    风险消除后理赔收入: 0,
    风险消除后合规自付支出: nh.selfPaid,
  };
}
