// The v2 people rules written as records (rulebook/national/people.ts; rules-v2 §2, §4–§7, §18): per rule a case
// that fires, on its cell, and a near case that must not. Through analyze(), on national-export-shaped sheets.
import { only } from '../rules/helpers';
import { at, cellOf, check, couple, person, spell, type Row } from './peopleFixtures';

const DISABLED_ID = (grade: string) => `${person('X', '19800101', true)['证件号码']}${grade}`;
const fired = (rows: Row[], rule: string, spells?: Row[], config?: Record<string, unknown>) =>
  at(check(rows, spells, config), rule);
const message = (rows: Row[], rule: string, spells?: Row[]) => only(check(rows, spells), rule)[0]?.message;

describe('id.disability-cert-missing', () => {
  it('fires at 证件类型 when 健康状况 names 残疾 and the certificate is an ID card', () => {
    expect(fired(couple('H1', { 健康状况: '残疾,长期慢性病' }), 'id.disability-cert-missing')).toEqual([
      `id.disability-cert-missing@${cellOf('证件类型', 0)}`,
    ]);
  });
  it('not with a 残疾人证 and its 20-character number, nor for a healthy person', () => {
    const rows = couple('H1', { 健康状况: '残疾', 证件类型: '残疾人证', 证件号码: DISABLED_ID('43') });
    expect(fired([...rows, ...couple('H2')], 'id.disability-cert-missing')).toEqual([]);
  });
});

describe('id.disability-cert-type-mismatch', () => {
  it('fires at 证件类型 for a 20-character number under 居民身份证, and 残疾人证 with 18 characters', () => {
    const rows = [
      ...couple('H1', { 证件号码: DISABLED_ID('43') }),
      ...couple('H2', { 证件类型: '残疾人证', 健康状况: '残疾' }),
    ];
    expect(fired(rows, 'id.disability-cert-type-mismatch')).toEqual([
      `id.disability-cert-type-mismatch@${cellOf('证件类型', 0)}`,
      `id.disability-cert-type-mismatch@${cellOf('证件类型', 2)}`,
    ]);
    expect(message(rows, 'id.disability-cert-type-mismatch')).toContain('“居民身份证”，证件号码却是20位');
  });
  it('not for 残疾人证 with 22 characters, nor an empty 证件类型', () => {
    const rows = [
      ...couple('H1', { 证件类型: '残疾人证', 证件号码: DISABLED_ID('4301'), 健康状况: '残疾' }),
      ...couple('H2', { 证件类型: '', 证件号码: DISABLED_ID('43'), 健康状况: '残疾' }),
    ];
    expect(fired(rows, 'id.disability-cert-type-mismatch')).toEqual([]);
  });
});

describe('edu.grade-age-band', () => {
  it('fires at 在校生状况 for a 九年级 pupil of 19', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20050101', true, { 与户主关系: '之子', 在校生状况: '九年级' }),
    ];
    expect(fired(rows, 'edu.grade-age-band')).toEqual([`edu.grade-age-band@${cellOf('在校生状况', 2)}`]);
    expect(message(rows, 'edu.grade-age-band')).toContain(
      '（19岁）在校生状况为“九年级”，与年龄不符（一般为12–17岁）',
    );
  });
  it('学前 at 8 only when 健康; 九年级 at 17 is fine; a custom band from the setting', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20070101', true, { 与户主关系: '之子', 在校生状况: '九年级' }),
      person('H1', '20160101', false, { 与户主关系: '之女', 在校生状况: '学前教育', 健康状况: '残疾' }),
    ];
    expect(fired(rows, 'edu.grade-age-band')).toEqual([]);
    const bands = [{ grades: ['九年级'], min: 12, max: 16, onlyHealth: '', text: '一般为12–16岁' }];
    expect(fired(rows, 'edu.grade-age-band', undefined, { gradeAgeBands: bands })).toEqual([
      `edu.grade-age-band@${cellOf('在校生状况', 2)}`,
    ]);
  });
  it('yields to edu.grade-age on the same row (小学 at 16)', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20080101', true, { 与户主关系: '之子', 在校生状况: '小学' }),
    ];
    const f = check(rows);
    expect(at(f, 'edu.grade-age')).toHaveLength(1);
    expect(at(f, 'edu.grade-age-band')).toEqual([]);
  });
});

