// Runs compiled rule records over the ledger: person-scope records once per person row, household-scope records
// once per household (finding at its first member row, rules-v2 §0.5). One evaluation context object is reused;
// `p` holds only the columns the sheet's records read, and is built only for rows that pass a record's guards.
import type { CellValue, ParsedSheet } from '../types';
import type { RuleContext } from '../rules/context';
import { isPrintableAscii, normText, parseDate, type YMD } from '../grid/normalise';
import { columnView, ColumnView } from '../model/columns';
import { type HouseholdRec, type PersonRow } from '../model/ledger';
import { householdMeasures } from '../model/measures';
import { COLUMN_BY_KEY, COLUMN_DEFS } from '../profiles/synonyms';
import { personKey18 } from '../rules/work';
import { dayOf, monthIndex, monthOf, state, toNumber } from './env';
import type { CompiledRule, CelFn, CompareOp, Guard } from './compile';

/** A runtime failure of a record (a type error on some row): reported once per rule, never a crash. */
export interface RuleRunError {
  rule: string;
  pack: string;
  message: string;
  rows: number;
}

const RISK_KEYS = ['risk1', 'risk2', 'risk3', 'risk4', 'risk5'];
/** rules-v2 §0.4 risk normalisation. */
const RISK_ALIASES: Record<string, string> = { 务工就业不稳: '因务工就业不稳', 缺劳动力: '因缺劳动力' };

/** The sheet column a record's column name means: a logical key, a header synonym, or the exact header. */
export function resolveColumn(sheet: ParsedSheet, name: string): number | undefined {
  if (COLUMN_BY_KEY[name]) return sheet.byKey[name]?.index;
  const t = normText(name);
  for (const d of COLUMN_DEFS)
    if (sheet.byKey[d.key] && d.headers.some((h) => normText(h) === t)) return sheet.byKey[d.key].index;
  return sheet.columns.find((c) => normText(c.header) === t || normText(c.path[c.path.length - 1]) === t)
    ?.index;
}

/** Column lookups of one sheet: record column name → view (undefined when the sheet lacks it). */
class SheetColumns {
  private readonly views = new Map<string, ColumnView | null>();
  private readonly indexes = new Map<string, number | null>();
  constructor(readonly sheet: ParsedSheet) {}
  /** resolveColumn, once per name (a finding's cell is resolved per finding). */
  resolve(name: string): number | undefined {
    let i = this.indexes.get(name);
    if (i === undefined) this.indexes.set(name, (i = resolveColumn(this.sheet, name) ?? null));
    return i ?? undefined;
  }
  view(name: string): ColumnView | undefined {
    let v = this.views.get(name);
    if (v === undefined) {
      const index = this.resolve(name);
      const key = index === undefined ? undefined : this.sheet.columns.find((c) => c.index === index)?.key;
      // The shared view when the column is the one byKey maps; a county's own (unmapped) header, or a second
      // column of the same key, gets a view of its own — never an entry in byKey (report.sheets lists its keys).
      v =
        index === undefined
          ? null
          : key && this.sheet.byKey[key]?.index === index
            ? (columnView(this.sheet, key) ?? null)
            : new ColumnView(this.sheet, index);
      this.views.set(name, v);
    }
    return v ?? undefined;
  }
}

/** A record's column name as its logical key when it is a header synonym ("证件号码" → idNumber), so the
 * sheet.column-missing of a record and of a hand-written rule about the same column are one notice. */
function logicalKey(name: string): string {
  if (COLUMN_BY_KEY[name]) return name;
  const t = normText(name);
  return COLUMN_DEFS.find((d) => d.headers.some((h) => normText(h) === t))?.key ?? name;
}

const SEX_CODES: Record<string, string> = { '1': '男', '2': '女', 男: '男', 女: '女' };

