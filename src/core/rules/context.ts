// What every rule module gets: config, reference date, lines, the ledger, code lists, cached per-person and
// per-household facts, and `emit`, which turns a rule hit into a contract Finding.
import type { Config } from '../config/schema';
import type { ResolvedLines } from '../config/povertyLines';
import type { CellFix, CellValue, Finding, ParsedSheet, Severity } from '../types';
import { a1, columnLetter } from '../grid/address';
import { ageAt, type YMD } from '../grid/normalise';
import type { CodeList } from '../profiles/codeLists';
import { columnLabel } from '../profiles/synonyms';
import { cellInfo } from '../model/columns';
import { type HouseholdRec, type Ledger, type RowRef } from '../model/ledger';
import { householdStatus, type HouseholdStatus } from '../model/status';
import { analyseIdNumber, type IdAnalysis } from '../id/gb11643';
import { RULES } from './catalogue';

export interface Emit {
  rule: string;
  sheet: ParsedSheet;
  /** 0-based grid row. */
  r: number;
  /** Logical column key (or 0-based column index) the finding points at; default: the first column. */
  col?: string | number;
  message: string;
  householdId?: string;
  value?: CellValue;
  /** A safe replacement for the cell (the host keeps the old value). */
  fixTo?: CellValue;
  fixLabel?: string;
  severity?: Severity;
}

export interface PersonInfo {
  /** null when the sheet has no ID column. */
  id: IdAnalysis | null;
  /** From the ID when valid, else from the 出生日期 column. */
  birth?: YMD;
  age?: number;
  /** From the ID when valid. */
  idGender?: '男' | '女';
}

export interface RuleContext {
  config: Config;
  /** Age reference date. */
  ref: YMD;
  /** Income year. */
  year: number;
  lines: ResolvedLines;
  ledger: Ledger;
  codes: Record<string, CodeList>;
  findings: Finding[];
  emit(e: Emit): void;
  person(p: RowRef): PersonInfo;
  /** person() without a RowRef, for loops over a sheet's rows. */
  personAt(sheet: ParsedSheet, r: number): PersonInfo;
  status(h: HouseholdRec): HouseholdStatus;
  /** One sheet.column-missing per sheet and column, naming the rules skipped. */
  missingColumn(sheet: ParsedSheet, key: string, rules: string[]): void;
  /** False when the rule is switched off in config. */
  enabled(rule: string): boolean;
  /** Emits the collected sheet.column-missing findings (the engine calls it once, after all rules). */
  flushMissing(): void;
}

export function createContext(args: {
  config: Config;
  ref: YMD;
  year: number;
  lines: ResolvedLines;
  ledger: Ledger;
  codes: Record<string, CodeList>;
}): RuleContext {
  const findings: Finding[] = [];
  const disabled = new Set(args.config.disabledRules);
  const personCache = new Map<ParsedSheet, Array<PersonInfo | undefined>>();
  let lastSheet: ParsedSheet | undefined;
  let lastPersons: Array<PersonInfo | undefined> | undefined;
  const missing = new Map<string, { sheet: ParsedSheet; key: string; rules: Set<string> }>();

  const ctx: RuleContext = {
    ...args,
    findings,
    enabled: (rule) => !disabled.has(rule),
    emit(e) {
      if (disabled.has(e.rule)) return;
      let c = 0;
      if (typeof e.col === 'number') c = e.col;
      else if (typeof e.col === 'string') c = e.sheet.byKey[e.col]?.index ?? e.sheet.columns[0]?.index ?? 0;
      else c = e.sheet.columns[0]?.index ?? 0;
      const address = a1(e.r, c);
      const severity = e.severity ?? args.config.severity[e.rule] ?? RULES[e.rule]?.severity ?? 'error';
      const f: Finding = {
        sheet: e.sheet.name,
        cell: address,
        row: e.r + 1,
        column: columnLetter(c),
        rule: e.rule,
        severity,
        message: e.message,
      };
      if (e.householdId !== undefined && e.householdId !== '') f.householdId = e.householdId;
      if (e.value !== undefined && e.value !== '') f.value = e.value;
      if (e.fixTo !== undefined) {
        const fix: CellFix = {
          sheet: e.sheet.name,
          cell: address,
          from: e.sheet.grid[e.r]?.[c] ?? '',
          to: e.fixTo,
          label: e.fixLabel ?? '修正',
        };
        f.fix = fix;
      }
      findings.push(f);
    },
    person(p) {
      return ctx.personAt(p.sheet, p.r);
    },
    personAt(sheet, r) {
      // One-entry cache of the sheet's array: calls come in runs over one sheet.
      let bySheet = sheet === lastSheet ? lastPersons : personCache.get(sheet);
      if (!bySheet) personCache.set(sheet, (bySheet = []));
      lastSheet = sheet;
      lastPersons = bySheet;
      const hit = bySheet[r];
      if (hit) return hit;
      // Same as cell({ sheet, r }, 'idNumber') without the per-row ref object.
      const idCol = sheet.byKey.idNumber;
      const idRaw = idCol === undefined ? undefined : (sheet.grid[r]?.[idCol.index] ?? '');
      const id = idRaw === undefined ? null : analyseIdNumber(idRaw, args.ref);
      let birth = id?.birth;
      const idGender = id?.gender;
      if (!birth) {
        const bd = cellInfo(sheet, r, 'birthDate')?.date;
        // A copy: the parsed date is shared by every cell with the same value.
        if (bd?.date) birth = { ...bd.date };
      }
      const info: PersonInfo = { id, birth, age: birth ? ageAt(birth, args.ref) : undefined, idGender };
      bySheet[r] = info;
      return info;
    },
    status(h) {
      // Cached on the household record (a Map keyed by 80,000 records cost more than computing).
      let s = h.memo.status as HouseholdStatus | undefined;
      if (s === undefined) h.memo.status = s = householdStatus(h);
      return s;
    },
    missingColumn(sheet, key, rules) {
      const k = `${sheet.name}\u0000${key}`;
      const entry = missing.get(k) ?? { sheet, key, rules: new Set<string>() };
      for (const r of rules) if (!disabled.has(r)) entry.rules.add(r);
      missing.set(k, entry);
    },
    flushMissing: () => undefined,
  };
  ctx.flushMissing = () => {
    for (const { sheet, key, rules } of missing.values()) {
      if (rules.size === 0) continue;
      const r = (sheet.headerRows[sheet.headerRows.length - 1] ?? 1) - 1;
      ctx.emit({
        rule: 'sheet.column-missing',
        sheet,
        r,
        col: sheet.columns[0]?.index ?? 0,
        message: `本表缺少“${columnLabel(key)}”列，以下检查已跳过：${[...rules].map((id) => RULES[id]?.title ?? id).join('、')}。如表中有此列但表头写法不同，请在“设置—列名映射”中添加该表头。`,
      });
    }
    missing.clear();
  };
  return ctx;
}

export type RuleModule = (ctx: RuleContext) => void;