describe('edu.attainment-age', () => {
  it('fires at 文化程度 for 大专 at 17 and for 小学 at 20', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20070101', true, { 与户主关系: '之子', 文化程度: '大专' }),
      person('H1', '20040101', false, { 与户主关系: '之女', 文化程度: '小学' }),
    ];
    expect(fired(rows, 'edu.attainment-age')).toEqual([
      `edu.attainment-age@${cellOf('文化程度', 2)}`,
      `edu.attainment-age@${cellOf('文化程度', 3)}`,
    ]);
    const msgs = only(check(rows), 'edu.attainment-age').map((f) => f.message);
    expect(msgs[0]).toContain('17岁，文化程度为“大专”，与年龄不符');
    expect(msgs[1]).toContain('20岁，文化程度仅为“小学”');
  });
  it('not for 大专 at 18, 小学 at 23 or 15', () => {
    const rows = [
      ...couple('H1', { 文化程度: '小学' }),
      person('H1', '20060101', true, { 与户主关系: '之子', 文化程度: '大专' }),
      person('H1', '20010101', false, { 与户主关系: '之女', 文化程度: '小学' }),
      person('H1', '20090101', false, { 与户主关系: '之女', 文化程度: '小学' }),
    ];
    expect(fired(rows, 'edu.attainment-age')).toEqual([]);
  });
});

describe('edu.absence-reason-health', () => {
  it('fires (error) at the reason when it is 因病 and 健康状况 is 健康', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20150101', true, { 与户主关系: '之子', 义务教育阶段未上学原因: '因病' }),
    ];
    expect(fired(rows, 'edu.absence-reason-health')).toEqual([
      `edu.absence-reason-health@${cellOf('义务教育阶段未上学原因', 2)}`,
    ]);
    expect(only(check(rows), 'edu.absence-reason-health')[0].severity).toBe('error');
  });
  it('not when the child is sick, nor for another reason', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20150101', true, {
        与户主关系: '之子',
        义务教育阶段未上学原因: '因病',
        健康状况: '患有大病',
      }),
      person('H1', '20150101', false, { 与户主关系: '之女', 义务教育阶段未上学原因: '其他' }),
    ];
    expect(fired(rows, 'edu.absence-reason-health')).toEqual([]);
  });
});

describe('edu.yulu-not-vocational / edu.yulu-missing', () => {
  const monitored: Row = {
    户类型: '',
    监测对象类别: '边缘易致贫户',
    风险是否已消除: '否',
    识别监测时间: '202303',
  };
  it('雨露计划 without a vocational student: at 教育帮扶 of the household', () => {
    const rows = [...couple('H1', { 教育帮扶: '雨露计划' }, { 教育帮扶: '雨露计划' })];
    expect(fired(rows, 'edu.yulu-not-vocational')).toEqual([
      `edu.yulu-not-vocational@${cellOf('教育帮扶', 0)}`,
    ]);
  });
  it('a 中职 student in a 监测对象 household without 雨露计划: at 教育帮扶, naming the student', () => {
    const kid = person('H1', '20080101', true, {
      ...monitored,
      与户主关系: '之子',
      在校生状况: '中职二年级',
      姓名: '张小明',
    });
    const rows = [...couple('H1', monitored, monitored), kid];
    expect(fired(rows, 'edu.yulu-missing')).toEqual([`edu.yulu-missing@${cellOf('教育帮扶', 0)}`]);
    expect(message(rows, 'edu.yulu-missing')).toContain('张小明为中职二年级在读学生');
  });
  it('neither with 雨露计划 and a 高职 student, nor for a 脱贫户 not monitored; yuluIdentifiedBefore limits', () => {
    const y = { ...monitored, 教育帮扶: '雨露计划' };
    const a = [
      ...couple('H1', y, y),
      person('H1', '20050101', true, { ...y, 与户主关系: '之子', 在校生状况: '高职高专一年级' }),
    ];
    const b = [
      ...couple('H2'),
      person('H2', '20080101', true, { 与户主关系: '之子', 在校生状况: '中职一年级' }),
    ];
    expect(fired([...a, ...b], 'edu.yulu-not-vocational')).toEqual([]);
    expect(fired([...a, ...b], 'edu.yulu-missing')).toEqual([]);
    const c = [
      ...couple('H3', monitored, monitored),
      person('H3', '20080101', true, { ...monitored, 与户主关系: '之子', 在校生状况: '中职一年级' }),
    ];
    expect(fired(c, 'edu.yulu-missing', undefined, { yuluIdentifiedBefore: '2022-08-01' })).toEqual([]);
    expect(fired(c, 'edu.yulu-missing', undefined, { yuluIdentifiedBefore: '2023-08-01' })).toHaveLength(1);
  });
});

