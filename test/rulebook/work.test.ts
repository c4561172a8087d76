// The work rules of rules-v2 §16 on hand-built national exports: a person export, （务工月监测）已外出务工信息 and
// 计划外出务工信息. Each rule has a case that fires and a near case that must not; findings point at the work row
// (person rules: the row showing the conflict; household rules: 就业帮扶 of the first member row).
import type { CellValue, Finding, SheetInput } from '../../src/core/types';
import { hits, makeId, only, run } from '../rules/helpers';

type Row = Record<string, CellValue>;

/** An export as downloaded: report title, export time (the data date: 2024-06), header on row 3. */
function exportSheet(name: string, header: string[], rows: Row[]): SheetInput {
  const pad = (first: string): CellValue[] => [first, ...Array<CellValue>(header.length - 1).fill('')];
  return {
    name,
    values: [
      pad(name),
      pad('导出时间：2024-06-18 10:32:05'),
      [...header],
      ...rows.map((r) => header.map((h) => r[h] ?? '')),
    ],
  };
}

const ID = {
  a: makeId('19900315', 1, true),
  b: makeId('19920101', 2, false),
  teen: makeId('20070610', 3, true),
  student: makeId('20070101', 4, false),
  old: makeId('19580101', 5, true),
};

const PERSON_H = [
  '县',
  '户编号',
  '人编号',
  '姓名',
  '证件号码',
  '与户主关系',
  '在校生状况',
  '劳动技能',
  '务工所在地',
  '户类型',
  '监测对象类别',
  '风险是否已消除',
  '识别监测时间',
  '就业帮扶',
];
const person = (o: Row): Row => ({
  县: '长顺县',
  在校生状况: '',
  劳动技能: '普通劳动力',
  户类型: '脱贫户',
  风险是否已消除: '否',
  监测对象类别: '脱贫不稳定户',
  识别监测时间: '202301',
  ...o,
});
const PERSONS: Row[] = [
  person({
    户编号: 'H1',
    人编号: 'P1',
    姓名: '甲',
    证件号码: ID.a,
    与户主关系: '户主',
    务工所在地: '广东省东莞市',
  }),
  person({ 户编号: 'H1', 人编号: 'P2', 姓名: '乙', 证件号码: ID.b, 与户主关系: '配偶' }),
  person({
    户编号: 'H2',
    人编号: 'P3',
    姓名: '丙',
    证件号码: ID.teen,
    与户主关系: '户主',
    务工所在地: '长顺县',
  }),
  person({
    户编号: 'H3',
    人编号: 'P4',
    姓名: '丁',
    证件号码: ID.student,
    与户主关系: '户主',
    在校生状况: '普通高中二年级',
  }),
  person({
    户编号: 'H4',
    人编号: 'P5',
    姓名: '戊',
    证件号码: ID.old,
    与户主关系: '户主',
    劳动技能: '丧失劳动力',
  }),
];

const WORK_H = [
  '县',
  '户编号',
  '人编号',
  '姓名',
  '证件号码',
  '开始时间',
  '结束时间',
  '是否已务工',
  '务工所在县',
  '就业渠道',
  '务工月收入',
  '务工企业名称',
  '所属行业',
  '是否点对点输送',
  '年度交通费补助',
];
/** 甲's current spell out of the county, complete. */
const spell = (o: Row = {}): Row => ({
  县: '长顺县',
  户编号: 'H1',
  人编号: 'P1',
  姓名: '甲',
  证件号码: ID.a,
  开始时间: '2023年03月',
  结束时间: '',
  是否已务工: '是',
  务工所在县: '广东省东莞市',
  就业渠道: '外出务工',
  务工月收入: '3000.00',
  务工企业名称: '某某制造有限公司',
  所属行业: '制造业',
  是否点对点输送: '否',
  年度交通费补助: '500.00',
  ...o,
});
const ended = (start: string, end: string, o: Row = {}): Row =>
  spell({ 开始时间: start, 结束时间: end, 是否已务工: '否', ...o });

const PLAN_H = [
  '县',
  '户编号',
  '人编号',
  '证件号码',
  '劳动技能',
  '是否计划务工',
  '就业服务需求',
  '计划务工所在县',
];
const plan = (o: Row = {}): Row => ({
  县: '长顺县',
  户编号: 'H1',
  人编号: 'P2',
  证件号码: ID.b,
  劳动技能: '普通劳动力',
  是否计划务工: '是',
  就业服务需求: '岗位信息',
  计划务工所在县: '广东省东莞市',
  ...o,
});

