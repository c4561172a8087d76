import { hits, makeId, only, run, sheet } from './helpers';

// A 2021+ style person sheet. Columns: A 序号, B 行政村, C 户编号, D 姓名, E 证件号码, F 与户主关系, G 户类型,
// H 监测对象类别, I 风险是否消除, J 文化程度, K 在校生状况, L 未上学原因, M 城乡居民医保, N 职工医保, O 是否危房户,
// P 危房级别, Q 是否解决安全饮用水.
const H = [
  '序号',
  '行政村',
  '户编号',
  '姓名',
  '证件号码',
  '与户主关系',
  '户类型',
  '易返贫致贫户(监测对象)类型',
  '风险是否消除',
  '文化程度',
  '在校生状况',
  '义务教育阶段未上学原因',
  '是否参加城乡居民基本医疗保险',
  '是否参加城镇职工基本医疗保险',
  '是否危房户',
  '危房级别',
  '是否解决安全饮用水',
];
const SEC = ['edu.', 'medical.', 'housing.', 'water.'];

let seq = 0;
/** A member: safe defaults (adult, 初中, insured, safe housing and water) overridden by `o`. */
function m(hid: string, birth: string, rel: string, o: Record<string, string | number> = {}) {
  seq++;
  return {
    序号: seq,
    行政村: '甲村',
    户编号: hid,
    姓名: `成员${seq}`,
    证件号码: makeId(birth, seq, rel === '户主' || rel === '之子'),
    与户主关系: rel,
    户类型: '脱贫户',
    文化程度: '初中',
    是否参加城乡居民基本医疗保险: '是',
    是否参加城镇职工基本医疗保险: '否',
    是否危房户: '否',
    是否解决安全饮用水: '是',
    ...o,
  };
}
const child = (o: Record<string, string | number>) => ({ 文化程度: '', ...o });

describe('edu.out-of-school', () => {
  it('fires for a 6-year-old not in school, not for a 5-year-old, a 16-year-old non-student or a recorded reason', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主'),
        m('H1', '20190601', '之子', child({ 在校生状况: '学龄前儿童' })), // 5 → not yet compulsory age
        m('H1', '20180601', '之子', child({ 在校生状况: '学龄前儿童' })), // 6 → fires
        m('H1', '20080601', '之子', { 文化程度: '初中', 在校生状况: '' }), // 16 → outside [6, 15)
        m('H1', '20150601', '之子', {
          文化程度: '小学',
          在校生状况: '非在校生',
          义务教育阶段未上学原因: '因病',
        }), // 9, reason given
        m('H1', '20090601', '之女', child({ 在校生状况: '九年级' })), // 15, 九年级: fine
        m('H1', '20140601', '之女', { 文化程度: '', 在校生状况: '' }), // 10, blank → fires (and both-empty conflict)
      ]),
    ]);
    expect(hits(f, 'edu.out-of-school')).toEqual(['edu.out-of-school@名单!K10', 'edu.out-of-school@名单!K6']);
    expect(only(f, 'edu.out-of-school')[0].message).toContain('6–14岁');
    expect(hits(f, 'edu.grade-age', 'edu.status-conflict')).toEqual(['edu.status-conflict@名单!J10']);
  });

  it('follows config.compulsoryEducationAges (6–16 counts the 15-year-old)', () => {
    seq = 0;
    const rows = [
      m('H1', '19800101', '户主'),
      m('H1', '20090601', '之子', { 文化程度: '初中', 在校生状况: '' }),
    ];
    expect(hits(run([sheet('名单', H, rows)]), 'edu.out-of-school')).toEqual([]);
    expect(
      hits(run([sheet('名单', H, rows)], { compulsoryEducationAges: [6, 16] }), 'edu.out-of-school'),
    ).toEqual(['edu.out-of-school@名单!K5']);
  });
});

describe('edu.grade-age', () => {
  it('小学 outside 6–14, 高中及以上 at 14 or younger, 学前 at 20 or older', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主'),
        m('H1', '20190601', '之子', child({ 在校生状况: '小学' })), // 5 → fires
        m('H1', '20090601', '之子', child({ 在校生状况: '小学' })), // 15 → fires
        m('H1', '20100601', '之女', child({ 在校生状况: '小学' })), // 14 → fine
        m('H1', '20100601', '之女', child({ 在校生状况: '普通高中一年级' })), // 14 → fires
        m('H1', '20090601', '之女', child({ 在校生状况: '中职一年级' })), // 15 → fine
        m('H1', '20000101', '之女', child({ 在校生状况: '学前教育' })), // 24 → fires
        m('H1', '20060101', '之子', child({ 在校生状况: '本科一年级' })), // 18 → fine
      ]),
    ]);
    expect(hits(f, 'edu.grade-age')).toEqual([
      'edu.grade-age@名单!K10',
      'edu.grade-age@名单!K5',
      'edu.grade-age@名单!K6',
      'edu.grade-age@名单!K8',
    ]);
    expect(only(f, 'edu.grade-age').every((x) => x.severity === 'warning')).toBe(true);
  });
});

