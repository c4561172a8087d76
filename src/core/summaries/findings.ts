// 4.8 问题整改清单 (one row per finding, with task, unit and deadline) and 4.10 问题汇总 (per rule).
import type { Finding, HouseholdFigure, Severity } from '../types';
import type { SheetSpec } from './sheetSpec';
import { RULES } from '../rules/catalogue';
import { buildTableSheet, type LazyRows, type RowInput, type TableColumn } from './layout';
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
  for (const h of households) if (h.householdId && h.village) byId.set(h.householdId, h.village);
  // By sheet row only for findings without a known 户编号 (built on first need: a million keys otherwise).
  let byRow: Map<string, Map<number, string>> | null = null;
  const rowMap = () => {
    if (byRow) return byRow;
    byRow = new Map();
    for (const h of households) {
      if (!h.village) continue;
      let m = byRow.get(h.sheet);
      if (!m) byRow.set(h.sheet, (m = new Map()));
      m.set(h.row, h.village);
    }
    return byRow;
  };
  return (f) =>
    (f.householdId ? byId.get(f.householdId) : undefined) ?? rowMap().get(f.sheet)?.get(f.row) ?? '';
}

/** Excel's rows per sheet; a list longer than LIST_ROWS_PER_SHEET continues on further sheets. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const LIST_ROWS_PER_SHEET = 1_000_000;

/** The first (usually only) sheet of 问题整改清单. */
export function buildRectificationList(ctx: SummaryContext): SheetSpec {
  return buildRectificationLists(ctx)[0];
}

/**
 * 问题整改清单, one row per finding: one sheet, or — beyond LIST_ROWS_PER_SHEET findings — continued on
 * “问题整改清单（续1）” … with 序号 running on, so a county ledger's million findings still fit Excel's row limit.
 */
export function buildRectificationLists(ctx: SummaryContext, perSheet = LIST_ROWS_PER_SHEET): SheetSpec[] {
  const all = rectificationFindings(ctx);
  const sheets = Math.max(1, Math.ceil(all.length / perSheet));
  const villageOf = villageLookup(ctx.report.households);
  const out: SheetSpec[] = [];
  for (let k = 0; k < sheets; k++) {
    const from = k * perSheet;
    const to = Math.min(all.length, from + perSheet);
    out.push(rectificationSheet(ctx, all, villageOf, { from, to, part: k, parts: sheets }));
  }
  return out;
}

