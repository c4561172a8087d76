// Value formats and column conventions of the national exports (ledgers-national §3, §5, §8), on small hand-built
// sheets: each test names the noise it keeps out or the finding it keeps in.
import { parseDate } from '../../src/core/grid/normalise';
import { buildSynonymIndex, parseSheet } from '../../src/core/grid/parseSheet';
import { decodeDisabilityCert, invalidDisabilitySuffix } from '../../src/core/id/disability';
import { hits, makeId, only, run, sheet } from '../rules/helpers';
import { RULES } from '../../src/core/rules/catalogue';
import { NATIONAL_PACK } from '../../src/core/rulebook/national';

describe('dates of the export', () => {
  it('reads YYYYMM (text or number) as a month, never as an Excel serial', () => {
    expect(parseDate('202303')).toEqual({ kind: 'text', date: { y: 2023, m: 3, d: 1 }, precision: 'month' });
    expect(parseDate(202303)).toEqual({ kind: 'text', date: { y: 2023, m: 3, d: 1 }, precision: 'month' });
    expect(parseDate('202313').kind).toBe('invalid');
    expect(parseDate(202313).kind).toBe('invalid');
    expect(parseDate('2023年03月')).toMatchObject({ date: { y: 2023, m: 3, d: 1 }, precision: 'month' });
    expect(parseDate('2023年3月')).toMatchObject({ date: { y: 2023, m: 3, d: 1 }, precision: 'month' });
    expect(parseDate('19700101')).toMatchObject({ date: { y: 1970, m: 1, d: 1 }, precision: 'day' });
    expect(parseDate('2023年03月05日')).toMatchObject({ date: { y: 2023, m: 3, d: 5 }, precision: 'day' });
    // An ordinary serial still reads as a date.
    expect(parseDate(45000).date).toEqual({ y: 2023, m: 3, d: 15 });
  });
});

describe('残疾人证号', () => {
  const id = makeId('19800101', 5, true);
  it('decodes 类别 and 等级 of a 20- or 22-character number; the first 18 are the ID', () => {
    expect(decodeDisabilityCert(`${id}41`)).toEqual({
      id18: id,
      category: '4',
      categoryName: '肢体残疾',
      grade: 1,
      severe: true,
    });
    expect(decodeDisabilityCert(`${id}6307`)).toMatchObject({
      categoryName: '精神残疾',
      grade: 3,
      severe: false,
    });
    expect(decodeDisabilityCert(`${id}85`)).toBeNull();
    expect(invalidDisabilitySuffix(`${id}85`)).toBe('85');
    expect(invalidDisabilitySuffix(id)).toBeNull();
  });

  const H = ['序号', '村', '户编号', '姓名', '证件类型', '证件号码', '性别', '与户主关系'];
  it('passes id.length; a bad suffix is id.disability-suffix-invalid; the ID part is checked as an ID', () => {
    const wife = makeId('19820202', 6, false);
    const bad = `${wife.slice(0, 17)}${wife[17] === '1' ? '2' : '1'}`;
    const f = run([
      sheet('名单', H, [
        {
          序号: 1,
          村: '甲村',
          户编号: 'H1',
          姓名: '甲',
          证件类型: '残疾人证',
          证件号码: `${id}41`,
          性别: '1',
          与户主关系: '户主',
        },
        {
          序号: 2,
          村: '甲村',
          户编号: 'H1',
          姓名: '乙',
          证件类型: '残疾人证',
          证件号码: `${wife}9912`,
          性别: '2',
          与户主关系: '配偶',
        },
        {
          序号: 3,
          村: '甲村',
          户编号: 'H2',
          姓名: '丙',
          证件类型: '残疾人证',
          证件号码: `${bad}42`,
          性别: '2',
          与户主关系: '户主',
        },
      ]),
    ]);
    expect(hits(f, 'id.', 'person.')).toEqual([
      'id.checksum@名单!F6',
      'id.disability-suffix-invalid@名单!F5',
    ]);
    expect(only(f, 'id.disability-suffix-invalid')[0].severity).toBe('info');
  });

  it('the same person in a 残疾人证号 and an ID is one person (id.duplicate by the first 18)', () => {
    const f = run([
      sheet('名单', H, [
        { 序号: 1, 村: '甲村', 户编号: 'H1', 姓名: '甲', 证件号码: id, 性别: '1', 与户主关系: '户主' },
        { 序号: 2, 村: '甲村', 户编号: 'H2', 姓名: '甲', 证件号码: `${id}41`, 性别: '1', 与户主关系: '户主' },
      ]),
    ]);
    expect(hits(f, 'id.duplicate')).toEqual(['id.duplicate@名单!F4', 'id.duplicate@名单!F5']);
  });
});

