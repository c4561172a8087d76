// Injected errors of the v2 rules (rules-v2.md §1–§15, §17, §18) into a national export. Each injection changes
// one household (or one person of it) in the facts before rendering, and records where the engine must report it
// plus the secondary findings the change makes inevitable. Candidates are chosen so that secondaries are as few as
// possible (a 脱贫户 not monitored for person-level errors; an eliminated household for the "any state" measure
// rules …); those that remain are predicted from the facts and recorded. The §16 work rules and the §19/§20 village
// and fund rules are injected by nationalWork.ts and nationalVillage.ts. Test-only code.
import { ageAt, perCapita, type Household } from './model';
import type { Rng } from './prng';
import {
  DEVELOPMENTAL,
  FULL,
  MEASURE_COLUMNS,
  NONE,
  RISK_MEASURES,
  anyLabour,
  dibao,
  fromMonth,
  fullShare,
  hasD,
  hasMeasure,
  hasSpell,
  isDisabled,
  isSevere,
  isSick,
  isStudent,
  isVocational,
  monthIndex,
  otherSexId,
  tekun,
  wholeNoLabour,
  type MeasureColumn,
  type NatFacts,
  type NatHousehold,
  type NatPerson,
} from './nationalFacts';

/** Where a finding is expected: a person-sheet cell, the person sheet's header row, or any cell of a row. */
export interface V2Expect {
  rule: string;
  np?: NatPerson;
  header: string;
  /** A secondary finding the injection makes inevitable. */
  secondary?: boolean;
  /** Allowed but not required. */
  optional?: boolean;
}

export interface V2Step {
  rule: string;
  households: Household[];
  expect: V2Expect[];
}

/** Rules this module can inject (each at most as often as candidates allow). */
export const V2_INJECTIONS: readonly string[] = [
  'sheet.column-all-empty',
  'id.disability-cert-missing',
  'id.disability-cert-type-mismatch',
  'household.spouse-same-sex',
  'edu.grade-age-band',
  'edu.attainment-age',
  'edu.absence-reason-health',
  'edu.yulu-not-vocational',
  'edu.yulu-missing',
  'labor.elderly-full-labour',
  'labor.able-bodied-no-labour',
  'labor.student-labour',
  'labor.minor-labour-skill',
  'labor.severe-disability-labour',
  'employment.public-job-months',
  'employment.public-job-no-labour',
  'employment.measure-no-labour',
  'employment.public-job-elderly',
  'employment.public-job-multiple',
  'employment.measure-no-worker',
  'employment.educated-not-working',
  'medical.serious-illness-missing',
  'pension.missing',
  'pension.double-insured',
  'monitor.should-monitor',
  'monitor.eliminated-unresolved',
  'edu.dropout-flag-mismatch',
  'living.no-electricity',
  'living.no-sanitary-toilet',
  'income.measure-without-income',
  'income.identified-over-income',
  'income.component-implausible',
  'income.illness-no-expense',
  'income.support-income-status-mismatch',
  'income.eco-no-land',
  'risk.type-missing',
  'risk.other-without-note',
  'risk.disaster-without-subtype',
  'risk.disability-no-disabled-member',
  'risk.illness-no-sick-member',
  'risk.labour-shortage-with-labour',
  'risk.employment-no-labour',
  'risk.employment-no-work-record',
  'risk.education-no-student',
  'risk.flag-without-risk-type',
  'measure.risk-unmatched',
  'measure.problem-unmatched',
  'measure.developmental-missing',
  'measure.developmental-status-mismatch',
  'measure.developmental-weak',
  'measure.support-without-status',
  'measure.status-not-in-measures',
  'measure.disability-subsidy-missing',
  'support.no-labour-flag-mismatch',
  'support.no-labour-without-dibao',
  'support.extreme-poverty-able-bodied',
  'support.extreme-poverty-working',
  'monitor.measures-overdue',
  'monitor.eliminated-without-measures',
  'monitor.eliminated-too-soon',
  'monitor.eliminated-below-line',
  'monitor.eliminated-no-labour',
  'monitor.elimination-record-incomplete',
  'monitor.open-with-elimination-data',
  'monitor.date-future',
  'field.status-required',
  'field.status-expected',
  'phone.worker-not-mobile',
  'phone.shared-across-households',
  'phone.shared-different-county',
  'living.area-negative',
  'living.area-implausible',
  'living.retired-forest-exceeds',
  'living.road-distance',
];

/** Rules an injection's finding depends on besides its own (inject only when these are implemented too). */
export const V2_REQUIRES: Readonly<Record<string, readonly string[]>> = {
  // The columns emptied are 应填 columns: the finding comes with the completeness rule that needs them.
  'sheet.column-all-empty': ['field.status-expected'],
};

