import { hits, makeId, only, run, sheet } from './helpers';

const HEAD = makeId('19650412', 1, true);
const WIFE = makeId('19670820', 2, false);

describe('field.required', () => {
  const H = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系'];
  it('flags an empty required cell on each row; householdId only when the column exists', () => {
    const f = run([
      sheet('名单', H, [
        { 序号: 1, 行政村: '甲村', 户编号: 'H1', 姓名: '', 证件号码: HEAD, 与户主关系: '户主' },
        { 序号: 2, 行政村: '', 户编号: 'H1', 姓名: '李二', 证件号码: WIFE, 与户主关系: '' },
        {
          序号: 3,
          行政村: '甲村',
          户编号: '',
          姓名: '王三',
          证件号码: makeId('19800101', 3, true),
          与户主关系: '户主',
        },
      ]),
    ]);
    expect(hits(f, 'field.required')).toEqual([
      'field.required@名单!B5',
      'field.required@名单!C6',
      'field.required@名单!D4',
      'field.required@名单!F5',
    ]);
    expect(only(f, 'field.required').find((x) => x.cell === 'D4')?.message).toContain('“姓名”为空');
  });

  it('an absent required column is one sheet.column-missing; an absent 户编号 column is not required', () => {
    const f = run([
      sheet(
        '名单',
        ['序号', '姓名', '证件号码', '与户主关系'],
        [
          { 序号: 1, 姓名: '张一', 证件号码: HEAD, 与户主关系: '户主' },
          { 序号: 2, 姓名: '李二', 证件号码: WIFE, 与户主关系: '配偶' },
        ],
      ),
    ]);
    expect(hits(f, 'field.required')).toEqual([]);
    const missing = only(f, 'sheet.column-missing');
    const forRequired = missing.filter((m) => m.message.includes('必填项为空'));
    expect(forRequired).toHaveLength(1);
    expect(forRequired[0].message).toContain('缺少“行政村”列');
  });

  it('household sheets require 户编号 and 户主姓名', () => {
    const f = run([
      sheet(
        '户信息',
        ['户编号', '户主姓名', '户主证件号码', '家庭人口数', '行政村'],
        [
          { 户编号: 'H1', 户主姓名: '', 户主证件号码: HEAD, 家庭人口数: 1, 行政村: '甲村' },
          { 户编号: '', 户主姓名: '李二', 户主证件号码: WIFE, 家庭人口数: 1, 行政村: '甲村' },
        ],
      ),
    ]);
    expect(hits(f, 'field.required')).toEqual(['field.required@户信息!A5', 'field.required@户信息!B4']);
  });
});

describe('field.code', () => {
  const H = [
    '序号',
    '行政村',
    '户编号',
    '姓名',
    '性别',
    '证件号码',
    '与户主关系',
    '健康状况',
    '务工状况',
    '主要致贫原因',
    '贫困户属性',
    '危房级别',
  ];
  const base = { 行政村: '甲村', 户编号: 'H1', 姓名: '某' };
  it('accepts normalised values: full-width brackets, numeric codes, 其它, comma-combined 健康状况', () => {
    const f = run([
      sheet('名单', H, [
        {
          ...base,
          序号: 1,
          性别: 1,
          证件号码: HEAD,
          与户主关系: '户主',
          健康状况: '残疾,长期慢性病',
          务工状况: '乡（镇）内务工',
          主要致贫原因: '其它',
          贫困户属性: '02',
          危房级别: 'C级',
        },
        {
          ...base,
          序号: 2,
          性别: '2',
          证件号码: WIFE,
          与户主关系: ' 配偶 ',
          健康状况: '健康',
          务工状况: '99',
          主要致贫原因: '因病',
          贫困户属性: '低保户',
          危房级别: 'A',
        },
      ]),
    ]);
    expect(hits(f, 'field.code')).toEqual([]);
  });

  it('flags values outside the list and suggests the closest valid value', () => {
    const f = run([
      sheet('名单', H, [
        { ...base, 序号: 1, 性别: '男', 证件号码: HEAD, 与户主关系: '户主', 健康状况: '残疾,慢病' },
        {
          ...base,
          序号: 2,
          性别: '3',
          证件号码: WIFE,
          与户主关系: '妻子',
          健康状况: '健康',
          务工状况: '省外打工',
        },
        {
          ...base,
          序号: 3,
          性别: '男',
          证件号码: makeId('19900101', 3, true),
          与户主关系: '儿子',
          主要致贫原因: '因病致贫',
        },
      ]),
    ]);
    expect(hits(f, 'field.code')).toEqual([
      'field.code@名单!E5',
      'field.code@名单!G5',
      'field.code@名单!G6',
      'field.code@名单!H4',
      'field.code@名单!I5',
      'field.code@名单!J6',
    ]);
    const msg = (cell: string) => only(f, 'field.code').find((x) => x.cell === cell)?.message ?? '';
    expect(msg('G6')).toContain('应为“之子”');
    expect(msg('I5')).toContain('应为“省外务工”');
    expect(msg('J6')).toContain('应为“因病”');
    expect(msg('H4')).toContain('“慢病”');
    expect(msg('H4')).not.toContain('“残疾”应为');
  });
});