describe('measures and the 实施开发式帮扶措施情况 flag', () => {
  const H = [
    '户编号',
    '村',
    '姓名',
    '证件号码',
    '与户主关系',
    '户类型',
    '监测对象类别',
    '风险是否已消除',
    '实施开发式帮扶措施情况',
    '产业帮扶',
    '综合保障',
    '公益岗位帮扶',
    '公益性岗位帮扶',
  ];
  const base = {
    村: '甲村',
    与户主关系: '户主',
    户类型: '普通农户',
    监测对象类别: '边缘易致贫户',
    风险是否已消除: '否',
  };
  it('reads the union of the measure columns; an empty flag is no missing measure', () => {
    const f = run([
      sheet('监测对象信息', H, [
        // Only 综合保障 (a no-labour household), flag empty: measures exist.
        {
          ...base,
          户编号: 'H1',
          姓名: '甲',
          证件号码: makeId('19500101', 1, true),
          综合保障: '低保,特困供养',
        },
        // Only the second spelling of 公益岗位帮扶.
        { ...base, 户编号: 'H2', 姓名: '乙', 证件号码: makeId('19600101', 2, true), 公益性岗位帮扶: '其他' },
        // The flag says 是 but no measure column is filled: no measures.
        {
          ...base,
          户编号: 'H3',
          姓名: '丙',
          证件号码: makeId('19700101', 3, true),
          实施开发式帮扶措施情况: '是',
        },
      ]),
    ]);
    expect(hits(f, 'monitor.no-measures')).toEqual(['monitor.no-measures@监测对象信息!J6']);
  });
});

describe('sheet kinds of the companion exports', () => {
  const index = buildSynonymIndex();
  const kind = (name: string, header: string[]) =>
    parseSheet(sheet(name, header, [Object.fromEntries(header.map((h) => [h, '1']))]), index).kind;
  it('work spells, plans and 乡村建设 户信息 are not person sheets', () => {
    expect(
      kind('Sheet1', [
        '县',
        '乡',
        '行政村',
        '户编号',
        '人编号',
        '证件号码',
        '开始时间',
        '结束时间',
        '是否已务工',
      ]),
    ).toBe('work');
    expect(kind('Sheet1', ['县', '乡', '行政村', '户编号', '证件号码', '开始时间', '务工月收入'])).toBe(
      'work',
    );
    expect(kind('Sheet1', ['县', '乡', '行政村', '户编号', '人编号', '证件号码', '是否计划外出务工'])).toBe(
      'workPlan',
    );
    expect(kind('Sheet1', ['县(市、区、旗)', '乡(镇)', '行政村', '户编号', '证件号码', '户类型'])).toBe(
      'householdBuild',
    );
    expect(
      kind('（乡村建设）户信息', ['县(市、区、旗)', '乡(镇)', '行政村', '户编号', '证件号码', '姓名']),
    ).toBe('householdBuild');
    expect(kind('Sheet1', ['县', '乡', '村', '户编号', '姓名', '证件号码', '与户主关系', '户类型'])).toBe(
      'person',
    );
    expect(kind('Sheet1', ['县', '乡', '村', '是否出列', '低保户数'])).toBe('village');
    expect(kind('Sheet1', ['县', '乡', '村', '村级集体经济收入（万元）', '低保户数', '残疾人口数'])).toBe(
      'village',
    );
  });

  it('a work export gives no household findings and no id.duplicate for several spells of one person', () => {
    const id = makeId('19900101', 1, true);
    const person = sheet(
      '监测对象信息',
      ['户编号', '村', '姓名', '证件号码', '与户主关系', '人数'],
      [{ 户编号: 'H1', 村: '甲村', 姓名: '甲', 证件号码: id, 与户主关系: '户主', 人数: 1 }],
    );
    const work = sheet(
      '已外出务工',
      ['县', '乡', '行政村', '户编号', '证件号码', '姓名', '开始时间', '结束时间', '是否已务工'],
      [
        {
          户编号: 'H1',
          证件号码: id,
          姓名: '甲',
          开始时间: '2023年03月',
          结束时间: '2023年06月',
          是否已务工: '否',
        },
        { 户编号: 'H1', 证件号码: id, 姓名: '甲', 开始时间: '2023年7月', 是否已务工: '是' },
        { 户编号: 'H9', 证件号码: id, 姓名: '甲', 开始时间: '2023年8月', 是否已务工: '是' },
        {
          户编号: 'H1',
          证件号码: makeId('19910101', 2, true),
          姓名: '丁',
          开始时间: '2023年8月',
          是否已务工: '是',
        },
      ],
    );
    const f = run([person, work]);
    // No household or ID finding on the spells: only the join (the work rules of rules-v2 §16 are tested in
    // test/rulebook/work.test.ts; the two open spells of 甲 overlap).
    const onWork = f.filter((x) => x.sheet === '已外出务工' && x.rule !== 'sheet.column-missing');
    expect(onWork.map((x) => `${x.rule}@${x.sheet}!${x.cell}`)).toEqual([
      'work.person-not-in-ledger@已外出务工!D6',
      'work.spells-overlap@已外出务工!G6',
      'work.person-not-in-ledger@已外出务工!E7',
    ]);
    expect(only(f, 'work.person-not-in-ledger')[0].message).toContain('户编号不同');
    expect(only(f, 'work.person-not-in-ledger')[1].message).toContain('找不到');
  });
});