const WEAK = '弱劳动力或半劳动力';
const DROPOUT = '是否义务教育阶段适龄儿童少年失学辍学';
const UNINSURED = '是否有家庭成员未参加城乡居民（职工）基本医疗保险';
const HOUSING = '是否住房出现安全问题';
const WATER = '是否饮水出现安全问题';
const STATUS = '实施开发式帮扶措施情况';
const ALL_EMPTY_COLUMNS = ['水面面积', '林果面积（亩）', '入户道路是否硬化'];

const riskHeader = (nh: NatHousehold, risk: string): string => `致贫/返贫风险${nh.risks.indexOf(risk) + 1}`;
const filled = (nh: NatHousehold, cols: MeasureColumn[]): boolean => cols.some((c) => !!nh.measures[c]);
const hasItem = (nh: NatHousehold, col: MeasureColumn, item: string): boolean =>
  (nh.measures[col] ?? '').split(',').some((x) => x.includes(item));
const removeItem = (nh: NatHousehold, col: MeasureColumn, item: string): void => {
  const rest = (nh.measures[col] ?? '').split(',').filter((x) => x !== '' && !x.includes(item));
  if (rest.length > 0) nh.measures[col] = rest.join(',');
  else delete nh.measures[col];
};
const plain = (nh: NatHousehold): boolean => !nh.monitored;
const setH = (nh: NatHousehold, header: string, v: string): void => {
  for (const m of nh.members) m.over[header] = v;
};
const head = (nh: NatHousehold): NatPerson =>
  nh.members.find((m) => m.p.relation === '户主') ?? nh.members[0];

/** Findings that follow when a monitored household loses its measures (predicted from the facts). */
function measureLossSecondaries(nh: NatHousehold): V2Expect[] {
  const out: V2Expect[] = [];
  const at = (rule: string, header: string) => out.push({ rule, np: nh.members[0], header, secondary: true });
  for (const r of nh.risks)
    if (RISK_MEASURES[r] && !filled(nh, RISK_MEASURES[r])) at('measure.risk-unmatched', riskHeader(nh, r));
  if (nh.dropout === '是' && !filled(nh, ['义务教育保障'])) at('measure.problem-unmatched', DROPOUT);
  if (nh.housingProblem === '是' && !filled(nh, ['住房安全保障', '搬迁']))
    at('measure.problem-unmatched', HOUSING);
  if (nh.waterProblem === '是' && !filled(nh, ['饮水安全保障'])) at('measure.problem-unmatched', WATER);
  if (nh.members.some(isVocational) && !hasItem(nh, '教育帮扶', '雨露计划'))
    at('edu.yulu-missing', '教育帮扶');
  if (nh.open) {
    if (anyLabour(nh) && !hasD(nh)) at('measure.developmental-missing', STATUS);
    if (
      (dibao(nh) && !hasItem(nh, '综合保障', '低保')) ||
      (tekun(nh) && !hasItem(nh, '综合保障', '特困供养'))
    )
      at('measure.status-not-in-measures', '综合保障');
    if (nh.risks.includes('因残') && nh.members.some(isSevere) && !hasItem(nh, '综合保障', '残疾人补贴'))
      at('measure.disability-subsidy-missing', '综合保障');
    if (!hasMeasure(nh)) at('monitor.measures-overdue', '识别监测时间');
  }
  return out;
}

/** What `fn` would leave as secondaries, without changing the household. */
function trial(nh: NatHousehold, fn: (x: NatHousehold) => void): number {
  const copy: NatHousehold = { ...nh, measures: { ...nh.measures }, risks: [...nh.risks] };
  fn(copy);
  return measureLossSecondaries(copy).length;
}

interface Ctx {
  f: NatFacts;
  rng: Rng;
  used: Set<Household>;
  ids: Set<string>;
}

function pickH(c: Ctx, ok: (nh: NatHousehold) => boolean, cost?: (nh: NatHousehold) => number): NatHousehold {
  const all = c.f.households.filter((nh) => !c.used.has(nh.h) && ok(nh));
  if (all.length === 0) throw new Error('no candidate household');
  let best = all;
  if (cost) {
    const costs = all.map(cost);
    const min = Math.min(...costs);
    best = all.filter((_, i) => costs[i] === min);
  }
  const nh = c.rng.pick(best);
  c.used.add(nh.h);
  return nh;
}

function pickP(c: Ctx, ok: (np: NatPerson) => boolean): NatPerson {
  const all = c.f.persons.filter((np) => !c.used.has(np.nh.h) && ok(np));
  if (all.length === 0) throw new Error('no candidate person');
  const np = c.rng.pick(all);
  c.used.add(np.nh.h);
  return np;
}

const primary = (rule: string, np: NatPerson, header: string): V2Expect => ({ rule, np, header });
const first = (nh: NatHousehold): NatPerson => nh.members[0];
const pp = (np: NatPerson): boolean => plain(np.nh);