function rectificationSheet(
  ctx: SummaryContext,
  all: Finding[],
  villageOf: (f: Finding) => string,
  { from, to, part, parts }: { from: number; to: number; part: number; parts: number },
): SheetSpec {
  // 整改时限 counts from the day the table is written (options.writtenOn) when the caller knows it.
  const start = ctx.options.writtenOn ?? ctx.date;
  const deadlineIso = start ? addDays(start, ctx.config.rectificationDays) : null;
  const deadline = deadlineIso ? chineseDate(deadlineIso) : '';
  const text = (key: string, label: string, width: number): TableColumn => ({
    key,
    path: [label],
    kind: 'text',
    width,
  });
  // Narrow enough to print one page wide at ≥ 9 pt (one row per finding on paper); long text wraps.
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index', width: 4 },
    text('source', '问题来源', 5),
    text('type', '问题类型', 8),
    { key: 'severity', path: ['严重程度'], kind: 'text', width: 5, align: 'center' },
    text('message', '问题描述', 26),
    text('where', '位置', 9),
    text('householdId', '户编号', 9),
    text('measure', '整改措施', 14),
    text('unit', '责任单位', 7),
    text('person', '责任人', 5),
    text('deadline', '整改时限', 8),
    { key: 'status', path: ['整改状态'], kind: 'text', width: 5, align: 'center' },
    text('closed', '销号日期', 5),
    text('remark', '备注', 5),
    // For machines (re-import, filters): hidden, so paper shows Chinese only.
    { ...text('ruleId', '规则编号', 4), hidden: true },
  ];
  const source = ctx.options.problemSource ?? '自查';
  // Made row by row: the list can hold a million findings.
  const rows: LazyRows = {
    length: to - from,
    at: (i) => {
      const f = all[from + i];
      return {
        idx: from + i + 1,
        source,
        type: problemType(f.rule),
        severity: SEVERITY_LABELS[f.severity],
        message: f.message,
        // Sheet names and messages come from the ledger: strings in `v`, a link only to this workbook.
        where:
          ctx.options.linkToLedger === false
            ? `${f.sheet}!${f.cell}`
            : { v: `${f.sheet}!${f.cell}`, link: sheetRef(f.sheet, f.cell) },
        householdId: f.householdId ?? '',
        measure: measureFor(f),
        unit: villageOf(f),
        person: '',
        deadline,
        status: '未整改',
        remark: '',
        ruleId: f.rule,
      };
    },
  };
  const n = all.length;
  const cont = part > 0 ? `（续${part}）` : '';
  const spec = buildTableSheet({
    name: `${RECTIFICATION_SHEET}${cont}`,
    title: titleOf(ctx, `扶贫（衔接）台账问题整改清单${cont}`),
    columns,
    blocks: [{ rows, noTotal: true }],
    totalsPosition: ctx.totalsPosition,
    reportingUnit: ctx.reportingUnit,
    dateText: ctx.dateText,
    dateLabel: '填报日期',
    codeBlock: ctx.options.codeBlock,
    // A list runs over many pages: its notes go above the header and the signature line is in the page footer,
    // so no page after the last row prints only the repeated header.
    preamble: [
      `共发现问题${n}条，已整改0条，整改中0条，整改率0%` +
        (parts > 1 ? `（本表为第${part + 1}/${parts}部分，序号${from + 1}—${to}）` : ''),
      ...withOpenNote(ctx, [
        `注：整改时限默认为填报日期后${ctx.config.rectificationDays}天；问题来源、整改措施、责任单位、责任人可直接修改，整改完成后将整改状态改为“已整改”并填写销号日期。`,
      ]),
    ],
    unitLine: null,
    freezeCols: 1,
    footer: null,
  });
  return spec;
}

export function buildFindingsSummary(ctx: SummaryContext): SheetSpec {
  const order: Severity[] = ['error', 'warning', 'info'];
  // 涉及户数: distinct (sheet, 户编号) pairs, kept as a set of 户编号 per sheet (no joined key per finding).
  type Households = Map<string, Set<string>>;
  const add = (m: Households, sheet: string, id: string) => {
    let set = m.get(sheet);
    if (!set) m.set(sheet, (set = new Set()));
    set.add(id);
  };
  const size = (m: Households) => {
    let n = 0;
    for (const set of m.values()) n += set.size;
    return n;
  };
  const groups = new Map<string, { rule: string; severity: Severity; n: number; households: Households }>();
  const allHouseholds: Households = new Map();
  for (const f of ctx.report.findings) {
    const k = `${f.rule}\u0000${f.severity}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { rule: f.rule, severity: f.severity, n: 0, households: new Map() }));
    g.n++;
    if (f.householdId) {
      add(g.households, f.sheet, f.householdId);
      add(allHouseholds, f.sheet, f.householdId);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      order.indexOf(a.severity) - order.indexOf(b.severity) || b.n - a.n || a.rule.localeCompare(b.rule),
  );
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    // Chinese on paper: the rule's title; its id stays in a hidden column for machines.
    { key: 'type', path: ['错误类型'], kind: 'label', width: 30 },
    { key: 'family', path: ['问题类别'], kind: 'text', width: 12 },
    { key: 'severity', path: ['严重程度'], kind: 'text', width: 9, align: 'center' },
    { key: 'n', path: ['错误条数'], kind: 'count', width: 10 },
    // A household can break several rules: 合计 counts it once.
    {
      key: 'households',
      path: ['涉及户数'],
      kind: 'count',
      width: 10,
      total: { value: size(allHouseholds) },
    },
    { key: 'rule', path: ['规则编号'], kind: 'text', width: 28, hidden: true },
  ];
  const rows: RowInput[] = sorted.map((g) => ({
    rule: g.rule,
    type: RULES[g.rule]?.title ?? problemType(g.rule),
    family: problemType(g.rule),
    severity: SEVERITY_LABELS[g.severity],
    n: g.n,
    households: size(g.households),
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
