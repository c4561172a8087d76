// The hand-written v2 people rules (rules/people.ts, rules/land.ts; rules-v2 §3, §6, §17, §18): per rule a case that
// fires, on its cell, and a near case that must not. Through analyze(), on national-export-shaped sheets.
import { only } from '../rules/helpers';
import { at, cellOf, check, couple, person, spell, wcellOf } from './peopleFixtures';

describe('household.spouse-same-sex', () => {
  it('fires at the 配偶’s 与户主关系 when both are 男 by ID and 性别', () => {
    const rows = couple('H1', {}, { 证件号码: person('X', '19860202', true)['证件号码'], 性别: '1' });
    const f = check(rows);
    expect(at(f, 'household.spouse-same-sex')).toEqual([
      `household.spouse-same-sex@${cellOf('与户主关系', 1)}`,
    ]);
    expect(only(f, 'household.spouse-same-sex')[0].message).toContain('均为男');
    // The same fact is not reported again as person.relation-gender — unless this rule is switched off.
    expect(at(f, 'person.relation-gender')).toEqual([]);
    const off = check(rows, undefined, { disabledRules: ['household.spouse-same-sex'] });
    expect(at(off, 'person.relation-gender')).toEqual([`person.relation-gender@${cellOf('与户主关系', 1)}`]);
  });
  it('not for a 男/女 couple, nor where 性别 contradicts the ID (person.gender-mismatch’s)', () => {
    expect(at(check(couple('H1')), 'household.spouse-same-sex')).toEqual([]);
    // The spouse's ID says 女, her 性别 says 男: gender-mismatch fires, this rule yields.
    const f = check(couple('H1', {}, { 性别: '1' }));
    expect(at(f, 'person.gender-mismatch')).toHaveLength(1);
    expect(at(f, 'household.spouse-same-sex')).toEqual([]);
  });
  it('not with two 配偶 (household.multiple-spouses’s)', () => {
    const rows = [...couple('H1'), person('H1', '19880303', false, { 与户主关系: '配偶' })];
    rows[0] = { ...rows[0], 证件号码: person('X', '19840101', false)['证件号码'], 性别: '2' };
    expect(at(check(rows), 'household.spouse-same-sex')).toEqual([]);
  });
});

describe('employment.public-job-no-labour', () => {
  it('fires at 劳动技能 when a 无劳动力 person holds a 公益性岗位', () => {
    const rows = couple('H1', { 劳动技能: '无劳动力', 公益性岗位: '护林员', '公益性岗位(月数)': '12' });
    const f = check(rows);
    expect(at(f, 'employment.public-job-no-labour')).toEqual([
      `employment.public-job-no-labour@${cellOf('劳动技能', 0)}`,
    ]);
    expect(only(f, 'employment.public-job-no-labour')[0].message).toContain('护林员');
  });
  it('fires for a post held through a work spell (就业渠道 公益性岗位)', () => {
    const rows = couple('H1', { 劳动技能: '丧失劳动力' });
    const f = check(rows, [spell(rows[0], { 就业渠道: '公益性岗位' })]);
    expect(at(f, 'employment.public-job-no-labour')).toEqual([
      `employment.public-job-no-labour@${cellOf('劳动技能', 0)}`,
    ]);
  });
  it('not for 弱劳动力或半劳动力 (who these posts are for), nor without a post', () => {
    const rows = [
      ...couple('H1', { 劳动技能: '弱劳动力或半劳动力', 公益性岗位: '护林员', '公益性岗位(月数)': '12' }),
      ...couple('H2', { 劳动技能: '无劳动力' }),
    ];
    expect(at(check(rows), 'employment.public-job-no-labour')).toEqual([]);
  });
});

describe('employment.public-job-elderly', () => {
  it('fires at 公益性岗位 at 70 and over', () => {
    const rows = [person('H1', '19540101', true, { 公益性岗位: '保洁员', '公益性岗位(月数)': '10' })];
    const f = check(rows);
    expect(at(f, 'employment.public-job-elderly')).toEqual([
      `employment.public-job-elderly@${cellOf('公益性岗位', 0)}`,
    ]);
    expect(only(f, 'employment.public-job-elderly')[0].message).toContain('已70岁');
  });
  it('points at the spell’s 就业渠道 when the post is a work spell', () => {
    const rows = [person('H1', '19500101', true)];
    const f = check(rows, [spell(rows[0], { 就业渠道: '公益岗位' })]);
    expect(at(f, 'employment.public-job-elderly')).toEqual([
      `employment.public-job-elderly@W!${wcellOf('就业渠道', 0)}`,
    ]);
  });
  it('not at 69, nor a 70-year-old without a post', () => {
    const rows = [
      person('H1', '19550101', true, { 公益性岗位: '保洁员', '公益性岗位(月数)': '10' }),
      person('H2', '19500101', true),
    ];
    expect(at(check(rows), 'employment.public-job-elderly')).toEqual([]);
    // publicJobAgeMax 65: the 69-year-old with a post is reported.
    expect(at(check(rows, undefined, { publicJobAgeMax: 65 }), 'employment.public-job-elderly')).toEqual([
      `employment.public-job-elderly@${cellOf('公益性岗位', 0)}`,
    ]);
  });
});

