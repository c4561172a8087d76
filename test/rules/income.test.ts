import fc from 'fast-check';
import { analyze } from '../../src/core/engine';
import { divRoundHalfAway, perCapitaOf } from '../../src/core/calc/income';
import { CONFIG, TODAY, hits, only, run, sheet } from './helpers';

// Columns: A 序号, B 行政村, C 户编号, D 姓名, E 与户主关系, F 人数, G 户类型, H 工资性收入, I 生产经营性收入,
// J 财产性收入, K 转移性收入, L 生产经营性支出, M 纯收入, N 人均纯收入, O 务工时间（月）. No ID column (not needed
// here). 2024 lines: 贫困线 4000, 监测线 6000.
const H = [
  '序号',
  '行政村',
  '户编号',
  '姓名',
  '与户主关系',
  '人数',
  '户类型',
  '工资性收入',
  '生产经营性收入',
  '财产性收入',
  '转移性收入',
  '生产经营性支出',
  '纯收入',
  '人均纯收入',
  '务工时间（月）',
];
const INCOME = 'income.';

type Row = Record<string, string | number>;
let seq = 0;
/**
 * A household of `size` members with consistent income: 工资性 15000 + 经营 4000 + 财产 0 + 转移 2000 − 支出 1000 =
 * 纯收入 20000, 人均 20000 ÷ size. The 户主 works 6 months. `o` overrides household fields on every row.
 */
function household(hid: string, size: number, o: Row = {}, member: (i: number) => Row = () => ({})): Row[] {
  const net = 20000;
  return Array.from({ length: size }, (_, i) => {
    seq++;
    return {
      序号: seq,
      行政村: '甲村',
      户编号: hid,
      姓名: `成员${seq}`,
      与户主关系: i === 0 ? '户主' : '之子',
      人数: size,
      户类型: '脱贫户',
      工资性收入: 15000,
      生产经营性收入: 4000,
      财产性收入: 0,
      转移性收入: 2000,
      生产经营性支出: 1000,
      纯收入: net,
      人均纯收入: Math.round((net / size) * 100) / 100,
      '务工时间（月）': i === 0 ? 6 : 0,
      ...o,
      ...member(i),
    };
  });
}
const book = (...hs: Row[][]) => [sheet('台账', H, hs.flat())];

beforeEach(() => {
  seq = 0;
});

describe('a consistent ledger', () => {
  it('has no income findings', () => {
    expect(hits(run(book(household('H1', 2), household('H2', 3))), INCOME)).toEqual([]);
  });
});

describe('income.negative', () => {
  it('fires once per household and component below 0, not for 0', () => {
    const f = run(
      book(
        household('H1', 2, { 财产性收入: -100, 纯收入: 19900, 人均纯收入: 9950 }),
        household('H2', 2, { 财产性收入: 0 }),
      ),
    );
    expect(hits(f, INCOME)).toEqual(['income.negative@台账!J4']);
    expect(only(f, 'income.negative')[0].message).toContain('财产性收入为-100');
  });
});

describe('income.net-mismatch', () => {
  it('fires at 1.5 元 difference with tolerance 1, not at 0.5', () => {
    const f = run(
      book(
        household('H1', 1, { 纯收入: 20000.5, 人均纯收入: 20000.5 }), // row 4
        household('H2', 1, { 纯收入: 20001.5, 人均纯收入: 20001.5 }), // row 5
      ),
    );
    expect(hits(f, INCOME)).toEqual(['income.net-mismatch@台账!M5']);
    expect(only(f, 'income.net-mismatch')[0].message).toContain(
      '填写为20001.50元，按各项收入计算应为20000.00元',
    );
  });

  it('follows config.incomeTolerance (0.01 catches the 0.5 元 case)', () => {
    const f = run(book(household('H1', 1, { 纯收入: 20000.5, 人均纯收入: 20000.5 })), {
      incomeTolerance: 0.01,
    });
    expect(hits(f, INCOME)).toEqual(['income.net-mismatch@台账!M4']);
  });

  it('checks a stored 年收入 against the four components under the same rule', () => {
    const G = [...H, '年收入'];
    const rows = [
      ...household('H1', 1, { 年收入: 21000 }), // 15000 + 4000 + 0 + 2000
      ...household('H2', 1, { 年收入: 20000 }), // net written as gross
    ];
    const f = run([sheet('台账', G, rows)]);
    expect(hits(f, INCOME)).toEqual(['income.net-mismatch@台账!P5']);
    expect(only(f, 'income.net-mismatch')[0].message).toContain('年收入');
  });
});

