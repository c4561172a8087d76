// What the pane's summaries print from report.basis: 截至 = the ledger's data date (not the age base date),
// 填报单位 from the ledger, 整改时限 counted from the day the tables are written.
import { analyzeWorkbook } from '../../src/core/engine';
import { buildSummaries, localIsoDate } from '../../src/taskpane/lazyCore';
import type { Grid, SheetInput } from '../../src/core/types';
import { buildLedger } from '../e2e/fixtures/ledger';

function ledger(line: string): SheetInput[] {
  const [list, villages] = buildLedger().sheets;
  const width = list.values[2].length;
  const pad = (s: string) => [s, ...Array<string>(width - 1).fill('')];
  const values: Grid = [pad('花园乡脱贫人口名单'), pad(line), ...list.values.slice(2)];
  return [{ name: '名单', values }, villages];
}

const texts = (rows: Array<Array<{ v?: unknown } | undefined>>) =>
  rows.flatMap((r) => r.map((c) => (c && typeof c.v === 'string' ? c.v : ''))).join('\n');

test('截至 is the data date even with an age base date set; 整改时限 = written day + 30 days', async () => {
  const settings = { referenceDate: '2024-06-30' };
  const report = analyzeWorkbook(ledger('截至日期：2024年12月31日'), settings, {
    today: { y: 2026, m: 3, d: 1 },
  });
  const specs = await buildSummaries(report, settings, { writtenOn: '2026-03-01' });
  const basic = specs.find((s) => s.name.startsWith('基本情况'))!;
  expect(texts(basic.rows)).toContain('截至：2024年12月31日');
  expect(texts(basic.rows)).not.toContain('2024年6月30日');
  expect(texts(basic.rows)).toContain('填报单位：花园乡人民政府');
  const list = specs.find((s) => s.name.startsWith('问题整改清单'))!;
  expect(texts(list.rows)).toContain('2026年3月31日');
});

test('a ledger without a data date is as of the day written; the default day is the local calendar day', async () => {
  const report = analyzeWorkbook(ledger('单位：人'), {}, { today: { y: 2026, m: 3, d: 1 } });
  const specs = await buildSummaries(report, {});
  const today = localIsoDate(new Date());
  const [y, m, d] = today.split('-').map(Number);
  expect(texts(specs[0].rows)).toContain(`${y}年${m}月${d}日`);
  expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
});