describe('employment.public-job-multiple', () => {
  it('fires at 公益性岗位 with more than two distinct posts', () => {
    const f = check([
      person('H1', '19800101', true, { 公益性岗位: '护林员,保洁员、护路员', '公益性岗位(月数)': '12' }),
    ]);
    expect(at(f, 'employment.public-job-multiple')).toEqual([
      `employment.public-job-multiple@${cellOf('公益性岗位', 0)}`,
    ]);
    expect(only(f, 'employment.public-job-multiple')[0].message).toContain('3个公益性岗位');
  });
  it('not for two posts, nor a post repeated', () => {
    const rows = [
      person('H1', '19800101', true, { 公益性岗位: '护林员,保洁员', '公益性岗位(月数)': '12' }),
      person('H2', '19800101', true, { 公益性岗位: '护林员,护林员,护林员', '公益性岗位(月数)': '12' }),
    ];
    expect(at(check(rows), 'employment.public-job-multiple')).toEqual([]);
  });
});

describe('employment.measure-no-worker', () => {
  it('fires at 就业帮扶 when no member has a work spell', () => {
    const rows = couple('H1', { 就业帮扶: '外出务工补贴' });
    const other = couple('H2');
    const f = check([...rows, ...other], [spell(other[0])]);
    expect(at(f, 'employment.measure-no-worker')).toEqual([
      `employment.measure-no-worker@${cellOf('就业帮扶', 0)}`,
    ]);
  });
  it('for a 监测对象: a spell that ended before 识别 does not count', () => {
    const rows = couple('H1', {
      户类型: '',
      监测对象类别: '突发严重困难户',
      风险是否已消除: '否',
      识别监测时间: '202403',
      公益岗位帮扶: '乡村公益性岗位',
    });
    const f = check(rows, [spell(rows[1], { 开始时间: '2022年01月', 结束时间: '2023年06月' })]);
    expect(at(f, 'employment.measure-no-worker')).toEqual([
      `employment.measure-no-worker@${cellOf('公益岗位帮扶', 0)}`,
    ]);
    expect(only(f, 'employment.measure-no-worker')[0].message).toContain('识别以来');
  });
  it('not with a member’s spell, nor for 技能培训 alone, nor without the 务工 export', () => {
    const a = couple('H1', { 就业帮扶: '外出务工补贴' });
    const b = couple('H2', { 就业帮扶: '技能培训' });
    expect(at(check([...a, ...b], [spell(a[1])]), 'employment.measure-no-worker')).toEqual([]);
    expect(at(check(a), 'employment.measure-no-worker')).toEqual([]);
  });
});

describe('phone.worker-not-mobile', () => {
  it('fires at 家庭成员联系电话 for a worker with no phone or a landline', () => {
    const rows = [
      ...couple('H1', { 家庭成员联系电话: '' }),
      ...couple('H2', { 务工所在地: '广东省东莞市', 家庭成员联系电话: '0851-83822111' }),
    ];
    const f = check(rows, [spell(rows[0])]);
    expect(at(f, 'phone.worker-not-mobile')).toEqual([
      `phone.worker-not-mobile@${cellOf('家庭成员联系电话', 0)}`,
      `phone.worker-not-mobile@${cellOf('家庭成员联系电话', 2)}`,
    ]);
    expect(only(f, 'phone.worker-not-mobile')[0].message).toContain('为空');
  });
  it('not for a worker with a mobile, a non-worker without one, or a malformed number (field.phone’s)', () => {
    const rows = [
      ...couple('H1', {}, { 家庭成员联系电话: '' }),
      ...couple('H2', { 务工所在地: '示例县', 家庭成员联系电话: '12345' }),
    ];
    const f = check(rows, [spell(rows[0])]);
    expect(at(f, 'phone.worker-not-mobile')).toEqual([]);
    expect(at(f, 'field.phone')).toHaveLength(1);
  });
});

