// The CEL environment rule records are written in (cel-spec, via @marcbachmann/cel-js): the variables a condition
// sees and the few functions we add. Nothing else is reachable — no I/O, no host objects, no regular expressions
// (matches() is refused at load: a JS RegExp can run for ever on a bad pattern) — and CEL itself has no loops, so
// every condition runs in time bounded by its size and the household's size.
import type { Environment as CelEnvironment } from '@marcbachmann/cel-js';
import { parseDate, type YMD } from '../grid/normalise';
import { splitItems } from '../model/measures';

/** The per-evaluation state the functions read (set by the runner before each evaluation). */
export interface EvalState {
  /** Rule ids fired on the current row / household. */
  fired: (rule: string) => boolean;
}

export const state: EvalState = { fired: () => false };

/** Variables every condition may use (documented in README “县规则包” and /work/coord). */
export const VARIABLES: Record<string, string> = {
  p: 'map',
  age: 'int',
  sex: 'string',
  asOf: 'int',
  refMonth: 'int',
  h: 'map',
  members: 'list',
  nWork: 'int',
  s: 'map',
};

/** Functions added to CEL's standard ones, with their Chinese description (pane, README). */
export const FUNCTIONS: Array<{ signature: string; zh: string }> = [
  { signature: 'num(string): double', zh: '把单元格文字读成数值；不是数值时为 NaN（比较结果为假）' },
  { signature: 'isNum(string): bool', zh: '单元格是否为数值' },
  {
    signature: 'month(string): int',
    zh: '年月序号（年×12+月−1），可读 YYYYMM、YYYYMMDD、YYYY年MM月、日期；读不出为 −1',
  },
  { signature: 'day(string): int', zh: '1970-01-01 起的天数；读不出为 −1' },
  { signature: 'items(string): list<string>', zh: '把多值单元格（以 , ， 、 ; ； 分隔）拆成列表' },
  { signature: 'anyOf(string, list<string>): bool', zh: '多值单元格中有一项等于或包含所列值之一' },
  { signature: 'fired(string): bool', zh: '本行（本户）是否已报出某规则' },
];

/** Month index y×12 + (m−1). */
export const monthIndex = (d: YMD): number => d.y * 12 + d.m - 1;

function dateOf(s: string): YMD | null {
  if (s === '') return null;
  // A date cell read as its serial ("45000") or a number-typed YYYYMM: parseDate decides on the number.
  const asNumber = /^\d{5,8}(\.\d+)?$/.test(s) ? Number(s) : null;
  return parseDate(asNumber ?? s).date;
}

/** CEL's month(): the month index of a date cell, −1 when unreadable (the guards judge with it too). */
export function monthOf(x: string): number {
  const d = dateOf(x);
  return d ? monthIndex(d) : -1;
}

/** CEL's day(): days since 1970-01-01, −1 when unreadable. */
export function dayOf(x: string): number {
  const d = dateOf(x);
  return d ? Math.round(Date.UTC(d.y, d.m - 1, d.d) / 86_400_000) : -1;
}

/** CEL's num(): the guards judge num(p[X]) comparisons with this same function (rulebook/run.ts). */
export function toNumber(s: string): number {
  if (s === '') return NaN;
  const t = s.replace(/,/g, '');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

let env: CelEnvironment | undefined;

/** The environment, built on first use: CEL is loaded only when a rule needs it (start-up of small checks). */
export function celEnvironment(): CelEnvironment {
  if (env) return env;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Environment } = require('@marcbachmann/cel-js') as typeof import('@marcbachmann/cel-js');
  let e = new Environment({
    limits: { maxAstNodes: 500, maxDepth: 40, maxListElements: 200, maxMapEntries: 100, maxCallArguments: 8 },
  });
  for (const [name, type] of Object.entries(VARIABLES)) e = e.registerVariable(name, type);
  e = e
    .registerFunction('num(string): double', (x: string) => toNumber(x))
    .registerFunction('isNum(string): bool', (x: string) => !Number.isNaN(toNumber(x)))
    .registerFunction('month(string): int', (x: string) => BigInt(monthOf(x)))
    .registerFunction('day(string): int', (x: string) => BigInt(dayOf(x)))
    .registerFunction('items(string): list<string>', (x: string) => splitItems(x))
    .registerFunction('anyOf(string, list<string>): bool', (x: string, values: string[]) => {
      if (x === '') return false;
      const its = splitItems(x);
      return its.some((it) => values.some((v) => it === v || it.includes(v)));
    })
    .registerFunction('fired(string): bool', (rule: string) => state.fired(rule));
  env = e;
  return e;
}
