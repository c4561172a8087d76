// Matching keys for persons across lists and months: the 18-character 公民身份号码 however it was typed
// (15-digit first-generation numbers converted, x/X, spaces, full-width digits, apostrophes, numbers-as-text).
import type { CellValue } from '../types';
import { convert15to18, trimIdText } from '../id/gb11643';
import { normText } from '../grid/normalise';

/** Why a cell gives no key. */
export type IdKeyProblem = 'empty' | 'number-precision' | 'malformed';

export interface IdKey {
  /** 18 characters, upper-case X; null when the cell cannot identify a person. */
  key: string | null;
  problem?: IdKeyProblem;
}

/** The matching key of an ID cell: 18 characters (first 18 of a 20/22-character 残疾人证号). */
export function idKey(v: CellValue | undefined): IdKey {
  if (v === undefined || v === '') return { key: null, problem: 'empty' };
  // A number-typed 18-digit ID kept only 15 significant digits: it matches nobody reliably.
  if (typeof v === 'number' && Math.abs(v) >= 1e15) return { key: null, problem: 'number-precision' };
  const t = trimIdText(v).toUpperCase();
  if (t === '') return { key: null, problem: 'empty' };
  if (/^\d{15}$/.test(t)) return { key: convert15to18(t) };
  if ((t.length === 18 || t.length === 20 || t.length === 22) && /^\d{17}[\dX]/.test(t))
    return { key: t.slice(0, 18) };
  return { key: null, problem: 'malformed' };
}

/** Birth date digits (YYYYMMDD) inside an 18-character key. */
export function birthOfKey(key: string): string {
  return key.slice(6, 14);
}

/** Names compared without spaces, full-width forms or the middle dot variants of minority names. */
export function nameKey(v: CellValue | undefined): string {
  return normText(v).replace(/[·•．.・]/g, '·');
}

/** 18-character key shown masked (first 6, last 4), for exemption labels. */
export function maskKey(key: string): string {
  return key.length > 10 ? key.slice(0, 6) + '*'.repeat(key.length - 10) + key.slice(-4) : key;
}
