// Pure helpers of the task pane: filtering and grouping findings, recomputed-income column edits, settings form
// <-> raw config. No React, no Office here, so the logic stays small and obvious.
import type { CellEdit, Mark } from '../core/host/workbookHost';
import { SUMMARY_TABLES } from '../core/summaries/catalog';
import { columnLetter } from '../core/grid/address';
import { SETTINGS } from '../core/config/labels';
import type { Finding, Report, Severity, SheetInput } from '../core/types';
import { COLUMN_BY_KEY, COLUMN_DEFS } from '../core/profiles/synonyms';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
export const UNKNOWN_VILLAGE = '（未识别村）';

export interface FindingFilter {
  village: string; // '' = all
  rule: string;
  severity: Severity | '';
}

/** Village of each finding: via its household, else via the household whose first row it is on. */
export function findingVillages(report: Report): string[] {
  const byId = new Map<string, string>();
  const byRow = new Map<string, string>();
  for (const h of report.households) {
    if (h.householdId) byId.set(h.householdId, h.village);
    byRow.set(`${h.sheet}\u0000${h.row}`, h.village);
  }
  return report.findings.map(
    (f) =>
      (f.householdId && byId.get(f.householdId)) || byRow.get(`${f.sheet}\u0000${f.row}`) || UNKNOWN_VILLAGE,
  );
}

/** Indexes into report.findings that pass the filter, in report order. */
export function filterFindings(report: Report, villages: string[], filter: FindingFilter): number[] {
  const out: number[] = [];
  report.findings.forEach((f, i) => {
    if (filter.severity && f.severity !== filter.severity) return;
    if (filter.rule && f.rule !== filter.rule) return;
    if (filter.village && villages[i] !== filter.village) return;
    out.push(i);
  });
  return out;
}

export interface RuleGroup {
  rule: string;
  severity: Severity;
  count: number;
}

/** Findings grouped by rule, most severe then most frequent first. */
export function groupByRule(findings: Finding[]): RuleGroup[] {
  const map = new Map<string, RuleGroup>();
  for (const f of findings) {
    const g = map.get(f.rule);
    if (g) {
      g.count++;
      if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(g.severity)) g.severity = f.severity;
    } else map.set(f.rule, { rule: f.rule, severity: f.severity, count: 1 });
  }
  return [...map.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      b.count - a.count ||
      a.rule.localeCompare(b.rule),
  );
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

// One collator: localeCompare with a locale builds a new one per call.
const ZH = new Intl.Collator('zh-CN');

export function distinct(values: string[]): string[] {
  return [...new Set(values)].sort(ZH.compare);
}

export function marksFor(findings: Finding[]): Mark[] {
  return findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message }));
}

export interface FixItem {
  edit: CellEdit;
  label: string;
  from: unknown;
  rule: string;
  /** Rewrites an income figure with the recomputed value (unticked by default). */
  rewritesFigure: boolean;
}

