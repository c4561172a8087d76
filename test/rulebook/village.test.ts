// v2 village rules (rules-v2 §19) on the （自定义）行政村信息 export, through analyze(): per rule a case that fires
// and a near case that must not. Synthetic data only.
import type { CellValue, SheetInput } from '../../src/core/types';
import { makeId, run, sheet } from '../rules/helpers';

const IDS = [
  'village.exited-base-missing',
  'village.count-exceeds-total',
  'village.exited-field-missing',
  'village.exited-no-collective-income',
  'village.exited-no-hard-road',
  'village.land-less-than-households',
];

const HEADER = [
  '县',
  '乡',
  '村',
  '是否出列',
  '总户数',
  '总人口数',
  '村级集体经济收入（万元）',
  '村小学（个数）',
  '参加城乡居民基本养老保险人数',
  '是否通客运班车',
  '行政村卫生室个数',
  '行政村公共卫生厕所个数',
  '行政村执业（助理）医师（人）',
  '行政村生产生活垃圾集中堆放点个数（个）',
  '行政村文化（图书）室个数 （个）',
  '低保户数',
  '低保人口数',
  '特困供养人口数',
  '残疾人口数',
  '到乡镇是否通沥青（水泥）路',
  '未实现饮水安全户数',
  '危房户数',
];

/** A complete 出列村 row (column letters: A 县 … V 危房户数). */
function village(over: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    县: '示例县',
    乡: '示例镇',
    村: '桥头村',
    是否出列: '是',
    总户数: '300',
    总人口数: '1200',
    '村级集体经济收入（万元）': '12.5',
    '村小学（个数）': '1',
    参加城乡居民基本养老保险人数: '700',
    是否通客运班车: '是',
    行政村卫生室个数: '1',
    行政村公共卫生厕所个数: '2',
    '行政村执业（助理）医师（人）': '1',
    '行政村生产生活垃圾集中堆放点个数（个）': '3',
    '行政村文化（图书）室个数 （个）': '1',
    低保户数: '20',
    低保人口数: '45',
    特困供养人口数: '6',
    残疾人口数: '30',
    '到乡镇是否通沥青（水泥）路': '是',
    未实现饮水安全户数: '0',
    危房户数: '0',
    ...over,
  };
}

function villages(rows: Array<Record<string, CellValue>>, header = HEADER): SheetInput {
  return sheet('（自定义）行政村信息', header, rows);
}

function found(sheets: SheetInput[], extra: Record<string, unknown> = {}): string[] {
  return run(sheets, extra)
    .filter((f) => IDS.includes(f.rule))
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}

function message(sheets: SheetInput[], rule: string): string {
  return run(sheets).find((f) => f.rule === rule)?.message ?? '';
}

test('a complete 出列村 and a village not 出列 with gaps give nothing', () => {
  expect(
    found([villages([village(), village({ 村: '新民村', 是否出列: '否', 低保户数: '', 总户数: '' })])]),
  ).toEqual([]);
});

describe('village.exited-base-missing', () => {
  test('总户数 empty, or 总人口数 0: at that cell', () => {
    expect(found([villages([village({ 总户数: '' })])])).toEqual(['village.exited-base-missing@E4']);
    expect(found([villages([village({ 总人口数: '0' })])])).toEqual(['village.exited-base-missing@F4']);
    expect(message([villages([village({ 总户数: '0' })])], 'village.exited-base-missing')).toContain(
      '出列村桥头村总户数为0',
    );
  });
  test('near: an empty 总人口数 is village.population-missing’s, and a village not 出列 is not judged', () => {
    expect(found([villages([village({ 总人口数: '' })])])).toEqual([]);
    expect(found([villages([village({ 是否出列: '否', 总户数: '0' })])])).toEqual([]);
  });
});

