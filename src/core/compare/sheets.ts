// The comparison tables as SheetSpecs (rendered by every host): 比对结果 (one row per discrepancy, both sides'
// values, a link to the ledger cell), 变动情况 (新增/减少/变化 by village, then the details) and 已核实清单.
import type { SheetSpec, SpecCell } from '../summaries/sheetSpec';
import { buildTableSheet, type RowInput, type TableBlock, type TableColumn } from '../summaries/layout';
import { sheetRef } from '../summaries/format';
import { RULES } from '../rules/catalogue';
import type { CompareResult } from './crossList';
import type { DiffResult } from './diff';
import type { Exempted, Exemption } from './exemptions';
import { EXEMPTION_COLUMNS, EXEMPTION_SHEET } from './exemptions';

export const COMPARE_SHEET = '比对结果';
export const DIFF_SHEET = '变动情况';
export const VERIFIED_SHEET = '已核实清单';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

const text = (key: string, label: string, width = 12): TableColumn => ({
  key,
  path: [label],
  kind: 'text',
  width,
});

/** A link to a ledger cell only when the table sits in the ledger workbook. */
function where(sheet: string, cell: string, link: boolean): SpecCell {
  return link ? { v: `${sheet}!${cell}`, link: sheetRef(sheet, cell) } : { v: `${sheet}!${cell}` };
}

export interface TableOptions {
  /** Link to ledger cells (the table is written into the ledger workbook). Default false. */
  linkToLedger?: boolean;
}

export function buildCompareSheet(result: CompareResult, options: TableOptions = {}): SheetSpec {
  const link = options.linkToLedger === true;
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    text('list', '比对名单', 18),
    text('type', '问题类型', 18),
    { key: 'severity', path: ['严重程度'], kind: 'text', width: 8, align: 'center' },
    text('name', '姓名', 8),
    text('id', '证件号码', 20),
    text('householdId', '户编号', 14),
    text('village', '行政村', 10),
    text('item', '比对项', 12),
    text('ledgerValue', '台账值', 14),
    text('listValue', '名单值', 14),
    text('ledgerCell', '台账位置', 14),
    text('listCell', '名单位置', 18),
    text('message', '说明', 40),
    text('rule', '规则', 20),
  ];
  const rows: RowInput[] = result.discrepancies.map((d) => ({
    list: d.list,
    type: RULES[d.rule]?.title ?? d.rule,
    severity: SEVERITY[d.severity],
    name: d.name,
    id: d.idText,
    householdId: d.householdId,
    village: d.village,
    item: d.item,
    ledgerValue: d.ledgerValue,
    listValue: d.listValue,
    ledgerCell: d.ledgerCell ? where(d.ledgerCell.sheet, d.ledgerCell.cell, link) : '',
    // In the add-in a list is a sheet of the same workbook: its cell gets a link too.
    listCell: d.listCell
      ? link && d.listCell.source === d.listCell.sheet
        ? where(d.listCell.sheet, d.listCell.cell, true)
        : `${d.listCell.source}：${d.listCell.sheet}!${d.listCell.cell}`
      : '',
    message: d.message,
    rule: d.rule,
  }));
  const lists = result.lists.map(
    (l) =>
      `${l.source} / ${l.sheet}：${l.kindLabel}名单${l.guessed ? '（按名称判断）' : ''}，${l.rows}行，与台账匹配${l.matched}人${l.unreadableIds ? `，${l.unreadableIds}行证件号码无法比对` : ''}。`,
  );
  return buildTableSheet({
    name: COMPARE_SHEET,
    title: '台账与部门名单比对结果',
    columns,
    blocks: [{ rows, noTotal: true }],
    totalsPosition: 'last',
    reportingUnit: null,
    preamble: [`共发现不一致${rows.length}处。`, ...lists],
    unitLine: null,
    footer: null,
    freezeCols: 1,
  });
}

