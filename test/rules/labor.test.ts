import { hits, makeId, only, run, sheet } from './helpers';

// Columns: A 序号, B 行政村, C 户编号, D 姓名, E 证件号码, F 与户主关系, G 劳动技能, H 务工时间（月）, I 公益性岗位.
const H = [
  '序号',
  '行政村',
  '户编号',
  '姓名',
  '证件号码',
  '与户主关系',
  '劳动技能',
  '务工时间（月）',
  '公益性岗位',
];
let seq = 0;
function m(birth: string, rel: string, o: Record<string, string | number> = {}) {
  seq++;
  return {
    序号: seq,
    行政村: '甲村',
    户编号: 'H1',
    姓名: `成员${seq}`,
    证件号码: makeId(birth, seq, true),
    与户主关系: rel,
    劳动技能: '普通劳动力',
    '务工时间（月）': 0,
    公益性岗位: '否',
    ...o,
  };
}

describe('labor.work-months', () => {
  it('outside 0–12 fires; 0, 12 and text "6" do not; a non-number is field.number only', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('19800101', '户主', { '务工时间（月）': 13 }),
        m('19800101', '配偶', { '务工时间（月）': -1 }),
        m('19800101', '之兄弟姐妹', { '务工时间（月）': 12 }),
        m('19800101', '之兄弟姐妹', { '务工时间（月）': '6' }),
        m('19800101', '之兄弟姐妹', { '务工时间（月）': '约3个月' }),
      ]),
    ]);
    expect(hits(f, 'labor.work-months')).toEqual(['labor.work-months@名单!H4', 'labor.work-months@名单!H5']);
    expect(hits(f, 'field.number')).toEqual(['field.number@名单!H8']);
    expect(only(f, 'labor.work-months')[0].message).toContain('13');
  });

  it('a sheet without 务工时间 gets one sheet.column-missing', () => {
    seq = 0;
    const noMonths = H.filter((h) => !h.startsWith('务工'));
    const f = run([sheet('名单', noMonths, [m('19800101', '户主'), m('19800101', '配偶')])]);
    expect(hits(f, 'labor.')).toEqual([]);
    expect(
      only(f, 'sheet.column-missing').filter((x) => x.message.includes('务工时间超出范围')),
    ).toHaveLength(1);
  });
});

describe('labor.child-worker', () => {
  it('under 16 with a working skill, work months or a 公益性岗位; not at 16, not for 无劳动力 with nothing filled', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('19800101', '户主'),
        m('20090601', '之子'), // 15, 普通劳动力 → fires at G
        m('20090601', '之子', { 劳动技能: '无劳动力' }), // 15, nothing → fine
        m('20140601', '之子', { 劳动技能: '无劳动力', '务工时间（月）': 3 }), // 10, months → fires at H
        m('20120601', '之子', { 劳动技能: '', 公益性岗位: '护林员' }), // 12, post → fires at I
        m('20080601', '之子', { 劳动技能: '技能劳动力', '务工时间（月）': 6 }), // 16 → fine
        m('20120601', '之子', { 劳动技能: '无劳动力', 公益性岗位: '无' }), // 12, 无 → fine
      ]),
    ]);
    expect(hits(f, 'labor.child-worker')).toEqual([
      'labor.child-worker@名单!G5',
      'labor.child-worker@名单!H7',
      'labor.child-worker@名单!I8',
    ]);
    const first = only(f, 'labor.child-worker')[0];
    expect(first.severity).toBe('warning');
    expect(first.message).toContain('15岁');
  });
});