const PERSON_SHEET = '监测对象信息';
const WORK = '已外出务工';
const PLAN = '计划外出务工';

function check(
  spells: Row[],
  o: { plans?: Row[]; persons?: Row[]; config?: Record<string, unknown> } = {},
): Finding[] {
  return run(
    [
      exportSheet(PERSON_SHEET, PERSON_H, o.persons ?? PERSONS),
      exportSheet(WORK, WORK_H, spells),
      exportSheet(PLAN, PLAN_H, o.plans ?? [plan()]),
    ],
    o.config,
  );
}
const work = (f: Finding[]): string[] => hits(f, 'work.');
/** Persons with one row changed. */
const withPerson = (i: number, o: Row): Row[] => PERSONS.map((p, k) => (k === i ? { ...p, ...o } : p));

describe('work rules: a consistent set', () => {
  it('gives no work finding and no field finding on the companions', () => {
    const f = check([ended('2022年01月', '2022年12月', { 是否已务工: '否' }), spell()]);
    expect(work(f)).toEqual([]);
    expect(f.filter((x) => x.sheet !== PERSON_SHEET && x.rule.startsWith('field.'))).toEqual([]);
    expect(f.filter((x) => x.sheet !== PERSON_SHEET && x.rule === 'sheet.column-missing')).toEqual([]);
  });
});

