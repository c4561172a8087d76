// The 比对 tab's work, loaded lazily (chunk "compare"): sheet roles, running a 比对 or a 变动 comparison over
// sheets of this workbook, and 已核实 exemptions kept in the workbook.
import type { Finding, ParsedSheet, Report, SheetInput } from '../core/types';
import type { SheetSpec } from '../core/summaries/sheetSpec';
import type { Exemption, ListKind } from '../core/compare';

/** What a sheet is for in a comparison. */
export type SheetRole = 'ledger' | 'previous' | 'skip' | `list:${ListKind}`;

export const ROLE_OPTIONS: Array<[SheetRole, string]> = [
  ['ledger', '本月台账'],
  ['previous', '上月台账'],
  ['list:dibao', '名单：低保'],
  ['list:tekun', '名单：特困'],
  ['list:disabled', '名单：残疾人'],
  ['list:medical', '名单：医保参保'],
  ['list:student', '名单：学籍/资助'],
  ['list:death', '名单：死亡/火化'],
  ['list:publicServant', '名单：财政供养'],
  ['list:other', '名单：其他'],
  ['skip', '不参与'],
];

const OWN =
  /^(比对结果|变动情况|已核实清单|豁免清单|问题清单|问题整改清单|问题汇总|基本情况汇总表|收入情况汇总表|人均纯收入分组表|致贫|两不愁|帮扶责任人落实|资金使用情况|公示名单)/;
const LIST_WORDS: Array<[RegExp, ListKind]> = [
  [/死亡|火化|殡葬/, 'death'],
  [/财政供养|公职|在编/, 'publicServant'],
  [/特困|五保/, 'tekun'],
  [/低保/, 'dibao'],
  [/残疾|残联/, 'disabled'],
  [/医保|参保/, 'medical'],
  [/学籍|学生|资助/, 'student'],
  [/名单|名册|登记/, 'other'],
];

/** A first guess from the sheet name (the clerk can change it). Ledger exports are often titled 名单 too, so a
 * bare 名单 is a list only when another sheet is the ledger. */
export function guessRoles(names: string[]): Record<string, SheetRole> {
  const out: Record<string, SheetRole> = {};
  for (const n of names) {
    if (OWN.test(n)) out[n] = 'skip';
    else if (/上月|上期|上一期|前月/.test(n)) out[n] = 'previous';
    else {
      const hit = LIST_WORDS.find(([re]) => re.test(n));
      out[n] = hit && hit[1] !== 'other' ? `list:${hit[1]}` : 'ledger';
    }
  }
  return out;
}

/** One finding in the pane's list, with its exemption key and the side it sits on. */
export interface CompareItem {
  finding: Finding;
  key: string;
  side: 'current' | 'previous';
}

export interface PaneOutcome {
  mode: 'compare' | 'diff';
  open: CompareItem[];
  exempted: Array<CompareItem & { exemption: Exemption }>;
  stale: Exemption[];
  /** Status line. */
  summary: string;
  spec: SheetSpec;
  /** For new exemptions: the parsed sheets of each side. */
  parsed: { current: ParsedSheet[]; previous: ParsedSheet[] };
}

/** Exemptions as stored in the workbook: a list of valid records (anything else is ignored). */
export function storedExemptions(raw: unknown): Exemption[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is Exemption =>
      !!e &&
      typeof e === 'object' &&
      typeof e.key === 'string' &&
      typeof e.rule === 'string' &&
      typeof e.reason === 'string',
  );
}

const core = () => import(/* webpackChunkName: "compare" */ '../core/compare');

/** The check's report with the 已核实 exemptions kept in the workbook applied (unchanged when there are none). */
export async function withStoredExemptions(
  host: { loadExemptions?: () => Promise<unknown | null> },
  inputs: SheetInput[],
  report: Report,
  settings: unknown,
): Promise<Report> {
  if (!host.loadExemptions) return report;
  const ex = storedExemptions(await host.loadExemptions().catch(() => null));
  if (!ex.length) return report;
  return (await core()).exemptReport(inputs, report, settings ?? {}, ex);
}

