// Conditional required fields (rules-v2 §15): what must be filled (field.status-required, per row) and what should
// be (field.status-expected, per household) depends on the household's status. Table-driven: the settings
// statusRequiredFields / statusExpectedFields list, per set of statuses, the person and household columns (logical
// keys or headers as written). A column absent from the sheet → one sheet.column-missing; present but empty on every
// row → one sheet.column-all-empty; neither is repeated per row.
import type { RuleContext } from './context';
import type { ColumnInfo, ParsedSheet } from '../types';
import { cellText, isEmpty, normText } from '../grid/normalise';
import { quote } from '../grid/quote';
import { hRef, type HouseholdRec, type RowRef } from '../model/ledger';
import { COLUMN_BY_KEY, COLUMN_DEFS, UNIT_SUFFIX_RE } from '../profiles/synonyms';
import type { HouseholdStatus } from '../model/status';
import { columnAllEmpty } from './fields';
import { listNames } from './monitor';

/** Status words of a field set: 脱贫户, 监测对象, risk open / eliminated, covered, every household. */
export type StatusWord = 'exited' | 'monitored' | 'riskOpen' | 'riskEliminated' | 'covered' | 'all';

export interface StatusFieldSet {
  /** The set applies to a household with any of these statuses. */
  status: StatusWord[];
  person?: string[];
  household?: string[];
}

/** rules-v2 §15 defaults of statusRequiredFields. */
export const STATUS_REQUIRED_FIELDS: StatusFieldSet[] = [
  {
    status: ['exited', 'monitored'],
    person: ['ethnicity', 'health', 'laborSkill'],
    household: ['unsafeHousing', 'safeWater'],
  },
  { status: ['monitored'], household: ['monitorStart'] },
];

/** rules-v2 §15 defaults of statusExpectedFields. */
export const STATUS_EXPECTED_FIELDS: StatusFieldSet[] = [
  {
    status: ['exited', 'monitored'],
    household: [
      'cultivatedLand',
      'forestLand',
      'orchardLand',
      'returnedFarmland',
      'pastureLand',
      'waterSurface',
      'housingArea',
      'roadDistance',
      'livingPower',
      'toilet',
      'roadHardened',
      'householdPhone',
    ],
  },
];

function applies(set: StatusFieldSet, s: HouseholdStatus): boolean {
  return set.status.some((w) =>
    w === 'all' ? true : w === 'riskEliminated' ? s.monitored && s.riskEliminated === true : s[w] === true,
  );
}

/** Per sheet, the answer of columnOf for each name asked (the rules ask per household and member). */
const columnMemo = new WeakMap<ParsedSheet, Map<string, ColumnInfo | null>>();

/** The column a set names on a sheet: a logical key, else a header as written (with or without its unit). */
function columnOf(sheet: ParsedSheet, name: string): ColumnInfo | undefined {
  let memo = columnMemo.get(sheet);
  if (!memo) columnMemo.set(sheet, (memo = new Map()));
  let col = memo.get(name);
  if (col === undefined) {
    const want = normText(name).replace(UNIT_SUFFIX_RE, '');
    col =
      sheet.byKey[name] ??
      sheet.columns.find((c) => normText(c.header).replace(UNIT_SUFFIX_RE, '') === want) ??
      null;
    memo.set(name, col);
  }
  return col ?? undefined;
}

/** Column label for messages: the sheet's header, else the name. */
const labelOf = (col: ColumnInfo): string => col.header.replace(UNIT_SUFFIX_RE, '');

/**
 * The row holding a household field `name` (a household on several sheets or with a household row; householdGap
 * settles the one-sheet household itself): the household row or the first member row whose sheet has it.
 */
function householdRow(h: HouseholdRec, name: string): { ref: RowRef; col: ColumnInfo } | null {
  if (h.householdRow) {
    const col = columnOf(h.householdRow.sheet, name);
    if (col) return { ref: h.householdRow, col };
  }
  for (const ref of h.members) {
    const col = columnOf(ref.sheet, name);
    if (col) return { ref, col };
  }
  return null;
}

