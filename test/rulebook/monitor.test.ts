// rules-v2 §8, §9, §14, §15 (part "monitor"), through analyze(): per rule a case that fires and a near case that
// must not. Rows: the header is row 3, the first household's head row 4 (see monitorLedger.ts).
import { hits, makeId, only, run, sheet } from '../rules/helpers';
import {
  child,
  ELIMINATED,
  exportSheet,
  HEADERS,
  household,
  MONITORED,
  resetSeq,
  type Row,
} from './monitorLedger';

beforeEach(resetSeq);

/** Column letter of a header of HEADERS. */
function col(header: string, headers: string[] = HEADERS): string {
  let n = headers.indexOf(header) + 1;
  if (n === 0) throw new Error(header);
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
const at = (rule: string, header: string, row: number, headers?: string[]) =>
  `${rule}@监测对象信息!${col(header, headers)}${row}`;

const check = (rows: Row[], config: Record<string, unknown> = {}) => run([exportSheet(rows)], config);

describe('monitor.should-monitor', () => {
  it('fires for a 脱贫户 not monitored with a 三保障 problem, naming the problems', () => {
    const f = check([
      ...household({ 是否危房户: '是' }, [{ 是否参加城乡居民基本医疗保险: '否' }]), // rows 4–5
      ...household({ 是否解决安全饮用水: '否' }), // row 6
      ...household(), // row 7: clean
    ]);
    expect(hits(f, 'monitor.should-monitor')).toEqual([
      at('monitor.should-monitor', '监测对象类别', 4),
      at('monitor.should-monitor', '监测对象类别', 6),
    ]);
    const m = only(f, 'monitor.should-monitor')[0];
    expect(m.severity).toBe('error');
    expect(m.message).toContain('住房不安全、1人未参加基本医疗保险');
    expect(m.message).toContain('应纳未纳');
  });

  it('fires for a child out of school; not for a monitored household with the same problems', () => {
    const f = check([
      ...household({}, [child('20150601', { 在校生状况: '非在校生' })]), // rows 4–5
      ...household({ ...MONITORED, 是否危房户: '是' }), // row 6: monitored
      ...household({}, [child('20150601', { 在校生状况: '非在校生', 义务教育阶段未上学原因: '身体原因' })]), // 7–8
    ]);
    expect(hits(f, 'monitor.should-monitor')).toEqual([at('monitor.should-monitor', '监测对象类别', 4)]);
    expect(only(f, 'monitor.should-monitor')[0].message).toContain('1人义务教育阶段失学辍学');
  });

  it('is not judged without a status column (one sheet.column-missing)', () => {
    const headers = HEADERS.filter((h) => h !== '户类型' && h !== '监测对象类别');
    const f = run([exportSheet(household({ 是否危房户: '是' }), headers)]);
    expect(hits(f, 'monitor.should-monitor')).toEqual([]);
    expect(only(f, 'sheet.column-missing').filter((x) => x.message.includes('未纳入监测'))).toHaveLength(1);
  });
});

describe('monitor.eliminated-unresolved', () => {
  it('fires for an eliminated household with an unsafe house or a post-elimination problem', () => {
    const f = check([
      ...household({ ...ELIMINATED, 是否危房户: '是' }), // row 4
      ...household({ ...ELIMINATED, 风险消除后是否饮水设施损毁: '是' }), // row 5
      ...household(ELIMINATED), // row 6: clean
      ...household({ ...MONITORED, 是否危房户: '是' }), // row 7: risk open — not this rule
    ]);
    expect(hits(f, 'monitor.eliminated-unresolved')).toEqual([
      at('monitor.eliminated-unresolved', '风险是否已消除', 4),
      at('monitor.eliminated-unresolved', '风险是否已消除', 5),
    ]);
    const [a, b] = only(f, 'monitor.eliminated-unresolved');
    expect(a.message).toContain('已标注风险消除，但住房不安全');
    expect(b.message).toContain('风险消除后饮水设施损毁');
  });

  it('does not read the identification-time flags', () => {
    const headers = [...HEADERS, '是否住房出现安全问题'];
    const f = run([exportSheet(household({ ...ELIMINATED, 是否住房出现安全问题: '是' }), headers)]);
    expect(hits(f, 'monitor.eliminated-unresolved')).toEqual([]);
  });
});

describe('edu.dropout-flag-mismatch', () => {
  it('(a) flag 是 with nobody of compulsory-education age at 识别; not when a child was 8 then', () => {
    const flag = { ...MONITORED, 是否义务教育阶段适龄儿童少年失学辍学: '是', 识别监测时间: '202406' };
    const f = check([
      ...household(flag), // row 4: adults only
      ...household(flag, [child('20160101')]), // rows 5–6: 8 years old in 2024-06
    ]);
    expect(hits(f, 'edu.dropout-flag-mismatch')).toEqual([
      at('edu.dropout-flag-mismatch', '是否义务教育阶段适龄儿童少年失学辍学', 4),
    ]);
    expect(only(f, 'edu.dropout-flag-mismatch')[0].severity).toBe('warning');
  });

  it('(b) flag 否 while a member is out of school; not when the flag is 是', () => {
    const out = child('20150601', { 在校生状况: '非在校生', 姓名: '小明' });
    const f = check([
      ...household({ ...MONITORED, 是否义务教育阶段适龄儿童少年失学辍学: '否' }, [out]), // rows 4–5
      ...household({ ...MONITORED, 是否义务教育阶段适龄儿童少年失学辍学: '是' }, [out]), // rows 6–7
    ]);
    expect(hits(f, 'edu.dropout-flag-mismatch')).toEqual([
      at('edu.dropout-flag-mismatch', '是否义务教育阶段适龄儿童少年失学辍学', 4),
    ]);
    expect(only(f, 'edu.dropout-flag-mismatch')[0].message).toContain('小明处于义务教育年龄未在校');
  });
});

describe('monitor.measures-overdue and monitor.no-measures (§21)', () => {
  const none = { 产业帮扶: '' };
  it('overdue after the grace month; no-measures for a household inside the grace or without a date', () => {
    const f = check([
      ...household({ ...MONITORED, ...none, 识别监测时间: '202303' }), // row 4: 21 months before 2024-12
      ...household({ ...MONITORED, ...none, 识别监测时间: '202411' }), // row 5: 1 month: inside the grace
      ...household({ ...MONITORED, ...none, 识别监测时间: '' }), // row 6: no date
      ...household({ ...MONITORED, 识别监测时间: '202303' }), // row 7: has a measure
    ]);
    expect(hits(f, 'monitor.measures-overdue', 'monitor.no-measures')).toEqual([
      at('monitor.measures-overdue', '识别监测时间', 4),
      at('monitor.no-measures', '产业帮扶', 5),
      at('monitor.no-measures', '产业帮扶', 6),
    ]);
    const m = only(f, 'monitor.measures-overdue')[0];
    expect(m.severity).toBe('error');
    expect(m.message).toContain('2023年3月识别为监测对象，至数据日期2024年12月已21个月');
  });
});

describe('monitor.eliminated-without-measures', () => {
  it('fires for 帮扶消除 without any measure; not for 自然消除', () => {
    const f = check([
      ...household({ ...ELIMINATED, 产业帮扶: '' }), // row 4
      ...household({ ...ELIMINATED, 产业帮扶: '', 风险消除方式: '自然消除' }), // row 5
    ]);
    expect(hits(f, 'monitor.eliminated-without-measures', 'monitor.no-measures')).toEqual([
      at('monitor.eliminated-without-measures', '风险消除方式', 4),
      at('monitor.no-measures', '产业帮扶', 5),
    ]);
  });
});

describe('monitor.eliminated-below-line and income.below-monitoring-line (§21)', () => {
  const LOW = { '人均纯收入（元）': '3000.00', 工资性收入: '3000.00', 生产经营性收入: '0', 转移性收入: '0' };
  it('fires below the line of the elimination year and replaces income.below-monitoring-line', () => {
    const f = check([
      // row 4: below the 2023 line (6000 by default); its plain income is low too (below-monitoring-line yields)
      ...household({ ...ELIMINATED, ...LOW, 风险消除后家庭人均纯收入: '5500.00' }),
      ...household({ ...ELIMINATED, 风险消除后家庭人均纯收入: '13000.00' }), // row 5
      ...household({ ...ELIMINATED, 风险消除方式: '自然消除', 风险消除后家庭人均纯收入: '500.00' }), // row 6
    ]);
    expect(hits(f, 'monitor.eliminated-below-line')).toEqual([
      at('monitor.eliminated-below-line', '风险消除后家庭人均纯收入', 4),
    ]);
    const m = only(f, 'monitor.eliminated-below-line')[0];
    expect(m.message).toContain('风险消除后人均纯收入5500.00元，低于2023年监测范围6000元');
    expect(hits(f, 'income.below-monitoring-line')).toEqual([]);
  });

  it('falls back to 人均纯收入; 自然消除 counts with eliminationRulesIncludeNatural', () => {
    const headers = HEADERS.filter((h) => h !== '风险消除后家庭人均纯收入');
    const rows = [
      ...household({ ...ELIMINATED, ...LOW }), // row 4
      ...household({ ...ELIMINATED, ...LOW, 风险消除方式: '自然消除' }), // row 5
    ];
    const f = run([exportSheet(rows, headers)]);
    expect(hits(f, 'monitor.eliminated-below-line')).toEqual([
      at('monitor.eliminated-below-line', '人均纯收入（元）', 4, headers),
    ]);
    // The 自然消除 household is not this rule's: income.below-monitoring-line still reports it.
    expect(hits(f, 'income.below-monitoring-line')).toEqual([
      `income.below-monitoring-line@监测对象信息!${col('人均纯收入（元）', headers)}5`,
    ]);
  });
});

describe('monitor.elimination-record-incomplete', () => {
  it('one finding naming the empty fields, at the first; a complete record is quiet', () => {
    const f = check([
      ...household({ ...ELIMINATED, 信息采集人联系电话: '', 风险消除后理赔收入: '' }), // row 4
      ...household(ELIMINATED), // row 5
      ...household(ELIMINATED), // rows 6–8: enough rows for the all-empty rule not to apply
      ...household(ELIMINATED),
      ...household(ELIMINATED),
    ]);
    expect(hits(f, 'monitor.elimination-record-incomplete')).toEqual([
      at('monitor.elimination-record-incomplete', '信息采集人联系电话', 4),
    ]);
    expect(only(f, 'monitor.elimination-record-incomplete')[0].message).toContain(
      '但信息采集人联系电话、风险消除后理赔收入未填写',
    );
  });

  it('an absent column → sheet.column-missing; a column empty on every row → sheet.column-all-empty, not per household', () => {
    const headers = HEADERS.filter((h) => h !== '风险消除后理赔收入');
    const rows = [1, 2, 3, 4, 5].flatMap(() => household({ ...ELIMINATED, 信息采集人: '' }));
    const f = run([exportSheet(rows, headers)]);
    expect(hits(f, 'monitor.elimination-record-incomplete')).toEqual([]);
    expect(only(f, 'sheet.column-missing').some((x) => x.message.includes('风险消除后理赔收入'))).toBe(true);
    expect(only(f, 'sheet.column-all-empty').map((x) => x.message)).toEqual([
      expect.stringContaining('信息采集人'),
    ]);
  });
});

describe('monitor.elimination-record-incomplete without the 风险消除后 block', () => {
  it('a ledger lacking the whole block gets one note for it, not thirteen', () => {
    const headers = HEADERS.filter((h) => !h.startsWith('风险消除后'));
    const f = run([exportSheet(household(ELIMINATED), headers)]);
    const notes = only(f, 'sheet.column-missing').filter((x) => x.message.includes('风险消除信息不完整'));
    expect(notes.map((x) => x.message)).toEqual([
      expect.stringContaining('风险消除后是否义务教育阶段适龄儿童少年失学辍学'),
    ]);
    expect(hits(f, 'monitor.elimination-record-incomplete')).toEqual([]);
  });
});

describe('monitor.publicity-short and monitor.identification-slow columns (hand-kept ledgers)', () => {
  const H = [
    '序号',
    '村',
    '户编号',
    '姓名',
    '证件号码',
    '与户主关系',
    '户类型',
    '监测对象类别',
    '风险是否已消除',
    '公示开始时间',
    '公示结束时间',
  ];
  const row = (i: number, o: Row) => ({
    序号: i,
    村: '甲村',
    户编号: `H${i}`,
    姓名: `户主${i}`,
    与户主关系: '户主',
    户类型: '脱贫户',
    监测对象类别: '边缘易致贫户',
    风险是否已消除: '否',
    ...o,
  });
  it('fires for a 公示 of 3 days (identification: 5), not for 6 days', () => {
    const f = run([
      sheet('监测台账', H, [
        row(1, { 公示开始时间: '2024-03-01', 公示结束时间: '2024-03-04' }),
        row(2, { 公示开始时间: '2024-03-01', 公示结束时间: '2024-03-07' }),
      ]),
    ]);
    expect(hits(f, 'monitor.publicity-short')).toEqual(['monitor.publicity-short@监测台账!K4']);
    expect(only(f, 'monitor.publicity-short')[0].message).toContain(
      '识别公示2024-03-01至2024-03-04共3天，少于5天',
    );
  });
  it('an elimination needs 7 days', () => {
    const f = run([
      sheet('监测台账', H, [
        row(1, { 风险是否已消除: '是', 公示开始时间: '2024-03-01', 公示结束时间: '2024-03-07' }),
      ]),
      sheet('风险消除公示', H, []),
    ]);
    expect(hits(f, 'monitor.publicity-short')).toEqual([]);
    const g = run([
      sheet('风险消除台账', H, [row(1, { 公示开始时间: '2024-03-01', 公示结束时间: '2024-03-07' })]),
    ]);
    expect(hits(g, 'monitor.publicity-short')).toEqual(['monitor.publicity-short@风险消除台账!K4']);
  });
});

describe('monitor.public-list-sensitive', () => {
  const H = ['序号', '村', '户编号', '姓名', '证件号码', '与户主关系', '健康状况'];
  const row = (i: number, id: string, health = '') => ({
    序号: i,
    村: '甲村',
    户编号: `H${i}`,
    姓名: `户主${i}`,
    证件号码: id,
    与户主关系: '户主',
    健康状况: health,
  });
  it('fires per unmasked column of a 公示 sheet, at its header', () => {
    const f = run([
      sheet('公示名单', H, [row(1, '520102197901010030'), row(2, '5201**********0030', '健康')]),
    ]);
    expect(hits(f, 'monitor.public-list-sensitive')).toEqual([
      'monitor.public-list-sensitive@公示名单!E3',
      'monitor.public-list-sensitive@公示名单!G3',
    ]);
    expect(only(f, 'monitor.public-list-sensitive')[0].message).toContain('含“证件号码”列');
  });
  it('masked values, or a sheet that is no 公示 list, are quiet', () => {
    const masked = run([sheet('公示名单', H, [row(1, '5201**********0030')])]);
    expect(hits(masked, 'monitor.public-list-sensitive')).toEqual([]);
    const ledger = run([sheet('台账', H, [row(1, '520102197901010030', '健康')])]);
    expect(hits(ledger, 'monitor.public-list-sensitive')).toEqual([]);
  });
});

describe('field.status-required', () => {
  it('one finding per row naming the empty columns; 识别监测时间 for 监测对象 only', () => {
    const rows = [
      ...household({ 是否危房户: '' }, [{ 民族: '', 劳动技能: '' }]), // rows 4–5
      ...household({ ...MONITORED, 识别监测时间: '' }), // row 6
      ...household({ 户类型: '普通农户', 民族: '' }), // row 7: neither 脱贫户 nor 监测对象
      ...household(MONITORED), // row 8: 识别监测时间 filled (the column is not empty everywhere)
      ...household(), // row 9
    ];
    const f = check(rows);
    expect(hits(f, 'field.status-required')).toEqual(
      [
        at('field.status-required', '是否危房户', 4),
        at('field.status-required', '民族', 5),
        at('field.status-required', '识别监测时间', 6),
      ].sort(),
    );
    const [a, b] = only(f, 'field.status-required');
    expect(a.message).toContain('是否危房户未填写');
    expect(b.message).toContain('“成员1-2”的民族、劳动技能未填写');
  });
  it('a column empty on every row is one sheet.column-all-empty', () => {
    const rows = [1, 2, 3, 4, 5].flatMap(() => household({ 民族: '' }));
    const f = check(rows);
    expect(hits(f, 'field.status-required')).toEqual([]);
    expect(only(f, 'sheet.column-all-empty').map((x) => x.cell)).toEqual([`${col('民族')}3`]);
  });
});

describe('field.status-expected', () => {
  it('one warning per household naming the empty fields; 0 is an answer', () => {
    const f = check([
      ...household({ '林地面积（亩）': '', 住房面积: '' }), // row 4
      ...household({ '林地面积（亩）': '0' }), // row 5
      ...household(),
      ...household(),
      ...household(),
    ]);
    expect(hits(f, 'field.status-expected')).toEqual([at('field.status-expected', '林地面积（亩）', 4)]);
    const m = only(f, 'field.status-expected')[0];
    expect(m.severity).toBe('warning');
    expect(m.message).toContain('林地面积、住房面积共2项未填写（无此项的请填0）');
  });
});

describe('income.measure-without-income', () => {
  it('(c) 产业帮扶 with 风险消除后生产经营性收入 0; (a) 技能培训 alone does not count', () => {
    const f = check([
      ...household({ ...ELIMINATED, 风险消除后生产经营性收入: '0' }), // row 4
      ...household({ ...ELIMINATED, 风险消除后生产经营性收入: '' }), // row 5: empty is not 0
      ...household({ ...ELIMINATED, 就业帮扶: '技能培训', 风险消除后工资性收入: '0.00' }), // row 6
      ...household({ ...ELIMINATED, 就业帮扶: '技能培训,外出务工补贴', 风险消除后工资性收入: '0.00' }), // row 7
    ]);
    expect(hits(f, 'income.measure-without-income')).toEqual(
      [
        at('income.measure-without-income', '风险消除后生产经营性收入', 4),
        at('income.measure-without-income', '风险消除后工资性收入', 7),
      ].sort(),
    );
    expect(only(f, 'income.measure-without-income')[0].message).toContain(
      '登记了产业帮扶，风险消除后生产经营性收入却为0',
    );
  });
  it('(b) 综合保障 特困供养 with 特困人员救助供养金 0', () => {
    const f = check([
      ...household({ ...ELIMINATED, 综合保障: '农村特困供养', 特困人员救助供养金: '0' }), // row 4
      ...household({ ...ELIMINATED, 综合保障: '农村特困供养', 特困人员救助供养金: '5000.00' }), // row 5
    ]);
    expect(hits(f, 'income.measure-without-income')).toEqual([
      at('income.measure-without-income', '特困人员救助供养金', 4),
    ]);
  });
});

describe('income.identified-over-income', () => {
  it('fires above 20 000; not at 20 000, nor for a 突发严重困难户 without the 参考范围', () => {
    const f = check([
      ...household({ ...MONITORED, '人均纯收入（元）': '25000.00' }), // row 4
      ...household({ ...MONITORED, '人均纯收入（元）': '20000.00' }), // row 5
      ...household({ ...MONITORED, 监测对象类别: '突发严重困难户', '人均纯收入（元）': '25000.00' }), // row 6
      ...household({ '人均纯收入（元）': '25000.00' }), // row 7: not monitored
    ]);
    expect(hits(f, 'income.identified-over-income')).toEqual([
      at('income.identified-over-income', '人均纯收入（元）', 4),
    ]);
    expect(only(f, 'income.identified-over-income')[0].message).toContain(
      '2024年6月纳入监测，人均纯收入（元）25000.00元',
    );
  });
});

describe('income.component-implausible', () => {
  it('a tiny or huge 工资性收入; 0 is not tiny', () => {
    const f = check([
      ...household({ 工资性收入: '50' }), // row 4
      ...household({ 工资性收入: '350000' }), // row 5
      ...household({ 工资性收入: '0' }), // row 6
      ...household({ 特困人员救助供养金: '150' }), // row 7
    ]);
    expect(hits(f, 'income.component-implausible')).toEqual([
      at('income.component-implausible', '工资性收入', 4),
      at('income.component-implausible', '工资性收入', 5),
      at('income.component-implausible', '特困人员救助供养金', 7),
    ]);
    const [a, b] = only(f, 'income.component-implausible');
    expect(a.message).toContain('工资性收入为50.00元，金额过小');
    expect(b.message).toContain('超过30万元');
  });
});

describe('income.support-income-status-mismatch', () => {
  it('a payment without a 特困 member, and a 特困 member without payment; consistent households are quiet', () => {
    const f = check([
      ...household({ 特困人员救助供养金: '3000.00' }), // row 4: nobody 特困
      ...household({ 享受特困供养政策情况: '农村特困', 特困人员救助供养金: '0' }), // row 5
      ...household({ 享受特困供养政策情况: '农村特困', 特困人员救助供养金: '3000.00' }), // row 6
    ]);
    expect(hits(f, 'income.support-income-status-mismatch')).toEqual([
      at('income.support-income-status-mismatch', '特困人员救助供养金', 4),
      at('income.support-income-status-mismatch', '特困人员救助供养金', 5),
    ]);
    const [a, b] = only(f, 'income.support-income-status-mismatch');
    expect(a.message).toContain('特困人员救助供养金为3000.00元，但无家庭成员享受特困');
    expect(b.message).toContain('享受特困，特困人员救助供养金却为0');
  });
});

// Records of rulebook/national/monitor.ts -------------------------------------------------------------------

describe('living.no-electricity and living.no-sanitary-toilet', () => {
  it('fire on 否 for the households in scope; empty is not 否', () => {
    const f = check([
      ...household({ 是否通生活用电: '否', 是否有卫生厕所: '否' }), // row 4: 脱贫户
      ...household({ 是否通生活用电: '', 是否有卫生厕所: '' }), // row 5
      ...household({ 户类型: '普通农户', 是否通生活用电: '否', 是否有卫生厕所: '否' }), // row 6: neither
    ]);
    expect(hits(f, 'living.no-electricity', 'living.no-sanitary-toilet')).toEqual(
      [
        at('living.no-electricity', '是否通生活用电', 4),
        at('living.no-sanitary-toilet', '是否有卫生厕所', 4),
      ].sort(),
    );
    expect(only(f, 'living.no-electricity')[0].severity).toBe('warning');
    expect(only(f, 'living.no-sanitary-toilet')[0].severity).toBe('info');
    expect(only(f, 'living.no-sanitary-toilet')[0].message).toContain('可纳入农村改厕计划');
  });
});

describe('income.illness-no-expense', () => {
  const ill = { ...MONITORED, '致贫/返贫风险1': '因病' };
  const headers = [...HEADERS, '致贫/返贫风险1'];
  it('fires for a risk-open 因病 household with 合规自付支出 0; not with an expense, nor once eliminated', () => {
    const rows = [
      ...household({ ...ill, 合规自付支出: '0' }), // row 4
      ...household({ ...ill, 合规自付支出: '3000.00' }), // row 5
      ...household({ ...ill, ...ELIMINATED, '致贫/返贫风险1': '因病', 合规自付支出: '0' }), // row 6
    ];
    const f = run([exportSheet(rows, headers)]);
    expect(hits(f, 'income.illness-no-expense')).toEqual([
      at('income.illness-no-expense', '合规自付支出', 4, headers),
    ]);
    expect(only(f, 'income.illness-no-expense')[0].message).toContain('风险类型为因病，合规自付支出为0');
  });
});

describe('income.eco-no-land', () => {
  const headers = [...HEADERS, '生态补偿金'];
  it('fires for 生态补偿金 without any of the three areas; not with 林地', () => {
    const rows = [
      ...household({ 生态补偿金: '800.00' }), // row 4
      ...household({ 生态补偿金: '800.00', '林地面积（亩）': '3.5' }), // row 5
      ...household({ 生态补偿金: '0' }), // row 6
    ];
    const f = run([exportSheet(rows, headers)]);
    expect(hits(f, 'income.eco-no-land')).toEqual([at('income.eco-no-land', '生态补偿金', 4, headers)]);
    expect(only(f, 'income.eco-no-land')[0].message).toContain('生态补偿金800.00元');
  });
});

describe('monitor.eliminated-no-labour', () => {
  it('fires when every member is without labour; not when one can work, nor for a risk-open household', () => {
    const none = { 劳动技能: '无劳动力' };
    const f = check([
      ...household({ ...ELIMINATED, ...none }, [{ 劳动技能: '丧失劳动力' }]), // rows 4–5
      ...household({ ...ELIMINATED, ...none }, [{ 劳动技能: '弱劳动力或半劳动力' }]), // rows 6–7
      ...household({ ...MONITORED, ...none }), // row 8
    ]);
    expect(hits(f, 'monitor.eliminated-no-labour')).toEqual([
      at('monitor.eliminated-no-labour', '风险是否已消除', 4),
    ]);
    expect(only(f, 'monitor.eliminated-no-labour')[0].severity).toBe('error');
  });
});

describe('monitor.eliminated-too-soon', () => {
  it('fires for 帮扶消除 within 6 months of 识别; not at 6 months, nor for 自然消除 by default', () => {
    const f = check([
      ...household({ ...ELIMINATED, 识别监测时间: '202309', 消除监测时间: '202310' }), // row 4
      ...household({ ...ELIMINATED, 识别监测时间: '202303', 消除监测时间: '202309' }), // row 5
      ...household({
        ...ELIMINATED,
        风险消除方式: '自然消除',
        识别监测时间: '202309',
        消除监测时间: '202310',
      }), // 6
    ]);
    expect(hits(f, 'monitor.eliminated-too-soon')).toEqual([
      at('monitor.eliminated-too-soon', '消除监测时间', 4),
    ]);
    expect(only(f, 'monitor.eliminated-too-soon')[0].message).toContain(
      '本户2023年9月识别、2023年10月即消除风险，间隔不足6个月',
    );
  });
  it('settings: minMonthsBeforeElimination 2, eliminationRulesIncludeNatural, eliminationTimeRuleFrom', () => {
    const rows = [
      ...household({ ...ELIMINATED, 识别监测时间: '202309', 消除监测时间: '202310' }), // row 4
      ...household({ ...ELIMINATED, 识别监测时间: '202303', 消除监测时间: '202306' }), // row 5: 3 months
      ...household({
        ...ELIMINATED,
        风险消除方式: '自然消除',
        识别监测时间: '202309',
        消除监测时间: '202310',
      }), // 6
    ];
    const f = check(rows, { minMonthsBeforeElimination: 2, eliminationRulesIncludeNatural: true });
    expect(hits(f, 'monitor.eliminated-too-soon')).toEqual(
      [
        at('monitor.eliminated-too-soon', '消除监测时间', 4),
        at('monitor.eliminated-too-soon', '消除监测时间', 6),
      ].sort(),
    );
    const g = check(rows, { eliminationTimeRuleFrom: '2023-07-01' });
    expect(hits(g, 'monitor.eliminated-too-soon')).toEqual([
      at('monitor.eliminated-too-soon', '消除监测时间', 4),
    ]);
  });
});

describe('monitor.open-with-elimination-data', () => {
  it('fires for a risk-open household with a 风险消除方式; not for an eliminated one', () => {
    const f = check([
      ...household({ ...MONITORED, 风险消除方式: '帮扶消除' }), // row 4
      ...household({ ...MONITORED, 消除监测时间: '202311' }), // row 5
      ...household(ELIMINATED), // row 6
    ]);
    expect(hits(f, 'monitor.open-with-elimination-data')).toEqual(
      [
        at('monitor.open-with-elimination-data', '风险消除方式', 4),
        at('monitor.open-with-elimination-data', '消除监测时间', 5),
      ].sort(),
    );
    const [a, b] = only(f, 'monitor.open-with-elimination-data');
    expect(a.message).toContain('本户风险未消除，却填写了风险消除方式“帮扶消除”');
    expect(b.message).toContain('消除监测时间“202311”');
  });
});

describe('monitor.date-future', () => {
  it('fires for a 识别 or 消除 month after the data date (2024-12); not for the data month itself', () => {
    const f = check([
      ...household({ ...MONITORED, 识别监测时间: '202501' }), // row 4
      ...household({ ...ELIMINATED, 消除监测时间: '202502' }), // row 5
      ...household({ ...MONITORED, 识别监测时间: '202412' }), // row 6
    ]);
    expect(hits(f, 'monitor.date-future')).toEqual(
      [at('monitor.date-future', '识别监测时间', 4), at('monitor.date-future', '消除监测时间', 5)].sort(),
    );
    const [a, b] = only(f, 'monitor.date-future');
    expect(a.message).toBe('识别监测时间为2025年1月，晚于数据日期2024年12月，请核对。');
    expect(b.message).toContain('消除监测时间为2025年2月');
  });
});

describe('monitor.identification-slow', () => {
  const H = [
    '序号',
    '村',
    '户编号',
    '姓名',
    '证件号码',
    '与户主关系',
    '户类型',
    '监测对象类别',
    '申请时间',
    '认定时间',
  ];
  const row = (i: number, clue: string, decision: string) => ({
    序号: i,
    村: '甲村',
    户编号: `H${i}`,
    姓名: `户主${i}`,
    与户主关系: '户主',
    户类型: '脱贫户',
    监测对象类别: '边缘易致贫户',
    申请时间: clue,
    认定时间: decision,
  });
  it('fires after more than 15 days from 申请 to 认定; not at 15', () => {
    const f = run([
      sheet('监测台账', H, [row(1, '2024-03-01', '2024-03-23'), row(2, '2024-03-01', '2024-03-16')]),
    ]);
    expect(hits(f, 'monitor.identification-slow')).toEqual(['monitor.identification-slow@监测台账!J4']);
    expect(only(f, 'monitor.identification-slow')[0].message).toContain('用了22天，超过15天');
  });
  it('an export without the procedure dates is not asked for them', () => {
    const f = check(household(MONITORED));
    expect(only(f, 'sheet.column-missing').filter((x) => x.message.includes('识别认定超过时限'))).toEqual([]);
  });
});

describe('settings of the hand-written rules', () => {
  it('measureGraceMonths and statusRequiredFields override the defaults', () => {
    const rows = [
      ...household({ ...MONITORED, 产业帮扶: '', 识别监测时间: '202406' }), // row 4: 6 months
      ...household({ 户联系电话: '' }), // row 5
      ...household(),
    ];
    const f = check(rows, {
      measureGraceMonths: 12,
      statusRequiredFields: [{ status: ['exited'], household: ['户联系电话'] }],
    });
    expect(hits(f, 'monitor.measures-overdue', 'monitor.no-measures')).toEqual([
      at('monitor.no-measures', '产业帮扶', 4),
    ]);
    expect(hits(f, 'field.status-required')).toEqual([at('field.status-required', '户联系电话', 5)]);
  });
});

describe('settings in the map form of the settings form (v2Labels)', () => {
  it('statusRequiredFields { "身份": ["列名"] }: person and household columns by their level', () => {
    const rows = [
      ...household({ 户联系电话: '' }, [{ 民族: '' }]), // rows 4–5
      ...household({ ...MONITORED, 健康状况: '' }), // row 6: 健康状况 is not required by this setting
      ...household(),
    ];
    const f = check(rows, { statusRequiredFields: { 脱贫户和监测对象: ['户联系电话', '民族'] } });
    expect(hits(f, 'field.status-required')).toEqual(
      [at('field.status-required', '户联系电话', 4), at('field.status-required', '民族', 5)].sort(),
    );
  });
  it('incomeComponentBounds { "分项": [下限, 上限] }', () => {
    const f = check([...household({ 工资性收入: '150' }), ...household({ 工资性收入: '50' })], {
      incomeComponentBounds: { 工资性收入: [200, 300000] },
    });
    expect(hits(f, 'income.component-implausible')).toEqual(
      [
        at('income.component-implausible', '工资性收入', 4),
        at('income.component-implausible', '工资性收入', 5),
      ].sort(),
    );
  });
});

describe('household records on a two-sheet ledger (户信息 + 人员信息)', () => {
  it('point at the 户信息 row holding the column', () => {
    const HH = ['户编号', '行政村', '户主姓名', '户主证件号码', '户类型', '是否通生活用电'];
    const PP = ['户编号', '姓名', '证件号码', '与户主关系'];
    const head = makeId('19700101', 1, true);
    const f = run([
      sheet('户信息', HH, [
        {
          户编号: 'H1',
          行政村: '甲村',
          户主姓名: '甲',
          户主证件号码: head,
          户类型: '脱贫户',
          是否通生活用电: '否',
        },
      ]),
      sheet('人员信息', PP, [{ 户编号: 'H1', 姓名: '甲', 证件号码: head, 与户主关系: '户主' }]),
    ]);
    expect(hits(f, 'living.no-electricity')).toEqual(['living.no-electricity@户信息!F4']);
  });
});
