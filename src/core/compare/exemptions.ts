// 已核实 — findings a clerk verified stay verified. An exemption is keyed by rule + the person's or household's
// identity (ID, 户编号) + the verified value, hashed: it survives sorting, inserted rows and next month's export,
// and when the value changes the key no longer matches and the finding returns. No address is part of the key.
import type { CellValue, ExemptionRecord, Finding, ParsedSheet, SheetInput } from '../types';
import { parseA1 } from '../grid/address';
import { cellText, normText } from '../grid/normalise';
import { COLUMN_BY_KEY } from '../profiles/synonyms';
import { hash53 } from './hash';
import { idKey, maskKey } from './idKey';

/** key = hash of rule + identity + value; see ExemptionRecord for the fields. */
export type Exemption = ExemptionRecord;

export interface ExemptionFile {
  format: 'bangfu-exemptions';
  version: 1;
  exemptions: Exemption[];
}

export class ExemptionFileError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(zh);
  }
}

export interface Identity {
  identity: string;
  subject: string;
  value: string;
}

function sheetsByName(parsed: ParsedSheet[]): Map<string, ParsedSheet> {
  return new Map(parsed.map((s) => [s.name, s]));
}

const ID_LIKE = /\d{14,}[\dXx]*/g;

/** What a finding is about: the household for findings on household-level columns, else the person, else the
 * fund project or village; the cell address only when the row identifies nothing. */
export function findingIdentity(sheets: Map<string, ParsedSheet>, f: Finding): Identity {
  const s = sheets.get(f.sheet);
  const r = f.row - 1;
  const at = parseA1(f.cell);
  const row = s?.grid[r];
  const get = (key: string): CellValue | undefined => {
    const col = s?.byKey[key];
    return col ? (row?.[col.index] ?? '') : undefined;
  };
  const raw = f.value !== undefined ? f.value : at && row ? row[at.col] : '';
  const value = normText(raw);
  const colKey = s && at ? (s.columns.find((c) => c.index === at.col)?.key ?? '') : '';
  const householdId = cellText(get('householdId')) || f.householdId || '';
  const householdLevel = colKey !== '' && COLUMN_BY_KEY[colKey]?.level === 'H';
  if (householdId && (householdLevel || get('idNumber') === undefined))
    return { identity: `h:${householdId}`, subject: `户编号${householdId}`, value };
  const id = idKey(get('idNumber'));
  if (id.key) {
    const name = cellText(get('name'));
    return { identity: `p:${id.key}`, subject: `${name ? name + ' ' : ''}${maskKey(id.key)}`, value };
  }
  if (householdId) return { identity: `h:${householdId}`, subject: `户编号${householdId}`, value };
  const project = cellText(get('project'));
  if (project) {
    const where = cellText(get('location'));
    return {
      identity: `f:${project}\u0000${where}`,
      subject: `项目“${project}”${where ? `（${where}）` : ''}`,
      value,
    };
  }
  const village = cellText(get('village'));
  if (village && s?.kind === 'village') return { identity: `v:${village}`, subject: village, value };
  return { identity: `c:${f.sheet}!${f.cell}`, subject: `${f.sheet}!${f.cell}`, value };
}

export function keyOf(rule: string, id: Identity): string {
  return hash53(`${rule}\u0001${id.identity}\u0001${id.value}`);
}

/** Exemption keys of findings, in order (for the JSON report and the pane). */
export function exemptionKeys(parsed: ParsedSheet[], findings: Finding[]): string[] {
  const sheets = sheetsByName(parsed);
  return findings.map((f) => keyOf(f.rule, findingIdentity(sheets, f)));
}

function shownValue(v: string): string {
  const masked = v.replace(ID_LIKE, (m) => (m.length >= 15 ? maskKey(m) : m));
  return masked.length > 60 ? masked.slice(0, 59) + '…' : masked;
}

/** A new exemption for a finding the clerk verified. */
export function makeExemption(
  parsed: ParsedSheet[],
  f: Finding,
  reason: string,
  by?: string,
  at?: string,
): Exemption {
  const id = findingIdentity(sheetsByName(parsed), f);
  return {
    key: keyOf(f.rule, id),
    rule: f.rule,
    subject: id.subject,
    ...(id.value ? { value: shownValue(id.value) } : {}),
    reason: reason.trim(),
    ...(by && by.trim() ? { by: by.trim() } : {}),
    ...(at ? { at } : {}),
  };
}

export interface Exempted {
  finding: Finding;
  exemption: Exemption;
}

export interface ExemptionOutcome {
  /** Findings still open. */
  open: Finding[];
  /** Findings verified earlier (已核实). */
  exempted: Exempted[];
  /** Exemptions that matched no finding: the value changed, or the problem was fixed. */
  stale: Exemption[];
}

