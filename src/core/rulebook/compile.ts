// Compiles a rule record once per run: the condition, the message placeholders and the cell expression are parsed
// and type-checked by CEL, every column the expressions read is checked against the record's `columns`, and the
// leading conjuncts that only compare a cell, a household flag or the age with literals become plain JS guards —
// most rows fail a guard, so CEL runs only for the few rows a rule could fire on.
import { normText } from '../grid/normalise';
import { COLUMN_BY_KEY, COLUMN_DEFS } from '../profiles/synonyms';
import { celEnvironment } from './env';
import type { RuleRecord } from './types';

/** A compiled CEL expression: call with the evaluation context. */
export type CelFn = (ctx: Record<string, unknown>) => unknown;

/** A cheap pre-test of a row: false means the condition is certainly false. */
export type Guard =
  | { kind: 'cell'; column: string; values: ReadonlySet<string>; negate: boolean }
  | { kind: 'flag'; flag: string; negate: boolean }
  /** p[X].size() (or size(p[X])) in a list of lengths / == / != a length, in code points as CEL counts. */
  | { kind: 'size'; column: string; sizes: ReadonlySet<number>; negate: boolean }
  /** A disjunction: some alternative's guards all pass. */
  | { kind: 'any'; alts: Guard[][] }
  | { kind: 'age'; op: CompareOp; value: number }
  /**
   * num / month / day of p[X] compared with a number literal, a number setting, asOf or refMonth, or isNum(p[X])
   * (op 'isNum'): judged per distinct value with the very function CEL runs, so it is equivalent to its conjunct
   * and may be negated.
   */
  | {
      kind: 'num';
      fn: NumFn;
      column: string;
      op: CompareOp | 'isNum';
      value: number | 'asOf' | 'refMonth';
      negate: boolean;
    }
  /**
   * The household's risk or measure list holds the literal ("X" in h.risks, match 'in') or an item containing it
   * (h.measures.exists(x, x.contains("X")), match 'contains').
   */
  | { kind: 'hlist'; list: 'risks' | 'measures'; match: 'in' | 'contains'; value: string; negate: boolean };

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
/** The cell functions a numeric guard may judge: num() is a double, month() and day() are ints. */
export type NumFn = 'num' | 'month' | 'day';

export interface CompiledRule {
  record: RuleRecord;
  /** Source of the record ('national' for the built-in pack, else the pack's name). */
  pack: string;
  condition: CelFn;
  guards: Guard[];
  /** Message: literal parts and compiled placeholders, alternating (literal, expr, literal, …). */
  message: Array<string | CelFn>;
  /** Column named by `cell`, or a CEL expression giving it. */
  cell: string | CelFn;
  usesAge: boolean;
  /** The condition, message or cell reads `h` (household facts are built only for rules that do). */
  usesH: boolean;
  params: Record<string, unknown>;
}

/** A problem found while compiling, in Chinese, with where it is (1-based line and column in the expression). */
export class RuleCompileError extends Error {
  constructor(
    readonly ruleId: string,
    readonly field: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      `规则“${ruleId}”的${FIELD_NAMES[field] ?? field}${line !== undefined ? `（第${line}行第${column}列）` : ''}：${detail}`,
    );
  }
}

const FIELD_NAMES: Record<string, string> = {
  condition: '条件（condition）',
  message: '提示语（message）',
  cell: '定位列（cell）',
  columns: '所需列（columns）',
};

/** Names a member map has besides the record's columns. */
const MEMBER_FIELDS = new Set(['age', 'sex', 'row', 'nWork']);
const H_FIELDS = new Set([
  'exited',
  'monitored',
  'riskOpen',
  'riskEliminated',
  'covered',
  'category',
  'size',
  'risks',
  'measures',
  'hasMeasures',
]);
const H_FLAGS = new Set(['exited', 'monitored', 'riskOpen', 'riskEliminated', 'covered', 'hasMeasures']);

