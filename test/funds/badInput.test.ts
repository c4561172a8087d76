// What clerks type into fund ledgers: amounts with their own unit, "约50", percent columns as 0.82 / 82 / "82%",
// a 小计 row without a label, a project split over two rows, dates as text. Each is read correctly or reported.
import { H, base, check, fundSheet, hits, report } from './helpers';
import { parsePeriod } from '../../src/core/model/funds';

const FUND = 'fund.';

test('"12.5万" and "125,000元" in a 万元 sheet are read as 12.5 (info with a fix), no fund finding', () => {
  const row = base({
    计划投资: '12.5万',
    补助资金: '125,000元',
    中央: 12.5,
    省级: '',
    其他: '',
    下达: 12.5,
    已拨付: 12.5,
    已支出: 10,
    '支出进度（%）': 80,
  });
  const r = report([fundSheet([row])]);
  expect(hits(r.findings, FUND)).toEqual([]);
  const info = r.findings.filter((f) => f.rule === 'field.text-number');
  expect(info.map((f) => [f.cell, f.severity, f.fix?.to])).toEqual([
    ['E4', 'info', 12.5],
    ['F4', 'info', 12.5],
  ]);
  expect(info[1].message).toContain('已换算为12.5万元');
  expect(r.funds[0]).toMatchObject({ planned: 12.5, progressPercent: 80, unit: '万元' });
});

test('"12.5万" in an 元 sheet is 125000 元', () => {
  const row = base({
    计划投资: '12.5万',
    补助资金: 125000,
    中央: 125000,
    省级: '',
    其他: '',
    下达: 125000,
    已拨付: 100000,
    已支出: 100000,
    '支出进度（%）': 80,
  });
  const r = report([fundSheet([row], { unit: '元' })]);
  expect(hits(r.findings, FUND)).toEqual([]);
  expect(r.funds[0].planned).toBe(125000);
});

test('"约50" is field.number (error) on that cell and the checks needing it are skipped', () => {
  const f = check([base({ 已支出: '约50' })]);
  expect(hits(f, 'field.number', FUND)).toEqual(['field.number@L4']);
  expect(f.find((x) => x.rule === 'field.number')!.message).toContain('“已支出”填写为“约50”，不是有效数字');
});

describe('支出进度 stored as 0.8, 80 or "80%"', () => {
  test('a fraction column (all values 0–1.5), a percent column and "%" text all read as 80 %', () => {
    expect(
      hits(
        check([base({ '支出进度（%）': 0.8 }), base({ 序号: 2, 建设地点: 'x', '支出进度（%）': 0.8 })]),
        FUND,
      ),
    ).toEqual([]);
    expect(hits(check([base({ '支出进度（%）': '80%' })]), FUND)).toEqual([]);
    expect(hits(check([base({ '支出进度（%）': '80' })]), FUND)).toEqual([]);
  });
  test('a fraction in a percent column fires with the hint; a wrong fraction gets a fraction fix', () => {
    const f = check([base({ '支出进度（%）': 0.8 }), base({ 序号: 2, 建设地点: 'x', '支出进度（%）': 80 })]);
    expect(hits(f, FUND)).toEqual(['fund.progress-mismatch@M4']);
    expect(f.find((x) => x.rule === 'fund.progress-mismatch')!.message).toContain('以小数填写的比例');
    const g = check([base({ '支出进度（%）': 0.9 }), base({ 序号: 2, 建设地点: 'x', '支出进度（%）': 0.8 })]);
    expect(hits(g, FUND)).toEqual(['fund.progress-mismatch@M4']);
    expect(g.find((x) => x.rule === 'fund.progress-mismatch')!.fix?.to).toBe(0.8);
    const h = check([base({ '支出进度（%）': '90%' })]);
    expect(h.find((x) => x.rule === 'fund.progress-mismatch')!.fix?.to).toBe('80%');
  });
});

describe('a 小计 row without a label', () => {
  const p2 = base({ 序号: 2, 项目名称: '新民村蔬菜大棚建设项目', 建设地点: '龙泉镇新民村' });
  const sum = {
    计划投资: 200,
    补助资金: 180,
    中央: 160,
    省级: 20,
    其他: 20,
    下达: 180,
    已拨付: 160,
    已支出: 144,
    '支出进度（%）': 80,
    带贫户数: 40,
  };
  test('amounts equal to the rows above: recognised as 小计 (sheet.totals-row info), not a project', () => {
    const r = report([
      fundSheet([base(), p2, sum, base({ 序号: 3, 项目名称: '团结村茶叶加工厂房建设项目' })]),
    ]);
    expect(hits(r.findings, FUND)).toEqual([]);
    const t = r.findings.filter((f) => f.rule === 'sheet.totals-row');
    expect(t.map((f) => [f.cell, f.severity])).toEqual([['A6', 'info']]);
    expect(t[0].message).toContain('等于第4—5行2个项目之和，已识别为小计行');
    expect(r.funds.map((f) => f.row)).toEqual([4, 5, 7]);
    expect(r.fundRollup!.total.planned).toBe(300);
  });
  test('as the last row covering every project it is the 合计', () => {
    const r = report([fundSheet([base(), p2, sum])]);
    expect(r.findings.find((f) => f.rule === 'sheet.totals-row')!.message).toContain('已识别为合计行');
    expect(r.funds).toHaveLength(2);
  });
});

