// The rule records of rulebook/national/risk.ts (rules-v2 §10, §12, §13): for every record a case that fires and a
// near case that must not, through analyze() — the tests do not depend on how a record is evaluated.
import { makeId } from '../rules/helpers';
import { check, col, exportSheet, FIRST, HEADERS, household, members, of, type Row } from './riskBuild';

const one = (over: Row = {}, people?: Row[], extra: Record<string, unknown> = {}) =>
  check([exportSheet(household(over, people))], extra);
const at = (rule: string, findings: ReturnType<typeof check>) => of(findings, rule).map((f) => f.cell);
const msg = (rule: string, findings: ReturnType<typeof check>) => of(findings, rule)[0]?.message ?? '';

function people(changes: Record<number, Row>): Row[] {
  return members().map((m, i) => ({ ...m, ...(changes[i] ?? {}) }));
}
const noLabour = (extra: Record<number, Row> = {}) =>
  people({
    0: { 劳动技能: '丧失劳动力', ...extra[0] },
    1: { 劳动技能: '无劳动力', ...extra[1] },
    2: { ...extra[2] },
  });
const R1 = `${col('致贫/返贫风险1')}${FIRST}`;
const R2 = `${col('致贫/返贫风险2')}${FIRST}`;
const NOT_MONITORED: Row = { 户类型: '脱贫户', 监测对象类别: '', 风险是否已消除: '' };

describe('risk.type-missing', () => {
  const rule = 'risk.type-missing';
  it('fires for a 监测对象 with an empty 致贫/返贫风险1', () => {
    const f = one({ '致贫/返贫风险1': '' });
    expect(at(rule, f)).toEqual([R1]);
    expect(of(f, rule)[0].severity).toBe('error');
  });
  it('not for a 脱贫户 never monitored, nor with a risk', () => {
    expect(at(rule, one({ '致贫/返贫风险1': '', ...NOT_MONITORED }))).toEqual([]);
    expect(at(rule, one())).toEqual([]);
  });
});

describe('risk.other-without-note', () => {
  const rule = 'risk.other-without-note';
  it('fires at the risk column holding 其他 when the note is empty', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '其它' }))).toEqual([R2]);
  });
  it('not with a note; without the note column one sheet.column-missing and no row finding', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '其他', 其他风险备注: '家中遭遇火灾' }))).toEqual([]);
    const headers = HEADERS.filter((h) => h !== '其他风险备注');
    const f = check([exportSheet(household({ '致贫/返贫风险2': '其他' }), headers)]);
    expect(at(rule, f)).toEqual([]);
    expect(of(f, 'sheet.column-missing').filter((x) => x.message.includes('其他风险备注'))).toHaveLength(1);
  });
});

describe('risk.disaster-without-subtype', () => {
  const rule = 'risk.disaster-without-subtype';
  it('fires at 因自然灾害子项 when empty', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '因自然灾害' }))).toEqual([`${col('因自然灾害子项')}${FIRST}`]);
  });
  it('not with a subtype, nor without the risk', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '因自然灾害', 因自然灾害子项: '洪涝' }))).toEqual([]);
    expect(at(rule, one())).toEqual([]);
  });
});

describe('risk.disability-no-disabled-member', () => {
  const rule = 'risk.disability-no-disabled-member';
  it('fires at the 因残 column when no member is disabled', () => {
    const f = one({ '致贫/返贫风险2': '因残' });
    expect(at(rule, f)).toEqual([R2]);
    expect(of(f, rule)[0].severity).toBe('warning');
  });
  it('a 残疾 health item, a 残疾人证 or a 20-character number is a disabled member', () => {
    const cert = `${makeId('20100901', 13, true)}41`;
    expect(at(rule, one({ '致贫/返贫风险2': '因残' }, people({ 2: { 证件号码: cert } })))).toEqual([]);
    expect(
      at(rule, one({ '致贫/返贫风险2': '因残' }, people({ 1: { 健康状况: '长期慢性病,残疾' } }))),
    ).toEqual([]);
    expect(at(rule, one({ '致贫/返贫风险2': '因残' }, people({ 1: { 证件类型: '残疾人证' } })))).toEqual([]);
  });
});