interface RowGap {
  ref: RowRef;
  cols: ColumnInfo[];
}

/** Status words of a setting's key, English or Chinese ("脱贫户和监测对象", "风险未消除", "全部"). */
function statusWords(key: string): StatusWord[] {
  const out = new Set<StatusWord>();
  for (const w of key.split(/[,，、;；和及与\s]+/)) {
    if (['exited', 'monitored', 'riskOpen', 'riskEliminated', 'covered', 'all'].includes(w))
      out.add(w as StatusWord);
  }
  if (/脱贫户/.test(key)) out.add('exited');
  if (/风险未消除/.test(key)) out.add('riskOpen');
  else if (/风险已消除|已消除/.test(key)) out.add('riskEliminated');
  else if (/监测对象/.test(key)) out.add('monitored');
  if (/帮扶对象|覆盖/.test(key)) out.add('covered');
  if (/全部|所有/.test(key)) out.add('all');
  return [...out];
}

/** A person column (level P: 民族, 健康状况 …), by logical key or header; other names are household columns. */
function isPersonColumn(name: string): boolean {
  const def =
    COLUMN_BY_KEY[name] ?? COLUMN_DEFS.find((d) => d.headers.some((h) => normText(h) === normText(name)));
  return def?.level === 'P';
}

/**
 * The field sets of statusRequiredFields / statusExpectedFields: a list of { status, person, household }, or the
 * map form { "脱贫户和监测对象": ["民族", "是否危房户"], "监测对象": ["识别监测时间"] } (v2Labels), whose columns are
 * person or household columns by their level. Anything else: the defaults.
 */
function settingSets(ctx: RuleContext, key: string, fallback: StatusFieldSet[]): StatusFieldSet[] {
  const v = (ctx.config as unknown as Record<string, unknown>)[key];
  if (Array.isArray(v)) return v as StatusFieldSet[];
  if (!v || typeof v !== 'object') return fallback;
  return Object.entries(v as Record<string, unknown>).map(([k, cols]) => {
    const names = Array.isArray(cols) ? cols.map(String) : [];
    return {
      status: statusWords(k),
      person: names.filter(isPersonColumn),
      household: names.filter((n) => !isPersonColumn(n)),
    };
  });
}

/** Per sheet, the names already noted missing for a rule: a repeat from the next household changes nothing. */
// Nested by rule, then name: this runs per household and field, and a key string per call was 4 % of a check.
const notedMissing = new WeakMap<ParsedSheet, Map<string, Set<string>>>();
function noteMissingOnce(ctx: RuleContext, sheet: ParsedSheet, name: string, rule: string): void {
  let byRule = notedMissing.get(sheet);
  if (!byRule) notedMissing.set(sheet, (byRule = new Map()));
  let names = byRule.get(rule);
  if (!names) byRule.set(rule, (names = new Set()));
  if (names.has(name)) return;
  names.add(name);
  ctx.missingColumn(sheet, name, [rule]);
}

/** A household column of a set: empty on the household → its cell; absent / all empty → noted once. */
function householdGap(
  ctx: RuleContext,
  rule: string,
  h: HouseholdRec,
  name: string,
  noteMissing: boolean,
): { ref: RowRef; col: ColumnInfo } | null {
  // Nearly every household (one sheet, no household row): its first member row, and no object unless a gap.
  if (h.sheet !== null) {
    const col = columnOf(h.sheet, name);
    if (!col) {
      if (noteMissing) noteMissingOnce(ctx, h.sheet, name, rule);
      return null;
    }
    if (columnAllEmpty(ctx, h.sheet, col)) return null;
    const first = h.members[0];
    return isEmpty(h.sheet.grid[first.r]?.[col.index]) ? { ref: first, col } : null;
  }
  const at = householdRow(h, name);
  if (at === null) {
    if (noteMissing) noteMissingOnce(ctx, hRef(h).sheet, name, rule);
    return null;
  }
  if (columnAllEmpty(ctx, at.ref.sheet, at.col)) return null;
  return isEmpty(at.ref.sheet.grid[at.ref.r]?.[at.col.index]) ? at : null;
}

