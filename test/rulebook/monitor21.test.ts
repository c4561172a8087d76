// rules-v2 §21 behaviour changes of existing rules (part "monitor"), through analyze(): each with the case the
// change is about and the case that stays as before.
import { hits, makeId, only, run, sheet } from '../rules/helpers';
import type { CellValue } from '../../src/core/types';

const P = ['序号', '村', '户编号', '人编号', '姓名', '证件号码', '与户主关系', '劳动技能'];

describe('id.region: 999999… is the placeholder for a person without an ID', () => {
  it('one id.region finding saying so, no checksum, birth-date or duplicate finding', () => {
    const placeholder = '999999200001010011';
    const f = run([
      sheet('名单', P, [
        {
          序号: 1,
          村: '甲村',
          户编号: 'H1',
          姓名: '甲',
          证件号码: makeId('19790101', 1, true),
          与户主关系: '户主',
        },
        { 序号: 2, 村: '甲村', 户编号: 'H1', 姓名: '乙', 证件号码: placeholder, 与户主关系: '之子' },
        { 序号: 3, 村: '甲村', 户编号: 'H1', 姓名: '丙', 证件号码: placeholder, 与户主关系: '之女' },
        // A wrong province code that is no placeholder keeps the usual message.
        { 序号: 4, 村: '甲村', 户编号: 'H2', 姓名: '丁', 证件号码: '990102197901010011', 与户主关系: '户主' },
      ]),
    ]);
    expect(hits(f, 'id.')).toEqual(
      [
        'id.region@名单!F5',
        'id.region@名单!F6',
        'id.region@名单!F7',
        // 990102…: a bad province code and, since the check character was not made for it, a checksum error
        ...hits(f, 'id.checksum'),
      ].sort(),
    );
    const [a, , c] = only(f, 'id.region');
    expect(a.message).toContain('以999999开头，是系统中无证件人员的占位号码');
    expect(c.message).toContain('前两位“99”不是省级行政区划代码');
  });
});

describe('labor.child-worker: a 务工 spell with 就业渠道 公益岗位 counts as a post', () => {
  const W = [
    '县',
    '乡',
    '行政村',
    '户编号',
    '人编号',
    '证件号码',
    '姓名',
    '开始时间',
    '结束时间',
    '务工所在县',
    '就业渠道',
    '务工月收入',
  ];
  const kid = makeId('20120301', 7, true);
  const kid2 = makeId('20120301', 9, true);
  const persons = sheet('监测对象信息', P, [
    {
      序号: 1,
      村: '甲村',
      户编号: 'H1',
      人编号: 'P1',
      姓名: '甲',
      证件号码: makeId('19790101', 1, true),
      与户主关系: '户主',
      劳动技能: '普通劳动力',
    },
    {
      序号: 2,
      村: '甲村',
      户编号: 'H1',
      人编号: 'P2',
      姓名: '小甲',
      证件号码: kid,
      与户主关系: '之子',
      劳动技能: '无劳动力',
    },
    {
      序号: 3,
      村: '甲村',
      户编号: 'H1',
      人编号: 'P3',
      姓名: '小乙',
      证件号码: kid2,
      与户主关系: '之子',
      劳动技能: '无劳动力',
    },
  ]);
  const spell = (pid: string, id: string, channel: string) => ({
    县: '示例县',
    乡: '示例镇',
    行政村: '甲村',
    户编号: 'H1',
    人编号: pid,
    证件号码: id,
    姓名: 'x',
    开始时间: '2024年03月',
    结束时间: '',
    务工所在县: '示例县',
    就业渠道: channel,
    务工月收入: '800',
  });
  it('fires for the child with a 公益岗位 spell, not for one with another channel', () => {
    const f = run([
      persons,
      sheet('已外出务工信息', W, [spell('P2', kid, '公益岗位'), spell('P3', kid2, '自主务工')]),
    ]);
    expect(hits(f, 'labor.child-worker')).toEqual(['labor.child-worker@监测对象信息!F5']);
    expect(only(f, 'labor.child-worker')[0].message).toContain('就业渠道为公益岗位的务工记录');
  });
});

describe('edu.out-of-school: compulsoryEducationAgeDate', () => {
  const H = ['序号', '村', '户编号', '姓名', '证件号码', '与户主关系', '户类型', '在校生状况', '文化程度'];
  // Born 2009-10: 15 at the reference date 2024-12-31, 14 on 2024-09-01.
  const rows: Array<Record<string, CellValue>> = [
    {
      序号: 1,
      村: '甲村',
      户编号: 'H1',
      姓名: '甲',
      证件号码: makeId('19790101', 1, true),
      与户主关系: '户主',
      户类型: '脱贫户',
      文化程度: '初中',
    },
    {
      序号: 2,
      村: '甲村',
      户编号: 'H1',
      姓名: '小甲',
      证件号码: makeId('20091015', 2, true),
      与户主关系: '之子',
      户类型: '脱贫户',
      在校生状况: '非在校生',
    },
  ];
  it('referenceDate (default): 15 is past [6, 15); schoolYearStart: 14 on 1 September is within', () => {
    expect(hits(run([sheet('台账', H, rows)]), 'edu.out-of-school')).toEqual([]);
    const f = run([sheet('台账', H, rows)], { compulsoryEducationAgeDate: 'schoolYearStart' });
    expect(hits(f, 'edu.out-of-school')).toEqual(['edu.out-of-school@台账!H5']);
  });
});