describe('sheet.column-all-empty and sheet.companion-missing', () => {
  const H = ['户编号', '人编号', '村', '姓名', '证件号码', '与户主关系', '监测对象类别', '识别监测时间'];
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      户编号: `H${i}`,
      人编号: `P${i}`,
      姓名: `某${i}`,
      证件号码: makeId('19800101', i + 1, true),
      与户主关系: '户主',
    }));
  it('a required column empty on every row (5 or more) is one sheet note, not a finding per row', () => {
    const five = run([sheet('监测对象信息', H, rows(5))]);
    expect(hits(five, 'sheet.column-all-empty', 'field.required')).toEqual([
      'sheet.column-all-empty@监测对象信息!C3',
    ]);
    expect(only(five, 'sheet.column-all-empty')[0].severity).toBe('warning');
    const four = run([sheet('监测对象信息', H, rows(4))]);
    expect(hits(four, 'sheet.column-all-empty')).toEqual([]);
    expect(hits(four, 'field.required')).toHaveLength(4);
  });

  it('a national person export without its 务工 companions says so once per companion', () => {
    const alone = only(run([sheet('监测对象信息', H, rows(2))]), 'sheet.companion-missing');
    expect(alone.map((f) => [f.cell, f.severity])).toEqual([
      ['A1', 'info'],
      ['A1', 'info'],
    ]);
    expect(alone[0].message).toContain('未找到“（务工月监测）已外出务工信息”表');
    // It counts every check the missing export stops: work.* (but the plan-only one), the hand-written rules that
    // read work spells and the records that need it (risk.employment-no-work-record …).
    const work = Object.keys(RULES).filter((id) => id.startsWith('work.')).length - 1;
    const needing = NATIONAL_PACK.rules.filter((r) => r.needs?.includes('work')).length;
    expect(needing).toBeGreaterThanOrEqual(2);
    expect(Number(/(\d+)项相关检查未执行/.exec(alone[0].message)?.[1])).toBe(work + 2 + needing);
    const workSheet = sheet('已外出务工', ['户编号', '人编号', '证件号码', '开始时间', '是否已务工'], []);
    const withWork = only(run([sheet('监测对象信息', H, rows(2)), workSheet]), 'sheet.companion-missing');
    expect(withWork.map((f) => f.message.split('，')[0])).toEqual(['未找到“计划外出务工信息”表']);
    // A hand-kept ledger (no 人编号) never gets it.
    const hand = H.filter((h) => h !== '人编号');
    expect(only(run([sheet('台账', hand, rows(2))]), 'sheet.companion-missing')).toEqual([]);
  });
});