describe('phone.shared-across-households', () => {
  it('one finding per household whose phone stands in another household', () => {
    const rows = [
      ...couple('H1', { 家庭成员联系电话: '13900001111' }),
      ...couple('H2', {}, { 家庭成员联系电话: '13900001111' }),
      ...couple('H3'),
    ];
    const f = check(rows);
    expect(at(f, 'phone.shared-across-households')).toEqual([
      `phone.shared-across-households@${cellOf('家庭成员联系电话', 0)}`,
      `phone.shared-across-households@${cellOf('家庭成员联系电话', 3)}`,
    ]);
    expect(only(f, 'phone.shared-across-households')[0].message).toContain('2户（本户及户编号H2）');
  });
  it('not within one household, nor for a number in sharedPhoneIgnore', () => {
    const same = couple('H1', { 家庭成员联系电话: '13900001111' }, { 家庭成员联系电话: '13900001111' });
    expect(at(check(same), 'phone.shared-across-households')).toEqual([]);
    const rows = [
      ...couple('H1', { 家庭成员联系电话: '13900001111' }),
      ...couple('H2', { 家庭成员联系电话: '13900001111' }),
    ];
    const ignore = { sharedPhoneIgnore: ['139 0000 1111'] };
    expect(at(check(rows, undefined, ignore), 'phone.shared-across-households')).toEqual([]);
  });
});

describe('phone.shared-different-county', () => {
  it('fires at the second member’s phone when their work counties differ', () => {
    const rows = couple(
      'H1',
      { 家庭成员联系电话: '13900002222', 务工所在地: '广东省东莞市' },
      { 家庭成员联系电话: '13900002222' },
    );
    const f = check(rows, [spell(rows[1], { 务工所在县: '浙江省宁波市鄞州区' })]);
    expect(at(f, 'phone.shared-different-county')).toEqual([
      `phone.shared-different-county@${cellOf('家庭成员联系电话', 1)}`,
    ]);
  });
  it('not when one place names the other, nor when one member does not work', () => {
    const a = couple(
      'H1',
      { 家庭成员联系电话: '13900002222', 务工所在地: '广东省东莞市' },
      { 家庭成员联系电话: '13900002222', 务工所在地: '东莞市' },
    );
    const b = couple(
      'H2',
      { 家庭成员联系电话: '13900003333', 务工所在地: '东莞市' },
      { 家庭成员联系电话: '13900003333' },
    );
    expect(at(check([...a, ...b]), 'phone.shared-different-county')).toEqual([]);
  });
});

describe('living.area-negative / living.area-implausible', () => {
  it('a negative area is an error at its cell; one finding names every negative area', () => {
    const f = check(
      couple(
        'H1',
        { '耕地面积（亩）': '-2', '牧草地面积（亩）': '-1' },
        { '耕地面积（亩）': '-2', '牧草地面积（亩）': '-1' },
      ),
    );
    expect(at(f, 'living.area-negative')).toEqual([`living.area-negative@${cellOf('耕地面积（亩）', 0)}`]);
    expect(only(f, 'living.area-negative')[0]).toMatchObject({ severity: 'error' });
    expect(only(f, 'living.area-negative')[0].message).toBe('耕地面积为负数-2、牧草地面积为负数-1，请更正。');
  });
  it('an area above its maximum is a warning (林地 200, 牧草地 100); 0 and the maximum itself are fine', () => {
    const big = { '林地面积（亩）': '250', '牧草地面积（亩）': '100' };
    const f = check(couple('H1', big, big));
    expect(at(f, 'living.area-implausible')).toEqual([
      `living.area-implausible@${cellOf('林地面积（亩）', 0)}`,
    ]);
    expect(only(f, 'living.area-implausible')[0].message).toContain('林地面积为250亩，超过200亩');
    const ok = { '林地面积（亩）': '200', '耕地面积（亩）': '0' };
    expect(at(check(couple('H1', ok, ok)), 'living.area-negative', 'living.area-implausible')).toEqual([]);
  });
  it('landAreaMax: one number for every kind, or per kind by key or header', () => {
    const big = { '林地面积（亩）': '250' };
    const rows = couple('H1', big, big);
    expect(at(check(rows, undefined, { landAreaMax: 1000 }), 'living.area-implausible')).toEqual([]);
    expect(at(check(rows, undefined, { landAreaMax: { 林地面积: 300 } }), 'living.area-implausible')).toEqual(
      [],
    );
    expect(
      at(check(rows, undefined, { landAreaMax: { forestLand: 240 } }), 'living.area-implausible'),
    ).toHaveLength(1);
  });
});