describe('edu.status-conflict', () => {
  it('exactly one of 文化程度 and 在校生状况; 非在校生 counts as empty, 学龄前儿童 in 文化程度 as the student side', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主', { 文化程度: '小学', 在校生状况: '' }), // fine
        m('H1', '20120601', '之子', { 文化程度: '小学', 在校生状况: '七年级' }), // both → fires
        m('H1', '19820101', '配偶', { 文化程度: '', 在校生状况: '' }), // neither → fires
        m('H1', '19820101', '之女', { 文化程度: '初中', 在校生状况: '非在校生' }), // fine (2016)
        m('H1', '20210601', '之子', { 文化程度: '学龄前儿童', 在校生状况: '非在校生' }), // fine (2016)
        m('H1', '20210601', '之女', { 文化程度: '学龄前儿童', 在校生状况: '学前教育' }), // fine
      ]),
    ]);
    expect(hits(f, 'edu.status-conflict')).toEqual([
      'edu.status-conflict@名单!J5',
      'edu.status-conflict@名单!J6',
    ]);
  });
});

describe('medical', () => {
  it('uninsured when neither basic insurance is 是; double when both', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主'),
        m('H1', '19820101', '配偶', {
          是否参加城乡居民基本医疗保险: '否',
          是否参加城镇职工基本医疗保险: '是',
        }),
        m('H1', '20000101', '之子', { 是否参加城乡居民基本医疗保险: '否' }),
        m('H1', '20000101', '之女', { 是否参加城乡居民基本医疗保险: '', 是否参加城镇职工基本医疗保险: '' }),
        m('H1', '19500101', '之父', { 是否参加城镇职工基本医疗保险: '是' }),
      ]),
    ]);
    expect(hits(f, 'medical.')).toEqual([
      'medical.double-insured@名单!M8',
      'medical.uninsured@名单!M6',
      'medical.uninsured@名单!M7',
    ]);
  });

  it('without either medical column: one sheet.column-missing, no per-row findings', () => {
    const noMed = H.filter((h) => !h.includes('医疗保险'));
    seq = 0;
    const f = run([sheet('名单', noMed, [m('H1', '19800101', '户主'), m('H1', '19820101', '配偶')])]);
    expect(hits(f, 'medical.')).toEqual([]);
    const missing = only(f, 'sheet.column-missing').filter((x) => x.message.includes('未参加基本医疗保险'));
    expect(missing).toHaveLength(1);
  });
});

describe('housing and water (household level, once per household)', () => {
  it('是否危房户 = 是 or 危房级别 C/D; 饮水 = 否', () => {
    seq = 0;
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主', { 是否危房户: '是', 是否解决安全饮用水: '否' }),
        m('H1', '19820101', '配偶', { 是否危房户: '是', 是否解决安全饮用水: '否' }),
        m('H2', '19700101', '户主', { 危房级别: 'D级' }),
        m('H3', '19700101', '户主', { 危房级别: 'B' }),
      ]),
    ]);
    expect(hits(f, 'housing.', 'water.')).toEqual([
      'housing.unsafe@名单!O4',
      'housing.unsafe@名单!P6',
      'water.unsafe@名单!Q4',
    ]);
    expect(only(f, 'housing.unsafe').map((x) => x.householdId)).toEqual(['H1', 'H2']);
  });
});

describe('covered households only', () => {
  it('a 监测 household with risk eliminated gets no 三保障 findings; one with open risk does', () => {
    seq = 0;
    const bad = { 是否危房户: '是', 是否解决安全饮用水: '否', 是否参加城乡居民基本医疗保险: '否' };
    const mon = (eliminated: string) => ({ 户类型: '监测户', ...bad, 风险是否消除: eliminated });
    const f = run([
      sheet('名单', H, [
        m('H1', '19800101', '户主', { ...mon('是'), '易返贫致贫户(监测对象)类型': '边缘易致贫户' }),
        m('H1', '20160601', '之子', {
          ...mon('是'),
          '易返贫致贫户(监测对象)类型': '边缘易致贫户',
          文化程度: '',
          在校生状况: '',
        }),
        m('H2', '19800101', '户主', { ...mon('否'), '易返贫致贫户(监测对象)类型': '突发严重困难户' }),
      ]),
    ]);
    expect(hits(f, ...SEC)).toEqual([
      'housing.unsafe@名单!O6',
      'medical.uninsured@名单!M6',
      'water.unsafe@名单!Q6',
    ]);
  });
});