describe('work rules on one spell', () => {
  it('work.start-missing: an empty 开始时间; a readable one is not', () => {
    const f = check([spell({ 开始时间: '' })]);
    expect(work(f)).toEqual(['work.start-missing@已外出务工!F4']);
    expect(only(f, 'work.start-missing')[0]).toMatchObject({ severity: 'error' });
    expect(only(f, 'work.start-missing')[0].message).toContain('“甲”的务工记录未填开始时间');
    expect(work(check([spell({ 开始时间: '2023年3月' })]))).toEqual([]);
  });

  it('an unreadable 开始时间 is field.date, not start-missing', () => {
    const f = check([spell({ 开始时间: '去年春天' })]);
    expect(hits(f, 'field.date', 'work.start-missing')).toEqual(['field.date@已外出务工!F4']);
  });

  it('work.end-before-start: an end month before the start; the same month is fine', () => {
    const f = check([ended('2023年05月', '2023年02月')]);
    expect(work(f)).toEqual(['work.end-before-start@已外出务工!G4']);
    expect(only(f, 'work.end-before-start')[0].message).toContain('结束时间2023年02月早于开始时间2023年05月');
    expect(work(check([ended('2023年05月', '2023年5月')]))).toEqual([]);
  });

  it('work.status-end-mismatch: 是否已务工 否 with no end, or an end after the data date', () => {
    const open = check([spell({ 是否已务工: '否' })]);
    expect(work(open)).toEqual(['work.status-end-mismatch@已外出务工!H4']);
    expect(only(open, 'work.status-end-mismatch')[0].message).toContain('结束时间为空');
    const late = check([ended('2023年05月', '2024年08月')]);
    expect(work(late)).toEqual(['work.status-end-mismatch@已外出务工!H4']);
    expect(only(late, 'work.status-end-mismatch')[0].message).toContain('晚于数据日期2024年06月');
    // Ending in the data month is not later; an empty 是否已务工 is not 否.
    expect(work(check([ended('2023年05月', '2024年06月')]))).toEqual([]);
    expect(work(check([spell({ 是否已务工: '' })]))).toEqual([]);
  });

  it('work.long-open-spell: open 36 months or more before the data date (info)', () => {
    const f = check([spell({ 开始时间: '2021年06月' })]);
    expect(work(f)).toEqual(['work.long-open-spell@已外出务工!G4']);
    expect(only(f, 'work.long-open-spell')[0]).toMatchObject({ severity: 'info' });
    expect(only(f, 'work.long-open-spell')[0].message).toContain(
      '自2021年06月务工至今未填结束时间（已36个月）',
    );
    expect(work(check([spell({ 开始时间: '2021年07月' })]))).toEqual([]);
    // An ended spell of the same start is not open.
    expect(work(check([ended('2021年06月', '2021年12月')]))).toEqual([]);
  });

  it('work.minor-at-start: under 16 on the first day of the start month', () => {
    // 丙 was born 2007-06-10: 15 on 2023-06-01, 16 on 2023-07-01.
    const teen = {
      户编号: 'H2',
      人编号: 'P3',
      姓名: '丙',
      证件号码: ID.teen,
      务工所在县: '长顺县',
      年度交通费补助: '0',
    };
    const f = check([spell({ ...teen, 开始时间: '2023年06月' })]);
    expect(work(f)).toEqual(['work.minor-at-start@已外出务工!F4']);
    expect(only(f, 'work.minor-at-start')[0].message).toContain('2023年06月开始务工时15岁');
    expect(work(check([spell({ ...teen, 开始时间: '2023年07月' })]))).toEqual([]);
  });

  it('work.county-missing: an empty 务工所在县; a plan with 是否计划务工 是 and no 计划务工所在县', () => {
    expect(work(check([spell({ 务工所在县: '', 年度交通费补助: '0' })]))).toEqual([
      'work.county-missing@已外出务工!I4',
    ]);
    expect(work(check([spell()], { plans: [plan({ 计划务工所在县: '' })] }))).toEqual([
      'work.county-missing@计划外出务工!H4',
    ]);
    // A plan answered 否 needs no county.
    expect(work(check([spell()], { plans: [plan({ 是否计划务工: '否', 计划务工所在县: '' })] }))).toEqual([]);
  });

  it('work.public-job-outside-county: 公益岗位 / 帮扶车间 out of the county; in the county is fine', () => {
    const f = check([spell({ 就业渠道: '公益性岗位' })]);
    expect(work(f)).toEqual(['work.public-job-outside-county@已外出务工!J4']);
    expect(only(f, 'work.public-job-outside-county')[0].message).toContain('务工所在县却为“广东省东莞市”');
    expect(work(check([spell({ 就业渠道: '帮扶车间' })]))).toEqual([
      'work.public-job-outside-county@已外出务工!J4',
    ]);
    // A prefixed name of the home county is in the county.
    expect(
      work(check([spell({ 就业渠道: '公益性岗位', 务工所在县: '贵州省黔南州长顺县', 年度交通费补助: '0' })])),
    ).toEqual([]);
  });

  it('work.details-missing: a current spell with empty details, named in one finding at the first', () => {
    const f = check([spell({ 务工月收入: '', 所属行业: '' })]);
    expect(work(f)).toEqual(['work.details-missing@已外出务工!K4']);
    expect(only(f, 'work.details-missing')[0].message).toContain('未填务工月收入、所属行业');
    // An ended spell needs no details.
    expect(work(check([ended('2023年01月', '2023年05月', { 务工月收入: '', 所属行业: '' })]))).toEqual([]);
  });

  it('work.monthly-income-implausible: below 100 or above 30 000 元; unreadable is field.number', () => {
    const low = check([spell({ 务工月收入: '80' })]);
    expect(work(low)).toEqual(['work.monthly-income-implausible@已外出务工!K4']);
    expect(only(low, 'work.monthly-income-implausible')[0].message).toContain('务工月收入为80元，明显偏低');
    expect(work(check([spell({ 务工月收入: '30001.00' })]))).toEqual([
      'work.monthly-income-implausible@已外出务工!K4',
    ]);
    expect(work(check([spell({ 务工月收入: '100.00' })]))).toEqual([]);
    expect(work(check([spell({ 务工月收入: '30000' })]))).toEqual([]);
    expect(hits(check([spell({ 务工月收入: '三千' })]), 'field.number', 'work.')).toEqual([
      'field.number@已外出务工!K4',
    ]);
  });

  it('work.travel-subsidy-in-county: a subsidy on a spell in the home county; 0 is fine', () => {
    const f = check([spell({ 务工所在县: '长顺县', 年度交通费补助: '500.00' })]);
    expect(work(f)).toEqual(['work.travel-subsidy-in-county@已外出务工!O4']);
    expect(work(check([spell({ 务工所在县: '长顺县', 年度交通费补助: '0.00' })]))).toEqual([]);
  });
});

