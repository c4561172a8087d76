// rules-v2 §10–§13 (risk ↔ household facts, risk ↔ 帮扶措施, 开发式帮扶, measures ↔ status): for every rule a case
// that fires and a near case that must not, through analyze() on small national-export sheets (riskBuild.ts).
import {
  check,
  col,
  exportSheet,
  FIRST,
  HEADERS,
  household,
  members,
  of,
  workSheet,
  WORK_HEADERS,
  type Row,
} from './riskBuild';
import { makeId } from '../rules/helpers';

const one = (over: Row = {}, people?: Row[], extra: Record<string, unknown> = {}) =>
  check([exportSheet(household(over, people))], extra);
const at = (rule: string, findings: ReturnType<typeof check>) => of(findings, rule).map((f) => f.cell);

/** members() with changes per member (by index). */
function people(changes: Record<number, Row>): Row[] {
  return members().map((m, i) => ({ ...m, ...(changes[i] ?? {}) }));
}

describe('measure.risk-unmatched', () => {
  const rule = 'measure.risk-unmatched';
  it('fires once per risk type with none of its measure columns filled, at the risk column', () => {
    const f = one({ 健康帮扶: '', '致贫/返贫风险2': '因安全饮水' });
    expect(at(rule, f)).toEqual([`${col('致贫/返贫风险1')}${FIRST}`, `${col('致贫/返贫风险2')}${FIRST}`]);
    expect(of(f, rule)[0].message).toContain('“因病”，但未登记健康帮扶、社会帮扶中的任何措施');
    expect(of(f, rule)[0].severity).toBe('error');
  });
  it('any accepted column answers the risk; a 脱贫户 not monitored is not judged', () => {
    expect(at(rule, one({ 健康帮扶: '', 社会帮扶: '结对帮扶' }))).toEqual([]);
    expect(at(rule, one())).toEqual([]);
    expect(at(rule, one({ 健康帮扶: '', 户类型: '脱贫户', 监测对象类别: '', 风险是否已消除: '' }))).toEqual(
      [],
    );
  });
  it('reads the items of every member row (measures are household-level)', () => {
    const rows = household({ 健康帮扶: '' });
    rows[2] = { ...rows[2], 健康帮扶: '城乡居民基本医疗保险个人缴费补贴' };
    expect(at(rule, check([exportSheet(rows)]))).toEqual([]);
  });
  it('also judges eliminated households (any state)', () => {
    expect(at(rule, one({ 健康帮扶: '', 风险是否已消除: '是' }))).toHaveLength(1);
  });
  it('riskMeasureMap is a setting (columns by key or Chinese header)', () => {
    const map = { 因病: ['综合保障'] };
    expect(at(rule, one({}, undefined, { riskMeasureMap: map }))).toHaveLength(1);
    expect(at(rule, one({ 综合保障: '低保' }, undefined, { riskMeasureMap: map }))).toEqual([]);
  });
});

describe('measure.problem-unmatched', () => {
  const rule = 'measure.problem-unmatched';
  const dropout = '是否义务教育阶段适龄儿童少年失学辍学';
  it('fires for a flag = 是 without its measure, at the flag', () => {
    const f = one({ [dropout]: '是' });
    expect(at(rule, f)).toEqual([`${col(dropout)}${FIRST}`]);
    expect(of(f, rule)[0].message).toContain('适龄儿童少年失学辍学问题');
    expect(of(f, rule)[0].message).toContain('未登记义务教育保障措施');
  });
  it('does not fire when the measure is registered or the flag is 否', () => {
    expect(at(rule, one({ [dropout]: '是', 义务教育保障: '免学杂费补助' }))).toEqual([]);
    expect(at(rule, one({ 是否住房出现安全问题: '是', 搬迁: '搬迁' }))).toEqual([]);
    expect(at(rule, one())).toEqual([]);
  });
  it('without 是否饮水出现安全问题, 是否解决安全饮用水 = 否 stands in (no sheet.column-missing for the flag)', () => {
    const headers = [...HEADERS.filter((h) => h !== '是否饮水出现安全问题'), '是否解决安全饮用水'];
    const f = check([exportSheet(household({ 是否解决安全饮用水: '否' }), headers)]);
    expect(at(rule, f)).toEqual([`${col('是否解决安全饮用水', headers)}${FIRST}`]);
    expect(of(f, 'sheet.column-missing').filter((x) => x.message.includes('是否饮水出现安全问题'))).toEqual(
      [],
    );
    const ok = check([exportSheet(household({ 是否解决安全饮用水: '是' }), headers)]);
    expect(at(rule, ok)).toEqual([]);
  });
});