describe('risk.illness-no-sick-member', () => {
  const rule = 'risk.illness-no-sick-member';
  it('fires when no member is sick (残疾 alone does not count)', () => {
    expect(at(rule, one({}, people({ 0: { 健康状况: '残疾' } })))).toEqual([R1]);
  });
  it('not with a member 患有大病 or 长期慢性病', () => {
    expect(at(rule, one())).toEqual([]);
    expect(at(rule, one({}, people({ 0: { 健康状况: '健康' }, 2: { 健康状况: '残疾,患有大病' } })))).toEqual(
      [],
    );
  });
});

describe('risk.labour-shortage-with-labour', () => {
  const rule = 'risk.labour-shortage-with-labour';
  it('fires when more than half the members are 普通 / 技能劳动力', () => {
    const f = one({ '致贫/返贫风险1': '因缺劳动力', 健康帮扶: '' });
    expect(at(rule, f)).toEqual([R1]);
    expect(msg(rule, f)).toContain('3口人中有2人为普通或技能劳动力');
  });
  it('not at half or less; laborShortageMaxShare is a setting', () => {
    const weak = people({ 1: { 劳动技能: '弱劳动力或半劳动力' } });
    expect(at(rule, one({ '致贫/返贫风险1': '缺劳动力' }, weak))).toEqual([]);
    expect(at(rule, one({ '致贫/返贫风险1': '缺劳动力' }, weak, { laborShortageMaxShare: 0.25 }))).toEqual([
      R1,
    ]);
  });
});

describe('risk.employment-no-labour', () => {
  const rule = 'risk.employment-no-labour';
  it('fires for 因务工就业不稳 (either spelling) in a household without labour', () => {
    const f = one({ '致贫/返贫风险2': '务工就业不稳' }, noLabour());
    expect(at(rule, f)).toEqual([R2]);
    expect(of(f, rule)[0].severity).toBe('error');
  });
  it('not when a member has some labour', () => {
    const weak = noLabour({ 1: { 劳动技能: '弱劳动力或半劳动力' } });
    expect(at(rule, one({ '致贫/返贫风险2': '因务工就业不稳' }, weak))).toEqual([]);
  });
});

describe('risk.education-no-student', () => {
  const rule = 'risk.education-no-student';
  it('fires for 因学 without a student', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '因学' }, people({ 2: { 在校生状况: '非在校生' } })))).toEqual([
      R2,
    ]);
  });
  it('not with a student, nor when a child has dropped out (失学辍学 = 是)', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '因学' }))).toEqual([]);
    const out = people({ 2: { 在校生状况: '非在校生' } });
    expect(
      at(rule, one({ '致贫/返贫风险2': '因学', 是否义务教育阶段适龄儿童少年失学辍学: '是' }, out)),
    ).toEqual([]);
  });
});

describe('measure.developmental-status-mismatch', () => {
  const rule = 'measure.developmental-status-mismatch';
  const cell = `${col('实施开发式帮扶措施情况')}${FIRST}`;
  it('(a) a D measure while the status is 尚未实施 or empty', () => {
    const f = one({ 实施开发式帮扶措施情况: '尚未实施' });
    expect(at(rule, f)).toEqual([cell]);
    expect(msg(rule, f)).toContain('已登记产业帮扶');
    expect(msg(rule, f)).toContain('“尚未实施”');
  });
  it('(b) 是 without any D measure', () => {
    const f = one({ 产业帮扶: '' });
    expect(at(rule, f)).toEqual([cell]);
    expect(msg(rule, f)).toContain('未登记任何开发式帮扶措施');
  });
  it('not when they agree, nor for an eliminated risk', () => {
    expect(at(rule, one())).toEqual([]);
    expect(at(rule, one({ 产业帮扶: '', 实施开发式帮扶措施情况: '尚未实施' }))).toEqual([]);
    expect(at(rule, one({ 实施开发式帮扶措施情况: '尚未实施', 风险是否已消除: '是' }))).toEqual([]);
  });
});