/** Whether a column name is one the product knows: a logical key or a header synonym. */
export function knownColumn(name: string): boolean {
  if (COLUMN_BY_KEY[name]) return true;
  const t = normText(name);
  return COLUMN_DEFS.some((d) => d.headers.some((h) => normText(h) === t));
}

interface Node {
  op: string;
  args: unknown;
  pos: number;
}
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && 'op' in x && 'pos' in x;

function lineCol(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}

/** Parses and checks one expression; throws RuleCompileError in Chinese. */
function compileExpr(
  rec: RuleRecord,
  field: string,
  text: string,
  declared: Set<string>,
  trusted = false,
): { fn: CelFn; ast: Node } {
  const env = celEnvironment();
  let parsed: { ast: unknown } & CelFn;
  try {
    parsed = env.parse(text) as unknown as { ast: unknown } & CelFn;
  } catch (e) {
    throw fromCelError(rec, field, text, e);
  }
  const ast = parsed.ast as Node;
  // The built-in pack is checked by the tests (test/rulebook/core.test.ts compiles every record in full).
  if (trusted) return { fn: parsed, ast };
  walk(ast, (n) => {
    // Only computed for a node that is an error (every node of every record is visited at each run).
    const where = {
      get line() {
        return lineCol(text, n.pos).line;
      },
      get column() {
        return lineCol(text, n.pos).column;
      },
    };
    if (n.op === 'rcall' || n.op === 'call') {
      const name = (n.args as unknown[])[0];
      if (name === 'matches')
        throw new RuleCompileError(
          rec.id,
          field,
          '不支持正则表达式 matches()，请改用 contains()、startsWith()、endsWith() 或 anyOf()。',
          where.line,
          where.column,
        );
    }
    const col = columnRef(n);
    if (col === null) return;
    if (col.on === 'p' && !declared.has(col.name))
      throw new RuleCompileError(
        rec.id,
        field,
        `使用了未在 columns 或 optional 中列出的列“${col.name}”。请把它加入 columns（必需）或 optional（可缺）。`,
        where.line,
        where.column,
      );
    if (col.on === 'h' && !H_FIELDS.has(col.name))
      throw new RuleCompileError(
        rec.id,
        field,
        `h 没有“${col.name}”这一项；可用：${[...H_FIELDS].join('、')}。`,
        where.line,
        where.column,
      );
  });
  // The parsed expression's own check reuses its AST (env.check(text) would parse the text again).
  const checked = (parsed as unknown as { check(): { valid: boolean; error?: unknown } }).check();
  if (!checked.valid) throw fromCelError(rec, field, text, checked.error);
  return { fn: parsed, ast };
}

/** p["X"], p.X, h.X, or m["X"] inside a macro over members (any other map index is not a column). */
function columnRef(n: Node): { on: 'p' | 'h' | 'member'; name: string } | null {
  const args = n.args as unknown[];
  if (n.op !== '[]' && n.op !== '.') return null;
  const target = args[0];
  if (!isNode(target) || target.op !== 'id') return null;
  const key = n.op === '.' ? args[1] : isNode(args[1]) && args[1].op === 'value' ? args[1].args : null;
  if (typeof key !== 'string') return null;
  const id = target.args as string;
  if (id === 'p') return { on: 'p', name: key };
  if (id === 'h') return { on: 'h', name: key };
  return null;
}

function walk(n: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(n)) {
    for (const x of n) walk(x, visit);
    return;
  }
  if (!isNode(n)) return;
  visit(n);
  walk(n.args, visit);
}

function usesIdentifier(ast: Node, name: string): boolean {
  let found = false;
  walk(ast, (n) => {
    if (n.op === 'id' && n.args === name) found = true;
  });
  return found;
}