/** One injection of `rule` (occurrence k chooses a variant); mutates the facts, returns the expectations. */
function injectOne(c: Ctx, rule: string, k: number): V2Expect[] {
  const P = (ok: (np: NatPerson) => boolean) => pickP(c, ok);
  const H = (ok: (nh: NatHousehold) => boolean, cost?: (nh: NatHousehold) => number) => pickH(c, ok, cost);
  const asOfM = monthIndex(c.f.asOf);
  switch (rule) {
    case 'sheet.column-all-empty': {
      const header = ALL_EMPTY_COLUMNS[k % ALL_EMPTY_COLUMNS.length];
      for (const np of c.f.persons) np.over[header] = '';
      return [{ rule, header }];
    }
    case 'id.disability-cert-missing':
    case 'id.disability-cert-type-mismatch': {
      const np = P((x) => pp(x) && isDisabled(x) && !hasSpell(x) && x.disability !== undefined);
      np.idType = '居民身份证';
      if (rule === 'id.disability-cert-missing') {
        np.idText = np.p.id;
        np.disability = undefined;
      }
      return [primary(rule, np, '证件类型')];
    }
    case 'household.spouse-same-sex': {
      const nh = H((x) => {
        const sp = x.members.filter((m) => m.p.relation === '配偶');
        const heads = x.members.filter((m) => m.p.relation === '户主');
        return plain(x) && heads.length === 1 && sp.length === 1 && !hasSpell(sp[0]) && !isDisabled(sp[0]);
      });
      const spouse = nh.members.find((m) => m.p.relation === '配偶')!;
      spouse.idText = otherSexId(spouse.p.id, c.ids);
      c.ids.add(spouse.idText);
      spouse.over['性别'] = head(nh).p.gender === '男' ? '1' : '2';
      // person.relation-gender leaves a same-sex 户主/配偶 pair to this rule.
      return [primary(rule, spouse, '与户主关系')];
    }
    case 'edu.grade-age-band': {
      const np = P((x) => pp(x) && x.school === '小学' && x.p.age >= 8 && x.p.age <= 10);
      np.school = '七年级';
      return [primary(rule, np, '在校生状况')];
    }
    case 'edu.attainment-age': {
      const np = P(
        (x) =>
          pp(x) && !isStudent(x) && x.p.age >= 16 && x.p.age <= 19 && ['初中', '高中'].includes(x.education),
      );
      np.education = '小学';
      return [primary(rule, np, '文化程度')];
    }
    case 'edu.absence-reason-health': {
      const np = P((x) => pp(x) && x.p.health === '健康' && !isStudent(x) && x.p.age >= 16 && x.p.age < 60);
      np.over['义务教育阶段未上学原因'] = '因病';
      return [primary(rule, np, '义务教育阶段未上学原因')];
    }
    case 'edu.yulu-not-vocational': {
      const nh = H((x) => plain(x) && !x.members.some(isVocational) && !x.measures['教育帮扶']);
      nh.measures['教育帮扶'] = '雨露计划';
      return [primary(rule, first(nh), '教育帮扶')];
    }
    case 'edu.yulu-missing': {
      const nh = H((x) => x.monitored && x.members.some(isVocational));
      nh.measures['教育帮扶'] = '教育资助';
      return [primary(rule, first(nh), '教育帮扶')];
    }
    case 'labor.elderly-full-labour': {
      const np = P((x) => pp(x) && x.p.age >= 60 && x.labour === WEAK && !isDisabled(x));
      np.labour = '普通劳动力';
      return [primary(rule, np, '劳动技能')];
    }
    case 'labor.able-bodied-no-labour': {
      const np = P(
        (x) =>
          pp(x) &&
          x.p.age >= 16 &&
          x.p.age < 60 &&
          x.p.health === '健康' &&
          !isStudent(x) &&
          !hasSpell(x) &&
          x.post === '' &&
          FULL.includes(x.labour),
      );
      np.labour = WEAK;
      return [primary(rule, np, '劳动技能')];
    }
    case 'labor.student-labour': {
      const np = P((x) => pp(x) && isStudent(x) && x.p.age >= 16 && !isDisabled(x));
      np.labour = '普通劳动力';
      return [primary(rule, np, '劳动技能')];
    }
    case 'labor.minor-labour-skill': {
      const np = P((x) => pp(x) && x.p.age >= 1 && x.p.age < 16);
      np.labour = WEAK;
      return [primary(rule, np, '劳动技能')];
    }
    case 'labor.severe-disability-labour': {
      const np = P(
        (x) => pp(x) && isDisabled(x) && x.p.age >= 18 && x.p.age < 60 && !isStudent(x) && x.post === '',
      );
      np.idType = '残疾人证';
      np.idText = `${np.p.id}41`;
      np.disability = { category: 4, grade: 1 };
      np.labour = '普通劳动力';
      return [primary(rule, np, '劳动技能')];
    }
    case 'employment.public-job-months': {
      if (k % 3 === 1) {
        const np = P(
          (x) =>
            pp(x) &&
            x.post === '' &&
            x.p.age >= 18 &&
            x.p.age < 60 &&
            !isStudent(x) &&
            !NONE.includes(x.labour) &&
            x.nh.h.wage > 0,
        );
        np.postMonths = '6';
        return [primary(rule, np, '公益性岗位')];
      }
      const np = P((x) => pp(x) && x.post !== '');
      np.postMonths = k % 3 === 0 ? '' : '15';
      return [primary(rule, np, '公益性岗位(月数)')];
    }
    case 'employment.public-job-no-labour': {
      // The post holder keeps no work spell (a spell would add work.no-labour-working); another member works.
      const np = P(
        (x) =>
          pp(x) &&
          x.post !== '' &&
          (x.p.age >= 60 || x.p.health !== '健康') &&
          x.nh.members.some((m) => m !== x && hasSpell(m) && !NONE.includes(m.labour)),
      );
      np.labour = '丧失劳动力';
      c.f.spells = c.f.spells.filter((s) => s.np !== np);
      np.spells = [];
      np.workPlace = '';
      return [primary(rule, np, '劳动技能')];
    }
    case 'employment.measure-no-labour': {
      const nh = H((x) => x.open && wholeNoLabour(x));
      nh.measures['公益岗位帮扶'] = '护林员';
      nh.devStatus = '是';
      return [
        primary(rule, first(nh), '公益岗位帮扶'),
        { rule: 'employment.measure-no-worker', np: first(nh), header: '公益岗位帮扶', secondary: true },
      ];
    }
    case 'employment.public-job-elderly': {
      const np = P(
        (x) => pp(x) && x.p.age >= 70 && x.labour === WEAK && x.nh.h.wage > 0 && x.nh.members.some(hasSpell),
      );
      np.post = '保洁员';
      np.postMonths = '12';
      return [primary(rule, np, '公益性岗位')];
    }
    case 'employment.public-job-multiple': {
      const np = P((x) => pp(x) && x.post !== '');
      np.post = '护林员,保洁员,护路员';
      return [primary(rule, np, '公益性岗位')];
    }
    case 'employment.measure-no-worker': {
      const nh = H(
        (x) =>
          plain(x) &&
          anyLabour(x) &&
          !x.members.some((m) => hasSpell(m) || m.post !== '') &&
          !x.measures['就业帮扶'] &&
          !x.measures['公益岗位帮扶'],
      );
      nh.measures['就业帮扶'] = '其他';
      return [primary(rule, first(nh), '就业帮扶')];
    }
    case 'employment.educated-not-working': {
      const np = P(
        (x) =>
          pp(x) &&
          x.p.age >= 20 &&
          x.p.age < 60 &&
          !isStudent(x) &&
          !hasSpell(x) &&
          x.post === '' &&
          ['初中', '高中'].includes(x.education),
      );
      np.education = '大专';
      return [primary(rule, np, '文化程度')];
    }
    case 'medical.serious-illness-missing': {
      const np = P((x) => pp(x) && x.p.residentMedical);
      np.over['是否参加大病保险'] = '否';
      return [primary(rule, np, '是否参加大病保险')];
    }
    case 'pension.missing': {
      if (k % 2 === 0) {
        const np = P((x) => pp(x) && x.p.age >= 16 && x.p.age < 60 && !isStudent(x));
        np.residentPension = '';
        np.employeePension = '';
        return [primary(rule, np, '是否参加城乡居民基本养老保险')];
      }
      const np = P((x) => pp(x) && x.p.age >= 60);
      np.residentPension = '否';
      return [primary(rule, np, '是否参加城乡居民基本养老保险')];
    }
    case 'pension.double-insured': {
      const np = P((x) => pp(x) && x.p.age >= 16 && !isStudent(x) && x.residentPension === '是');
      np.employeePension = '是';
      return [primary(rule, np, '是否参加城乡居民基本养老保险')];
    }
    case 'monitor.should-monitor': {
      const nh = H(plain);
      if (k % 2 === 0) {
        nh.h.unsafeHousing = true;
        return [
          primary(rule, first(nh), '监测对象类别'),
          { rule: 'housing.unsafe', np: first(nh), header: '是否危房户', secondary: true },
        ];
      }
      nh.h.safeWater = false;
      return [
        primary(rule, first(nh), '监测对象类别'),
        { rule: 'water.unsafe', np: first(nh), header: '是否解决安全饮用水', secondary: true },
      ];
    }
    case 'monitor.eliminated-unresolved': {
      const nh = H((x) => x.eliminated);
      setH(nh, '风险消除后是否住房损毁', '是');
      return [primary(rule, first(nh), '风险是否已消除')];
    }
    case 'edu.dropout-flag-mismatch': {
      const idMonth = (nh: NatHousehold) => ({ ...nh.h.monitorStart!, d: 1 });
      const noChild = (nh: NatHousehold) =>
        !nh.members.some((m) => {
          const a = ageAt(m.p.birth, idMonth(nh));
          return a >= 6 && a < 15;
        });
      const secondaries = (nh: NatHousehold) =>
        (nh.risks.includes('因学') ? 0 : 1) + (filled(nh, ['义务教育保障']) ? 0 : 1);
      const nh = H((x) => x.open && x.dropout === '否' && noChild(x), secondaries);
      nh.dropout = '是';
      const out = [primary(rule, first(nh), DROPOUT)];
      if (!nh.risks.includes('因学'))
        out.push({ rule: 'risk.flag-without-risk-type', np: first(nh), header: DROPOUT, secondary: true });
      if (!filled(nh, ['义务教育保障']))
        out.push({ rule: 'measure.problem-unmatched', np: first(nh), header: DROPOUT, secondary: true });
      return out;
    }
    case 'living.no-electricity':
    case 'living.no-sanitary-toilet': {
      const nh = H(plain);
      const header = rule === 'living.no-electricity' ? '是否通生活用电' : '是否有卫生厕所';
      setH(nh, header, '否');
      return [primary(rule, first(nh), header)];
    }
    case 'income.measure-without-income': {
      const byWage = (x: NatHousehold) =>
        !!x.measures['公益岗位帮扶'] || (!!x.measures['就业帮扶'] && x.measures['就业帮扶'] !== '技能培训');
      const nh = H((x) => x.eliminated && (!!x.measures['产业帮扶'] || byWage(x)));
      const header = nh.measures['产业帮扶'] ? '风险消除后生产经营性收入' : '风险消除后工资性收入';
      setH(nh, header, '0.00');
      return [primary(rule, first(nh), header)];
    }
    case 'income.identified-over-income': {
      const nh = H(
        (x) => x.open && x.h.category !== '突发严重困难户' && x.h.wage > 0 && x.members.length <= 5,
      );
      const h = nh.h;
      h.wage += 2_100_000 * h.sizeStored - perCapita(h) * h.sizeStored + 100;
      return [primary(rule, first(nh), '人均纯收入（元）')];
    }
    case 'income.component-implausible': {
      const nh = H((x) => plain(x) && x.h.wage > 10_000 && x.h.business > 0);
      nh.h.business += nh.h.wage - 5000;
      nh.h.wage = 5000;
      return [primary(rule, first(nh), '工资性收入')];
    }
    case 'income.illness-no-expense': {
      const nh = H((x) => x.open && x.risks.includes('因病'));
      nh.selfPaid = 0;
      return [primary(rule, first(nh), '合规自付支出')];
    }
    case 'income.support-income-status-mismatch': {
      const nh = H((x) => plain(x) && dibao(x) && !wholeNoLabour(x));
      if (k % 2 === 0) setH(nh, '最低生活保障金', '0.00');
      else setH(nh, '享受低保政策情况', '未享受');
      return [primary(rule, first(nh), '最低生活保障金')];
    }
    case 'income.eco-no-land': {
      const nh = H((x) => plain(x) && x.h.transfer.ecoCompensation > 0);
      nh.land['林地面积'] = '0';
      nh.land['退耕还林面积'] = '0';
      nh.land['牧草地面积'] = '0';
      return [primary(rule, first(nh), '生态补偿金')];
    }
    case 'risk.type-missing': {
      const nh = H(
        (x) =>
          x.monitored &&
          x.risks.length === 1 &&
          x.housingProblem !== '是' &&
          x.waterProblem !== '是' &&
          x.dropout !== '是',
      );
      nh.risks = [];
      nh.disasterSubtype = '';
      nh.otherNote = '';
      return [primary(rule, first(nh), '致贫/返贫风险1')];
    }
    case 'risk.other-without-note':
    case 'risk.disaster-without-subtype':
    case 'risk.disability-no-disabled-member':
    case 'risk.illness-no-sick-member':
    case 'risk.labour-shortage-with-labour':
    case 'risk.employment-no-labour':
    case 'risk.employment-no-work-record':
    case 'risk.education-no-student':
      return addRisk(c, rule);
    case 'risk.flag-without-risk-type': {
      const housing = k % 2 === 0;
      const [flag, risk, cols]: [string, string, MeasureColumn[]] = housing
        ? [HOUSING, '因安全住房', ['住房安全保障', '搬迁']]
        : [UNINSURED, '因病', ['健康帮扶', '社会帮扶']];
      const nh = H(
        (x) => x.open && !x.risks.includes(risk) && (housing ? x.housingProblem : x.uninsuredMember) === '否',
        (x) => (filled(x, cols) ? 0 : 1),
      );
      if (housing) nh.housingProblem = '是';
      else nh.uninsuredMember = '是';
      const out = [primary(rule, first(nh), flag)];
      if (!filled(nh, cols))
        out.push({ rule: 'measure.problem-unmatched', np: first(nh), header: flag, secondary: true });
      return out;
    }
    case 'measure.risk-unmatched': {
      const nh = H(
        (x) =>
          x.monitored &&
          x.risks.includes('因病') &&
          x.uninsuredMember !== '是' &&
          !x.measures['社会帮扶'] &&
          !!x.measures['健康帮扶'] &&
          MEASURE_COLUMNS.some((col) => col !== '健康帮扶' && !!x.measures[col]),
        (x) => trial(x, (y) => delete y.measures['健康帮扶']),
      );
      delete nh.measures['健康帮扶'];
      const sec = measureLossSecondaries(nh);
      return [primary(rule, first(nh), riskHeader(nh, '因病')), ...sec.filter((e) => e.rule !== rule)];
    }
    case 'measure.problem-unmatched': {
      const nh = H((x) => x.eliminated && x.dropout === '否' && !x.measures['义务教育保障']);
      nh.dropout = '是';
      return [primary(rule, first(nh), DROPOUT)];
    }
    case 'measure.developmental-missing': {
      const clear = (x: NatHousehold) => {
        for (const col of DEVELOPMENTAL) delete x.measures[col];
      };
      const nh = H(
        (x) => x.open && anyLabour(x) && hasD(x),
        (x) => trial(x, clear) - 1,
      );
      clear(nh);
      nh.devStatus = '';
      return [primary(rule, first(nh), STATUS), ...measureLossSecondaries(nh).filter((e) => e.rule !== rule)];
    }
    case 'measure.developmental-status-mismatch': {
      if (k % 2 === 0) {
        const nh = H((x) => x.open && hasD(x));
        nh.devStatus = '尚未实施';
        return [primary(rule, first(nh), STATUS)];
      }
      const nh = H((x) => x.open && !hasD(x) && wholeNoLabour(x));
      nh.devStatus = '是';
      return [primary(rule, first(nh), STATUS)];
    }
    case 'measure.developmental-weak': {
      const nh = H((x) => x.monitored && hasD(x) && !x.measures['公益岗位帮扶'] && x.devStatus === '是');
      if (nh.measures['产业帮扶']) nh.measures['产业帮扶'] = '其他';
      if (nh.measures['金融帮扶']) nh.measures['金融帮扶'] = '其他';
      if (nh.measures['就业帮扶']) nh.measures['就业帮扶'] = '技能培训';
      return [primary(rule, first(nh), STATUS)];
    }
    case 'measure.support-without-status': {
      const nh = H((x) => x.open && !dibao(x) && !hasItem(x, '综合保障', '低保'));
      nh.measures['综合保障'] = nh.measures['综合保障'] ? `${nh.measures['综合保障']},低保` : '低保';
      return [primary(rule, first(nh), '综合保障')];
    }
    case 'measure.status-not-in-measures': {
      const drop = (x: NatHousehold) => removeItem(x, '综合保障', '低保');
      const nh = H(
        (x) => x.open && dibao(x) && hasItem(x, '综合保障', '低保'),
        (x) => trial(x, drop) - 1,
      );
      drop(nh);
      return [
        primary(rule, first(nh), '综合保障'),
        ...measureLossSecondaries(nh).filter((e) => e.rule !== rule),
      ];
    }
    case 'measure.disability-subsidy-missing': {
      const drop = (x: NatHousehold) => removeItem(x, '综合保障', '残疾人补贴');
      const nh = H(
        (x) =>
          x.open &&
          x.risks.includes('因残') &&
          x.members.some(isSevere) &&
          hasItem(x, '综合保障', '残疾人补贴'),
        (x) => trial(x, drop) - 1,
      );
      drop(nh);
      return [
        primary(rule, first(nh), '综合保障'),
        ...measureLossSecondaries(nh).filter((e) => e.rule !== rule),
      ];
    }
    case 'support.no-labour-flag-mismatch': {
      const header = '整户无劳动能力兜底保障户';
      if (k % 2 === 0) {
        const nh = H((x) => x.open && wholeNoLabour(x) && (dibao(x) || tekun(x)));
        setH(nh, header, '否');
        return [primary(rule, first(nh), header)];
      }
      const nh = H((x) => plain(x) && anyLabour(x));
      setH(nh, header, '是');
      return [primary(rule, first(nh), header)];
    }
    case 'support.no-labour-without-dibao': {
      // The 低保 money becomes another transfer: incomes stay, nobody is 低保 any more.
      const nh = H((x) => plain(x) && wholeNoLabour(x) && dibao(x) && !tekun(x));
      nh.h.transfer.otherTransfer += nh.h.transfer.minimumLiving;
      nh.h.transfer.minimumLiving = 0;
      removeItem(nh, '综合保障', '低保');
      return [primary(rule, head(nh), '享受低保政策情况')];
    }
    case 'support.extreme-poverty-able-bodied':
    case 'support.extreme-poverty-working': {
      const working = rule === 'support.extreme-poverty-working';
      const np = P((x) =>
        working
          ? pp(x) && x.post === '' && x.spells.some((s) => s.end === undefined)
          : pp(x) &&
            x.p.age >= 18 &&
            x.p.age < 60 &&
            x.p.health === '健康' &&
            !isStudent(x) &&
            !hasSpell(x) &&
            x.post === '',
      );
      np.over['享受特困供养政策情况'] = '农村特困';
      const out = [
        primary(rule, np, '享受特困供养政策情况'),
        {
          rule: 'income.support-income-status-mismatch',
          np: first(np.nh),
          header: '特困人员救助供养金',
          secondary: true,
        },
      ];
      const ableBodied = np.p.age >= 18 && np.p.age < 60 && np.p.health === '健康' && !isStudent(np);
      if (working && ableBodied)
        out.push({
          rule: 'support.extreme-poverty-able-bodied',
          np,
          header: '享受特困供养政策情况',
          secondary: true,
        });
      return out;
    }
    case 'monitor.measures-overdue':
    case 'monitor.eliminated-without-measures': {
      const overdue = rule === 'monitor.measures-overdue';
      const clear = (x: NatHousehold) => {
        for (const col of MEASURE_COLUMNS) delete x.measures[col];
      };
      const nh = H(
        (x) => (overdue ? x.open : x.eliminated && x.method === '帮扶消除'),
        (x) => trial(x, clear),
      );
      clear(nh);
      nh.devStatus = '';
      const header = overdue ? '识别监测时间' : '风险消除方式';
      return [primary(rule, first(nh), header), ...measureLossSecondaries(nh).filter((e) => e.rule !== rule)];
    }
    case 'monitor.eliminated-too-soon': {
      const nh = H((x) => x.eliminated && x.method === '帮扶消除');
      nh.h.eliminatedDate = fromMonth(monthIndex(nh.h.monitorStart!) + 2);
      return [primary(rule, first(nh), '消除监测时间')];
    }
    case 'monitor.eliminated-below-line': {
      const nh = H((x) => x.eliminated && x.method === '帮扶消除');
      setH(nh, '风险消除后家庭人均纯收入', '5000.00');
      return [primary(rule, first(nh), '风险消除后家庭人均纯收入')];
    }
    case 'monitor.eliminated-no-labour': {
      const nh = H(
        (x) => x.open && wholeNoLabour(x) && monthIndex(x.h.monitorStart!) <= asOfM - 7,
        (x) => (perCapita(x.h) < 610_000 ? 1 : 0),
      );
      const start = monthIndex(nh.h.monitorStart!);
      nh.h.riskEliminated = true;
      nh.h.eliminatedDate = fromMonth(c.rng.int(start + 6, asOfM));
      nh.eliminated = true;
      nh.open = false;
      nh.method = '帮扶消除';
      if (nh.devStatus === '尚未实施') nh.devStatus = '';
      const out = [primary(rule, first(nh), '风险是否已消除')];
      if (perCapita(nh.h) < 600_000)
        out.push({
          rule: 'monitor.eliminated-below-line',
          np: first(nh),
          header: '风险消除后家庭人均纯收入',
          secondary: true,
        });
      return out;
    }
    case 'monitor.elimination-record-incomplete': {
      const nh = H((x) => x.eliminated);
      nh.collectorPhone = '';
      return [primary(rule, first(nh), '信息采集人联系电话')];
    }
    case 'monitor.open-with-elimination-data': {
      const nh = H((x) => x.open);
      nh.method = '帮扶消除';
      return [primary(rule, first(nh), '风险消除方式')];
    }
    case 'monitor.date-future': {
      const nh = H((x) => x.open && x.dropout !== '是');
      nh.h.monitorStart = fromMonth(asOfM + 2);
      return [primary(rule, first(nh), '识别监测时间')];
    }
    case 'field.status-required': {
      const header = k % 2 === 0 ? '民族' : '健康状况';
      const np = P((x) => pp(x) && x.p.health === '健康' && x.idType !== '残疾人证');
      np.over[header] = '';
      return [primary(rule, np, header)];
    }
    case 'field.status-expected': {
      const nh = H(plain);
      nh.land['住房面积'] = '';
      return [primary(rule, first(nh), '住房面积')];
    }
    case 'phone.worker-not-mobile': {
      const np = P((x) => pp(x) && hasSpell(x) && x.p.relation !== '户主');
      np.phone = '';
      return [primary(rule, np, '家庭成员联系电话')];
    }
    case 'phone.shared-across-households': {
      const a = H((x) => plain(x) && x.members.some((m) => m.p.relation !== '户主' && !hasSpell(m)));
      const b = H((x) => plain(x) && x.members[0].phone === x.h.phone);
      const np = a.members.find((m) => m.p.relation !== '户主' && !hasSpell(m))!;
      np.phone = b.h.phone;
      return [primary(rule, np, '家庭成员联系电话'), primary(rule, b.members[0], '家庭成员联系电话')];
    }
    case 'phone.shared-different-county': {
      const pair = (x: NatHousehold) => {
        const w = x.members.filter(hasSpell);
        for (let i = 0; i < w.length; i++)
          for (let j = i + 1; j < w.length; j++) if (w[i].workPlace !== w[j].workPlace) return [w[i], w[j]];
        return null;
      };
      const nh = H((x) => plain(x) && pair(x) !== null);
      const [a, b] = pair(nh)!;
      b.phone = a.phone;
      return [primary(rule, b, '家庭成员联系电话')];
    }
    case 'living.area-negative':
    case 'living.area-implausible':
    case 'living.retired-forest-exceeds':
    case 'living.road-distance': {
      const nh = H((x) => plain(x) && Number(x.land['林地面积']) <= 30);
      const [key, header, v] =
        rule === 'living.area-negative'
          ? ['耕地面积', '耕地面积（亩）', '-2']
          : rule === 'living.area-implausible'
            ? ['牧草地面积', '牧草地面积', '350']
            : rule === 'living.road-distance'
              ? ['与村主干路距离', '与村主干路距离', '8']
              : ['退耕还林面积', '退耕还林面积（亩）', String(Number(nh.land['林地面积']) + 5)];
      nh.land[key] = v;
      return [primary(rule, first(nh), header)];
    }
  }
  throw new Error(`no v2 injection for ${rule}`);
}