describe('income.per-capita-mismatch', () => {
  it('fires at 1.5 元, not at 0.5 元, once per household', () => {
    const f = run(
      book(
        household('H1', 2, { 人均纯收入: 10000.5 }), // rows 4–5
        household('H2', 2, { 人均纯收入: 10001.5 }), // rows 6–7
      ),
    );
    expect(hits(f, INCOME)).toEqual(['income.per-capita-mismatch@台账!N6']);
    expect(only(f, 'income.per-capita-mismatch')[0].severity).toBe('error');
    // The value repeats on both member rows: no one-click fix that would fix only one copy.
    expect(only(f, 'income.per-capita-mismatch')[0].fix).toBeUndefined();
  });

  it('offers the recomputed value as a fix when the household has a single row', () => {
    const f = run(book(household('H1', 1, { 人均纯收入: 19990 })));
    const x = only(f, 'income.per-capita-mismatch');
    expect(x).toHaveLength(1);
    expect(x[0].fix).toMatchObject({ sheet: '台账', cell: 'N4', from: 19990, to: 20000 });
  });

  it('says which size matched (info) when 人均 was divided by the member rows instead of 人数', () => {
    // 人数 3 but two member rows; 人均 10000 = 20000 ÷ 2.
    const f = run(book(household('H1', 2, { 人数: 3, 人均纯收入: 10000 })));
    const x = only(f, 'income.per-capita-mismatch');
    expect(x.map((y) => `${y.cell} ${y.severity}`)).toEqual(['N4 info']);
    expect(x[0].message).toContain('按成员记录数2人计算');
    expect(x[0].message).toContain('按家庭人口数3人计算为6666.67元');
  });

  it('uses config.householdSizeBasis', () => {
    const f = run(book(household('H1', 2, { 人数: 3, 人均纯收入: 10000 })), {
      householdSizeBasis: 'memberRows',
    });
    expect(hits(f, 'income.per-capita-mismatch')).toEqual([]);
  });
});

describe('income.subtotal-mismatch', () => {
  // Every 转移性收入 sub-item column: a complete breakdown.
  const S = [...H, '计划生育金', '低保金', '特困供养金', '养老金或离退休金', '生态补偿金', '其他转移性收入'];
  it('fires when 转移性收入 differs from its filled sub-items, not when equal or all blank', () => {
    const rows = [
      ...household('H1', 1, { 低保金: 1500, 养老金或离退休金: 500 }), // = 2000
      ...household('H2', 1, { 低保金: 1502, 养老金或离退休金: 500 }), // 2002 ≠ 2000
      ...household('H3', 1), // sub-items blank: skipped
      ...household('H4', 1, { 低保金: 1500.5, 养老金或离退休金: 500 }), // within tolerance
      ...household('H5', 1, { 低保金: 1000, 养老金或离退休金: 500 }), // 1500 < 2000: the breakdown is short
    ];
    const f = run([sheet('台账', S, rows)]);
    expect(hits(f, INCOME)).toEqual(['income.subtotal-mismatch@台账!K5', 'income.subtotal-mismatch@台账!K8']);
    expect(only(f, 'income.subtotal-mismatch')[0].message).toContain(
      '各分项之和为2002.00元（低保金1502.00 + 养老金或离退休金500.00）',
    );
  });
});

describe('income.subitem-exceeds-component', () => {
  // Three of the six sub-items (the national export lists some only): no complete breakdown.
  const S = [...H, '低保金', '养老金或离退休金', '其他转移性收入'];
  it('checks only that the present sub-items do not exceed the component', () => {
    const rows = [
      ...household('H1', 1, { 低保金: 1000 }), // 1000 < 2000: a partial list, nothing to say
      ...household('H2', 1, { 低保金: 1502, 养老金或离退休金: 500 }), // 2002 > 2000
      ...household('H3', 1, { 低保金: 1500.5, 养老金或离退休金: 500 }), // within tolerance
    ];
    const f = run([sheet('台账', S, rows)]);
    expect(hits(f, INCOME)).toEqual(['income.subitem-exceeds-component@台账!K5']);
    const x = only(f, 'income.subitem-exceeds-component')[0];
    expect(x.severity).toBe('error');
    expect(x.message).toContain(
      '转移性收入的分项合计2002.00元（低保金1502.00 + 养老金或离退休金500.00），超过该项收入2000.00元',
    );
  });
});