/** Member map keys used in macros over `members` must be declared columns or member fields. */
function checkMemberKeys(
  rec: RuleRecord,
  field: string,
  text: string,
  ast: Node,
  declared: Set<string>,
): void {
  walk(ast, (n) => {
    if (n.op !== 'rcall') return;
    const [, target, body] = n.args as [string, unknown, unknown[]];
    if (!isNode(target) || target.op !== 'id' || target.args !== 'members') return;
    const v = body?.[0];
    if (!isNode(v) || v.op !== 'id') return;
    const name = v.args as string;
    walk(body.slice(1), (m) => {
      if (m.op !== '[]' && m.op !== '.') return;
      const a = m.args as unknown[];
      if (!isNode(a[0]) || a[0].op !== 'id' || a[0].args !== name) return;
      const key = m.op === '.' ? a[1] : isNode(a[1]) && a[1].op === 'value' ? a[1].args : null;
      if (typeof key === 'string' && !declared.has(key) && !MEMBER_FIELDS.has(key)) {
        const where = lineCol(text, m.pos);
        throw new RuleCompileError(
          rec.id,
          field,
          `成员的“${key}”未在 columns 或 optional 中列出（成员另有 age、sex、row、nWork）。`,
          where.line,
          where.column,
        );
      }
    });
  });
}

function fromCelError(rec: RuleRecord, field: string, text: string, e: unknown): RuleCompileError {
  const err = e as { message?: string; node?: { pos?: number } };
  const raw = String(err?.message ?? e).split('\n')[0];
  const pos = err?.node?.pos;
  const where = pos !== undefined ? lineCol(text, pos) : undefined;
  return new RuleCompileError(rec.id, field, celMessageZh(raw), where?.line, where?.column);
}

