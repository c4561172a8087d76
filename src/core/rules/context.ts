// What every rule module gets: config, reference date, lines, the ledger, code lists, cached per-person and
// per-household facts, and `emit`, which turns a rule hit into a contract Finding.
import type { Config } from '../config/schema';
import type { ResolvedLines } from '../config/povertyLines';
import type { CellFix, CellValue, Finding, ParsedSheet, Severity } from '../types';
import { a1, columnLetter } from '../grid/address';
import { fitCell } from '../grid/quote';
import { ageAt, type YMD } from '../grid/normalise';
import type { CodeList } from '../profiles/codeLists';
import { columnLabel } from '../profiles/synonyms';
import { cellInfo } from '../model/columns';
import { type HouseholdRec, type Ledger, type RowRef } from '../model/ledger';
import { householdStatus, type HouseholdStatus } from '../model/status';
import { analyseIdNumber, cleanId18Analysis, packCleanId18, type IdAnalysis } from '../id/gb11643';
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
  /** The export's data date (model/dataDate), when found: time rules' asOf. */
  dataDate?: YMD;
  /** Age reference date. */
  ref: YMD;
  /** The data date (asOf, ledgers-national §2.3): config asOfDate, else the ledger's own, else today. */
  asOf: YMD;
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
  /** The person's age (personAt(…).age) without building a PersonInfo. */
  ageAt(sheet: ParsedSheet, r: number): number | undefined;
  /** The person's ID is trusted (idTrusted: no issue, or only harmless ones). */
  idTrustedAt(sheet: ParsedSheet, r: number): boolean;
  /** Sex stated by the person's ID when the ID is trusted (identity idTrusted), else undefined. */
  trustedIdSexAt(sheet: ParsedSheet, r: number): '男' | '女' | undefined;
  /** The packed facts of a clean, fully valid 18-digit ID (id/gb11643 packCleanId18), else −1. */
  cleanIdAt(sheet: ParsedSheet, r: number): number;
  status(h: HouseholdRec): HouseholdStatus;
  /** One sheet.column-missing per sheet and column, naming the rules skipped. */
  missingColumn(sheet: ParsedSheet, key: string, rules: string[]): void;
  /** The rule family running (FAMILY), set by the engine and the fused passes: sheet.column-missing findings are
   * listed in family order whichever pass registered them. */
  family: number;
  /** False when the rule is switched off in config. */
  enabled(rule: string): boolean;
  /** Emits the collected sheet.column-missing findings (the engine calls it once, after all rules). */
  flushMissing(): void;
}

/**
 * Per-person facts of one sheet in typed arrays indexed by grid row: a county ledger has 300,000 persons, and an
 * object per person (PersonInfo, IdAnalysis, birth date) was a large share of the check's allocation and GC.
 * Rows whose ID is not clean keep their full PersonInfo in `infos`.
 */
interface PersonFacts {
  /** 0 = not computed, CLEAN = clean valid ID (packed facts), FULL = PersonInfo in infos. */
  state: Uint8Array;
  packed: Float64Array;
  age: Int16Array;
  /** Sex from a trusted ID: SEX_NONE / SEX_MALE / SEX_FEMALE. */
  sex: Int8Array;
  /** 1 when idTrusted. */
  trusted: Uint8Array;
  infos: Map<number, PersonInfo>;
}

const CLEAN = 1;
const FULL = 2;
const NO_AGE = -32768;
const SEX_NONE = 0;
const SEX_MALE = 1;
const SEX_FEMALE = 2;

function newFacts(rows: number): PersonFacts {
  return {
    state: new Uint8Array(rows),
    packed: new Float64Array(rows),
    age: new Int16Array(rows),
    sex: new Int8Array(rows),
    trusted: new Uint8Array(rows),
    infos: new Map(),
  };
}

/** The ID's own facts are usable (birth date, sex) when it has no real error (identity rules). */
export function idTrusted(id: IdAnalysis | null): id is IdAnalysis {
  // Most IDs have no issues: answered without the every() callback.
  return id !== null && (id.issues.length === 0 || id.issues.every((i) => HARMLESS_ISSUES.has(i.rule)));
}

/** Issues that still leave the ID's birth date and sex digit trustworthy. */
const HARMLESS_ISSUES = new Set(['id.lowercase-x', 'id.old-15-digit', 'id.stray-characters']);