describe('risk.flag-without-risk-type', () => {
  const rule = 'risk.flag-without-risk-type';
  it('fires for a flag = 是 whose risk type is not among 风险1–5, naming all such flags once, at the first', () => {
    const f = one({
      是否住房出现安全问题: '是',
      是否饮水出现安全问题: '是',
      住房安全保障: '改造',
      饮水安全保障: '管网',
    });
    expect(at(rule, f)).toEqual([`${col('是否住房出现安全问题')}${FIRST}`]);
    expect(of(f, rule)[0].message).toContain('没有“因安全住房”');
    expect(of(f, rule)[0].message).toContain('没有“因安全饮水”');
    expect(of(f, rule)[0].severity).toBe('warning');
  });
  it('problemFlagRiskMap is a setting', () => {
    const map = { 是否住房出现安全问题: ['因安全住房', '因自然灾害'] };
    const f = { 是否住房出现安全问题: '是', '致贫/返贫风险2': '因自然灾害' };
    expect(at(rule, one(f, undefined, { problemFlagRiskMap: map }))).toEqual([]);
    expect(at(rule, one(f))).toHaveLength(1);
  });
  it('does not fire when the risk type is there, or the risk is eliminated', () => {
    expect(at(rule, one({ 是否住房出现安全问题: '是', '致贫/返贫风险2': '因安全住房' }))).toEqual([]);
    expect(at(rule, one({ 是否住房出现安全问题: '是', 风险是否已消除: '是' }))).toEqual([]);
  });
});

describe('measure.developmental-missing', () => {
  const rule = 'measure.developmental-missing';
  it('fires for a household with labour, identified ≥ 1 month before the data date, without D measures', () => {
    const f = one(
      { 产业帮扶: '', 实施开发式帮扶措施情况: '尚未实施', 综合保障: '低保' },
      people({ 0: { 享受低保政策情况: '农村低保' } }),
    );
    expect(at(rule, f)).toEqual([`${col('实施开发式帮扶措施情况')}${FIRST}`]);
    // 202303 → export 2023-12: 9 months; the message names what the household has.
    expect(of(f, rule)[0].message).toContain('识别已9个月');
    expect(of(f, rule)[0].message).toContain('（目前仅有健康帮扶、综合保障）');
  });
  it('not within the grace month, not without labour, not with a D measure', () => {
    expect(at(rule, one({ 产业帮扶: '', 实施开发式帮扶措施情况: '', 识别监测时间: '202312' }))).toEqual([]);
    const none = people({ 0: { 劳动技能: '丧失劳动力' }, 1: { 劳动技能: '无劳动力' } });
    expect(at(rule, one({ 产业帮扶: '', 实施开发式帮扶措施情况: '' }, none))).toEqual([]);
    expect(at(rule, one({ 产业帮扶: '', 实施开发式帮扶措施情况: '', 公益岗位帮扶: '护林员' }))).toEqual([]);
  });
  it('one month after 识别 is past the default grace (developmentalGraceMonths 1)', () => {
    expect(at(rule, one({ 产业帮扶: '', 实施开发式帮扶措施情况: '', 识别监测时间: '202311' }))).toHaveLength(
      1,
    );
  });
});

describe('measure.support-without-status', () => {
  const rule = 'measure.support-without-status';
  it('fires once for each 综合保障 item without a member in that status, at 综合保障', () => {
    const f = one({ 综合保障: '低保,残疾人补贴' });
    expect(at(rule, f)).toEqual([`${col('综合保障')}${FIRST}`, `${col('综合保障')}${FIRST}`]);
    expect(
      of(f, rule)
        .map((x) => x.message)
        .join(),
    ).toContain('“低保”，但家庭成员中无人享受低保');
    expect(
      of(f, rule)
        .map((x) => x.message)
        .join(),
    ).toContain('“残疾人补贴”，但家庭成员中无人为残疾人');
  });
  it('any member in the status counts (not the row of the 综合保障 cell)', () => {
    const ok = people({ 2: { 享受低保政策情况: '农村低保', 健康状况: '残疾' } });
    expect(at(rule, one({ 综合保障: '低保,残疾人补贴' }, ok))).toEqual([]);
    const cert = people({ 1: { 享受特困供养政策情况: '农村特困', 证件类型: '残疾人证' } });
    expect(at(rule, one({ 综合保障: '特困供养、残疾人补贴' }, cert))).toEqual([]);
  });
});

describe('measure.status-not-in-measures', () => {
  const rule = 'measure.status-not-in-measures';
  it('fires when a member has 低保 (or the household 特困供养金) and 综合保障 lacks it', () => {
    const f = one({}, people({ 0: { 享受低保政策情况: '农村低保' } }));
    expect(at(rule, f)).toEqual([`${col('综合保障')}${FIRST}`]);
    expect(of(f, rule)[0].message).toContain('家庭成员张一享受农村低保');
    const fund = one({ 特困人员救助供养金: '1200.00' });
    expect(of(fund, rule)[0].message).toContain('特困人员救助供养金1200元');
  });
  it('not when 综合保障 lists it, nor for an eliminated risk', () => {
    expect(at(rule, one({ 综合保障: '农村低保' }, people({ 0: { 享受低保政策情况: '农村低保' } })))).toEqual(
      [],
    );
    expect(at(rule, one({ 风险是否已消除: '是' }, people({ 0: { 享受低保政策情况: '农村低保' } })))).toEqual(
      [],
    );
    expect(at(rule, one({ 特困人员救助供养金: '0.00' }))).toEqual([]);
  });
});