describe('measure.developmental-weak', () => {
  const rule = 'measure.developmental-weak';
  it('fires when every developmental item is 其他 / 技能培训', () => {
    const f = one({ 产业帮扶: '其他', 就业帮扶: '技能培训,其他' });
    expect(at(rule, f)).toEqual([`${col('实施开发式帮扶措施情况')}${FIRST}`]);
    expect(msg(rule, f)).toContain('就业帮扶：技能培训,其他');
  });
  it('not with one concrete item, and any 公益岗位 counts', () => {
    expect(at(rule, one({ 产业帮扶: '其他', 就业帮扶: '外出务工补贴' }))).toEqual([]);
    expect(at(rule, one({ 产业帮扶: '其他', 公益岗位帮扶: '其他' }))).toEqual([]);
    expect(at(rule, one())).toEqual([]);
  });
});

describe('measure.disability-subsidy-missing', () => {
  const rule = 'measure.disability-subsidy-missing';
  const severe = people({
    0: { 证件类型: '残疾人证', 证件号码: `${makeId('19750304', 11, true)}41`, 健康状况: '残疾,长期慢性病' },
  });
  it('fires for a 一/二级 disabled member without 残疾人补贴 when a risk is 因残', () => {
    const f = one({ '致贫/返贫风险2': '因残' }, severe);
    expect(at(rule, f)).toEqual([`${col('综合保障')}${FIRST}`]);
    expect(msg(rule, f)).toContain('张一为一级残疾');
  });
  it('not with 残疾人补贴, a 三级 number, or (by default) without 因残', () => {
    expect(at(rule, one({ '致贫/返贫风险2': '因残', 综合保障: '残疾人补贴' }, severe))).toEqual([]);
    const mild = people({ 0: { 证件类型: '残疾人证', 证件号码: `${makeId('19750304', 11, true)}43` } });
    expect(at(rule, one({ '致贫/返贫风险2': '因残' }, mild))).toEqual([]);
    expect(at(rule, one({}, severe))).toEqual([]);
    expect(at(rule, one({}, severe, { disabilitySubsidyRequiresRisk: false }))).toHaveLength(1);
  });
});

describe('support.no-labour-flag-mismatch', () => {
  const rule = 'support.no-labour-flag-mismatch';
  const cell = `${col('整户无劳动能力兜底保障户')}${FIRST}`;
  it('(a) no labour, a 低保 member and the flag 否', () => {
    const f = one({}, noLabour({ 0: { 享受低保政策情况: '农村低保' } }));
    expect(at(rule, f)).toEqual([cell]);
    expect(msg(rule, f)).toContain('享受低保');
  });
  it('(b) the flag 是 while a member can work, naming the member', () => {
    const f = one({ 整户无劳动能力兜底保障户: '是' });
    expect(at(rule, f)).toEqual([cell]);
    expect(msg(rule, f)).toContain('张一为普通劳动力');
  });
  it('not when the flag agrees', () => {
    expect(
      at(rule, one({ 整户无劳动能力兜底保障户: '是' }, noLabour({ 0: { 享受低保政策情况: '农村低保' } }))),
    ).toEqual([]);
    expect(at(rule, one())).toEqual([]);
  });
});

describe('support.extreme-poverty-able-bodied', () => {
  const rule = 'support.extreme-poverty-able-bodied';
  it('fires for a healthy 特困 member of 18–59 not in school, at the member’s 享受特困供养政策情况', () => {
    const f = one({}, people({ 1: { 享受特困供养政策情况: '农村特困' } }));
    expect(at(rule, f)).toEqual([`${col('享受特困供养政策情况')}${FIRST + 1}`]);
    expect(msg(rule, f)).toContain('李二45岁');
  });
  it('not when ill, nor at 60', () => {
    expect(
      at(rule, one({}, people({ 1: { 享受特困供养政策情况: '农村特困', 健康状况: '长期慢性病' } }))),
    ).toEqual([]);
    const old = makeId('19630101', 12, false);
    const f = one(
      {},
      people({ 1: { 享受特困供养政策情况: '农村特困', 证件号码: old, 出生日期: '19630101' } }),
    );
    expect(at(rule, f)).toEqual([]);
  });
});