export function createContext(args: {
  config: Config;
  ref: YMD;
  asOf: YMD;
  year: number;
  lines: ResolvedLines;
  ledger: Ledger;
  codes: Record<string, CodeList>;
  dataDate?: YMD;
}): RuleContext {
  const findings: Finding[] = [];
  const disabled = new Set(args.config.disabledRules);
  const factsBySheet = new Map<ParsedSheet, PersonFacts>();
  let lastSheet: ParsedSheet | undefined;
  let lastFacts: PersonFacts | undefined;
  const ref = args.ref;

  /** The sheet's person facts, computed for row r if not yet. */
  const factsFor = (sheet: ParsedSheet, r: number): PersonFacts => {
    // One-entry cache of the sheet: calls come in runs over one sheet.
    let f = sheet === lastSheet ? lastFacts : factsBySheet.get(sheet);
    if (f === undefined) factsBySheet.set(sheet, (f = newFacts(sheet.grid.length)));
    lastSheet = sheet;
    lastFacts = f;
    if (f.state[r] === 0) computeFacts(sheet, r, f);
    return f;
  };

  const computeFacts = (sheet: ParsedSheet, r: number, f: PersonFacts): void => {
    const idCol = sheet.byKey.idNumber;
    const idRaw = idCol === undefined ? undefined : (sheet.grid[r]?.[idCol.index] ?? '');
    // Nearly every ID is clean and valid: its facts are stored without building the analysis.
    const packed = typeof idRaw === 'string' ? packCleanId18(idRaw, ref) : -1;
    if (packed >= 0) {
      const day = Math.floor(packed / 2);
      f.state[r] = CLEAN;
      f.packed[r] = packed;
      f.age[r] = ageAt({ y: Math.floor(day / 10000), m: Math.floor(day / 100) % 100, d: day % 100 }, ref);
      f.sex[r] = packed % 2 === 1 ? SEX_MALE : SEX_FEMALE;
      f.trusted[r] = 1;
      return;
    }
    const id = idRaw === undefined ? null : analyseIdNumber(idRaw, ref);
    let birth = id?.birth;
    const idGender = id?.gender;
    if (!birth) {
      const bd = cellInfo(sheet, r, 'birthDate')?.date;
      // A copy: the parsed date is shared by every cell with the same value.
      if (bd?.date) birth = { ...bd.date };
    }
    const info: PersonInfo = { id, birth, age: birth ? ageAt(birth, ref) : undefined, idGender };
    f.state[r] = FULL;
    f.infos.set(r, info);
    f.age[r] = info.age === undefined ? NO_AGE : info.age;
    const trusted = idTrusted(id);
    f.trusted[r] = trusted ? 1 : 0;
    f.sex[r] = trusted && id.gender ? (id.gender === '男' ? SEX_MALE : SEX_FEMALE) : SEX_NONE;
    f.packed[r] = -1;
  };

  interface MissingEntry {
    sheet: ParsedSheet;
    key: string;
    /** Rules skipped, per registering family. */
    byFamily: Map<number, Set<string>>;
    /** Lowest family that registered it, and the registration's sequence number within the run. */
    family: number;
    seq: number;
  }
  const missing = new Map<string, Map<string, MissingEntry>>();
  let missingSeq = 0;

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
      // The clerk's config decides first, for every finding of the rule; then the rule's own softer case.
      const severity = args.config.severity[e.rule] ?? e.severity ?? RULES[e.rule]?.severity ?? 'error';
      const f: Finding = {
        ...(e.sheet.input.file !== undefined ? { file: e.sheet.input.file } : {}),
        sheet: e.sheet.name,
        cell: address,
        row: e.r + 1,
        column: columnLetter(c),
        rule: e.rule,
        severity,
        // Every message must fit one cell (notes, 问题清单): values are quoted short (quote), this is the backstop.
        message: fitCell(e.message),
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
      const f = factsFor(sheet, r);
      if (f.state[r] === FULL) return f.infos.get(r)!;
      // A clean ID: the PersonInfo is rebuilt on request (rare: the hot callers read the typed facts).
      const id = cleanId18Analysis(sheet.grid[r][sheet.byKey.idNumber.index] as string, f.packed[r]);
      return { id, birth: id.birth, age: f.age[r], idGender: id.gender };
    },
    ageAt(sheet, r) {
      const a = factsFor(sheet, r).age[r];
      return a === NO_AGE ? undefined : a;
    },
    idTrustedAt(sheet, r) {
      return factsFor(sheet, r).trusted[r] === 1;
    },
    trustedIdSexAt(sheet, r) {
      const x = factsFor(sheet, r).sex[r];
      return x === SEX_MALE ? '男' : x === SEX_FEMALE ? '女' : undefined;
    },
    cleanIdAt(sheet, r) {
      return factsFor(sheet, r).packed[r];
    },
    status(h) {
      // Cached on the household record (a Map keyed by 80,000 records cost more than computing).
      let s = h.memo.status as HouseholdStatus | undefined;
      if (s === undefined) h.memo.status = s = householdStatus(h);
      return s;
    },
    missingColumn(sheet, key, rules) {
      const family = ctx.family;
      // Keyed by sheet name, then key (no string built per call: per-household callers repeat the same notice).
      let bySheet = missing.get(sheet.name);
      if (bySheet === undefined) missing.set(sheet.name, (bySheet = new Map()));
      const seq = missingSeq++;
      let entry = bySheet.get(key);
      if (entry === undefined) {
        entry = { sheet, key, byFamily: new Map(), family, seq };
        bySheet.set(key, entry);
      } else if (family < entry.family) {
        entry.family = family;
        entry.seq = seq;
      }
      let set = entry.byFamily.get(family);
      if (set === undefined) entry.byFamily.set(family, (set = new Set()));
      for (const r of rules) if (!disabled.has(r)) set.add(r);
    },
    family: 0,
    flushMissing: () => undefined,
  };
  ctx.flushMissing = () => {
    // In family order, then registration order: as if each family had run on its own, one after another.
    const entries = [...missing.values()]
      .flatMap((m) => [...m.values()])
      .sort((a, b) => a.family - b.family || a.seq - b.seq);
    for (const { sheet, key, byFamily } of entries) {
      const rules = new Set<string>();
      for (const f of [...byFamily.keys()].sort((a, b) => a - b))
        for (const r of byFamily.get(f)!) rules.add(r);
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

/** One family's checks of a data row in the row pass (rules/cells.ts), with the row's index in ledger.persons
 * (person sheets). */
export type RowCheck = (r: number, row: readonly CellValue[], personIndex: number) => void;

/** Rule families in the order of rules.md (and of the findings they report when tied on one cell). */
export const FAMILY = {
  structure: 0,
  identity: 1,
  fields: 2,
  security: 3,
  labor: 4,
  household: 5,
  income: 6,
  assistance: 7,
  village: 8,
  fund: 9,
  work: 10,
  rulebook: 11,
} as const;