/** Splits findings into open and 已核实. Pure; the findings keep their order. */
export function applyExemptions(
  parsed: ParsedSheet[],
  findings: Finding[],
  exemptions: Exemption[],
): ExemptionOutcome {
  if (exemptions.length === 0) return { open: findings, exempted: [], stale: [] };
  const byKey = new Map(exemptions.map((e) => [e.key, e]));
  const used = new Set<string>();
  const keys = exemptionKeys(parsed, findings);
  const open: Finding[] = [];
  const exempted: Exempted[] = [];
  findings.forEach((f, i) => {
    const e = byKey.get(keys[i]);
    if (e && e.rule === f.rule) {
      exempted.push({ finding: f, exemption: e });
      used.add(e.key);
    } else open.push(f);
  });
  return { open, exempted, stale: exemptions.filter((e) => !used.has(e.key)) };
}

/** Adds or replaces exemptions (by key). */
export function mergeExemptions(base: Exemption[], added: Exemption[]): Exemption[] {
  const m = new Map(base.map((e) => [e.key, e]));
  for (const e of added) m.set(e.key, e);
  return [...m.values()];
}

export function revokeExemptions(base: Exemption[], keys: string[]): Exemption[] {
  const drop = new Set(keys);
  return base.filter((e) => !drop.has(e.key));
}

function validExemption(x: unknown): x is Exemption {
  if (!x || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.key === 'string' && e.key !== '' && typeof e.rule === 'string' && typeof e.reason === 'string'
  );
}

function clean(e: Exemption): Exemption {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const out: Exemption = {
    key: e.key.trim(),
    rule: e.rule.trim(),
    subject: str(e.subject) ?? '',
    reason: e.reason.trim(),
  };
  const value = str(e.value);
  if (value) out.value = value;
  const by = str(e.by);
  if (by) out.by = by;
  const at = str(e.at);
  if (at) out.at = at;
  return out;
}

/** Reads the JSON form ({format, version, exemptions} or a bare array). Entries with an empty reason are
 * candidates the clerk has not verified (see --exemptions-out) and are skipped. */
export function parseExemptionsJson(text: string): Exemption[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ExemptionFileError('豁免清单不是有效的 JSON', 'the exemptions file is not valid JSON');
  }
  const list = Array.isArray(data) ? data : (data as { exemptions?: unknown } | null)?.exemptions;
  if (!Array.isArray(list))
    throw new ExemptionFileError(
      '豁免清单中没有 exemptions 列表',
      'the exemptions file has no exemptions list',
    );
  const bad = list.findIndex((x) => !validExemption(x));
  if (bad >= 0)
    throw new ExemptionFileError(
      `豁免清单第${bad + 1}条缺少 key、rule 或 reason`,
      `exemption ${bad + 1} lacks key, rule or reason`,
    );
  return (list as Exemption[]).filter((e) => e.reason.trim() !== '').map(clean);
}

export function exemptionsJson(exemptions: Exemption[]): string {
  const file: ExemptionFile = { format: 'bangfu-exemptions', version: 1, exemptions };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Columns of the workbook form (sheet 豁免清单), in order. */
export const EXEMPTION_COLUMNS: Array<[keyof Exemption | 'title', string]> = [
  ['rule', '规则'],
  ['title', '问题类型'],
  ['subject', '对象'],
  ['value', '核实的值'],
  ['reason', '核实原因'],
  ['by', '核实人'],
  ['at', '核实时间'],
  ['key', '豁免键'],
];

export const EXEMPTION_SHEET = '豁免清单';

/** Reads the workbook form: the first sheet with 规则, 核实原因 and 豁免键 headers in its first 10 rows; rows
 * without a 核实原因 are skipped. */
export function exemptionsFromSheets(inputs: SheetInput[]): Exemption[] {
  for (const input of inputs) {
    const rows = input.values;
    for (let h = 0; h < Math.min(10, rows.length); h++) {
      const header = (rows[h] ?? []).map((v) => normText(v));
      const col = (label: string) => header.indexOf(label);
      const [ruleC, reasonC, keyC] = [col('规则'), col('核实原因'), col('豁免键')];
      if (ruleC < 0 || reasonC < 0 || keyC < 0) continue;
      const out: Exemption[] = [];
      for (let r = h + 1; r < rows.length; r++) {
        const row = rows[r] ?? [];
        const t = (c: number) => (c >= 0 ? cellText(row[c]) : '');
        const key = t(keyC);
        // A row without 核实原因 is a candidate the clerk has not verified.
        if (!key || !t(reasonC)) continue;
        out.push(
          clean({
            key,
            rule: t(ruleC),
            subject: t(col('对象')),
            value: t(col('核实的值')),
            reason: t(reasonC),
            by: t(col('核实人')),
            at: t(col('核实时间')),
          }),
        );
      }
      return out;
    }
  }
  throw new ExemptionFileError(
    '豁免清单工作簿中没有“规则、核实原因、豁免键”表头',
    'no sheet with the 规则 / 核实原因 / 豁免键 headers',
  );
}
