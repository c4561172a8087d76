// Compare findings in the contract shape, with the configured severity and switched-off rules honoured.
import type { Config } from '../config/schema';
import type { CellValue, Finding, ParsedSheet, Severity } from '../types';
import { a1, columnLetter } from '../grid/address';
import { RULES } from '../rules/catalogue';

export interface CompareEmit {
  rule: string;
  sheet: ParsedSheet;
  /** 0-based grid row. */
  r: number;
  /** 0-based column index. */
  c: number;
  message: string;
  householdId?: string;
  value?: CellValue;
}

export type Emitter = (e: CompareEmit) => Finding | null;

export function emitter(config: Config, into: Finding[]): Emitter {
  const disabled = new Set(config.disabledRules);
  return (e) => {
    if (disabled.has(e.rule)) return null;
    const severity: Severity = config.severity[e.rule] ?? RULES[e.rule]?.severity ?? 'warning';
    const f: Finding = {
      sheet: e.sheet.name,
      cell: a1(e.r, e.c),
      row: e.r + 1,
      column: columnLetter(e.c),
      rule: e.rule,
      severity,
      message: e.message,
      ...(e.householdId ? { householdId: e.householdId } : {}),
      ...(e.value !== undefined ? { value: e.value } : {}),
    };
    into.push(f);
    return f;
  };
}