/** Adds one risk type that the household's facts contradict (rules-v2 §10). */
function addRisk(c: Ctx, rule: string): V2Expect[] {
  const spec: Record<string, [string, (nh: NatHousehold) => boolean]> = {
    'risk.other-without-note': ['其他', (x) => x.monitored],
    'risk.disaster-without-subtype': ['因自然灾害', (x) => x.monitored],
    'risk.disability-no-disabled-member': ['因残', (x) => x.monitored && !x.members.some(isDisabled)],
    'risk.illness-no-sick-member': ['因病', (x) => x.monitored && !x.members.some(isSick)],
    'risk.labour-shortage-with-labour': ['缺劳动力', (x) => x.open && fullShare(x) > 0.5],
    'risk.employment-no-labour': ['因务工就业不稳', (x) => x.open && wholeNoLabour(x)],
    'risk.employment-no-work-record': [
      '因务工就业不稳',
      (x) => x.open && !wholeNoLabour(x) && !x.members.some((m) => hasSpell(m) || m.workPlace !== ''),
    ],
    'risk.education-no-student': ['因学', (x) => x.open && !x.members.some(isStudent) && x.dropout !== '是'],
  };
  const [risk, ok] = spec[rule];
  const secondaries = (x: NatHousehold): V2Expect[] => {
    const out: V2Expect[] = [];
    const header = `致贫/返贫风险${x.risks.length + 1}`;
    const at = (r: string, h: string) => out.push({ rule: r, np: x.members[0], header: h, secondary: true });
    if (RISK_MEASURES[risk] && !filled(x, RISK_MEASURES[risk])) at('measure.risk-unmatched', header);
    if (risk === '因病' && x.open && x.selfPaid === 0) at('income.illness-no-expense', '合规自付支出');
    if (rule === 'risk.employment-no-labour') at('risk.employment-no-work-record', header);
    return out;
  };
  const nh = pickH(
    c,
    (x) => ok(x) && !x.risks.includes(risk) && x.risks.length < 5,
    (x) => secondaries(x).length,
  );
  const sec = secondaries(nh);
  nh.risks.push(risk);
  const header = riskHeader(nh, risk);
  const primaryHeader = rule === 'risk.disaster-without-subtype' ? '因自然灾害子项' : header;
  return [primary(rule, nh.members[0], primaryHeader), ...sec];
}

/** Plans and applies the injections (in order; a rule listed n times is injected n times). */
export function planV2(rules: readonly string[], f: NatFacts, rng: Rng): V2Step[] {
  const ids = new Set<string>();
  for (const np of f.persons) ids.add(np.idText.slice(0, 18));
  const c: Ctx = { f, rng, used: new Set(), ids };
  const seen = new Map<string, number>();
  const steps: V2Step[] = [];
  for (const rule of rules) {
    const k = seen.get(rule) ?? 0;
    seen.set(rule, k + 1);
    const before = new Set(c.used);
    let expect: V2Expect[];
    try {
      expect = injectOne(c, rule, k);
    } catch (e) {
      throw new Error(`injection ${k + 1} of ${rule}: ${(e as Error).message}`);
    }
    steps.push({ rule, expect, households: [...c.used].filter((h) => !before.has(h)) });
  }
  return steps;
}

/** Every v2 rule injected `times` times (the acceptance test's set). */
export const v2InjectionList = (times: number, only?: (rule: string) => boolean): string[] =>
  V2_INJECTIONS.filter((r) => !only || only(r)).flatMap((r) => new Array<string>(times).fill(r));
