// Pure helpers of the task pane: filtering and grouping findings, recomputed-income column edits, settings form
// <-> raw config. No React, no Office here, so the logic stays small and obvious.
import type { CellEdit, Mark } from '../core/host/workbookHost';
import { columnLetter } from '../core/grid/address';
import { SETTINGS } from '../core/config/labels';
import type { Finding, Report, Severity, SheetInput } from '../core/types';

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

export function distinct(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export function marksFor(findings: Finding[]): Mark[] {
  return findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message }));
}

/** The safe fixes of a report, at most one per cell (the first wins: two fixes of one cell would conflict). */
export function fixEdits(findings: Finding[]): Array<{ edit: CellEdit; label: string; from: unknown }> {
  const seen = new Set<string>();
  const out: Array<{ edit: CellEdit; label: string; from: unknown }> = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const key = `${f.fix.sheet}\u0000${f.fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      edit: { sheet: f.fix.sheet, cell: f.fix.cell, value: f.fix.to },
      label: f.fix.label,
      from: f.fix.from,
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
const TEXT_FIELDS = ['region', 'referenceDate', 'incidenceDenominator'] as const;

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
    columnSynonyms: Object.entries(syn)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join('，') : String(v)}`)
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
    const t = form[k].trim();
    delete raw[k];
    if (t) raw[k] = t;
  }
  delete raw.columnSynonyms;
  const syn: Record<string, string[]> = {};
  form.columnSynonyms.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    const m = /^([A-Za-z][A-Za-z0-9_]*)\s*[:：]\s*(.+)$/.exec(t);
    if (!m) {
      errors.push(`列名对应第 ${i + 1} 行格式应为“字段键: 表头1，表头2”，现为“${t}”`);
      return;
    }
    const names = m[2]
      .split(/[,，、;；]/)
      .map((x) => x.trim())
      .filter(Boolean);
    syn[m[1]] = [...(syn[m[1]] ?? []), ...names];
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