export function runRecords(ctx: RuleContext, rules: CompiledRule[], errors: RuleRunError[]): void {
  const active = rules.filter((r) => ctx.enabled(r.record.id));
  if (active.length === 0) return;
  const ledger = ctx.ledger;
  const asOf = BigInt(monthIndex(asOfDate(ctx)));
  const refMonth = BigInt(monthIndex(ctx.ref));
  const nWorkOf = workCounts(ctx);
  const companions = {
    work: ledger.workSheets.length,
    workPlan: ledger.workPlanSheets.length,
    village: ledger.villageSheets.length,
  };
  const runnable = active.filter((r) => (r.record.needs ?? []).every((n) => companions[n] > 0));
  const cols = new Map<ParsedSheet, SheetColumns>();
  const colsOf = (s: ParsedSheet) => {
    let c = cols.get(s);
    if (!c) cols.set(s, (c = new SheetColumns(s)));
    return c;
  };

  // Rule ids already fired per row (for yieldsTo / fired()), by sheet name then grid row (no key string per test).
  const firedAt = new Map<string, Map<number, Set<string>>>();
  const firedSet = (sheet: string, r: number): Set<string> => {
    let bySheet = firedAt.get(sheet);
    if (!bySheet) firedAt.set(sheet, (bySheet = new Map()));
    let s = bySheet.get(r);
    if (!s) bySheet.set(r, (s = new Set()));
    return s;
  };
  const hasFired = (sheet: ParsedSheet, r: number, rule: string): boolean =>
    firedAt.get(sheet.name)?.get(r)?.has(rule) ?? false;
  const yielded = new Set(runnable.flatMap((r) => r.record.yieldsTo ?? []));
  for (const f of ctx.findings) if (yielded.has(f.rule)) firedSet(f.sheet, f.row - 1).add(f.rule);
  let currentRows: Array<{ sheet: ParsedSheet; r: number }> = [];
  state.fired = (rule) => currentRows.some(({ sheet, r }) => hasFired(sheet, r, rule));
  const markFired = (sheet: ParsedSheet, r: number, rule: string) => {
    firedSet(sheet.name, r).add(rule);
  };

  // Household facts, once per household.
  const hFacts = new Map<HouseholdRec, Record<string, unknown>>();
  const factsOf = (h: HouseholdRec): Record<string, unknown> => {
    let f = hFacts.get(h);
    if (f) return f;
    const st = ctx.status(h);
    const risks = new Set<string>();
    for (const k of RISK_KEYS) {
      const m = h.members[0] ?? h.main;
      const v = normText(valueOf(h, m, k));
      if (v !== '') risks.add(RISK_ALIASES[v] ?? v);
    }
    const measures = householdMeasures(h);
    f = {
      exited: st.exited,
      monitored: st.monitored,
      riskOpen: st.riskOpen,
      riskEliminated: st.riskEliminated === true && st.monitored,
      covered: st.covered,
      category: st.category,
      size: BigInt(h.members.length),
      risks: [...risks],
      measures: measures ? [...measures.items] : [],
      hasMeasures: measures !== null && measures.items.size > 0,
    };
    hFacts.set(h, f);
    return f;
  };

  /** A cell of the person row, else of the household row (two-sheet layouts keep household fields there). */
  function valueOf(h: HouseholdRec | undefined, p: { sheet: ParsedSheet; r: number }, name: string): string {
    const v = colsOf(p.sheet).view(name);
    if (v) return v.at(p.r).norm;
    const hr = h?.householdRow;
    if (hr) {
      const hv = colsOf(hr.sheet).view(name);
      if (hv) return hv.at(hr.r).norm;
    }
    return '';
  }
  const hasColumn = (h: HouseholdRec | undefined, sheet: ParsedSheet, name: string): boolean =>
    colsOf(sheet).view(name) !== undefined ||
    (h?.householdRow !== undefined && colsOf(h.householdRow.sheet).view(name) !== undefined);

  const evalCtx: Record<string, unknown> = { asOf, refMonth, s: {} };
  const sexOf = (p: PersonRow): string =>
    ctx.trustedIdSexAt(p.sheet, p.r) ?? SEX_CODES[valueOf(p.household, p, 'gender')] ?? '';

  const failures = new Map<CompiledRule, RuleRunError>();
  const evaluate = (rule: CompiledRule, fn: CelFn): unknown => {
    try {
      return fn(evalCtx);
    } catch (e) {
      let f = failures.get(rule);
      if (!f) {
        f = {
          rule: rule.record.id,
          pack: rule.pack,
          message: String((e as Error).message ?? e).split('\n')[0],
          rows: 0,
        };
        failures.set(rule, f);
      }
      f.rows++;
      return undefined;
    }
  };

  const emit = (rule: CompiledRule, sheet: ParsedSheet, r: number, h: HouseholdRec | undefined) => {
    const text = rule.message
      .map((part) => (typeof part === 'string' ? part : format(evaluate(rule, part))))
      .join('');
    const cellName = typeof rule.cell === 'string' ? rule.cell : String(evaluate(rule, rule.cell) ?? '');
    let col = colsOf(sheet).resolve(cellName);
    // Two-sheet layouts: a household column lives on the 户信息 row (rules-v2 §0.5 hRef), not on the member's.
    let at = { sheet, r };
    if (col === undefined && h?.householdRow) {
      const hc = colsOf(h.householdRow.sheet).resolve(cellName);
      if (hc !== undefined) {
        col = hc;
        at = h.householdRow;
      }
    }
    const raw: CellValue | undefined = col === undefined ? undefined : at.sheet.grid[at.r]?.[col];
    ctx.emit({
      rule: rule.record.id,
      sheet: at.sheet,
      r: at.r,
      ...(col !== undefined ? { col } : {}),
      message: text,
      severity: ctx.config.severity[rule.record.id] ?? rule.record.severity,
      ...(h && h.id ? { householdId: h.id } : {}),
      ...(raw !== undefined && raw !== '' ? { value: raw } : {}),
    });
    markFired(sheet, r, rule.record.id);
  };

  // Per sheet: which records apply (their required columns present), the union of columns to put in p.
  const persons = new Map<ParsedSheet, PersonRow[]>();
  for (const p of ledger.persons) {
    let list = persons.get(p.sheet);
    if (!list) persons.set(p.sheet, (list = []));
    list.push(p);
  }
  const personRules = runnable.filter((r) => r.record.scope === 'person');
  const householdRules = runnable.filter((r) => r.record.scope === 'household');

  for (const [sheet, rows] of persons) {
    const sample = rows[0]?.household;
    const applicable = (list: CompiledRule[]) =>
      list.filter((rule) => {
        const missing = rule.record.columns.filter((c) => !hasColumn(sample, sheet, c));
        if (missing.length === 0) return true;
        for (const c of missing) ctx.missingColumn(sheet, logicalKey(c), [rule.record.id]);
        return false;
      });
    const pr = applicable(personRules);
    const hr = applicable(householdRules);
    if (pr.length === 0 && hr.length === 0) continue;
    // Per sheet, each column name a record reads resolved once to a getter of its normalised value.
    const getters = new Map<string, (p: PersonRow) => string>();
    const getter = (name: string): ((p: PersonRow) => string) => {
      let g = getters.get(name);
      if (g) return g;
      const v = colsOf(sheet).view(name);
      const ci = v?.index;
      // A printable-ASCII cell (an ID, a phone, a number as text) is its own normal form: no cell info for it
      // (such columns are nearly unique, and a view keeps one per row); other text through the shared view.
      g = v
        ? (p) => {
            const raw = sheet.grid[p.r]?.[ci!] ?? '';
            return typeof raw === 'string' && isPrintableAscii(raw) ? raw : v.at(p.r).norm;
          }
        : (p) => {
            const hr = p.household.householdRow;
            const hv = hr ? colsOf(hr.sheet).view(name) : undefined;
            return hv ? hv.at(hr!.r).norm : '';
          };
      getters.set(name, g);
      return g;
    };
    // Guard columns coded once per sheet: each row's value as a small integer (its distinct values numbered), so a
    // cell guard is a table lookup per row; a length guard reads the row's length. Every record's guard on the
    // same column shares one coding (most records start with a test of the same few columns).
    // Read from the grid: no column view or cell info per row (a guard column may be the unique 证件号码).
    const codings = new Map<string, { ids: Int32Array; values: string[] }>();
    const coded = (name: string) => {
      let c = codings.get(name);
      if (c) return c;
      const ids = new Int32Array(sheet.grid.length);
      const values: string[] = [];
      const ci = colsOf(sheet).view(name)?.index;
      if (ci === undefined) {
        const get = getter(name);
        const idOf = new Map<string, number>();
        for (let i = 0; i < rows.length; i++) {
          const p = rows[i];
          const v = get(p);
          let id = idOf.get(v);
          if (id === undefined) {
            idOf.set(v, (id = values.length));
            values.push(v);
          }
          ids[p.r] = id;
        }
      } else {
        // By raw value (two spellings of one normalised value get two numbers with the same verdict).
        const idOf = new Map<CellValue, number>();
        let prevRaw: CellValue | undefined;
        let prevId = -1;
        for (let i = 0; i < rows.length; i++) {
          const p = rows[i];
          const raw = sheet.grid[p.r]?.[ci] ?? '';
          if (raw !== prevRaw || prevId < 0) {
            let id = idOf.get(raw);
            if (id === undefined) {
              idOf.set(raw, (id = values.length));
              values.push(normText(raw));
            }
            prevRaw = raw;
            prevId = id;
          }
          ids[p.r] = prevId;
        }
      }
      codings.set(name, (c = { ids, values }));
      return c;
    };
    const lengthsOf = new Map<string, Int32Array>();
    const lengths = (name: string): Int32Array => {
      let l = lengthsOf.get(name);
      if (l) return l;
      l = new Int32Array(sheet.grid.length);
      const ci = colsOf(sheet).view(name)?.index;
      if (ci === undefined) {
        const get = getter(name);
        for (let i = 0; i < rows.length; i++) l[rows[i].r] = codePoints(get(rows[i]));
      } else
        for (let i = 0; i < rows.length; i++) {
          const raw = sheet.grid[rows[i].r]?.[ci] ?? '';
          // A printable-ASCII text is its own normal form and one code point per character.
          l[rows[i].r] =
            typeof raw === 'string' && isPrintableAscii(raw) ? raw.length : codePoints(normText(raw));
        }
      lengthsOf.set(name, l);
      return l;
    };
    const testOf = (g: Guard): ((p: PersonRow, age: number | undefined) => boolean) => {
      if (g.kind === 'cell') {
        const { ids, values } = coded(g.column);
        const verdict = Uint8Array.from(values, (v) => (g.values.has(v) !== g.negate ? 1 : 0));
        return (p) => verdict[ids[p.r]] === 1;
      }
      if (g.kind === 'any') {
        const alts = g.alts.map((a) => a.map(testOf));
        return (p, age) => alts.some((tests) => passes(tests, p, age));
      }
      if (g.kind === 'hlist') {
        const { list, value, negate } = g;
        if (g.match === 'in')
          return (p) => (factsOf(p.household)[list] as string[]).includes(value) !== negate;
        return (p) => (factsOf(p.household)[list] as string[]).some((x) => x.includes(value)) !== negate;
      }
      if (g.kind === 'num') {
        // Judged per distinct value as rows reach it, not coded for the whole sheet: a numeric guard usually
        // follows a selective one (h.monitored …), and its column (a date, an amount) has many values.
        const of = g.fn === 'num' ? toNumber : g.fn === 'month' ? monthOf : dayOf;
        const bound = g.value === 'asOf' ? Number(asOf) : g.value === 'refMonth' ? Number(refMonth) : g.value;
        const { op, negate } = g;
        const ci = colsOf(sheet).view(g.column)?.index;
        const get = ci === undefined ? getter(g.column) : undefined;
        const verdicts = new Map<CellValue, boolean>();
        return (p) => {
          const raw: CellValue = get ? get(p) : (sheet.grid[p.r]?.[ci!] ?? '');
          let ok = verdicts.get(raw);
          if (ok === undefined) {
            // normText(raw) is what p[X] holds (a printable-ASCII text as it is, the column view's norm else).
            ok = numVerdict(op, of(normText(raw)), bound) !== negate;
            if (verdicts.size < 100_000) verdicts.set(raw, ok);
          }
          return ok;
        };
      }
      if (g.kind === 'size') {
        const len = lengths(g.column);
        return (p) => g.sizes.has(len[p.r]) !== g.negate;
      }
      if (g.kind === 'flag') {
        // The status flags straight from the household's status (factsOf builds risks and measures too).
        const flag = g.flag;
        if (flag === 'hasMeasures') return (p) => Boolean(factsOf(p.household)[flag]) !== g.negate;
        return (p) => {
          const st = ctx.status(p.household);
          const on =
            flag === 'riskEliminated'
              ? st.riskEliminated === true && st.monitored
              : Boolean((st as unknown as Record<string, unknown>)[flag]);
          return on !== g.negate;
        };
      }
      const { op, value } = g;
      return (_p, age) => age !== undefined && numVerdict(op, age, value);
    };
    // Household records see the first member's age as -1 when it is unknown, so age guards (false on an unknown
    // age) are left out there — inside a disjunction too, where an alternative left without guards drops it.
    const withoutAge = (gs: Guard[]): Guard[] =>
      gs.flatMap((g): Guard[] => {
        if (g.kind === 'age') return [];
        if (g.kind !== 'any') return [g];
        const alts = g.alts.map(withoutAge);
        return alts.every((a) => a.length > 0) ? [{ kind: 'any', alts }] : [];
      });
    const testsOf = (rule: CompiledRule, withAge: boolean) =>
      (withAge ? rule.guards : withoutAge(rule.guards)).map(testOf);
    const passes = (
      tests: ReadonlyArray<(p: PersonRow, age: number | undefined) => boolean>,
      p: PersonRow,
      age: number | undefined,
    ): boolean => {
      for (let i = 0; i < tests.length; i++) if (!tests[i](p, age)) return false;
      return true;
    };
    const ownGetters = (rule: CompiledRule): Array<[string, (p: PersonRow) => string]> =>
      [...rule.record.columns, ...(rule.record.optional ?? [])].map((n) => [n, getter(n)]);
    const rowMap = (
      p: PersonRow,
      of: ReadonlyArray<[string, (p: PersonRow) => string]>,
    ): Record<string, string> => {
      const m: Record<string, string> = {};
      // A member on another sheet (a household split over sheets) reads through that sheet's columns.
      if (p.sheet === sheet) for (let i = 0; i < of.length; i++) m[of[i][0]] = of[i][1](p);
      else for (let i = 0; i < of.length; i++) m[of[i][0]] = valueOf(p.household, p, of[i][0]);
      return m;
    };
    // Person scope: p holds the rule's own columns — most rows reach only the few rules without a guard, and a
    // map of every record's columns per row cost more than the conditions.
    const personPlan = pr.map((rule) => ({
      rule,
      tests: testsOf(rule, true),
      own: ownGetters(rule),
      usesAge: rule.usesAge,
      usesH: rule.usesH,
      usesWork: readsWork(rule),
      condition: rule.condition,
    }));

    // Person scope.
    // Indexed loops: these run rows × records times, and iterator results were 4 % of a check's allocation.
    for (let ri = 0; ri < rows.length; ri++) {
      const p = rows[ri];
      let built = false;
      const age = ctx.ageAt(p.sheet, p.r);
      let hBuilt = false;
      let workBuilt = false;
      for (let k = 0; k < personPlan.length; k++) {
        const { rule, tests, own, usesAge, usesH, usesWork, condition } = personPlan[k];
        if (usesAge && age === undefined) continue;
        if (!passes(tests, p, age)) continue;
        const yields = rule.record.yieldsTo;
        if (yields && yields.some((y) => hasFired(p.sheet, p.r, y))) continue;
        if (!built) {
          evalCtx.age = BigInt(age ?? -1);
          evalCtx.sex = sexOf(p);
          evalCtx.members = [];
          built = true;
        }
        if (usesWork && !workBuilt) {
          evalCtx.nWork = BigInt(nWorkOf(p));
          workBuilt = true;
        }
        if (usesH && !hBuilt) {
          evalCtx.h = factsOf(p.household);
          hBuilt = true;
        }
        evalCtx.p = rowMap(p, own);
        evalCtx.s = rule.params;
        currentRows = [p];
        if (evaluate(rule, condition) === true) emit(rule, p.sheet, p.r, p.household);
      }
    }

    // Household scope: households whose first member sits on this sheet.
    if (hr.length === 0) continue;
    // Household scope: p and the members' maps hold the rule's own columns too; members only for rules that
    // read them.
    const householdPlan = hr.map((rule) => ({
      rule,
      tests: testsOf(rule, false),
      own: ownGetters(rule),
      readsMembers: /\bmembers\b/.test(
        `${rule.record.condition} ${rule.record.message} ${rule.record.cell ?? ''}`,
      ),
    }));
    // Work spells are counted (nWork) only when some household record here reads them.
    const householdWork = hr.some(readsWork);
    for (let ri = 0; ri < rows.length; ri++) {
      const p = rows[ri];
      const h = p.household;
      if (h.members[0] !== p) continue;
      let built = false;
      let memberFacts: Array<Record<string, unknown>> | undefined;
      const age = ctx.ageAt(p.sheet, p.r);
      for (let k = 0; k < householdPlan.length; k++) {
        const { rule, tests, own, readsMembers } = householdPlan[k];
        if (!passes(tests, p, age)) continue;
        const yields = rule.record.yieldsTo;
        if (yields && yields.some((y) => h.members.some((m) => hasFired(m.sheet, m.r, y)))) continue;
        if (!built) {
          evalCtx.age = BigInt(age ?? -1);
          evalCtx.sex = sexOf(p);
          evalCtx.h = factsOf(h);
          if (householdWork) evalCtx.nWork = BigInt(nWorkOf(p));
          built = true;
        }
        // The members' facts only for a record that reads members, once per household.
        if (readsMembers && memberFacts === undefined)
          memberFacts = h.members.map((m) => ({
            age: BigInt(ctx.ageAt(m.sheet, m.r) ?? -1),
            sex: sexOf(m),
            row: BigInt(m.r + 1),
            ...(householdWork ? { nWork: BigInt(nWorkOf(m)) } : {}),
          }));
        evalCtx.p = rowMap(p, own);
        const facts = memberFacts;
        evalCtx.members = readsMembers
          ? h.members.map((m, i) => Object.assign(rowMap(m, own) as Record<string, unknown>, facts![i]))
          : [];
        evalCtx.s = rule.params;
        currentRows = h.members;
        if (evaluate(rule, rule.condition) === true) emit(rule, p.sheet, p.r, h);
      }
    }
  }
  state.fired = () => false;
  errors.push(...failures.values());
}