describe('work rules over a person', () => {
  it('work.spells-overlap: a start before the previous end, or after an open spell; same month is fine', () => {
    const f = check([ended('2023年01月', '2023年08月'), spell({ 开始时间: '2023年06月' })]);
    expect(work(f)).toEqual(['work.spells-overlap@已外出务工!F5']);
    expect(only(f, 'work.spells-overlap')[0].message).toContain(
      '2023年06月开始的记录早于上一段务工结束时间2023年08月',
    );
    // Rows in any order: the later start is reported.
    expect(work(check([spell({ 开始时间: '2023年06月' }), ended('2023年01月', '2023年08月')]))).toEqual([
      'work.spells-overlap@已外出务工!F4',
    ]);
    const afterOpen = check([spell({ 开始时间: '2023年01月' }), spell({ 开始时间: '2023年09月' })]);
    expect(work(afterOpen)).toEqual(['work.spells-overlap@已外出务工!F5']);
    expect(only(afterOpen, 'work.spells-overlap')[0].message).toContain('未填结束时间');
    expect(work(check([ended('2023年01月', '2023年06月'), spell({ 开始时间: '2023年06月' })]))).toEqual([]);
    // Two persons' spells never overlap each other.
    const other = { 户编号: 'H1', 人编号: 'P2', 姓名: '乙', 证件号码: ID.b };
    const both = withPerson(1, { 务工所在地: '长顺县' });
    expect(
      work(
        check([spell({ 开始时间: '2023年01月' }), spell({ ...other, 开始时间: '2023年02月' })], {
          persons: both,
        }),
      ),
    ).toEqual([]);
  });

  it('work.place-not-county: 务工所在地 empty, a province only, or no county-level word', () => {
    for (const place of ['', '广东省', '北京市', '外地']) {
      const f = check([spell()], { persons: withPerson(0, { 务工所在地: place }) });
      expect(work(f)).toEqual(['work.place-not-county@监测对象信息!I4']);
    }
    for (const place of ['广东省东莞市', '长顺县', '浙江省宁波市鄞州区'])
      expect(work(check([spell()], { persons: withPerson(0, { 务工所在地: place }) }))).toEqual([]);
    // Only persons with a spell are looked at: 乙 (no 务工所在地) once she has one.
    expect(work(check([spell({ 户编号: 'H1', 人编号: 'P2', 姓名: '乙', 证件号码: ID.b })]))).toEqual([
      'work.place-not-county@监测对象信息!I5',
    ]);
  });

  it('work.student-working: a student with a current spell or a plan', () => {
    const s = { 户编号: 'H3', 人编号: 'P4', 证件号码: ID.student };
    const f = check([spell()], { plans: [plan(), plan(s)] });
    expect(work(f)).toEqual(['work.student-working@计划外出务工!F5']);
    expect(only(f, 'work.student-working')[0].message).toContain(
      '为在校生（普通高中二年级），却登记了计划外出务工',
    );
    const spellOf = check([spell(), spell({ ...s, 姓名: '丁', 务工所在地: '长顺县', 年度交通费补助: '0' })], {
      persons: withPerson(3, { 务工所在地: '长顺县' }),
    });
    expect(work(spellOf)).toEqual(['work.student-working@已外出务工!H5']);
    // A plan answered 否, and a 非在校生, are not.
    expect(work(check([spell()], { plans: [plan({ ...s, 是否计划务工: '否' })] }))).toEqual([]);
    expect(
      work(check([spell()], { plans: [plan(s)], persons: withPerson(3, { 在校生状况: '非在校生' }) })),
    ).toEqual([]);
  });

  it('work.no-labour-working: 无劳动力 / 丧失劳动力 with a plan or current spell; 弱劳动力 may work', () => {
    const o = { 户编号: 'H4', 人编号: 'P5', 证件号码: ID.old, 劳动技能: '丧失劳动力' };
    const f = check([spell()], { plans: [plan(o)] });
    expect(work(f)).toEqual(['work.no-labour-working@计划外出务工!F4']);
    expect(only(f, 'work.no-labour-working')[0].message).toContain(
      '劳动技能为“丧失劳动力”，却登记了计划外出务工',
    );
    expect(
      work(
        check([spell()], { plans: [plan(o)], persons: withPerson(4, { 劳动技能: '弱劳动力或半劳动力' }) }),
      ),
    ).toEqual([]);
    // A student without labour is reported once, as a student.
    const s = { 户编号: 'H3', 人编号: 'P4', 证件号码: ID.student };
    expect(
      work(check([spell()], { plans: [plan(s)], persons: withPerson(3, { 劳动技能: '无劳动力' }) })),
    ).toEqual(['work.student-working@计划外出务工!F4']);
  });

  it('work.plan-no-service-need: a plan without 就业服务需求', () => {
    const f = check([spell()], { plans: [plan({ 就业服务需求: '' })] });
    expect(work(f)).toEqual(['work.plan-no-service-need@计划外出务工!G4']);
    expect(work(check([spell()], { plans: [plan({ 是否计划务工: '否', 就业服务需求: '' })] }))).toEqual([]);
  });
});

