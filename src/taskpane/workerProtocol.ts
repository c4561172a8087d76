// Messages between the pane and the engine worker (see engine.worker.ts).
import type { Finding, HouseholdFigure, Report, SheetInput } from '../core/types';

/** Rows or list items per message: small enough that copying one never holds the UI thread for long. */
export const SLICE = 1500;

export type ToWorker =
  | { type: 'rows'; sheet: string; rows: SheetInput['values'] }
  | { type: 'run'; sheets: Array<Omit<SheetInput, 'values'>>; config: unknown };

export type FromWorker =
  | { type: 'phase'; phase: string; done: number; total: number }
  | { type: 'part'; key: 'findings'; items: Finding[] }
  | { type: 'part'; key: 'households'; items: HouseholdFigure[] }
  | { type: 'done'; report: Report; fingerprint: string }
  | { type: 'error'; message: string };
