// 4.8 问题整改清单 (one row per finding, with task, unit and deadline) and 4.10 问题汇总 (per rule).
import type { Finding, HouseholdFigure, Severity } from '../types';
import type { SheetSpec } from './sheetSpec';
import { RULES } from '../rules/catalogue';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { addDays, chineseDate, sheetRef } from './format';
import {
  measureFor,
  problemType,
  SEVERITY_LABELS,
  titleOf,
  withOpenNote,
  type SummaryContext,
} from './context';

export const RECTIFICATION_SHEET = '问题整改清单';

/** Findings the rectification list (and the narrative's "发现问题X条") counts. */
export function rectificationFindings(ctx: SummaryContext): Finding[] {
  const sev: Severity[] = ctx.options.rectificationSeverities ?? ['error', 'warning'];
  return ctx.report.findings.filter((f) => sev.includes(f.severity));
}

/** The village of a finding: its household's village, else the household on the same sheet row. */
function villageLookup(households: HouseholdFigure[]): (f: Finding) => string {
  const byId = new Map<string, string>();
  const byRow = new Map<string, string>();
  for (const h of households) {
    if (h.householdId && h.village) byId.set(h.householdId, h.village);
    if (h.village) byRow.set(`${h.sheet}\u0000${h.row}`, h.village);
  }
  return (f) =>
    (f.householdId ? byId.get(f.householdId) : undefined) ?? byRow.get(`${f.sheet}\u0000${f.row}`) ?? '';
}

export function buildRectificationList(ctx: SummaryContext): SheetSpec {
  const list = rectificationFindings(ctx);
  const villageOf = villageLookup(ctx.report.households);
  const deadlineIso = ctx.date ? addDays(ctx.date, ctx.config.rectificationDays) : null;
  const deadline = deadlineIso ? chineseDate(deadlineIso) : '';
  const text = (key: string, label: string, width: number): TableColumn => ({
    key,
    path: [label],
    kind: 'text',
    width,
  });
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    text('source', '问题来源', 8),
    text('type', '问题类型', 10),
    { key: 'severity', path: ['严重程度'], kind: 'text', width: 8, align: 'center' },
    text('message', '问题描述', 34),
    text('where', '位置', 14),
    text('householdId', '户编号', 12),
    text('measure', '整改措施', 22),
    text('unit', '责任单位', 10),
    text('person', '责任人', 7),
    text('deadline', '整改时限', 12),
    { key: 'status', path: ['整改状态'], kind: 'text', width: 8, align: 'center' },
    text('closed', '销号日期', 9),
    text('remark', '备注', 14),
  ];
  const rows: RowInput[] = list.map((f) => ({
    source: ctx.options.problemSource ?? '自查',
    type: problemType(f.rule),
    severity: SEVERITY_LABELS[f.severity],
    message: f.message,
    // Sheet names and messages come from the ledger: strings in `v`, a link only to this workbook.
    where:
      ctx.options.linkToLedger === false
        ? { v: `${f.sheet}!${f.cell}` }
        : { v: `${f.sheet}!${f.cell}`, link: sheetRef(f.sheet, f.cell) },
    householdId: f.householdId ?? '',
    measure: measureFor(f),
    unit: villageOf(f),
    person: '',
    deadline,
    status: '未整改',
    remark: f.rule,
  }));
  const n = list.length;
  return buildTableSheet({
    name: RECTIFICATION_SHEET,
    title: titleOf(ctx, '扶贫（衔接）台账问题整改清单'),
    columns,
    blocks: [{ rows, noTotal: true }],
    totalsPosition: ctx.totalsPosition,
    reportingUnit: ctx.reportingUnit,
    dateText: ctx.dateText,
    dateLabel: '填报日期',
    codeBlock: ctx.options.codeBlock,
    preamble: [`共发现问题${n}条，已整改0条，整改中0条，整改率0%`],
    unitLine: null,
    freezeCols: 1,
    notes: withOpenNote(ctx, [
      `注：整改时限默认为填报日期后${ctx.config.rectificationDays}天；问题来源、整改措施、责任单位、责任人可直接修改，整改完成后将整改状态改为“已整改”并填写销号日期。备注为规则编号。`,
    ]),
  });
}

export function buildFindingsSummary(ctx: SummaryContext): SheetSpec {
  const order: Severity[] = ['error', 'warning', 'info'];
  const groups = new Map<string, { rule: string; severity: Severity; n: number; households: Set<string> }>();
  for (const f of ctx.report.findings) {
    const k = `${f.rule}\u0000${f.severity}`;
    const g = groups.get(k) ?? { rule: f.rule, severity: f.severity, n: 0, households: new Set<string>() };
    g.n++;
    if (f.householdId) g.households.add(`${f.sheet}\u0000${f.householdId}`);
    groups.set(k, g);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      order.indexOf(a.severity) - order.indexOf(b.severity) || b.n - a.n || a.rule.localeCompare(b.rule),
  );
  const allHouseholds = new Set(
    ctx.report.findings.filter((f) => f.householdId).map((f) => `${f.sheet}\u0000${f.householdId}`),
  );
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'rule', path: ['规则编号'], kind: 'label', width: 28 },
    { key: 'type', path: ['错误类型'], kind: 'text', width: 14 },
    { key: 'severity', path: ['严重程度'], kind: 'text', width: 9, align: 'center' },
    { key: 'n', path: ['错误条数'], kind: 'count', width: 10 },
    // A household can break several rules: 合计 counts it once.
    { key: 'households', path: ['涉及户数'], kind: 'count', width: 10, total: { value: allHouseholds.size } },
  ];
  const rows: RowInput[] = sorted.map((g) => ({
    rule: g.rule,
    type: RULES[g.rule]?.title ?? problemType(g.rule),
    severity: SEVERITY_LABELS[g.severity],
    n: g.n,
    households: g.households.size,
  }));
  return buildTableSheet({
    name: '问题汇总',
    title: titleOf(ctx, '台账疑点数据统计表'),
    columns,
    blocks: [{ rows }],
    totalsPosition: ctx.totalsPosition,
    reportingUnit: ctx.reportingUnit,
    dateText: ctx.dateText,
    codeBlock: ctx.options.codeBlock,
    unitLine: '单位：条、户',
    notes: withOpenNote(ctx, ['注：涉及户数按户编号去重，合计行中同一户只计一次；明细见「问题整改清单」。']),
  });
}