describe('a project split over two rows', () => {
  test('a row with no 项目名称 and no 序号 is merged into the project above (fund.continuation-row info)', () => {
    const first = base({
      省级: '',
      其他: '',
      计划投资: 80,
      补助资金: 80,
      下达: 80,
      已拨付: 70,
      已支出: 60,
      '支出进度（%）': 80,
    });
    const cont = {
      建设内容: '',
      省级: 10,
      其他: 10,
      计划投资: 20,
      补助资金: 10,
      下达: 10,
      已拨付: 10,
      已支出: 12,
    };
    const r = report([fundSheet([first, cont])]);
    // merged: 计划100 = 中央80 + 省级10 + 其他10; 下达90, 已拨付80, 已支出72 → 80 %, as stored on the first row.
    expect(hits(r.findings, FUND)).toEqual(['fund.continuation-row@B5']);
    expect(r.findings.find((f) => f.rule === 'fund.continuation-row')!.severity).toBe('info');
    expect(r.funds).toHaveLength(1);
    expect(r.funds[0]).toMatchObject({
      row: 4,
      planned: 100,
      released: 90,
      disbursed: 80,
      spent: 72,
      progressPercent: 80,
    });
  });
  test('a vertically merged 项目名称 over two rows is one project, not a duplicate', () => {
    const s = fundSheet([
      base({ 计划投资: 60, 中央: 40 }),
      base({
        序号: '',
        项目名称: '',
        补助资金: '',
        计划投资: 40,
        中央: 40,
        省级: '',
        其他: '',
        下达: '',
        已拨付: '',
        已支出: '',
        '支出进度（%）': '',
        带贫户数: '',
      }),
    ]);
    s.merges = [{ r1: 3, c1: 1, r2: 4, c2: 1 }];
    const r = report([s]);
    expect(hits(r.findings, FUND)).toEqual(['fund.continuation-row@B5']);
    expect(r.funds).toHaveLength(1);
    expect(r.funds[0].planned).toBe(100);
  });
  test('a row with a 序号 but no 项目名称 is a project whose name is missing (field.required)', () => {
    const f = check([
      base(),
      base({
        序号: 2,
        项目名称: '',
        计划投资: 50,
        补助资金: 45,
        中央: 40,
        省级: 5,
        其他: 5,
        下达: 45,
        已拨付: 40,
        已支出: 36,
      }),
    ]);
    expect(hits(f, 'field.required', FUND)).toEqual(['field.required@B5']);
  });
});

describe('dates as text', () => {
  test('"2024年4月1日", "2024.08.01", Excel serials and "2024/3/11" are read; order still checked', () => {
    const row = base({
      开工时间: '2024年4月1日',
      完工时间: '2024.08.01',
      公示开始时间: 45352 /* 2024-03-01 */,
      公示结束时间: '2024/3/11',
    });
    expect(hits(check([row]), FUND, 'field.date')).toEqual([]);
    expect(hits(check([base({ 开工时间: '2024年8月2日', 完工时间: '2024.08.01' })]), FUND)).toEqual([
      'fund.date-order@P4',
    ]);
  });
  test('an unreadable date or 公示期 is field.date', () => {
    const header = [...H.slice(0, 17), '公示时间'];
    const f = check([{ ...base({ 开工时间: '2024年13月1日' }), 公示时间: '六月九日至十九日' }], { header });
    expect(hits(f, 'field.date', FUND)).toEqual(['field.date@O4', 'field.date@R4']);
  });
  test('parsePeriod: separators —, –, -, ~, 至; the end inherits year and month', () => {
    expect(parsePeriod('2023年6月9日—6月19日')).toEqual({
      start: { y: 2023, m: 6, d: 9 },
      end: { y: 2023, m: 6, d: 19 },
    });
    expect(parsePeriod('2023年6月9日至19日')).toEqual({
      start: { y: 2023, m: 6, d: 9 },
      end: { y: 2023, m: 6, d: 19 },
    });
    expect(parsePeriod('2023.06.25–2023.07.05')).toEqual({
      start: { y: 2023, m: 6, d: 25 },
      end: { y: 2023, m: 7, d: 5 },
    });
    expect(parsePeriod('2023-06-09-2023-06-19')?.end).toEqual({ y: 2023, m: 6, d: 19 });
    expect(parsePeriod('2023/6/9~6/19')?.end).toEqual({ y: 2023, m: 6, d: 19 });
    expect(parsePeriod('2023年6月9日')).toBeNull();
    expect(parsePeriod('2023年6月9日—6月31日')).toBeNull();
  });
});