/** x OP value as CEL judges fn(p[X]) or age (IEEE: every comparison with NaN but != is false). */
function numVerdict(op: CompareOp | 'isNum', x: number, value: number): boolean {
  switch (op) {
    case 'isNum':
      return !Number.isNaN(x);
    case '<':
      return x < value;
    case '<=':
      return x <= value;
    case '>':
      return x > value;
    case '>=':
      return x >= value;
    case '==':
      return x === value;
    default:
      return x !== value;
  }
}

/** A string's length in code points (CEL's size()): a surrogate pair counts once. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** The record reads nWork (its own or a member's): 已外出务工 spells are counted only for such records. */
function readsWork(rule: CompiledRule): boolean {
  return /\bnWork\b/.test(`${rule.record.condition} ${rule.record.message} ${rule.record.cell ?? ''}`);
}

function format(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map(format).join('、');
  return String(v);
}

/** The data date (rules-v2 §0.4 asOf): config asOfDate, else the export's date, else the reference date. */
function asOfDate(ctx: RuleContext): YMD {
  const c = (ctx.config as { asOfDate?: string }).asOfDate;
  const fromConfig = c ? parseDate(c).date : null;
  return fromConfig ?? ctx.dataDate ?? ctx.ref;
}

/** Number of 已外出务工 spells per person (by 人编号, else the first 18 characters of the ID); −1 without a work export. */
function workCounts(ctx: RuleContext): (p: PersonRow) => number {
  const sheets = ctx.ledger.workSheets;
  if (sheets.length === 0) return () => -1;
  const byId = new Map<string, number>();
  const byPid = new Map<string, number>();
  for (const s of sheets) {
    const idView = columnView(s, 'idNumber');
    const pidView = columnView(s, 'personId');
    for (const r of s.dataRows) {
      const pid = pidView?.at(r).text ?? '';
      const id = personKey18(idView?.at(r).raw);
      if (pid) byPid.set(pid, (byPid.get(pid) ?? 0) + 1);
      else if (id) byId.set(id, (byId.get(id) ?? 0) + 1);
      if (pid && id) byId.set(id, (byId.get(id) ?? 0) + 1);
    }
  }
  return (p) => {
    const pid = columnView(p.sheet, 'personId')?.at(p.r).text ?? '';
    if (pid && byPid.has(pid)) return byPid.get(pid)!;
    const id = personKey18(columnView(p.sheet, 'idNumber')?.at(p.r).raw);
    return byId.get(id) ?? 0;
  };
}