export function buildDiffSheet(diff: DiffResult, options: TableOptions = {}): SheetSpec {
  const link = options.linkToLedger === true;
  const count = (key: string, path: string[]): TableColumn => ({ key, path, kind: 'count', width: 8 });
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    { key: 'village', path: ['行政村'], kind: 'label', width: 14 },
    count('ph', ['上月', '户数']),
    count('pp', ['上月', '人数']),
    count('ah', ['新增', '户数']),
    count('ap', ['新增', '人数']),
    count('rh', ['减少', '户数']),
    count('rp', ['减少', '人数']),
    count('ch', ['本月', '户数']),
    count('cp', ['本月', '人数']),
    count('mc', ['户内人员变动']),
    count('fc', ['信息变化']),
  ];
  const rows: RowInput[] = diff.villages.map((v) => ({
    village: v.village || '（未填村）',
    ph: v.previousHouseholds,
    pp: v.previousPersons,
    ah: v.addedHouseholds,
    ap: v.addedPersons,
    rh: v.removedHouseholds,
    rp: v.removedPersons,
    ch: v.currentHouseholds,
    cp: v.currentPersons,
    mc: v.memberChanges,
    fc: v.fieldChanges,
  }));
  const k = diff.counts;
  const summary = buildTableSheet({
    name: DIFF_SHEET,
    title: '帮扶对象变动情况表',
    columns,
    blocks: [{ caption: '一、按村汇总', rows }],
    totalsPosition: 'last',
    reportingUnit: null,
    preamble: [diffNarrative(diff)],
    unitLine: '单位：户、人',
    footer: null,
  });

  // Details below the summary, in one list: 类别, 行政村, 户编号, 姓名, 证件号码, 变动内容, 上月, 本月, 原因/说明, 位置.
  const detail: Array<Record<string, string | SpecCell>> = [];
  const push = (r: Record<string, string | SpecCell>) => detail.push(r);
  for (const h of diff.addedHouseholds)
    push({
      cat: '新增户',
      village: h.village,
      hid: h.householdId,
      name: h.headName,
      what: `${h.persons}人，${h.householdType}`,
      before: '',
      after: '',
      why: '',
      at: where(h.sheet, `A${h.row}`, link),
    });
  for (const h of diff.removedHouseholds)
    push({
      cat: '减少户',
      village: h.village,
      hid: h.householdId,
      name: h.headName,
      what: `${h.persons}人，${h.householdType}`,
      before: '',
      after: '',
      why: h.reason || '（未填写减少原因）',
      at: `上月 ${h.sheet}!A${h.row}`,
    });
  for (const p of diff.addedPersons)
    push({
      cat: '新增人',
      village: p.village,
      hid: p.householdId,
      name: p.name,
      id: p.idText,
      what: '',
      before: '',
      after: '',
      why: '',
      at: where(p.sheet, `A${p.row}`, link),
    });
  for (const p of diff.removedPersons)
    push({
      cat: '减少人',
      village: p.village,
      hid: p.householdId,
      name: p.name,
      id: p.idText,
      what: '',
      before: '',
      after: '',
      why: p.reason || '（未填写）',
      at: `上月 ${p.sheet}!A${p.row}`,
    });
  for (const m of diff.memberChanges)
    push({
      cat: '人员变动',
      village: m.village,
      hid: m.householdId,
      name: m.name,
      id: m.idText,
      what: m.kind,
      before: m.before ?? '',
      after: m.kind === '户间迁移' ? m.householdId : m.kind === '证件号码变更' ? m.idText : '',
      why: m.reason,
      at: where(m.sheet, `A${m.row}`, link),
    });
  for (const f of diff.fieldChanges)
    push({
      cat: f.large ? '信息变化（大幅）' : '信息变化',
      village: f.village,
      hid: f.householdId,
      name: f.headName,
      what: f.field,
      before: f.before,
      after: f.after,
      why: f.percent === null ? '' : `${f.percent > 0 ? '+' : ''}${f.percent}%`,
      at: where(f.sheet, f.cell, link),
    });

  const detailCols = [
    '序号',
    '类别',
    '行政村',
    '户编号',
    '姓名',
    '证件号码',
    '变动内容',
    '上月',
    '本月',
    '原因/说明',
    '位置',
  ];
  const keys = ['idx', 'cat', 'village', 'hid', 'name', 'id', 'what', 'before', 'after', 'why', 'at'];
  const rowsOut = summary.rows.slice();
  const top = rowsOut.length + 1;
  rowsOut.push([]);
  rowsOut.push([
    {
      v: `二、明细（${k.addedHouseholds + k.removedHouseholds + k.addedPersons + k.removedPersons + k.memberChanges + k.fieldChanges}条）`,
      style: 'note',
    },
  ]);
  rowsOut.push(detailCols.map((h) => ({ v: h, style: 'header' as const })));
  detail.forEach((d, i) =>
    rowsOut.push(
      keys.map((key) =>
        key === 'idx'
          ? { v: i + 1, style: 'body' as const }
          : typeof d[key] === 'object'
            ? { ...(d[key] as SpecCell), style: 'body' as const }
            : { v: (d[key] as string | undefined) ?? '', style: 'body' as const },
      ),
    ),
  );
  const widths = [6, 14, 14, 14, 10, 20, 16, 14, 14, 20, 16];
  return {
    ...summary,
    rows: rowsOut,
    columnWidths: widths.map((w, i) => Math.max(w, summary.columnWidths[i] ?? 0)),
    dataRowRange: summary.dataRowRange
      ? [summary.dataRowRange[0], rowsOut.length - 1]
      : [top + 2, rowsOut.length - 1],
    narrative: [diffNarrative(diff)],
  };
}