describe('support.no-labour-without-dibao', () => {
  const rule = 'support.no-labour-without-dibao';
  const none = (extra: Record<number, Row> = {}) =>
    people({
      0: { 劳动技能: '丧失劳动力', ...extra[0] },
      1: { 劳动技能: '无劳动力', ...extra[1] },
      2: extra[2] ?? {},
    });
  it('fires for a household without labour and without 低保 / 特困, at the 户主 row', () => {
    // The 户主 on the second row: the finding goes to his 享受低保政策情况.
    const rows = none();
    const swapped = [{ ...rows[1] }, { ...rows[0] }, rows[2]];
    const f = one({}, swapped);
    expect(at(rule, f)).toEqual([`${col('享受低保政策情况')}${FIRST + 1}`]);
    expect(of(f, rule)[0].message).toContain('应保尽保');
  });
  it('not when a member has 特困, not when a member can work, not for a household not covered', () => {
    expect(at(rule, one({}, none({ 2: { 享受特困供养政策情况: '农村特困' } })))).toEqual([]);
    expect(at(rule, one({}, none({ 1: { 劳动技能: '弱劳动力或半劳动力' } })))).toEqual([]);
    expect(at(rule, one({ 监测对象类别: '', 风险是否已消除: '' }, none()))).toEqual([]);
    expect(at(rule, one({ 监测对象类别: '', 风险是否已消除: '', 户类型: '脱贫户' }, none()))).toHaveLength(1);
  });
});

describe('务工 rules (need the 已外出务工 export)', () => {
  const other: Row[] = household(
    { 户编号: '5201020010010002', 户类型: '脱贫户', 监测对象类别: '', 风险是否已消除: '' },
    [
      {
        ...members()[1],
        人编号: '520102001001000201',
        姓名: '王五',
        证件号码: makeId('19690101', 21, false),
        与户主关系: '户主',
      },
    ],
  );
  const spell = (p: Row, over: Row = {}): Row => ({
    县: '示例县',
    乡: '示例镇',
    行政村: '甲村',
    户编号: '5201020010010001',
    人编号: p['人编号'],
    姓名: p['姓名'],
    证件号码: p['证件号码'],
    开始时间: '2023年03月',
    结束时间: '',
    是否已务工: '是',
    务工所在县: '示例县',
    就业渠道: '自主务工',
    务工月收入: '3000.00',
    ...over,
  });

  describe('risk.employment-no-work-record', () => {
    const rule = 'risk.employment-no-work-record';
    const own = household({ '致贫/返贫风险1': '务工就业不稳', 就业帮扶: '外出务工补贴' });
    const otherSpell = spell(other[0], { 户编号: '5201020010010002' });
    it('fires when no member has a spell and no 务工所在地, at the risk column', () => {
      const f = check([exportSheet([...own, ...other]), workSheet([otherSpell])]);
      expect(at(rule, f)).toEqual([`${col('致贫/返贫风险1')}${FIRST}`]);
      expect(of(f, rule)[0].message).toContain('因务工就业不稳');
    });
    it('not with a member spell, a 务工所在地, or without the work export', () => {
      const mine = spell(own[1]);
      expect(at(rule, check([exportSheet([...own, ...other]), workSheet([otherSpell, mine])]))).toEqual([]);
      const placed = own.map((r, i) => (i === 1 ? { ...r, 务工所在地: '广东省东莞市' } : r));
      expect(at(rule, check([exportSheet([...placed, ...other]), workSheet([otherSpell])]))).toEqual([]);
      expect(at(rule, check([exportSheet([...own, ...other])]))).toEqual([]);
    });
  });

  describe('support.extreme-poverty-working', () => {
    const rule = 'support.extreme-poverty-working';
    const own = household({}, people({ 1: { 享受特困供养政策情况: '农村特困' } }));
    it('fires for a 特困 member with an open spell, at the member’s 享受特困供养政策情况', () => {
      const f = check([exportSheet([...own, ...other]), workSheet([spell(own[1])])]);
      expect(at(rule, f)).toEqual([`${col('享受特困供养政策情况')}${FIRST + 1}`]);
      expect(of(f, rule)[0].message).toContain('李二享受农村特困');
    });
    it('not for an ended spell with 是否已务工 = 否, nor for a member not in 特困', () => {
      const ended = spell(own[1], { 结束时间: '2023年06月', 是否已务工: '否' });
      expect(at(rule, check([exportSheet([...own, ...other]), workSheet([ended])]))).toEqual([]);
      expect(at(rule, check([exportSheet([...own, ...other]), workSheet([spell(own[0])])]))).toEqual([]);
    });
  });
  it('uses the work export headers', () => expect(WORK_HEADERS).toContain('是否已务工'));
});
