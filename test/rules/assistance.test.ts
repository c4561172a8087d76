import { hits, only, run, sheet } from './helpers';

// Columns: A 序号, B 行政村, C 户编号, D 姓名, E 与户主关系, F 户类型, G 监测对象类别, H 风险是否消除, I 识别监测时间,
// J 风险消除时间, K 帮扶责任人, L 帮扶措施. One-person households (row 4 = first household).
const H = [
  '序号',
  '行政村',
  '户编号',
  '姓名',
  '与户主关系',
  '户类型',
  '监测对象类别',
  '风险是否消除',
  '识别监测时间',
  '风险消除时间',
  '帮扶责任人',
  '帮扶措施',
];
const RULES = ['helper.', 'monitor.'];

let seq = 0;
function hh(o: Record<string, string | number> = {}) {
  seq++;
  return {
    序号: seq,
    行政村: '甲村',
    户编号: `H${seq}`,
    姓名: `户主${seq}`,
    与户主关系: '户主',
    户类型: '脱贫户',
    帮扶责任人: `干部${seq}`,
    帮扶措施: '产业帮扶',
    ...o,
  };
}
const monitored = (o: Record<string, string | number> = {}) =>
  hh({
    户类型: '监测户',
    监测对象类别: '边缘易致贫户',
    风险是否消除: '否',
    识别监测时间: '2023-03-01',
    ...o,
  });

beforeEach(() => {
  seq = 0;
});

describe('helper.missing', () => {
  it('fires for a covered household without 帮扶责任人, not for an uncovered one', () => {
    const f = run([
      sheet('台账', H, [
        hh({ 帮扶责任人: '' }), // row 4: 脱贫户
        hh({ 户类型: '一般农户', 帮扶责任人: '' }), // row 5: not covered
        monitored({ 风险是否消除: '是', 风险消除时间: '2024-01-01', 帮扶责任人: '' }), // row 6: risk eliminated
        monitored({ 帮扶责任人: '' }), // row 7: risk open
      ]),
    ]);
    expect(hits(f, ...RULES)).toEqual(['helper.missing@台账!K4', 'helper.missing@台账!K7']);
  });
});

describe('helper.overload', () => {
  it('warns on every household of a helper with more than 5, counting names after normalisation', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => hh({ 帮扶责任人: '王五' })), // rows 4–8
      hh({ 帮扶责任人: '王 五' }), // row 9: same helper (space)
      ...Array.from({ length: 5 }, () => hh({ 帮扶责任人: '赵六' })), // rows 10–14: exactly 5
    ];
    const f = run([sheet('台账', H, rows)]);
    expect(hits(f, 'helper.overload')).toEqual([4, 5, 6, 7, 8, 9].map((r) => `helper.overload@台账!K${r}`));
    expect(only(f, 'helper.overload').every((x) => x.severity === 'warning')).toBe(true);
    expect(only(f, 'helper.overload')[0].message).toContain('共联系6户，超过每人最多5户');
    // config.helperMaxHouseholds = 6 silences it.
    expect(hits(run([sheet('台账', H, rows)], { helperMaxHouseholds: 6 }), 'helper.overload')).toEqual([]);
  });
});

describe('monitor.category-missing', () => {
  it('fires for a 监测户 without 类别, not with one, not for a 脱贫户', () => {
    const f = run([sheet('台账', H, [monitored({ 监测对象类别: '' }), monitored(), hh()])]);
    expect(hits(f, ...RULES)).toEqual(['monitor.category-missing@台账!G4']);
  });

  it('reports the missing 类别 column once instead of per household', () => {
    const noCat = H.filter((x) => x !== '监测对象类别');
    const f = run([sheet('台账', noCat, [monitored(), monitored()])]);
    expect(hits(f, ...RULES)).toEqual([]);
    const missing = only(f, 'sheet.column-missing').filter((x) => x.message.includes('监测对象类别'));
    expect(missing).toHaveLength(1);
  });
});

describe('monitor.date-order', () => {
  it('fires when 风险消除时间 is before 识别监测时间, not on the same day', () => {
    const f = run([
      sheet('台账', H, [
        monitored({ 风险是否消除: '是', 风险消除时间: '2023-02-28' }),
        monitored({ 风险是否消除: '是', 风险消除时间: '2023-03-01' }),
      ]),
    ]);
    expect(hits(f, ...RULES)).toEqual(['monitor.date-order@台账!J4']);
    expect(only(f, 'monitor.date-order')[0].message).toContain('2023-02-28，早于识别监测时间2023-03-01');
  });
});

describe('monitor.no-measures', () => {
  it('warns for a 监测对象 without 帮扶措施, not for a 脱贫户', () => {
    // Without 识别监测时间 (a date long past would be monitor.measures-overdue instead, rules-v2 §21).
    const f = run([
      sheet('台账', H, [monitored({ 帮扶措施: '', 识别监测时间: '' }), hh({ 帮扶措施: '' }), monitored()]),
    ]);
    expect(hits(f, ...RULES)).toEqual(['monitor.no-measures@台账!L4']);
    expect(only(f, 'monitor.no-measures')[0].severity).toBe('warning');
  });
});