describe('income.implausible', () => {
  it('fires above 100000 and at 0, not at 100000', () => {
    const f = run(
      book(
        household('H1', 1, { 生产经营性收入: 84000, 纯收入: 100000, 人均纯收入: 100000 }),
        household('H2', 1, { 生产经营性收入: 84001, 纯收入: 100001, 人均纯收入: 100001 }),
        household('H3', 1, {
          工资性收入: 0,
          生产经营性收入: 0,
          转移性收入: 0,
          生产经营性支出: 0,
          纯收入: 0,
          人均纯收入: 0,
          '务工时间（月）': 0,
          户类型: '监测户',
        }),
      ),
    );
    expect(hits(f, 'income.implausible')).toEqual([
      'income.implausible@台账!N5',
      'income.implausible@台账!N6',
    ]);
  });
});

describe('poverty and monitoring lines', () => {
  /** One-person household with 人均 = net (元), via 转移性收入. */
  const at = (hid: string, net: number, type = '脱贫户') =>
    household(hid, 1, {
      工资性收入: 0,
      生产经营性收入: 0,
      生产经营性支出: 0,
      转移性收入: net,
      纯收入: net,
      人均纯收入: net,
      '务工时间（月）': 0,
      户类型: type,
    });

  it('below-poverty-line for a 脱贫户 under 4000 (also below the monitoring line); monitoring line under 6000', () => {
    const f = run(
      book(
        at('H1', 3999.99), // row 4: below 4000
        at('H2', 4000), // row 5: at the poverty line → only below monitoring
        at('H3', 5999.99), // row 6: below 6000
        at('H4', 6000), // row 7: at the line → nothing
        at('H5', 3000, '监测户'), // row 8: risk-open 监测对象: neither (already monitored, not 脱贫户)
        at('H6', 5000, '一般农户'), // row 9: not covered, not monitored → monitoring line
      ),
    );
    expect(hits(f, 'income.below-poverty-line', 'income.below-monitoring-line')).toEqual([
      'income.below-monitoring-line@台账!N4',
      'income.below-monitoring-line@台账!N5',
      'income.below-monitoring-line@台账!N6',
      'income.below-monitoring-line@台账!N9',
      'income.below-poverty-line@台账!N4',
    ]);
    expect(only(f, 'income.below-poverty-line')[0].message).toContain('3999.99元，低于2024年贫困线4000元');
    expect(only(f, 'income.below-monitoring-line')[0].severity).toBe('warning');
  });

  it('a 2014–2020 ledger: 已脱贫 (脱贫标志) below the line fires, 未脱贫 does not', () => {
    const L = ['序号', '行政村', '户编号', '姓名', '与户主关系', '人数', '脱贫标志', '人均纯收入'];
    const rows = [
      {
        序号: 1,
        行政村: '甲村',
        户编号: 'H1',
        姓名: '甲',
        与户主关系: '户主',
        人数: 1,
        脱贫标志: '已脱贫',
        人均纯收入: 2800,
      },
      {
        序号: 2,
        行政村: '甲村',
        户编号: 'H2',
        姓名: '乙',
        与户主关系: '户主',
        人数: 1,
        脱贫标志: '未脱贫',
        人均纯收入: 2800,
      },
    ];
    const f = run([sheet('台账', L, rows)], { year: 2017, referenceDate: '2017-12-31' });
    expect(hits(f, 'income.below-poverty-line')).toEqual(['income.below-poverty-line@台账!H4']);
    // No 监测 before 2020: no monitoring-line prompt for a 2017 ledger, for either household.
    expect(hits(f, 'income.below-monitoring-line')).toEqual([]);
    // In 2020 the monitoring line applies — but not to a household that is still poor (未脱贫).
    const f2020 = run([sheet('台账', L, rows)], { year: 2020, referenceDate: '2020-12-31' });
    expect(hits(f2020, 'income.below-monitoring-line')).toEqual(['income.below-monitoring-line@台账!H4']);
  });
});

describe('income.business-no-expense', () => {
  it('fires for 经营收入 > 0 with 支出 empty or 0, not with 支出 1', () => {
    const f = run(
      book(
        household('H1', 1, { 生产经营性支出: '', 纯收入: 21000, 人均纯收入: 21000 }),
        household('H2', 1, { 生产经营性支出: 0, 纯收入: 21000, 人均纯收入: 21000 }),
        household('H3', 1, { 生产经营性支出: 1, 纯收入: 20999, 人均纯收入: 20999 }),
      ),
    );
    expect(hits(f, INCOME)).toEqual([
      'income.business-no-expense@台账!L4',
      'income.business-no-expense@台账!L5',
    ]);
  });
});

