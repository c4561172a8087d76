// Summaries of a county-size ledger: 1,048,576 households and as many findings (Excel's row limit). Spreading
// such lists into push()/Math.max() overflowed the call stack ("Maximum call stack size exceeded") at ~120,000,
// and one object per list cell ran out of memory.
import { buildAllSummaries, EXCEL_MAX_ROWS, maxOf, appendAll } from '../../src/core/summaries';
import type { SheetSpec } from '../../src/core/summaries/sheetSpec';
import type { Finding, HouseholdFigure, Report } from '../../src/core/types';
import { config, emptyReport } from './fixtures';

const N = 1_048_576;
const VILLAGES = ['东山村', '西岭村', '南坪村', '北岗村'];

function bigReport(): Report {
  const households: HouseholdFigure[] = new Array(N);
  const findings: Finding[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const net = 10000 + (i % 7) * 1000;
    households[i] = {
      sheet: '户信息',
      row: i + 2,
      householdId: `H${i}`,
      village: VILLAGES[i % VILLAGES.length],
      size: 1 + (i % 5),
      members: 1 + (i % 5),
      covered: true,
      exited: true,
      householdType: '脱贫户',
      netIncome: net,
      perCapitaNetIncome: Math.round((net / (1 + (i % 5))) * 100) / 100,
      helperName: `帮扶人${i % 200000}`,
      helperAffiliation: '县直',
      headName: `户主${i}`,
    };
    findings[i] = {
      sheet: '户信息',
      cell: `D${i + 2}`,
      row: i + 2,
      column: 'D',
      rule: i % 2 ? 'id.checksum' : 'income.below-poverty-line',
      severity: i % 2 ? 'error' : 'warning',
      message: i % 2 ? '证件号码校验位错误' : `人均纯收入${i}元低于贫困线`,
      householdId: `H${i}`,
    };
  }
  return { ...emptyReport(), households, findings };
}

const dataRows = (s: SheetSpec) => (s.dataRowRange ? s.dataRowRange[1] - s.dataRowRange[0] + 1 : 0);

test('loops, not spreads: maxOf and appendAll take a list longer than the call stack', () => {
  const big = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 1_000_003);
  expect(maxOf(big)).toBe(big.reduce((m, x) => (x > m ? x : m), 0));
  expect(maxOf([null, undefined])).toBeNull();
  expect(appendAll([1], big)).toHaveLength(500_001);
});

test('1,048,576 households and findings: every table builds within Excel’s row limit', () => {
  const specs = buildAllSummaries(bigReport(), config, { date: '2024-12-31' });
  for (const s of specs) expect(s.rows.length).toBeLessThanOrEqual(EXCEL_MAX_ROWS);

  // 问题整改清单 continues on a second sheet; every finding is listed once, 序号 running on.
  const lists = specs.filter((s) => s.name.startsWith('问题整改清单'));
  expect(lists.map((s) => s.name)).toEqual(['问题整改清单', '问题整改清单（续1）']);
  expect(lists.reduce((n, s) => n + dataRows(s), 0)).toBe(N);
  const second = lists[1];
  expect(second.rows[second.dataRowRange![0]][0]?.v).toBe(dataRows(lists[0]) + 1);
  expect(second.rows[second.dataRowRange![1]][0]?.v).toBe(N);

  // 问题汇总 counts them all.
  const summary = specs.find((s) => s.name === '问题汇总')!;
  const total = summary.rows[summary.dataRowRange![1]];
  expect(total.find((c) => c?.v === N)).toBeDefined();

  // 收入情况汇总表: every household in one of the village rows.
  const income = specs.find((s) => s.name === '收入情况汇总表')!;
  const incTotal = income.rows[income.dataRowRange![1]];
  expect(incTotal[2]?.v).toBe(N);

  // 公示名单: every household listed once (家庭人口数 cells add up to the ledger's persons).
  let persons = 0;
  let listed = 0;
  for (const s of specs.filter((x) => x.name.startsWith('公示名单'))) {
    const sizeCols = s.rows[s.headerRowRange[0]].flatMap((c, i) => (c?.v === '家庭人口数' ? [i] : []));
    const [d1, d2] = s.dataRowRange!;
    for (let r = d1; r <= d2; r++)
      for (const c of sizeCols) {
        const v = s.rows[r][c]?.v;
        if (typeof v === 'number') {
          persons += v;
          listed++;
        }
      }
  }
  expect(listed).toBe(N);
  let expected = 0;
  for (let i = 0; i < N; i++) expected += 1 + (i % 5);
  expect(persons).toBe(expected);
});
