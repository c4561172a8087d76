// Household income recomputed in integer 分 (formulas.md §2): 年收入 = 工资性 + 生产经营性 + 财产性 + 转移性,
// 纯收入 = 年收入 − 生产经营性支出, 人均纯收入 = 纯收入 ÷ household size, rounded half away from zero to 分.
import type { Config } from '../config/schema';
import type { CellValue } from '../types';
import { parseNumber, plainDecimal, toFen } from '../grid/normalise';
import { hcell, HouseholdFields, type HouseholdRec } from '../model/ledger';
import {
  ALL_COMPONENTS,
  INCOME_COMPONENTS,
  EXPENSE_COMPONENT,
  type ComponentKey,
} from '../profiles/incomeItems';

export type SizeBasis = 'yearSize' | 'currentSize' | 'memberRows';

/** Chinese names of the size candidates, for messages. */
export const SIZE_BASIS_LABEL: Record<SizeBasis, string> = {
  yearSize: '年度家庭人口数',
  currentSize: '家庭人口数',
  memberRows: '成员记录数',
};

export interface SizeCandidates {
  /** 年度家庭人口数 (income year). */
  yearSize: number | null;
  /** 家庭人口数 / 人数 / 当前家庭人口数. */
  currentSize: number | null;
  /** Member rows in the ledger (null when the household has none). */
  memberRows: number | null;
}

export interface HouseholdIncome {
  /** Components read from the household fields, in 分 (absent or empty cells left out). */
  componentsFen: Partial<Record<ComponentKey, number>>;
  /** At least one component cell holds a number, and none holds an unreadable value. */
  fromComponents: boolean;
  /** Component cells that hold something other than a number ("约3000"): the recomputation is skipped. */
  unreadable: ComponentKey[];
  grossFen: number | null;
  /** Recomputed 纯收入 (components), else the stored one. */
  netFen: number | null;
  netSource: 'components' | 'stored' | null;
  /** Stored figures, 分. */
  storedGrossFen: number | null;
  storedNetFen: number | null;
  storedPerCapitaFen: number | null;
  /** Size used for 人均 (per config.householdSizeBasis) and which candidate it was. */
  size: number | null;
  sizeBasis: SizeBasis | null;
  sizes: SizeCandidates;
  /** 纯收入 ÷ size in 分 (half away from zero); the stored 人均 when there is nothing to divide. */
  perCapitaFen: number | null;
  perCapitaSource: 'computed' | 'stored' | null;
}

/** A readable number in 元 (plain or text with no foreign unit), or null. */
export function amountOf(v: CellValue | undefined): number | null {
  // Plain numbers and plain decimal text (most amount cells) without building a ParsedNumber.
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === undefined || v === '') return null;
  if (typeof v === 'string' && plainDecimal(v)) return Number(v);
  const p = parseNumber(v);
  if (p.kind !== 'number' && p.kind !== 'text-number') return null;
  if (p.unit === '%') return null;
  return p.unit === '万元' ? (p.value as number) * 10_000 : p.value;
}

/** True when the cell holds something that is neither empty nor a number. */
export function unreadableAmount(v: CellValue | undefined): boolean {
  // Plain numbers and blanks (nearly every amount cell) without building a ParsedNumber; same answers.
  if (typeof v === 'number') return !Number.isFinite(v);
  if (v === undefined || v === '') return false;
  if (typeof v === 'string' && plainDecimal(v)) return false;
  const p = parseNumber(v);
  return p.kind === 'invalid' || p.kind === 'error' || p.unit === '%';
}

/** n ÷ d for integers, rounded half away from zero (Excel ROUND on the exact quotient). */
export function divRoundHalfAway(n: number, d: number): number {
  if (d === 0) throw new RangeError('division by zero');
  const sign = Math.sign(n) * Math.sign(d);
  const an = Math.abs(n);
  const ad = Math.abs(d);
  const q = Math.floor((2 * an + ad) / (2 * ad));
  return sign * q || 0;
}

/** 纯收入 (分) ÷ persons → 人均 in 分, half away from zero. */
export function perCapitaOf(netFen: number, size: number): number {
  return Number.isInteger(size) ? divRoundHalfAway(netFen, size) : Math.round(netFen / size);
}

const fenOf = (v: CellValue | undefined): number | null => {
  const a = amountOf(v);
  return a === null ? null : toFen(a);
};

/** A usable person count: a positive whole number. */
function countOf(v: CellValue | undefined): number | null {
  const n = amountOf(v);
  return n !== null && n > 0 && Number.isInteger(n) ? n : null;
}