describe('income.wage-no-worker', () => {
  const noWage = { 工资性收入: 0, 生产经营性收入: 19000, 纯收入: 20000, 人均纯收入: 10000 };
  it('fires both ways, once per household', () => {
    const f = run(
      book(
        household('H1', 2, { '务工时间（月）': 0 }), // rows 4–5: wage, nobody works
        household('H2', 2, {}, (i) => ({ '务工时间（月）': i === 1 ? 1 : 0 })), // rows 6–7: one member 1 month
        household('H3', 2, noWage, (i) => ({ '务工时间（月）': i === 1 ? 3 : 0 })), // rows 8–9: works, no wage
        household('H4', 2, { ...noWage, '务工时间（月）': 0 }), // rows 10–11: no wage, no work
      ),
    );
    expect(hits(f, INCOME)).toEqual(['income.wage-no-worker@台账!H4', 'income.wage-no-worker@台账!H8']);
    const reverse = only(f, 'income.wage-no-worker')[1];
    expect(reverse.message).toContain('务工3个月');
  });

  it('counts a 公益性岗位 as work, and is silent without work columns', () => {
    const W = [...H.filter((x) => x !== '务工时间（月）'), '公益性岗位'];
    const rows = [
      ...household('H1', 1, { 公益性岗位: '护林员' }),
      ...household('H2', 1, { 公益性岗位: '否' }), // row 5: wage, no post
    ].map(({ '务工时间（月）': _m, ...r }) => r);
    expect(hits(run([sheet('台账', W, rows)]), INCOME)).toEqual(['income.wage-no-worker@台账!H5']);
    const none = H.filter((x) => x !== '务工时间（月）');
    const rows2 = household('H1', 1, { '务工时间（月）': 0 }).map(({ '务工时间（月）': _m, ...r }) => r);
    expect(hits(run([sheet('台账', none, rows2)]), INCOME)).toEqual([]);
  });
});

describe('exact arithmetic in 分', () => {
  const report = (rows: Row[], extra: Record<string, unknown> = {}) =>
    analyze([sheet('台账', H, rows)], { ...CONFIG, ...extra }, TODAY).report;

  it('recomputes 纯收入 as the exact decimal sum of random 2-decimal components', () => {
    const fen = fc.integer({ min: 0, max: 50_000_000 });
    fc.assert(
      fc.property(fen, fen, fen, fen, fen, fc.integer({ min: 1, max: 9 }), (w, b, p, t, e, size) => {
        seq = 0;
        const y = (x: number) => x / 100;
        const rows = household('H1', size, {
          工资性收入: y(w),
          生产经营性收入: y(b),
          财产性收入: y(p),
          转移性收入: y(t),
          生产经营性支出: y(e),
          纯收入: '',
          人均纯收入: '',
        });
        const h = report(rows).households[0];
        const net = w + b + p + t - e;
        expect(h.netIncome).toBe(net / 100);
        expect(h.grossIncome).toBe((w + b + p + t) / 100);
        expect(h.perCapitaNetIncome).toBe(divRoundHalfAway(net, size) / 100);
      }),
      { numRuns: 60 },
    );
  });

  it('rounds 人均 half away from zero at 分', () => {
    expect(perCapitaOf(1_000_001, 3)).toBe(333_334); // 10000.01 ÷ 3 = 3333.3366…
    expect(perCapitaOf(1, 2)).toBe(1); // 0.005 → 0.01
    expect(perCapitaOf(-1, 2)).toBe(-1); // −0.005 → −0.01
    expect(perCapitaOf(201, 2)).toBe(101); // 1.005 → 1.01 (binary floats give 1.00)
    expect(perCapitaOf(10_001, 2)).toBe(5001); // 50.005 → 50.01
    expect(perCapitaOf(3, 2)).toBe(2); // 0.015 → 0.02
    const one = (net: number, size: number) =>
      report(
        household('H1', size, {
          工资性收入: net,
          生产经营性收入: 0,
          转移性收入: 0,
          生产经营性支出: 0,
          纯收入: net,
          人均纯收入: '',
        }),
      ).households[0].perCapitaNetIncome;
    expect(one(10000.01, 3)).toBe(3333.34);
    expect(one(2.01, 2)).toBe(1.01);
    expect(one(0.01, 2)).toBe(0.01);
  });

  it('falls back to the stored 纯收入 when there are no components', () => {
    const S = ['序号', '户编号', '姓名', '与户主关系', '人数', '纯收入', '人均纯收入'];
    const rows = [
      { 序号: 1, 户编号: 'H1', 姓名: '甲', 与户主关系: '户主', 人数: 1, 纯收入: 7000.5, 人均纯收入: 7000.5 },
    ];
    const h = analyze([sheet('台账', S, rows)], CONFIG, TODAY).report.households[0];
    expect([h.netIncome, h.perCapitaNetIncome, h.size]).toEqual([7000.5, 7000.5, 1]);
  });
});