describe('labour (§5)', () => {
  it('labor.elderly-full-labour at 劳动技能 at 60; not at 59, nor 弱劳动力 at 70', () => {
    const rows = [
      person('H1', '19640101', true, { 劳动技能: '普通劳动力' }),
      person('H2', '19650101', true, { 劳动技能: '技能劳动力' }),
      person('H3', '19540101', true, { 劳动技能: '弱劳动力或半劳动力' }),
    ];
    expect(fired(rows, 'labor.elderly-full-labour')).toEqual([
      `labor.elderly-full-labour@${cellOf('劳动技能', 0)}`,
    ]);
    expect(fired(rows, 'labor.elderly-full-labour', undefined, { laborAgeMax: 65 })).toEqual([]);
  });
  it('labor.able-bodied-no-labour at 劳动技能 for a healthy 30-year-old 无劳动力; not sick, not a student, not at 60', () => {
    const rows = [
      person('H1', '19940101', true, { 劳动技能: '无劳动力' }),
      person('H2', '19940101', true, { 劳动技能: '无劳动力', 健康状况: '长期慢性病' }),
      person('H3', '20030101', true, { 劳动技能: '无劳动力', 在校生状况: '本科二年级' }),
      person('H4', '19640101', true, { 劳动技能: '丧失劳动力' }),
    ];
    expect(fired(rows, 'labor.able-bodied-no-labour')).toEqual([
      `labor.able-bodied-no-labour@${cellOf('劳动技能', 0)}`,
    ]);
  });
  it('labor.student-labour at 劳动技能 for a student of 18 with 普通劳动力; not 无劳动力, not under 16', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20060101', true, {
        与户主关系: '之子',
        在校生状况: '普通高中三年级',
        劳动技能: '普通劳动力',
      }),
      person('H1', '20060101', false, {
        与户主关系: '之女',
        在校生状况: '普通高中三年级',
        劳动技能: '无劳动力',
      }),
      person('H1', '20100101', false, {
        与户主关系: '之女',
        在校生状况: '八年级',
        劳动技能: '弱劳动力或半劳动力',
      }),
    ];
    expect(fired(rows, 'labor.student-labour')).toEqual([`labor.student-labour@${cellOf('劳动技能', 2)}`]);
    expect(message(rows, 'labor.student-labour')).toContain(
      '为在校生（普通高中三年级），劳动技能为“普通劳动力”',
    );
  });
  it('labor.minor-labour-skill at 劳动技能 under 16 for 弱劳动力或半劳动力; not 无劳动力, not at 16', () => {
    const rows = [
      ...couple('H1'),
      person('H1', '20100101', false, { 与户主关系: '之女', 劳动技能: '弱劳动力或半劳动力' }),
      person('H1', '20120101', true, { 与户主关系: '之子', 劳动技能: '无劳动力' }),
      person('H1', '20080101', true, {
        与户主关系: '之子',
        劳动技能: '弱劳动力或半劳动力',
        在校生状况: '非在校生',
      }),
    ];
    expect(fired(rows, 'labor.minor-labour-skill')).toEqual([
      `labor.minor-labour-skill@${cellOf('劳动技能', 2)}`,
    ]);
  });
  it('labor.severe-disability-labour at 劳动技能 for 一级肢体 (41) 普通劳动力; not 三级, not 一级视力', () => {
    const d = { 健康状况: '残疾', 证件类型: '残疾人证' };
    const rows = [
      person('H1', '19800101', true, { ...d, 证件号码: DISABLED_ID('41') }),
      person('H2', '19800101', true, { ...d, 证件号码: DISABLED_ID('43') }),
      person('H3', '19800101', true, { ...d, 证件号码: DISABLED_ID('11') }),
    ];
    expect(fired(rows, 'labor.severe-disability-labour')).toEqual([
      `labor.severe-disability-labour@${cellOf('劳动技能', 0)}`,
    ]);
    expect(message(rows, 'labor.severe-disability-labour')).toContain(
      '为一级肢体残疾，劳动技能却为“普通劳动力”',
    );
    expect(
      fired(rows, 'labor.severe-disability-labour', undefined, {
        severeDisabilityNoLabourCategories: [1, 4],
      }),
    ).toHaveLength(2);
  });
});