describe('work rules over a household (risk open)', () => {
  it('work.travel-subsidy-missing: 外出务工补贴 with no member spell subsidised', () => {
    const persons = withPerson(0, { 就业帮扶: '技能培训,外出务工补贴' });
    const f = check([spell({ 年度交通费补助: '0.00' })], { persons });
    expect(work(f)).toEqual(['work.travel-subsidy-missing@监测对象信息!N4']);
    expect(work(check([spell()], { persons }))).toEqual([]);
    // Another member's subsidised spell backs the household's item.
    const wife = { 户编号: 'H1', 人编号: 'P2', 姓名: '乙', 证件号码: ID.b };
    expect(work(check([spell({ 年度交通费补助: '0.00' }), spell({ ...wife })], { persons }))).toEqual([
      'work.place-not-county@监测对象信息!I5',
    ]);
    // Risk eliminated: not judged.
    const closed = persons.map((p) => (p['户编号'] === 'H1' ? { ...p, 风险是否已消除: '是' } : p));
    expect(work(check([spell({ 年度交通费补助: '0.00' })], { persons: closed }))).toEqual([]);
  });

  it('work.labour-export-unsupported: 劳务输出 with no out-of-county spell, or all before 识别', () => {
    const persons = withPerson(0, { 就业帮扶: '劳务输出' });
    const inCounty = check([spell({ 务工所在县: '长顺县', 年度交通费补助: '0' })], { persons });
    expect(work(inCounty)).toEqual(['work.labour-export-unsupported@监测对象信息!N4']);
    expect(only(inCounty, 'work.labour-export-unsupported')[0].message).toContain('无家庭成员县外务工记录');
    const before = check([spell({ 开始时间: '2022年05月' })], { persons });
    expect(work(before)).toEqual(['work.labour-export-unsupported@监测对象信息!N4']);
    expect(only(before, 'work.labour-export-unsupported')[0].message).toContain('识别（2023年01月）前开始');
    // An out-of-county spell starting in the identification month backs it.
    expect(work(check([spell({ 开始时间: '2023年01月' })], { persons }))).toEqual([]);
  });

  it('config homeCounty decides in and out of county', () => {
    // With 长顺县 as 县 the spell in 惠水县 is out of county; with homeCounty 惠水县 it is in.
    const s = spell({ 务工所在县: '惠水县', 年度交通费补助: '500' });
    expect(work(check([s]))).toEqual([]);
    expect(work(check([s], { config: { homeCounty: '惠水县' } }))).toEqual([
      'work.travel-subsidy-in-county@已外出务工!O4',
    ]);
  });
});

describe('settings and missing columns', () => {
  it('openSpellMaxMonths and workMonthlyIncomeMin / Max override the defaults', () => {
    const s = spell({ 开始时间: '2023年06月', 务工月收入: '350' });
    expect(work(check([s]))).toEqual([]);
    expect(
      work(
        check([s], {
          config: { openSpellMaxMonths: 12, workMonthlyIncomeMin: 400, workMonthlyIncomeMax: 20000 },
        }),
      ),
    ).toEqual(['work.long-open-spell@已外出务工!G4', 'work.monthly-income-implausible@已外出务工!K4']);
  });

  it('a work export without 务工所在县 skips its rules with one sheet.column-missing', () => {
    const header = WORK_H.filter((h) => h !== '务工所在县');
    const f = run([exportSheet(PERSON_SHEET, PERSON_H, PERSONS), exportSheet(WORK, header, [spell()])]);
    const missing = only(f, 'sheet.column-missing').filter((x) => x.sheet === WORK);
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('“务工所在县”');
    expect(missing[0].message).toContain('务工地点未到县级');
    expect(work(f)).toEqual([]);
  });
});