/** The sentence a monthly report quotes. */
export function diffNarrative(diff: DiffResult): string {
  const k = diff.counts;
  return (
    `与上月相比，新增${k.addedHouseholds}户${k.addedPersons}人，减少${k.removedHouseholds}户${k.removedPersons}人；` +
    `本月共${k.currentHouseholds}户${k.currentPersons}人（上月${k.previousHouseholds}户${k.previousPersons}人）。` +
    `新识别监测对象${k.newlyMonitoredHouseholds}户${k.newlyMonitoredPersons}人，风险消除${k.riskEliminatedHouseholds}户${k.riskEliminatedPersons}人；` +
    `户内人员变动${k.memberChanges}人次，信息变化${k.fieldChanges}项（其中人均纯收入变化超过${diff.largeChangePercent}%的${k.largeIncomeChanges}户）。`
  );
}

/** 已核实清单: verified findings still present, then exemptions that no longer match (已失效). */
export function buildVerifiedSheet(
  exempted: Exempted[],
  stale: Exemption[],
  options: TableOptions = {},
): SheetSpec {
  const link = options.linkToLedger === true;
  const columns: TableColumn[] = [
    { key: 'idx', path: ['序号'], kind: 'index' },
    text('type', '问题类型', 18),
    text('subject', '对象', 20),
    text('message', '问题描述', 40),
    text('reason', '核实原因', 24),
    text('by', '核实人', 8),
    text('at', '核实时间', 11),
    text('where', '位置', 14),
    text('state', '状态', 8),
  ];
  const blocks: TableBlock[] = [
    {
      caption: `一、已核实（${exempted.length}条，不计入未整改问题）`,
      noTotal: true,
      rows: exempted.map(({ finding: f, exemption: e }) => ({
        type: RULES[f.rule]?.title ?? f.rule,
        subject: e.subject,
        message: f.message,
        reason: e.reason,
        by: e.by ?? '',
        at: e.at ?? '',
        where: where(f.sheet, f.cell, link),
        state: '已核实',
      })),
    },
    {
      caption: `二、已失效（${stale.length}条：核实的值已变化或问题已消除）`,
      noTotal: true,
      rows: stale.map((e) => ({
        type: RULES[e.rule]?.title ?? e.rule,
        subject: e.subject,
        message: e.value ? `核实时的值：${e.value}` : '',
        reason: e.reason,
        by: e.by ?? '',
        at: e.at ?? '',
        where: '',
        state: '已失效',
      })),
    },
  ];
  return buildTableSheet({
    name: VERIFIED_SHEET,
    title: '已核实问题清单',
    columns,
    blocks,
    totalsPosition: 'last',
    reportingUnit: null,
    unitLine: null,
    footer: null,
  });
}

/** The exemptions file's workbook form (sheet 豁免清单), readable by exemptionsFromSheets. */
export function buildExemptionFileSheet(exemptions: Exemption[]): SheetSpec {
  const columns: TableColumn[] = EXEMPTION_COLUMNS.map(([key, label]) =>
    text(key, label, key === 'key' ? 16 : 14),
  );
  const rows: RowInput[] = exemptions.map((e) => ({
    rule: e.rule,
    title: RULES[e.rule]?.title ?? '',
    subject: e.subject,
    value: e.value ?? '',
    reason: e.reason,
    by: e.by ?? '',
    at: e.at ?? '',
    key: e.key,
  }));
  return buildTableSheet({
    name: EXEMPTION_SHEET,
    title: '豁免清单（已核实问题）',
    columns,
    blocks: [{ rows, noTotal: true }],
    totalsPosition: 'last',
    reportingUnit: null,
    unitLine: null,
    footer: null,
    freezeCols: 0,
  });
}