describe('employment.public-job-months', () => {
  it('fires (error): a post without months, months without a post (at 公益性岗位), 15 months', () => {
    const rows = [
      person('H1', '19800101', true, { 公益性岗位: '护林员', '公益性岗位(月数)': '' }),
      person('H2', '19800101', true, { 公益性岗位: '', '公益性岗位(月数)': '3' }),
      person('H3', '19800101', true, { 公益性岗位: '护林员', '公益性岗位(月数)': '15' }),
    ];
    expect(fired(rows, 'employment.public-job-months')).toEqual(
      [
        `employment.public-job-months@${cellOf('公益性岗位(月数)', 0)}`,
        `employment.public-job-months@${cellOf('公益性岗位(月数)', 2)}`,
        `employment.public-job-months@${cellOf('公益性岗位', 1)}`,
      ].sort(),
    );
    const msgs = only(check(rows), 'employment.public-job-months').map((f) => f.message);
    expect(msgs).toEqual([
      expect.stringContaining('岗位“护林员”未填月数'),
      expect.stringContaining('填了3个月但岗位为空'),
      expect.stringContaining('月数15不在1–12之间'),
    ]);
  });
  it('not for a post with 6 months, nor 否 with 0 months', () => {
    const rows = [
      person('H1', '19800101', true, { 公益性岗位: '护林员', '公益性岗位(月数)': '6' }),
      person('H2', '19800101', true),
    ];
    expect(fired(rows, 'employment.public-job-months')).toEqual([]);
  });
});

describe('employment.measure-no-labour', () => {
  const m: Row = { 户类型: '', 监测对象类别: '突发严重困难户', 风险是否已消除: '否', 识别监测时间: '202303' };
  it('fires at 就业帮扶 for a 监测对象 whose members all lack labour', () => {
    const none = { ...m, 劳动技能: '丧失劳动力', 健康状况: '残疾', 就业帮扶: '技能培训' };
    expect(
      fired(couple('H1', none, { ...none, 劳动技能: '无劳动力' }), 'employment.measure-no-labour'),
    ).toEqual([`employment.measure-no-labour@${cellOf('就业帮扶', 0)}`]);
  });
  it('at 公益岗位帮扶 when that is the measure; not when one member has labour', () => {
    const none = { ...m, 劳动技能: '无劳动力', 健康状况: '残疾', 公益岗位帮扶: '其他' };
    expect(fired(couple('H1', none, none), 'employment.measure-no-labour')).toEqual([
      `employment.measure-no-labour@${cellOf('公益岗位帮扶', 0)}`,
    ]);
    expect(
      fired(couple('H1', none, { ...none, 劳动技能: '弱劳动力或半劳动力' }), 'employment.measure-no-labour'),
    ).toEqual([]);
  });
});