/** CEL's English messages, said in Chinese (the English kept in brackets for the technically minded). */
function celMessageZh(raw: string): string {
  let m: RegExpExecArray | null;
  if ((m = /found no matching overload for '([A-Za-z_][\w]*)\(/.exec(raw)))
    return `未知的函数“${m[1]}”，或参数类型不对（${raw}）。可用函数见 README“县规则包”。`;
  if ((m = /Unknown variable: (\S+)/i.exec(raw)))
    return `未知的名称“${m[1]}”（${raw}）。可用：p、age、sex、asOf、refMonth、h、members、s。`;
  if (/Unexpected token|Unexpected character|Expected/i.test(raw)) return `语法错误（${raw}）。`;
  if (/no such overload|no matching overload/i.test(raw))
    return `运算的类型不匹配（${raw}）。比较数值请用 num(p["列名"])。`;
  return `无法解析（${raw}）。`;
}

/** Splits "文字{expr}文字" into parts; braces inside an expression must balance. */
function templateParts(
  rec: RuleRecord,
  template: string,
): Array<{ text: string; expr: boolean; pos: number }> {
  const out: Array<{ text: string; expr: boolean; pos: number }> = [];
  let i = 0;
  let lit = '';
  while (i < template.length) {
    const ch = template[i];
    if (ch !== '{') {
      lit += ch;
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    let quote = '';
    for (; j < template.length && depth > 0; j++) {
      const c = template[j];
      if (quote) {
        if (c === quote && template[j - 1] !== '\\') quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    if (depth > 0) {
      const where = lineCol(template, i);
      throw new RuleCompileError(rec.id, 'message', '“{”没有配对的“}”。', where.line, where.column);
    }
    out.push({ text: lit, expr: false, pos: 0 });
    lit = '';
    out.push({ text: template.slice(i + 1, j - 1), expr: true, pos: i + 1 });
    i = j;
  }
  out.push({ text: lit, expr: false, pos: 0 });
  return out;
}

/** Leading && conjuncts that are literal comparisons, as guards. */
function guardsOf(ast: Node, params: Record<string, unknown>): Guard[] {
  const conj: Node[] = [];
  const flatten = (n: Node) => {
    if (n.op === '&&') for (const a of n.args as Node[]) flatten(a);
    else conj.push(n);
  };
  flatten(ast);
  const out: Guard[] = [];
  for (const c of conj) {
    const g = guardOf(c, params);
    if (g) out.push(g);
  }
  return out;
}

const stringLit = (n: unknown): string | null =>
  isNode(n) && n.op === 'value' && typeof n.args === 'string' ? n.args : null;

/** A number literal, or a number setting `s.name` (its value is fixed for the run once config is applied). */
function numberOf(n: unknown, params: Record<string, unknown>): number | null {
  if (!isNode(n)) return null;
  if (n.op === 'value' && typeof n.args === 'bigint') return Number(n.args);
  if (n.op !== '.') return null;
  const [target, name] = n.args as [unknown, unknown];
  if (!isNode(target) || target.op !== 'id' || target.args !== 's' || typeof name !== 'string') return null;
  const v = params[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * A conjunct that is false on an empty cell: num(p[X]) compared by < <= > >= == with anything (num("") is NaN, and
 * every such comparison with NaN is false; != is not among them). isNum(p[X]) is an exact guard (numGuardOf).
 */
function filledColumnOf(n: Node): string | null {
  if (!['<', '<=', '>', '>=', '=='].includes(n.op)) return null;
  const [a, b] = n.args as unknown[];
  const at = fnColumnOf(a) ?? fnColumnOf(b);
  return at?.fn === 'num' ? at.column : null;
}

/** A setting `s.name` whose value is a list of strings. */
function stringListOf(n: unknown, params: Record<string, unknown>): string[] | null {
  if (!isNode(n) || n.op !== '.') return null;
  const [target, name] = n.args as [unknown, unknown];
  if (!isNode(target) || target.op !== 'id' || target.args !== 's' || typeof name !== 'string') return null;
  const v = params[name];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
}

/**
 * A guard equivalent to the conjunct (a cell compared with literals, a length, a status flag, a number or date
 * compared with a fixed one, a household list holding a literal): its negation is a guard too. The other guards
 * (guardOf) are only implied by their conjunct and must never be negated.
 */
function exactGuardOf(n: Node, params: Record<string, unknown>): Guard | null {
  const args = n.args as unknown[];
  if (n.op === '!_' && isNode(args)) {
    const inner = exactGuardOf(args as unknown as Node, params);
    if (inner && inner.kind !== 'any' && inner.kind !== 'age') return { ...inner, negate: !inner.negate };
    return null;
  }
  const numeric = numGuardOf(n, params);
  if (numeric) return numeric;
  const contains = containsGuardOf(n);
  if (contains) return contains;
  const size = sizeGuardOf(n);
  if (size) return size;
  if (n.op === '.') {
    const ref = columnRef(n);
    if (ref?.on === 'h' && H_FLAGS.has(ref.name)) return { kind: 'flag', flag: ref.name, negate: false };
    return null;
  }
  if (n.op === '==' || n.op === '!=') {
    const [a, b] = args as Node[];
    const ref = columnRef(a) ?? columnRef(b);
    const lit = stringLit(b) ?? stringLit(a);
    if (ref?.on === 'p' && lit !== null)
      return { kind: 'cell', column: ref.name, values: new Set([lit]), negate: n.op === '!=' };
  }
  if (n.op === 'in') {
    const [a, b] = args as Node[];
    const lit = stringLit(a);
    const hl = isNode(b) ? columnRef(b) : null;
    if (lit !== null && hl?.on === 'h' && (hl.name === 'risks' || hl.name === 'measures'))
      return { kind: 'hlist', list: hl.name, match: 'in', value: lit, negate: false };
    const ref = columnRef(a);
    if (ref?.on === 'p' && isNode(b) && b.op === 'list') {
      const values = (b.args as unknown[]).map(stringLit);
      if (values.every((v): v is string => v !== null))
        return { kind: 'cell', column: ref.name, values: new Set(values), negate: false };
    }
    // p[X] in s.list: a list setting is as fixed for the run as a literal.
    const list = ref?.on === 'p' ? stringListOf(b, params) : null;
    if (ref && list) return { kind: 'cell', column: ref.name, values: new Set(list), negate: false };
  }
  return null;
}

function guardOf(n: Node, params: Record<string, unknown>): Guard | null {
  const exact = exactGuardOf(n, params);
  if (exact) return exact;
  const args = n.args as unknown[];
  if (n.op === '||') {
    // Each alternative must have a guard of its own, else any row could satisfy the disjunction.
    const alts = (args as Node[]).map((a) => guardsOf(a, params));
    return alts.every((a) => a.length > 0) ? { kind: 'any', alts } : null;
  }
  const filled = filledColumnOf(n);
  if (filled !== null) return { kind: 'cell', column: filled, values: new Set(['']), negate: true };
  if (['<', '<=', '>', '>=', '==', '!='].includes(n.op)) {
    const [a, b] = args as Node[];
    const value = isNode(a) && a.op === 'id' && a.args === 'age' ? numberOf(b, params) : null;
    if (value !== null) return { kind: 'age', op: n.op as CompareOp, value };
  }
  return null;
}

const FLIPPED: Record<CompareOp, CompareOp> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '==': '==',
  '!=': '!=',
};

/** h.risks / h.measures .exists(x, x.contains("X")): an item of the household's list contains the literal. */
function containsGuardOf(n: Node): Guard | null {
  if (n.op !== 'rcall') return null;
  const [name, target, body] = n.args as [unknown, unknown, unknown];
  if (name !== 'exists' || !Array.isArray(body) || body.length !== 2) return null;
  const list = isNode(target) ? columnRef(target) : null;
  if (list?.on !== 'h' || (list.name !== 'risks' && list.name !== 'measures')) return null;
  const [v, test] = body as unknown[];
  if (!isNode(v) || v.op !== 'id' || !isNode(test) || test.op !== 'rcall') return null;
  const [fn, on, args] = test.args as [unknown, unknown, unknown];
  const lit = Array.isArray(args) && args.length === 1 ? stringLit(args[0]) : null;
  if (fn !== 'contains' || !isNode(on) || on.op !== 'id' || on.args !== v.args || lit === null) return null;
  return { kind: 'hlist', list: list.name, match: 'contains', value: lit, negate: false };
}

/** num(p[X]), month(p[X]) or day(p[X]): the function and the column. */
function fnColumnOf(n: unknown): { fn: NumFn; column: string } | null {
  if (!isNode(n) || n.op !== 'call') return null;
  const [name, a] = n.args as [unknown, unknown];
  if ((name !== 'num' && name !== 'month' && name !== 'day') || !Array.isArray(a) || a.length !== 1)
    return null;
  const ref = columnRef(a[0] as Node);
  return ref?.on === 'p' ? { fn: name, column: ref.name } : null;
}

/**
 * What fn(p[X]) may be compared with for a guard: a number literal, a number setting, asOf or refMonth. CEL has
 * no double == int (it fails at run time, and that failure is reported), so == and != take only an operand of
 * the function's own type (num: a double literal or setting; month / day: an int literal, asOf, refMonth); such
 * a record stays unguarded otherwise.
 */
function boundOf(
  n: unknown,
  params: Record<string, unknown>,
  op: CompareOp,
  fn: NumFn,
): number | 'asOf' | 'refMonth' | null {
  if (!isNode(n)) return null;
  const eq = op === '==' || op === '!=';
  const isInt = fn !== 'num';
  if (n.op === 'id' && (n.args === 'asOf' || n.args === 'refMonth')) return eq && !isInt ? null : n.args;
  if (n.op === 'value' && typeof n.args === 'number') return eq && isInt ? null : n.args;
  const int = intLit(n);
  if (int !== null) return eq && !isInt ? null : int;
  const setting = numberOf(n, params); // a JS number: a double in CEL
  return setting !== null && eq && isInt ? null : setting;
}

/** isNum(p[X]), or num / month / day of p[X] compared with a fixed number (either side): an exact guard. */
function numGuardOf(n: Node, params: Record<string, unknown>): Guard | null {
  const args = n.args as unknown[];
  if (n.op === 'call' && args[0] === 'isNum' && Array.isArray(args[1]) && args[1].length === 1) {
    const ref = columnRef(args[1][0] as Node);
    return ref?.on === 'p'
      ? { kind: 'num', fn: 'num', column: ref.name, op: 'isNum', value: 0, negate: false }
      : null;
  }
  if (!Object.hasOwn(FLIPPED, n.op)) return null;
  const [a, b] = args;
  const op = n.op as CompareOp;
  const left = fnColumnOf(a);
  const right = left === null ? fnColumnOf(b) : null;
  const at = left ?? right;
  if (at === null) return null;
  const value = boundOf(left ? b : a, params, op, at.fn);
  if (value === null) return null;
  return { kind: 'num', fn: at.fn, column: at.column, op: left ? op : FLIPPED[op], value, negate: false };
}

/** The column whose length `n` is: p[X].size() or size(p[X]). */
function sizeOf(n: unknown): string | null {
  if (!isNode(n)) return null;
  const args = n.args as unknown[];
  const target =
    n.op === 'rcall' && args[0] === 'size' && Array.isArray(args[2]) && args[2].length === 0
      ? args[1]
      : n.op === 'call' && args[0] === 'size' && Array.isArray(args[1]) && args[1].length === 1
        ? (args[1] as unknown[])[0]
        : null;
  const ref = isNode(target) ? columnRef(target) : null;
  return ref?.on === 'p' ? ref.name : null;
}

const intLit = (n: unknown): number | null =>
  isNode(n) && n.op === 'value' && typeof n.args === 'bigint' ? Number(n.args) : null;

function sizeGuardOf(n: Node): Guard | null {
  if (n.op !== 'in' && n.op !== '==' && n.op !== '!=') return null;
  const [a, b] = n.args as unknown[];
  const column = sizeOf(a);
  if (column === null) return null;
  if (n.op === 'in') {
    if (!isNode(b) || b.op !== 'list') return null;
    const sizes = (b.args as unknown[]).map(intLit);
    if (!sizes.every((x): x is number => x !== null)) return null;
    return { kind: 'size', column, sizes: new Set(sizes), negate: false };
  }
  const v = intLit(b);
  return v === null ? null : { kind: 'size', column, sizes: new Set([v]), negate: n.op === '!=' };
}

/** Compiles a record; `overrides` are config values for the record's params (same key). */
export function compileRule(
  rec: RuleRecord,
  pack: string,
  overrides: Record<string, unknown> = {},
  /** A built-in record: parsed only, without the column and type checks a county pack gets. */
  trusted = false,
): CompiledRule {
  if (rec.columns.length === 0 && rec.scope === 'person' && !rec.cell)
    throw new RuleCompileError(rec.id, 'columns', '至少列出一列（规则读取的列）。');
  const declared = new Set([...rec.columns, ...(rec.optional ?? [])]);
  const cond = compileExpr(rec, 'condition', rec.condition, declared, trusted);
  if (!trusted) checkMemberKeys(rec, 'condition', rec.condition, cond.ast, declared);
  let usesAge = usesIdentifier(cond.ast, 'age');
  let usesH = usesIdentifier(cond.ast, 'h');
  const message: Array<string | CelFn> = [];
  for (const part of templateParts(rec, rec.message)) {
    if (!part.expr) {
      message.push(part.text);
      continue;
    }
    const e = compileExpr(rec, 'message', part.text, declared, trusted);
    if (!trusted) checkMemberKeys(rec, 'message', part.text, e.ast, declared);
    usesAge ||= usesIdentifier(e.ast, 'age');
    usesH ||= usesIdentifier(e.ast, 'h');
    message.push(e.fn);
  }
  let cell: string | CelFn = rec.cell ?? rec.columns[0] ?? '';
  if (typeof rec.cell === 'string' && rec.cell.startsWith('=')) {
    const c = compileExpr(rec, 'cell', rec.cell.slice(1), declared, trusted);
    usesH ||= usesIdentifier(c.ast, 'h');
    cell = c.fn;
  }
  const params: Record<string, unknown> = { ...(rec.params ?? {}) };
  for (const k of Object.keys(params)) if (overrides[k] !== undefined) params[k] = overrides[k];
  return {
    record: rec,
    pack,
    condition: cond.fn,
    guards: guardsOf(cond.ast, params),
    message,
    cell,
    usesAge,
    usesH,
    params,
  };
}