describe('village.count-exceeds-total', () => {
  test('危房户数 120 > 总户数 98: at 危房户数, naming both; several in one finding', () => {
    const s = [villages([village({ 总户数: '98', 危房户数: '120' })])];
    expect(found(s)).toEqual(['village.count-exceeds-total@V4']);
    expect(message(s, 'village.count-exceeds-total')).toContain('危房户数120户大于总户数98户');
    const two = [
      villages([village({ 总人口数: '40', 低保人口数: '45', 残疾人口数: '41', 特困供养人口数: '6' })]),
    ];
    expect(found(two)).toEqual(['village.count-exceeds-total@Q4']);
    expect(message(two, 'village.count-exceeds-total')).toContain('残疾人口数41人大于总人口数40人');
  });
  test('near: equal to the total, and 饮水 + 危房 together above it (one household can be in both)', () => {
    expect(found([villages([village({ 总户数: '98', 危房户数: '98', 未实现饮水安全户数: '60' })])])).toEqual(
      [],
    );
  });
  test('applies to villages not 出列 too', () => {
    expect(found([villages([village({ 是否出列: '否', 总户数: '10', 低保户数: '11' })])])).toEqual([
      'village.count-exceeds-total@P4',
    ]);
  });
});

describe('village.exited-field-missing', () => {
  test('empty fields of a 出列村: one finding at the first, naming them', () => {
    const s = [villages([village({ 行政村卫生室个数: '', 低保户数: '' })])];
    expect(found(s)).toEqual(['village.exited-field-missing@K4']);
    expect(message(s, 'village.exited-field-missing')).toContain(
      '行政村卫生室个数、低保户数共2项未填写（没有的请填0）',
    );
  });
  test('near: 0 is an answer; a column the export lacks is not reported', () => {
    expect(found([villages([village({ 行政村卫生室个数: '0' })])])).toEqual([]);
    const header = HEADER.filter((h) => h !== '行政村卫生室个数');
    expect(found([villages([village()], header)])).toEqual([]);
  });
});

describe('village.exited-no-collective-income', () => {
  test('0 万元 fires at 村级集体经济收入; 12.5 does not', () => {
    expect(found([villages([village({ '村级集体经济收入（万元）': '0' })])])).toEqual([
      'village.exited-no-collective-income@G4',
    ]);
    expect(found([villages([village({ '村级集体经济收入（万元）': '0.5' })])])).toEqual([]);
  });
  test('empty is village.exited-field-missing’s only', () => {
    expect(found([villages([village({ '村级集体经济收入（万元）': '' })])])).toEqual([
      'village.exited-field-missing@G4',
    ]);
  });
});

describe('village.exited-no-hard-road', () => {
  test('否 or 0 fires; 是 / 1 does not; empty is the field rule’s', () => {
    expect(found([villages([village({ '到乡镇是否通沥青（水泥）路': '否' })])])).toEqual([
      'village.exited-no-hard-road@T4',
    ]);
    expect(found([villages([village({ '到乡镇是否通沥青（水泥）路': '0' })])])).toEqual([
      'village.exited-no-hard-road@T4',
    ]);
    expect(found([villages([village({ '到乡镇是否通沥青（水泥）路': '1' })])])).toEqual([]);
    expect(found([villages([village({ '到乡镇是否通沥青（水泥）路': '' })])])).toEqual([
      'village.exited-field-missing@T4',
    ]);
  });
});

describe('village.land-less-than-households', () => {
  const PERSON = ['乡', '村', '户编号', '姓名', '证件号码', '与户主关系', '户类型', '耕地面积（亩）'];
  const ledger = (areas: number[]) =>
    sheet(
      '监测对象信息',
      PERSON,
      areas.map((a, i) => ({
        乡: '示例镇',
        村: '桥头村',
        户编号: `H${i + 1}`,
        姓名: `户主${i + 1}`,
        证件号码: makeId('19700101', i + 1, true),
        与户主关系: '户主',
        户类型: '脱贫户',
        '耕地面积（亩）': a,
      })),
    );
  const withLand = (area: string) => villages([village({ 耕地面积: area })], [...HEADER, '耕地面积']);
  test('村 500 亩 < households 620 亩: at 耕地面积 with both figures', () => {
    const s = [withLand('500'), ledger([300, 320])];
    expect(found(s)).toEqual(['village.land-less-than-households@W4']);
    expect(message(s, 'village.land-less-than-households')).toContain(
      '桥头村耕地面积500亩，小于本村脱贫户和监测对象耕地面积合计620亩',
    );
  });
  test('near: equal, and a village whose households are in another township', () => {
    expect(found([withLand('620'), ledger([300, 320])])).toEqual([]);
    const other = villages([village({ 乡: '别的镇', 耕地面积: '100' })], [...HEADER, '耕地面积']);
    expect(found([other, ledger([300, 320])])).toEqual([]);
  });
});