describe('employment.educated-not-working (needs 已外出务工)', () => {
  it('fires (info) at 文化程度 for a 大专 graduate of working age without a spell; at 劳动技能 for 技能劳动力', () => {
    const rows = [...couple('H1', {}, { 文化程度: '大专' }), ...couple('H2', {}, { 劳动技能: '技能劳动力' })];
    const f = check(rows, [spell(rows[0]), spell(rows[2])]);
    expect(at(f, 'employment.educated-not-working')).toEqual([
      `employment.educated-not-working@${cellOf('文化程度', 1)}`,
      `employment.educated-not-working@${cellOf('劳动技能', 3)}`,
    ]);
    expect(only(f, 'employment.educated-not-working')[0].severity).toBe('info');
  });
  it('not with a spell, not for a student, not at 60, not without the 务工 export', () => {
    const rows = [
      ...couple('H1', { 文化程度: '本科及以上' }),
      person('H2', '20030101', true, { 文化程度: '高中', 在校生状况: '本科二年级', 劳动技能: '技能劳动力' }),
      person('H3', '19640101', true, { 文化程度: '大专' }),
    ];
    expect(fired(rows, 'employment.educated-not-working', [spell(rows[0])])).toEqual([]);
    expect(fired(couple('H1', {}, { 文化程度: '大专' }), 'employment.educated-not-working')).toEqual([]);
  });
});

describe('medical.serious-illness-missing', () => {
  it('fires (error) at 大病保险 for 居民医保 是 and 大病 否 or empty', () => {
    const rows = [...couple('H1', { 是否参加大病保险: '否' }, { 是否参加大病保险: '' })];
    expect(fired(rows, 'medical.serious-illness-missing')).toEqual([
      `medical.serious-illness-missing@${cellOf('是否参加大病保险', 0)}`,
      `medical.serious-illness-missing@${cellOf('是否参加大病保险', 1)}`,
    ]);
  });
  it('not for a person insured only through 职工医保 (居民 否)', () => {
    const rows = couple('H1', { 是否参加城乡居民基本医疗保险: '否', 是否参加大病保险: '否' });
    expect(fired(rows, 'medical.serious-illness-missing')).toEqual([]);
  });
});

describe('medical.premium-subsidy-window (off by default)', () => {
  const windows = [{ year: 2023, from: 202210, to: 202303 }];
  const m = (start: string, health = ''): Row => ({
    户类型: '',
    监测对象类别: '边缘易致贫户',
    风险是否已消除: '否',
    识别监测时间: start,
    健康帮扶: health,
  });
  it('(a) identified inside the window without the subsidy; (b) after it with the subsidy — at 健康帮扶', () => {
    const rows = [
      ...couple('H1', m('202212'), m('202212')),
      ...couple('H2', m('202305', '城乡居民基本医疗保险个人缴费补贴'), m('202305')),
    ];
    // (b) needs a window after it for the span: a second season.
    const both = [...windows, { year: 2024, from: 202310, to: 202403 }];
    const f = check(rows, undefined, { premiumSubsidyWindows: both });
    expect(at(f, 'medical.premium-subsidy-window')).toEqual([
      `medical.premium-subsidy-window@${cellOf('健康帮扶', 0)}`,
      `medical.premium-subsidy-window@${cellOf('健康帮扶', 2)}`,
    ]);
    const msgs = only(f, 'medical.premium-subsidy-window').map((x) => x.message);
    expect(msgs[0]).toContain('本户于2022年12月识别，在2023年度个人缴费补贴期内');
    expect(msgs[1]).toContain('本户于2023年5月识别，已过当年个人缴费补贴截止时间');
  });
  it('not without windows, nor inside with the subsidy, nor outside the span', () => {
    const rows = [
      ...couple('H1', m('202212'), m('202212')),
      ...couple('H2', m('202301', '城乡居民基本医疗保险个人缴费补贴'), m('202301')),
      ...couple('H3', m('202405', '城乡居民基本医疗保险个人缴费补贴'), m('202405')),
    ];
    expect(fired(rows, 'medical.premium-subsidy-window')).toEqual([]);
    expect(
      fired(rows, 'medical.premium-subsidy-window', undefined, { premiumSubsidyWindows: windows }),
    ).toEqual([`medical.premium-subsidy-window@${cellOf('健康帮扶', 0)}`]);
  });
});