describe('field.number and field.text-number', () => {
  const H = [
    '序号',
    '行政村',
    '户编号',
    '姓名',
    '证件号码',
    '与户主关系',
    '人数',
    '工资性收入',
    '人均纯收入',
  ];
  const row = (n: number, id: string, rel: string, extra: Record<string, string | number>) => ({
    序号: n,
    行政村: '甲村',
    户编号: 'H1',
    姓名: '某',
    证件号码: id,
    与户主关系: rel,
    ...extra,
  });
  it('invalid numbers are errors; numbers stored as text are info with a fix; household columns checked per row', () => {
    const f = run([
      sheet('名单', H, [
        row(1, HEAD, '户主', { 人数: 2, 工资性收入: '3,200.50', 人均纯收入: '约3000' }),
        row(2, WIFE, '配偶', { 人数: '２', 工资性收入: '3千', 人均纯收入: '约3000' }),
        row(3, makeId('19900101', 3, true), '之子', { 人数: 2, 工资性收入: '1.2万', 人均纯收入: 3000 }),
        // A real number in each column: their text numbers are reported cell by cell.
        row(4, makeId('19920101', 4, false), '之女', { 人数: 2, 工资性收入: 0, 人均纯收入: 3000 }),
      ]),
    ]);
    expect(hits(f, 'field.number', 'field.text-number')).toEqual([
      'field.number@名单!H5',
      'field.number@名单!I4',
      'field.number@名单!I5',
      'field.text-number@名单!G5',
      'field.text-number@名单!H4',
      'field.text-number@名单!H6',
    ]);
    const fixes = only(f, 'field.text-number').map((x) => [x.cell, x.fix?.to, x.fix?.label, x.severity]);
    expect(fixes).toEqual([
      ['H4', 3200.5, '文本转为数字', 'info'],
      ['G5', 2, '文本转为数字', 'info'],
      ['H6', 12000, '文本转为数字', 'info'],
    ]);
    // ID cells are identity's: a text id is never field.text-number.
    expect(f.filter((x) => x.rule.startsWith('field.') && x.column === 'E')).toEqual([]);
    expect(hits(f, 'sheet.numbers-as-text')).toEqual([]);
  });

  it('a column whose every number is text gets one sheet.numbers-as-text note instead of a note per cell', () => {
    const f = run([
      sheet('名单', H, [
        row(1, HEAD, '户主', { 人数: '2', 工资性收入: '3200.50', 人均纯收入: 3000 }),
        row(2, WIFE, '配偶', { 人数: '2', 工资性收入: '3200.50', 人均纯收入: '约3000' }),
      ]),
    ]);
    expect(hits(f, 'field.number', 'field.text-number', 'sheet.numbers-as-text')).toEqual([
      'field.number@名单!I5',
      'sheet.numbers-as-text@名单!G3',
    ]);
    const note = only(f, 'sheet.numbers-as-text')[0];
    expect(note.severity).toBe('info');
    expect(note.message).toContain('本表有2列数值以文本形式存储（“人数”、“工资性收入”');
  });
});

describe('field.date', () => {
  it('flags unreadable dates and bare years; accepts serials, text and month dates', () => {
    const H = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '首次识别时间', '风险消除时间'];
    const f = run([
      sheet('名单', H, [
        {
          序号: 1,
          行政村: '甲村',
          户编号: 'H1',
          姓名: '甲',
          证件号码: HEAD,
          与户主关系: '户主',
          首次识别时间: 42430,
          风险消除时间: '2016年13月',
        },
        {
          序号: 2,
          行政村: '甲村',
          户编号: 'H1',
          姓名: '乙',
          证件号码: WIFE,
          与户主关系: '配偶',
          首次识别时间: 2016,
          风险消除时间: '2021年3月',
        },
        {
          序号: 3,
          行政村: '甲村',
          户编号: 'H2',
          姓名: '丙',
          证件号码: makeId('19800101', 3, true),
          与户主关系: '户主',
          首次识别时间: '2016.03.05',
          风险消除时间: '',
        },
      ]),
    ]);
    expect(hits(f, 'field.date')).toEqual(['field.date@名单!G5', 'field.date@名单!H4']);
    expect(only(f, 'field.date').find((x) => x.cell === 'G5')?.message).toContain('像是年份');
  });
});

describe('field.phone', () => {
  it('accepts mobiles, landlines with area code, empty and 无; flags the rest', () => {
    const H = ['序号', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '户联系电话', '人联系电话'];
    const phones: Array<[string | number, string | number]> = [
      ['13812345678', 13912345678],
      ['0851-1234567', '08511234567'],
      ['(0851)1234567', '（0851）12345678'],
      ['', '无'],
      ['1381234567', 12812345678],
      ['138 1234 5678', '13812345678/13912345678'],
      ['851-1234567', '13812345678/1391234'],
    ];
    const rows = phones.map(([hp, pp], i) => ({
      序号: i + 1,
      行政村: '甲村',
      户编号: `H${i + 1}`,
      姓名: '某',
      证件号码: makeId('19800101', i + 1, true),
      与户主关系: '户主',
      户联系电话: hp,
      人联系电话: pp,
    }));
    const f = run([sheet('名单', H, rows)]);
    expect(hits(f, 'field.phone')).toEqual([
      'field.phone@名单!G10',
      'field.phone@名单!G8',
      'field.phone@名单!H10',
      'field.phone@名单!H8',
    ]);
    expect(only(f, 'field.phone')[0].severity).toBe('warning');
  });
});
