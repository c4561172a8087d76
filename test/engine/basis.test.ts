// report.basis: the year, lines, dates and 填报单位 a check used, each with its source.
import { analyzeWorkbook } from '../../src/core/engine';
import type { Grid, SheetInput } from '../../src/core/types';
import { buildLedger } from '../e2e/fixtures/ledger';

const TODAY = { y: 2026, m: 3, d: 1 };

/** The fixture's 名单 with its two rows above the header replaced. */
function ledgerWithTop(title: string, line: string): SheetInput[] {
  const [list, villages] = buildLedger().sheets;
  const width = list.values[2].length;
  const pad = (s: string) => [s, ...Array<string>(width - 1).fill('')];
  const values: Grid = [pad(title), pad(line), ...list.values.slice(2)];
  return [{ name: '名单', values }, villages];
}

test('no settings: the 截至日期 line gives the year and the data date; 填报单位 comes from its line', () => {
  const r = analyzeWorkbook(
    ledgerWithTop('脱贫人口及监测对象名单', '填报单位：花园乡人民政府  截至日期：2024年12月31日'),
    {},
    { today: TODAY },
  );
  expect(r.basis).toEqual({
    year: { value: 2024, source: 'asOfDate', detail: '“名单”表头上方的“截至日期”' },
    referenceDate: { value: '2024-12-31', source: 'default' },
    povertyLine: { value: r.config.povertyLine, source: 'standard', detail: expect.stringContaining('标准') },
    monitoringLine: {
      value: r.config.monitoringLine,
      source: 'standard',
      detail: expect.stringContaining('标准'),
    },
    dataDate: { value: '2024-12-31', source: 'asOfDate', detail: '“名单”表头上方的“截至日期”' },
    reportingUnit: { value: '花园乡人民政府', source: 'ledgerTitle', detail: '名单' },
    // The fixture's village sheet has 农业户籍人口: the default denominator.
    incidenceDenominator: { value: 'agriPopulation', source: 'default' },
  });
  expect(r.config.year).toBe(2024);
});

test('贫困发生率 denominator: a village sheet with only 总人口数 (national 行政村信息) is used as is, with no warning', () => {
  const [list] = buildLedger().sheets;
  const villages: Grid = [
    ['（自定义）行政村信息', '', '', ''],
    ['县', '乡', '村', '总人口数'],
    ['示例县', '示例镇', '甲村', 820],
    ['示例县', '示例镇', '乙村', 640],
  ];
  const sheets = [list, { name: '（自定义）行政村信息', values: villages }];
  const r = analyzeWorkbook(sheets, {}, { today: TODAY });
  expect(r.basis?.incidenceDenominator).toEqual({
    value: 'totalPopulation',
    source: 'villageColumns',
    detail: '（自定义）行政村信息',
  });
  expect(
    r.findings.filter((f) => f.sheet === '（自定义）行政村信息' || f.rule === 'village.population-missing'),
  ).toEqual([]);
  expect(r.villages.find((v) => v.village === '甲村')?.population).toBe(820);
  // The clerk's choice wins, and its absence is then reported as before.
  const chosen = analyzeWorkbook(sheets, { incidenceDenominator: 'agriPopulation' }, { today: TODAY });
  expect(chosen.basis?.incidenceDenominator).toEqual({ value: 'agriPopulation', source: 'setting' });
  expect(
    chosen.findings.some((f) => f.rule === 'sheet.column-missing' && f.message.includes('农业户籍人口')),
  ).toBe(true);
});

test('导出时间 when there is no 截至日期; the township in the title when there is no 填报单位 line', () => {
  const r = analyzeWorkbook(
    ledgerWithTop('某县花园镇脱贫人口名单', '导出时间：2025/3/2'),
    {},
    { today: TODAY },
  );
  expect(r.basis!.year).toEqual({ value: 2025, source: 'exportTime', detail: '“名单”表头上方的“导出时间”' });
  expect(r.basis!.dataDate).toEqual({
    value: '2025-03-02',
    source: 'exportTime',
    detail: '“名单”表头上方的“导出时间”',
  });
  expect(r.basis!.reportingUnit).toEqual({ value: '花园镇人民政府', source: 'ledgerTitle', detail: '名单' });
});

test('a year in the title wins over the clock; settings win over the ledger; nothing at all → defaults', () => {
  const titled = analyzeWorkbook(buildLedger().sheets, {}, { today: TODAY });
  expect(titled.basis!.year).toEqual({ value: 2024, source: 'ledgerTitle', detail: '名单' });
  expect(titled.basis!.dataDate).toBeNull();
  // The 乡(镇) column names the township when no line does ("填报单位：示例县示例镇" names it here).
  expect(titled.basis!.reportingUnit).toMatchObject({ source: 'ledgerTitle' });

  const set = analyzeWorkbook(
    ledgerWithTop('名单', '截至日期：2024年12月31日'),
    { year: 2023, referenceDate: '2023-06-30', povertyLine: 4100, reportingUnit: '示例乡人民政府' },
    { today: TODAY },
  );
  expect(set.basis).toMatchObject({
    year: { value: 2023, source: 'setting' },
    referenceDate: { value: '2023-06-30', source: 'setting' },
    povertyLine: { value: 4100, source: 'setting' },
    monitoringLine: { source: 'standard' },
    dataDate: { value: '2024-12-31', source: 'asOfDate' },
    reportingUnit: { value: '示例乡人民政府', source: 'setting' },
  });

  const bare = analyzeWorkbook(ledgerWithTop('名单', ''), {}, { today: TODAY });
  expect(bare.basis!.year).toEqual({ value: 2025, source: 'default' });
  expect(bare.basis!.reportingUnit).toEqual({
    value: '示例镇人民政府',
    source: 'townshipColumn',
    detail: '名单',
  });
});

test('impossible dates in the lines are not taken', () => {
  const r = analyzeWorkbook(ledgerWithTop('名单', '截至日期：2024年2月30日'), {}, { today: TODAY });
  expect(r.basis!.dataDate).toBeNull();
  expect(r.basis!.year.source).toBe('default');
});
