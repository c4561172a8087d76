// contract — rule records (规则记录): the one format of the built-in national v2 pack and of county packs
// (县规则包). A record is data: its condition is a CEL expression (cel-spec) compiled once per run by
// rulebook/compile.ts and evaluated per person row or per household. README "县规则包" documents it for clerks.
import type { Severity } from '../types';

/** person: once per person row; household: once per household (at its first member row). */
export type RuleScope = 'person' | 'household';

/** A parameter value: numbers, strings and lists of them (age bands are lists of small objects). */
export type ParamValue =
  number | string | boolean | Array<number | string> | Array<Record<string, number | string | string[]>>;

export interface RuleRecord {
  /** Rule id, e.g. "edu.attainment-age" (national) or "county.xxx" (a pack; any id not in the catalogue). */
  id: string;
  /** 错误类型 — the short Chinese name shown in lists and 问题汇总. */
  title: string;
  severity: Severity;
  scope: RuleScope;
  /**
   * Columns the rule reads, by logical key ("schoolStatus") or Chinese header ("在校生状况"). When the sheet lacks
   * one, the rule is skipped there with one sheet.column-missing naming it.
   */
  columns: string[];
  /** Columns read when present ("" when the sheet lacks them); the rule still runs without them. */
  optional?: string[];
  /** Companion exports the rule needs ('work' | 'workPlan' | 'village'); skipped with sheet.companion-missing. */
  needs?: Array<'work' | 'workPlan' | 'village'>;
  /** CEL expression → bool; true means the rule fires. See rulebook/env.ts for the variables and functions. */
  condition: string;
  /** The column the finding points at (key or header); default: columns[0]. A CEL string expression when it
   * starts with "=" (e.g. "=v('证件类型') != '' ? '证件类型' : '证件号码'"). */
  cell?: string;
  /** Message template: {CEL expression} placeholders, e.g. "{p['姓名']}（{age}岁）…". */
  message: string;
  /** Defaults of the rule's settings (rules-v2 §25); a config key of the same name overrides. In CEL: s.name. */
  params?: Record<string, ParamValue>;
  /** Not emitted on a row/household where one of these rules fired (rules-v2 "not emitted when …"). */
  yieldsTo?: string[];
  /** Why this severity (rules-v2 "Why warning"), for the pane's rule list. */
  why?: string;
  /** Where the condition comes from (rules-v2 evidence tags). */
  evidence?: string;
}

/** A rule pack file (县规则.json): a name, optional notes, and its records. */
export interface RulePack {
  name: string;
  version?: string;
  description?: string;
  rules: RuleRecord[];
}