function requiredHousehold(ctx: RuleContext, h: HouseholdRec, sets: StatusFieldSet[]): void {
  const rule = 'field.status-required';
  let gaps: Map<string, RowGap> | undefined; // created at the first gap: most households have none
  const add = (ref: RowRef, col: ColumnInfo) => {
    gaps ??= new Map();
    const k = `${ref.sheet.name}\u0000${ref.r}`;
    const g = gaps.get(k);
    if (g) {
      if (!g.cols.includes(col)) g.cols.push(col);
    } else gaps.set(k, { ref, cols: [col] });
  };
  for (const set of sets) {
    for (const name of set.household ?? []) {
      const gap = householdGap(ctx, rule, h, name, true);
      if (gap) add(gap.ref, gap.col);
    }
    for (const name of set.person ?? []) {
      for (const m of h.members) {
        const col = columnOf(m.sheet, name);
        if (!col) {
          noteMissingOnce(ctx, m.sheet, name, rule);
          continue;
        }
        if (columnAllEmpty(ctx, m.sheet, col)) continue;
        if (isEmpty(m.sheet.grid[m.r]?.[col.index])) add(m, col);
      }
    }
  }
  if (gaps === undefined) return;
  for (const { ref, cols } of gaps.values()) {
    const name = cellText(ref.sheet.byKey.name ? ref.sheet.grid[ref.r]?.[ref.sheet.byKey.name.index] : '');
    const who = name ? `“${quote(name)}”的` : h.id ? `户编号${h.id}：` : '';
    ctx.emit({
      rule,
      sheet: ref.sheet,
      r: ref.r,
      col: cols[0].index,
      householdId: h.id || h.key,
      message: `${who}${listNames(cols.map(labelOf))}未填写，请补录。`,
    });
  }
}

function expectedHousehold(ctx: RuleContext, h: HouseholdRec, sets: StatusFieldSet[]): void {
  const rule = 'field.status-expected';
  const found: Array<{ ref: RowRef; col: ColumnInfo }> = [];
  for (const set of sets) {
    const names = set.household ?? [];
    // Absent columns are noted only on a sheet that has some of the set: a hand-kept ledger without any of these
    // fields is not asked for a dozen of them.
    const sheet = hRef(h).sheet;
    const layoutHasSome = names.some((n) => columnOf(sheet, n) !== undefined);
    for (const name of names) {
      const gap = householdGap(ctx, rule, h, name, layoutHasSome);
      if (gap && !found.some((f) => f.col === gap.col)) found.push(gap);
    }
  }
  if (found.length === 0) return;
  const { ref, col } = found[0];
  ctx.emit({
    rule,
    sheet: ref.sheet,
    r: ref.r,
    col: col.index,
    householdId: h.id || h.key,
    message: `${h.id ? `户编号${h.id}：` : ''}本户${listNames(found.map((f) => labelOf(f.col)))}${found.length > 1 && found.length <= 5 ? `共${found.length}项` : ''}未填写（无此项的请填0），请补录。`,
  });
}

export function run(ctx: RuleContext): void {
  const required = settingSets(ctx, 'statusRequiredFields', STATUS_REQUIRED_FIELDS);
  const expected = settingSets(ctx, 'statusExpectedFields', STATUS_EXPECTED_FIELDS);
  const doRequired = ctx.enabled('field.status-required');
  const doExpected = ctx.enabled('field.status-expected');
  for (const h of ctx.ledger.households) {
    const s = ctx.status(h);
    if (doRequired) {
      const sets = required.filter((set) => applies(set, s));
      if (sets.length) requiredHousehold(ctx, h, sets);
    }
    if (doExpected) {
      const sets = expected.filter((set) => applies(set, s));
      if (sets.length) expectedHousehold(ctx, h, sets);
    }
  }
}