describe('pension.missing / pension.double-insured', () => {
  it('pension.missing at 城乡居民养老: both empty at 30; both 否 at 65', () => {
    const rows = [
      person('H1', '19940101', true, { 是否参加城乡居民基本养老保险: '', 是否参加城镇职工基本养老保险: '' }),
      person('H2', '19590101', true, {
        是否参加城乡居民基本养老保险: '否',
        是否参加城镇职工基本养老保险: '否',
      }),
    ];
    expect(fired(rows, 'pension.missing')).toEqual([
      `pension.missing@${cellOf('是否参加城乡居民基本养老保险', 0)}`,
      `pension.missing@${cellOf('是否参加城乡居民基本养老保险', 1)}`,
    ]);
    const msgs = only(check(rows), 'pension.missing').map((f) => f.message);
    expect(msgs[0]).toContain('均未填写');
    expect(msgs[1]).toContain('已65岁，两种基本养老保险均未参加');
  });
  it('pension.missing not for both 否 at 59, a student, or under 16', () => {
    const rows = [
      person('H1', '19650101', true, {
        是否参加城乡居民基本养老保险: '否',
        是否参加城镇职工基本养老保险: '否',
      }),
      person('H2', '20040101', true, { 在校生状况: '本科三年级', 是否参加城乡居民基本养老保险: '' }),
      person('H3', '20100101', true),
    ];
    expect(fired(rows, 'pension.missing')).toEqual([]);
  });
  it('pension.double-insured at 城乡居民养老 when both are 是; not one of them', () => {
    const rows = [
      person('H1', '19800101', true, { 是否参加城镇职工基本养老保险: '是' }),
      person('H2', '19800101', true),
    ];
    expect(fired(rows, 'pension.double-insured')).toEqual([
      `pension.double-insured@${cellOf('是否参加城乡居民基本养老保险', 0)}`,
    ]);
  });
});

describe('living.retired-forest-exceeds / living.road-distance', () => {
  it('退耕还林 above 林地 + 牧草地 fires at 退耕还林; equal does not', () => {
    const a = { '退耕还林面积（亩）': '5', '林地面积（亩）': '2', '牧草地面积（亩）': '1' };
    const b = { '退耕还林面积（亩）': '3', '林地面积（亩）': '2', '牧草地面积（亩）': '1' };
    const rows = [...couple('H1', a, a), ...couple('H2', b, b)];
    expect(fired(rows, 'living.retired-forest-exceeds')).toEqual([
      `living.retired-forest-exceeds@${cellOf('退耕还林面积（亩）', 0)}`,
    ]);
    expect(message(rows, 'living.retired-forest-exceeds')).toBe(
      '退耕还林面积5亩大于林地与牧草地面积之和3亩，请核对。',
    );
  });
  it('与村主干路距离 above 5 km fires at its cell; 5 does not; roadDistanceMaxKm raises it', () => {
    const rows = [
      ...couple('H1', { 与村主干路距离: '8' }, { 与村主干路距离: '8' }),
      ...couple('H2', { 与村主干路距离: '5' }),
    ];
    expect(fired(rows, 'living.road-distance')).toEqual([
      `living.road-distance@${cellOf('与村主干路距离', 0)}`,
    ]);
    expect(message(rows, 'living.road-distance')).toBe(
      '与村主干路距离为8公里，超过5公里，请核对数值和单位（公里）。',
    );
    expect(fired(rows, 'living.road-distance', undefined, { roadDistanceMaxKm: 10 })).toEqual([]);
  });
});

describe('与村主干路距离 that is not a number', () => {
  it('is field.number’s, not living.road-distance’s', () => {
    const f = check(couple('H1', { 与村主干路距离: '很远' }, { 与村主干路距离: '很远' }));
    expect(at(f, 'field.number')).toEqual([
      `field.number@${cellOf('与村主干路距离', 0)}`,
      `field.number@${cellOf('与村主干路距离', 1)}`,
    ]);
    expect(at(f, 'living.road-distance')).toEqual([]);
  });
});