export async function runListComparison(
  ledger: SheetInput[],
  lists: Array<{ input: SheetInput; kind: ListKind }>,
  settings: unknown,
  exemptions: Exemption[],
): Promise<PaneOutcome> {
  const c = await core();
  const out = c.compareLedger(
    ledger,
    lists.map((l) => ({ source: l.input.name, sheets: [l.input], kind: l.kind })),
    settings ?? {},
    exemptions,
  );
  const keys = c.exemptionKeys(out.parsedLedger, out.findings);
  const missing = lists
    .filter((l) => !out.lists.some((s) => s.sheet === l.input.name))
    .map((l) => l.input.name);
  if (missing.length) throw new Error(`名单工作表“${missing.join('、')}”中没有找到“身份证号码/证件号码”列。`);
  if (!out.parsedLedger.some((s) => s.kind === 'person'))
    throw new Error('所选台账工作表中没有带“证件号码”的人员表。');
  const exKeys = c.exemptionKeys(
    out.parsedLedger,
    out.exempted.map((e) => e.finding),
  );
  return {
    mode: 'compare',
    open: out.findings.map((finding, i) => ({ finding, key: keys[i], side: 'current' })),
    exempted: out.exempted.map((e, i) => ({
      finding: e.finding,
      exemption: e.exemption,
      key: exKeys[i],
      side: 'current',
    })),
    stale: out.stale,
    summary: `比对完成：${out.lists.map((l) => `${l.sheet}（${l.kindLabel}，匹配${l.matched}人）`).join('、')}；不一致 ${out.findings.length} 处，已核实 ${out.exempted.length} 处。`,
    spec: c.buildCompareSheet(out, { linkToLedger: true }),
    parsed: { current: out.parsedLedger, previous: [] },
  };
}

export async function runMonthComparison(
  previous: SheetInput[],
  current: SheetInput[],
  settings: unknown,
  largeChangePercent: number,
  exemptions: Exemption[],
): Promise<PaneOutcome> {
  const c = await core();
  const out = c.diffWorkbooks(previous, current, settings ?? {}, { largeChangePercent, exemptions });
  if (!out.previous.ctx.ledger.households.length) throw new Error('上月台账工作表中没有识别到户或人员数据。');
  if (!out.current.ctx.ledger.households.length) throw new Error('本月台账工作表中没有识别到户或人员数据。');
  const curKeys = c.exemptionKeys(out.current.parsed, out.findings);
  const prevKeys = c.exemptionKeys(out.previous.parsed, out.previousFindings);
  const names = new Set(out.current.parsed.map((s) => s.name));
  const exempted = out.exempted.map((e) => {
    const side: CompareItem['side'] = names.has(e.finding.sheet) ? 'current' : 'previous';
    const [key] = c.exemptionKeys(side === 'current' ? out.current.parsed : out.previous.parsed, [e.finding]);
    return { finding: e.finding, exemption: e.exemption, key, side };
  });
  return {
    mode: 'diff',
    open: [
      ...out.previousFindings.map((finding, i) => ({ finding, key: prevKeys[i], side: 'previous' as const })),
      ...out.findings.map((finding, i) => ({ finding, key: curKeys[i], side: 'current' as const })),
    ],
    exempted,
    stale: out.stale,
    summary: c.diffNarrative(out),
    spec: c.buildDiffSheet(out, { linkToLedger: true }),
    parsed: { current: out.current.parsed, previous: out.previous.parsed },
  };
}

export async function newExemption(
  outcome: PaneOutcome,
  item: CompareItem,
  reason: string,
  by: string,
): Promise<Exemption> {
  const c = await core();
  const d = new Date();
  const at = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return c.makeExemption(
    item.side === 'current' ? outcome.parsed.current : outcome.parsed.previous,
    item.finding,
    reason,
    by,
    at,
  );
}
