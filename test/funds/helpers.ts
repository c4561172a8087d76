// Hand-built fund ledgers: title (row 1), "单位：万元" line (row 2), header (row 3), projects from row 4.
import { analyze } from '../../src/core/engine';
import type { CellValue, Finding, Report, SheetInput } from '../../src/core/types';

export const CONFIG = { referenceDate: '2024-12-31', year: 2024 };
export const TODAY = { today: { y: 2025, m: 1, d: 1 } };

/** Full header: A 序号 … S 公示结束时间. */
export const H = [
  '序号',
  '项目名称',
  '项目类型',
  '建设地点',
  '计划投资',
  '补助资金',
  '中央',
  '省级',
  '其他',
  '下达',
  '已拨付',
  '已支出',
  '支出进度（%）',
  '带贫户数',
  '开工时间',
  '完工时间',
  '验收时间',
  '公示开始时间',
  '公示结束时间',
];

/** A consistent project (万元): 计划100 = 中央80 + 省级10 + 其他10; 补助90 ≤ 100; 已支出72 ≤ 已拨付80 ≤ 下达90; 进度80. */
export function base(over: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    序号: 1,
    项目名称: '桥头村肉牛养殖到户补助项目',
    项目类型: '产业发展',
    建设地点: '城关镇桥头村',
    计划投资: 100,
    补助资金: 90,
    中央: 80,
    省级: 10,
    其他: 10,
    下达: 90,
    已拨付: 80,
    已支出: 72,
    '支出进度（%）': 80,
    带贫户数: 20,
    开工时间: '2024-04-01',
    完工时间: '2024-08-01',
    验收时间: '',
    公示开始时间: '2024-03-01',
    公示结束时间: '2024-03-11',
    ...over,
  };
}

export function fundSheet(
  rows: Array<Record<string, CellValue>>,
  opts: { header?: string[]; unit?: '元' | '万元' | null; name?: string } = {},
): SheetInput {
  const header = opts.header ?? H;
  const width = header.length;
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(width - 1).fill('')];
  const unit = opts.unit === undefined ? '万元' : opts.unit;
  const values: CellValue[][] = [
    pad('示例县2024年财政衔接推进乡村振兴补助资金项目台账'),
    pad(unit ? `单位：${unit}` : ''),
  ];
  values.push([...header]);
  for (const row of rows) values.push(header.map((h) => row[h] ?? ''));
  return { name: opts.name ?? '项目台账', values };
}

export function report(sheets: SheetInput[], extra: Record<string, unknown> = {}): Report {
  return analyze(sheets, { ...CONFIG, ...extra }, TODAY).report;
}

/** "rule@cell" of the given rules (or prefixes ending in '.'), sorted. */
export function hits(findings: Finding[], ...rules: string[]): string[] {
  return findings
    .filter((f) => rules.some((r) => (r.endsWith('.') ? f.rule.startsWith(r) : f.rule === r)))
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}

export function check(
  rows: Array<Record<string, CellValue>>,
  opts: Parameters<typeof fundSheet>[1] = {},
  extra = {},
): Finding[] {
  return report([fundSheet(rows, opts)], extra).findings;
}
