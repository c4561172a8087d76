// 汇总表说明 (summaries.md §6.6): what each table written counts, the formulas, the year, lines and data date used
// and where each came from, the places covered, and the findings still open (by severity) and exempted.
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { SUMMARY_TABLES, type SummaryTableId } from './catalog';
import { titleOf, withOpenNote, type SummaryContext } from './context';
import { basicFigures } from './basic';
import { BASE_LABELS } from './funds';
import { BASIS_SOURCE_LABEL } from '../basis';
import { chineseDate } from './format';

export interface ExplainInput {
  /** Tables written, in order (ids), and their sheet names. */
  written: Array<{ id: SummaryTableId; names: string[] }>;
  /** Tables asked for but not written, with the reason in Chinese. */
  skipped: Array<{ id: SummaryTableId; reason: string }>;
  /** The chosen villages / townships in words; null = all. */
  places: string | null;
}

const def = (id: SummaryTableId) => SUMMARY_TABLES.find((t) => t.id === id)!;

/** The lines of the sheet (项目, 说明), also what tests read. */
export function explanationLines(ctx: SummaryContext, input: ExplainInput): Array<[string, string]> {
  const r = ctx.report;
  const b = r.basis;
  const src = (x: { source: keyof typeof BASIS_SOURCE_LABEL; detail?: string } | null | undefined) =>
    x ? `（来源：${BASIS_SOURCE_LABEL[x.source]}${x.detail ? `，${x.detail}` : ''}）` : '';
  const out: Array<[string, string]> = [];
  const dd = r.dataDate;
  out.push([
    '数据日期',
    dd?.date
      ? `${chineseDate(dd.date)}（${dd.source}）；各表“截至”日期为${ctx.dateText}。`
      : `台账未写明数据日期；各表“截至”日期为${ctx.dateText}。`,
  ]);
  if (b) {
    out.push(['收入年度', `${b.year.value}年${src(b.year)}。`]);
    out.push(['年龄计算基准日', `${chineseDate(b.referenceDate.value)}${src(b.referenceDate)}。`]);
  } else if (ctx.year) out.push(['统计年度', `${ctx.year}年。`]);
  out.push([
    '贫困线、监测线',
    `贫困线${ctx.povertyLine}元/人·年，监测线${ctx.monitoringLine}元/人·年（${ctx.linesSource}）。`,
  ]);
  if (ctx.reportingUnit)
    out.push(['填报单位', `${ctx.reportingUnit}${b?.reportingUnit ? src(b.reportingUnit) : ''}。`]);
  out.push([
    '统计范围',
    input.places
      ? `只统计${input.places}的户（台账中其他村未计入各表）；资金使用情况汇总表不分村，仍为全部项目。`
      : `台账中全部村，共${r.villages.length}个村、${r.households.length}户。`,
  ]);
  for (const w of input.written) {
    if (w.id === 'notes') continue;
    const d = def(w.id);
    const names = w.names.length > 1 ? `${d.name}（共${w.names.length}张）` : w.names[0];
    out.push([names, d.counts]);
  }
  for (const s of input.skipped) out.push([`${def(s.id).name}（未生成）`, s.reason]);

  // Formulas (formulas.md §2, §5, §7).
  out.push([
    '纯收入',
    '家庭纯收入 = 工资性收入 + 生产经营性收入 + 财产性收入 + 转移性收入 − 生产经营性支出（元，按分计算）。',
  ]);
  out.push([
    '人均纯收入',
    '户人均纯收入 = 家庭纯收入 ÷ 家庭人口数；汇总表中村和合计的人均纯收入 = 纯收入合计 ÷ 人数合计（按人口加权，不是各户人均的平均数）。',
  ]);
  if (r.villages.length > 0) {
    const fig = basicFigures(ctx);
    out.push([
      fig.incidenceLabel,
      `${fig.incidenceLabel}（%）= ${ctx.legacy ? '未脱贫及返贫人数' : '风险未消除的监测对象人数'} ÷ ${fig.denominatorLabel} × 100，保留两位小数；分母${fig.denominatorLabel}取自行政村基本情况表（或设置），合计行用合计数计算，不是各村占比的平均。`,
    ]);
  }
  const fr = r.fundRollup;
  if (fr && fr.total.projects > 0) {
    out.push([
      '支出进度',
      `支出进度（%）= 已支出 ÷ ${BASE_LABELS[fr.progressBase]} × 100${fr.progressBase === 'planned' ? '（台账没有下达列，以计划投资为基数）' : ''}，合计行用合计数计算。`,
    ]);
    if (fr.sourceNote) out.push(['多来源项目', fr.sourceNote]);
  }
  out.push(['占比', '占比（%）= 该项数 ÷ 本行基数 × 100，保留两位小数；合计行的占比用合计数计算。']);
  out.push(['未统计', '“未统计”表示台账缺少所需的列，无法计算，不是0。']);

  // Findings still open, and exempted (已核实).
  const c = r.counts;
  const exempted = r.exempted?.length ?? 0;
  out.push([
    '尚未整改的问题',
    c.error + c.warning + c.info > 0
      ? `本次检查仍有错误${c.error}条、警告${c.warning}条、提示${c.info}条未整改（见问题整改清单、问题汇总），各表数据以整改后为准。`
      : '本次检查未发现问题。',
  ]);
  if (exempted > 0) out.push(['已核实', `另有${exempted}条经核实无误（已核实清单），不计入问题数。`]);
  return out;
}

export function buildExplanationSheet(ctx: SummaryContext, input: ExplainInput): SheetSpec {
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'item', path: ['项目'], kind: 'label', width: 20 },
    { key: 'text', path: ['说明'], kind: 'text', width: 86 },
  ];
  const rows: RowInput[] = explanationLines(ctx, input).map(([item, text]) => ({ item, text }));
  return buildTableSheet({
    name: def('notes').name,
    title: titleOf(ctx, '汇总表说明'),
    columns,
    blocks: [{ rows, noTotal: true }],
    totalsPosition: ctx.totalsPosition,
    reportingUnit: ctx.reportingUnit,
    dateText: ctx.dateText,
    codeBlock: ctx.options.codeBlock,
    unitLine: null,
    notes: withOpenNote(ctx, []),
  });
}