/** The safe fixes of a report, at most one per cell (the first wins: two fixes of one cell would conflict). */
export function fixEdits(findings: Finding[]): FixItem[] {
  const seen = new Set<string>();
  const out: FixItem[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const key = `${f.fix.sheet}\u0000${f.fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      edit: { sheet: f.fix.sheet, cell: f.fix.cell, value: f.fix.to },
      label: f.fix.label,
      from: f.fix.from,
      rule: f.rule,
      rewritesFigure: f.rule.startsWith('income.'),
    });
  }
  return out;
}

/** 0-based index of the first column right of every non-empty cell of the sheet. */
export function firstEmptyColumn(input: SheetInput): number {
  let width = 0;
  for (const row of input.values) {
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== '' && row[c] !== null && row[c] !== undefined) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

export const NET_INCOME_HEADER = '纯收入（重算）';
export const PER_CAPITA_HEADER = '人均纯收入（重算）';

/**
 * Edits that write 纯收入（重算） and 人均纯收入（重算） into the first two empty columns of each sheet that holds
 * households: headers on the sheet's last header row, values on each household's row (text-free numbers, '' when
 * the engine could not compute them).
 */
export function incomeColumnEdits(report: Report, inputs: SheetInput[]): CellEdit[] {
  const edits: CellEdit[] = [];
  const bySheet = new Map<string, Report['households']>();
  for (const h of report.households) {
    const list = bySheet.get(h.sheet) ?? [];
    list.push(h);
    bySheet.set(h.sheet, list);
  }
  for (const [sheet, households] of bySheet) {
    const input = inputs.find((s) => s.name === sheet);
    if (!input) continue;
    const c = firstEmptyColumn(input);
    const netCol = columnLetter(c);
    const perCol = columnLetter(c + 1);
    const headerRows = report.sheets.find((s) => s.name === sheet)?.headerRows ?? [];
    const headerRow = headerRows.length
      ? Math.max(...headerRows)
      : Math.max(1, Math.min(...households.map((h) => h.row)) - 1);
    edits.push({ sheet, cell: `${netCol}${headerRow}`, value: NET_INCOME_HEADER });
    edits.push({ sheet, cell: `${perCol}${headerRow}`, value: PER_CAPITA_HEADER });
    for (const h of households) {
      edits.push({ sheet, cell: `${netCol}${h.row}`, value: h.netIncome ?? '' });
      edits.push({ sheet, cell: `${perCol}${h.row}`, value: h.perCapitaNetIncome ?? '' });
    }
  }
  return edits;
}

/** The settings form: strings as typed, converted to a raw config on save. */
export interface SettingsForm {
  year: string;
  region: string;
  povertyLine: string;
  monitoringLine: string;
  helperMaxHouseholds: string;
  incomeTolerance: string;
  referenceDate: string;
  incidenceDenominator: string;
  /** 填报单位, e.g. 花园乡人民政府. */
  reportingUnit: string;
  /** One line per key: "idNumber: 身份证, 公民身份号码". */
  columnSynonyms: string;
}

const NUMBER_FIELDS = [
  'year',
  'povertyLine',
  'monitoringLine',
  'helperMaxHouseholds',
  'incomeTolerance',
] as const;
const TEXT_FIELDS = ['region', 'referenceDate', 'incidenceDenominator', 'reportingUnit'] as const;

export function formFromSettings(raw: unknown): SettingsForm {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const syn =
    s.columnSynonyms && typeof s.columnSynonyms === 'object'
      ? (s.columnSynonyms as Record<string, unknown>)
      : {};
  return {
    year: str(s.year),
    region: str(s.region),
    povertyLine: str(s.povertyLine),
    monitoringLine: str(s.monitoringLine),
    helperMaxHouseholds: str(s.helperMaxHouseholds),
    incomeTolerance: str(s.incomeTolerance),
    referenceDate: str(s.referenceDate),
    incidenceDenominator: str(s.incidenceDenominator),
    reportingUnit: str(s.reportingUnit),
    columnSynonyms: Object.entries(syn)
      .map(([k, v]) => `${columnName(k)}: ${Array.isArray(v) ? v.join('，') : String(v)}`)
      .join('\n'),
  };
}

/**
 * The raw config for a form, keeping keys of `previous` the form does not edit. Returns Chinese errors for input
 * that is not even shaped right (the schema check comes after, with parseConfig).
 */
export function settingsFromForm(
  form: SettingsForm,
  previous: unknown,
): { raw: Record<string, unknown>; errors: string[] } {
  const raw: Record<string, unknown> = {
    ...((previous && typeof previous === 'object' ? previous : {}) as object),
  };
  const errors: string[] = [];
  for (const k of NUMBER_FIELDS) {
    const t = form[k].trim();
    delete raw[k];
    if (!t) continue;
    const n = Number(t);
    if (!Number.isFinite(n))
      errors.push(`“${FIELD_LABEL[k]}”（${k}）应为数字，现为“${t}”。允许：${SETTINGS[k].allowed}。`);
    else raw[k] = n;
  }
  for (const k of TEXT_FIELDS) {
    let t = form[k].trim();
    delete raw[k];
    if (k === 'referenceDate' && t) {
      // A date-shaped but impossible day (2024-02-30) goes on to the schema, which names it like the CLI does.
      const iso = normalizeDateInput(t) ?? dateShape(t);
      if (iso === null) {
        errors.push(`“${FIELD_LABEL[k]}”应为日期，如 2024-12-31、2024/12/31 或 2024年12月31日，现为“${t}”`);
        continue;
      }
      t = iso;
    }
    if (t) raw[k] = t;
  }
  delete raw.columnSynonyms;
  const syn: Record<string, string[]> = {};
  form.columnSynonyms.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    const m = /^(.+?)\s*[:：]\s*(.+)$/.exec(t);
    if (!m) {
      errors.push(`列名映射第 ${i + 1} 行格式应为“字段: 表头1，表头2”（如“证件号码: 身份证号”），现为“${t}”`);
      return;
    }
    const key = columnKeyOf(m[1]);
    if (!key) {
      errors.push(`列名映射第 ${i + 1} 行：没有名为“${m[1].trim()}”的字段，请用“添加映射”从列表中选择`);
      return;
    }
    const names = m[2]
      .split(/[,，、;；]/)
      .map((x) => x.trim())
      .filter(Boolean);
    syn[key] = [...(syn[key] ?? []), ...names];
  });
  if (Object.keys(syn).length) raw.columnSynonyms = syn;
  return { raw, errors };
}

/** The form's labels: the config's own Chinese names, so the form and every message say the same. */
export const FIELD_LABEL: Record<keyof SettingsForm, string> = {
  year: SETTINGS.year.label,
  region: SETTINGS.region.label,
  povertyLine: SETTINGS.povertyLine.label,
  monitoringLine: SETTINGS.monitoringLine.label,
  helperMaxHouseholds: SETTINGS.helperMaxHouseholds.label,
  incomeTolerance: SETTINGS.incomeTolerance.label,
  referenceDate: SETTINGS.referenceDate.label,
  incidenceDenominator: SETTINGS.incidenceDenominator.label,
  columnSynonyms: SETTINGS.columnSynonyms.label,
  reportingUnit: SETTINGS.reportingUnit.label,
};

export const DENOMINATOR_OPTIONS: Array<{ value: string; label: string }> = [
  { value: '', label: '默认（农业户籍人口）' },
  { value: 'agriPopulation', label: '农业户籍人口' },
  { value: 'ruralPopulation', label: '乡村人口' },
  { value: 'totalPopulation', label: '总人口' },
  { value: 'residentPopulation', label: '常住人口' },
];

export function formatPercent(p: number | null): string {
  return p === null ? '—' : `${p.toFixed(2)}%`;
}

/** Findings on one cell (sheet names compare case-insensitively, as Excel does). */
export function findingsAt(report: Report, sheet: string, cell: string): Finding[] {
  const s = sheet.toLowerCase();
  const c = cell.toUpperCase();
  return report.findings.filter((f) => f.sheet.toLowerCase() === s && f.cell.toUpperCase() === c);
}

/** Distinct cells the findings point at: what 标记到表格 colours (several findings can share a cell). */
export function distinctCells(findings: Finding[]): number {
  return new Set(findings.map((f) => `${f.sheet.toLowerCase()}\u0000${f.cell.toUpperCase()}`)).size;
}

/** What marks can do on this Excel build, said once in the pane. */
export interface MarkFeatures {
  notes: boolean;
  pageLayout: boolean;
  apiMinor: number;
}

export const PAGE_LAYOUT_NOTE = '当前 Excel 版本不支持页面设置接口，汇总表未设置横向 A4 打印，请手动设置';

export function markFeatureText(f: MarkFeatures): string {
  const marks = f.notes
    ? '标记：底色 + 备注（说明写在单元格备注中）'
    : `标记：仅底色（备注需 ExcelApi 1.18，本 Excel 为 1.${f.apiMinor}）。选中标了底色的单元格，本窗格即显示其问题和修复建议`;
  const print = f.pageLayout
    ? '汇总表自动设置横向 A4 打印'
    : '汇总表页面设置需 ExcelApi 1.9，本 Excel 不支持：打印前请手动设为横向 A4';
  return `${marks}；${print}。`;
}

export { fingerprint } from './fingerprint';

/**
 * A date as clerks type it — 2024-9-1, 2024/9/1, 2024.9.1, 2024年9月1日 — as YYYY-MM-DD; null when it is not a
 * real calendar date. Empty input gives ''.
 */
export function normalizeDateInput(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  const shaped = dateShape(t);
  if (!shaped) return null;
  const [y, mo, d] = shaped.split('-').map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Sheets this add-in writes (summary tables, also with a "(2)" suffix): a re-check of "every sheet" skips them, so
 * last month's 公示名单 is never counted as a ledger.
 */
export const OWN_SHEET_NAMES = [...SUMMARY_TABLES.map((t) => t.name), '致贫原因统计表'];

export function isOwnSheet(name: string): boolean {
  const base = name.replace(/\(\d+\)$/, '').replace(/（续\d+）$/, '');
  // 公示名单 is written one sheet per village: 公示名单（甲村）, 公示名单（未注明村）.
  return OWN_SHEET_NAMES.includes(base) || /^公示名单（[^）]+）$/.test(base);
}

/** YYYY-MM-DD of anything written like a date, real day or not; null when it is not date-shaped. */
export function dateShape(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

/** The Chinese name of a column key (the name findings and 设置 use), e.g. idNumber → 证件号码. */
export function columnName(key: string): string {
  return COLUMN_BY_KEY[key]?.label ?? key;
}

/** A column key from its Chinese name, one of its known headers, or the key itself; null when unknown. */
export function columnKeyOf(name: string): string | null {
  const t = name.trim();
  if (COLUMN_BY_KEY[t]) return t;
  const byLabel = COLUMN_DEFS.find((d) => d.label === t);
  if (byLabel) return byLabel.key;
  return COLUMN_DEFS.find((d) => d.headers.includes(t))?.key ?? null;
}

/** Fields the mapping picker offers: Chinese name and key, in the profile's order. */
export const COLUMN_CHOICES: Array<{ key: string; name: string }> = COLUMN_DEFS.map((d) => ({
  key: d.key,
  name: d.label,
}));

/** The texts of the checked sheets' header rows (the picker's choices), in sheet order, without repeats. */
export function sheetHeaders(report: Report, inputs: SheetInput[]): string[] {
  const out = new Set<string>();
  for (const s of report.sheets) {
    const input = inputs.find((i) => i.name === s.name);
    if (!input) continue;
    const rows = s.headerRows.length ? s.headerRows : [1, 2, 3];
    for (const r of rows)
      for (const v of input.values[r - 1] ?? []) if (typeof v === 'string' && v.trim()) out.add(v.trim());
  }
  return [...out];
}