export function sizeCandidates(h: HouseholdRec): SizeCandidates {
  return {
    yearSize: countOf(hcell(h, 'householdSizeYear')),
    currentSize: countOf(hcell(h, 'householdSize')),
    memberRows: h.members.length > 0 ? h.members.length : null,
  };
}

/** The size that divides, per config.householdSizeBasis ('auto': 年度 → 当前 → member rows, formulas.md §2.3). */
export function chooseSize(
  sizes: SizeCandidates,
  basis: Config['householdSizeBasis'],
): { size: number | null; basis: SizeBasis | null } {
  const order: SizeBasis[] = basis === 'auto' ? ['yearSize', 'currentSize', 'memberRows'] : [basis];
  for (const b of order) {
    const s = sizes[b];
    if (s !== null) return { size: s, basis: b };
  }
  return { size: null, basis: null };
}

// The income rules and the figures read the same household: computed once per household (for the basis last
// asked; an analysis uses one).
export function householdIncome(h: HouseholdRec, basis: Config['householdSizeBasis']): HouseholdIncome {
  const memo = h.memo;
  if (memo.incomeBasis === basis) return memo.income as HouseholdIncome;
  const inc = computeHouseholdIncome(h, basis);
  memo.income = inc;
  memo.incomeBasis = basis;
  return inc;
}

// The household fields income reads, in one HouseholdFields (components first, in ALL_COMPONENTS order).
const STORED_KEYS = ['grossIncome', 'netIncome', 'perCapitaNetIncome', 'householdSizeYear', 'householdSize'];
const INCOME_FIELDS = new HouseholdFields([...ALL_COMPONENTS, ...STORED_KEYS]);
const NC = ALL_COMPONENTS.length;

function computeHouseholdIncome(h: HouseholdRec, basis: Config['householdSizeBasis']): HouseholdIncome {
  const v = INCOME_FIELDS.read(h);
  const componentsFen: Partial<Record<ComponentKey, number>> = {};
  const unreadable: ComponentKey[] = [];
  let nComponents = 0;
  for (let i = 0; i < NC; i++) {
    const key = ALL_COMPONENTS[i];
    // undefined exactly when no row of the household has the column.
    const raw = v[i];
    if (raw === undefined) continue;
    if (unreadableAmount(raw)) unreadable.push(key);
    const fen = fenOf(raw);
    if (fen !== null) {
      componentsFen[key] = fen;
      nComponents++;
    }
  }
  const fromComponents = nComponents > 0 && unreadable.length === 0;
  let grossFen: number | null = null;
  let computedNet: number | null = null;
  if (fromComponents) {
    // Blank components count as 0 once any component is filled.
    grossFen = INCOME_COMPONENTS.reduce((s, k) => s + (componentsFen[k] ?? 0), 0);
    computedNet = grossFen - (componentsFen[EXPENSE_COMPONENT] ?? 0);
  }
  const storedGrossFen = fenOf(v[NC]);
  const storedNetFen = fenOf(v[NC + 1]);
  const storedPerCapitaFen = fenOf(v[NC + 2]);
  const netFen = computedNet ?? storedNetFen;
  const netSource = computedNet !== null ? 'components' : storedNetFen !== null ? 'stored' : null;

  const sizes: SizeCandidates = {
    yearSize: countOf(v[NC + 3]),
    currentSize: countOf(v[NC + 4]),
    memberRows: h.members.length > 0 ? h.members.length : null,
  };
  const chosen = chooseSize(sizes, basis);
  let perCapitaFen: number | null = null;
  let perCapitaSource: HouseholdIncome['perCapitaSource'] = null;
  if (netFen !== null && chosen.size !== null) {
    perCapitaFen = perCapitaOf(netFen, chosen.size);
    perCapitaSource = 'computed';
  } else if (storedPerCapitaFen !== null) {
    // Nothing to divide (e.g. the 2016 名单 export carries only 人均纯收入): keep the stored figure.
    perCapitaFen = storedPerCapitaFen;
    perCapitaSource = 'stored';
  }
  return {
    componentsFen,
    fromComponents,
    unreadable,
    grossFen,
    netFen,
    netSource,
    storedGrossFen,
    storedNetFen,
    storedPerCapitaFen,
    size: chosen.size,
    sizeBasis: chosen.basis,
    sizes,
    perCapitaFen,
    perCapitaSource,
  };
}

/** 分 → 元 (exact for integer 分 up to 2^53). */
export const yuan = (fen: number): number => fen / 100;

/** 分 → "1234.50" for messages. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
