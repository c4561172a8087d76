// 4.7 资金使用情况汇总表 from report.fundRollup: 按资金来源 and 按项目类型 blocks, each with 合计.
import type { FundRollup, FundRollupLine } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { formatPercent, sumOf } from './format';
import { titleOf, withOpenNote, type SummaryContext } from './context';

export const BASE_LABELS = { released: '下达', planned: '计划投资' } as const;

export function buildFundSummary(ctx: SummaryContext, rollup: FundRollup): SheetSpec {
  const u = rollup.unit;
  // Decimals fixed per column: 万元 to 4 places (whole 元), 元 to 2 (分).
  const amount = (key: string, label: string): TableColumn => ({
    key,
    path: [`${label}（${u}）`],
    kind: u === '万元' ? 'wan' : 'yuan',
    numFmt: u === '万元' ? '0.0000' : '0.00',
    width: 14,
  });
  // A column the ledger does not have is left out (not printed as 0.00); older reports without `columns` keep all.
  const has = rollup.columns ?? { released: true, disbursed: true, spent: true, beneficiaryHouseholds: true };
  const baseKey = rollup.progressBase;
  const bySourceProjects = sumOf(rollup.bySource.map((l) => l.projects));
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'label', path: ['项目'], kind: 'label', width: 22 },
    { key: 'projects', path: ['项目个数'], kind: 'count' },
    amount('planned', '计划投资'),
    ...(has.released ? [amount('released', '下达')] : []),
    ...(has.disbursed ? [amount('disbursed', '已拨付')] : []),
    ...(has.spent ? [amount('spent', '已支出')] : []),
    ...(has.spent
      ? [
          {
            key: 'progress',
            path: ['支出进度（%）'],
            kind: 'percent' as const,
            width: 10,
            ratio: { num: 'spent', den: baseKey },
          },
        ]
      : []),
    ...(has.beneficiaryHouseholds
      ? [{ key: 'beneficiaries', path: ['带贫户数（受益脱贫户数）'], kind: 'count' as const, width: 14 }]
      : []),
  ];
  const toRow = (l: FundRollupLine): RowInput => ({
    label: l.label,
    projects: l.projects,
    planned: l.planned,
    released: l.released,
    disbursed: l.disbursed,
    spent: l.spent,
    beneficiaries: l.beneficiaryHouseholds,
  });
  const notes: string[] = [];
  const base = rollup.industryShareBase === 'central' ? '中央衔接资金' : '衔接资金';
  if (rollup.industrySharePercent !== null)
    notes.push(
      `产业发展资金占${base}比重${formatPercent(rollup.industrySharePercent)}%（要求≥${ctx.config.industryShareMin}%）${
        rollup.industryShareBase === 'all' ? '；资金来源未分列，以全部衔接资金为基数' : ''
      }。`,
    );
  notes.push(
    `支出进度 = 已支出 ÷ ${BASE_LABELS[baseKey]} × 100${baseKey === 'planned' ? '（台账无“下达”列，以计划投资为基数）' : ''}。`,
  );
  if (rollup.sourceNote) notes.push(rollup.sourceNote);
  else if (bySourceProjects !== rollup.total.projects)
    notes.push(
      `同一项目可有多个资金来源，“按资金来源”合计的项目个数按项目计（${rollup.total.projects}个）。`,
    );
  const missing = [
    has.released ? '' : '下达',
    has.disbursed ? '' : '已拨付',
    has.spent ? '' : '已支出',
    has.beneficiaryHouseholds ? '' : '带贫户数',
  ].filter(Boolean);
  if (missing.length > 0) notes.push(`台账没有${missing.join('、')}列，本表不列这些栏目（不是0）。`);
  if (rollup.convertedNote) notes.push(rollup.convertedNote);
  const blocks = [
    {
      caption: '一、按资金来源',
      rows: rollup.bySource.map(toRow),
      // Older reports counted a project under each of its sources: then 合计 counts it once.
      totals:
        !rollup.sourceNote && bySourceProjects !== rollup.total.projects
          ? { projects: { value: rollup.total.projects } }
          : undefined,
    },
    { caption: '二、按项目类型', rows: rollup.byType.map(toRow) },
  ];
  return buildTableSheet({
    name: '资金使用情况汇总表',
    title: titleOf(ctx, '衔接资金使用情况汇总表'),
    columns,
    blocks,
    totalsPosition: ctx.totalsPosition,
    reportingUnit: ctx.reportingUnit,
    dateText: ctx.dateText,
    codeBlock: ctx.options.codeBlock,
    unitLine: `单位：个、${u}、户`,
    notes: withOpenNote(ctx, notes),
  });
}
