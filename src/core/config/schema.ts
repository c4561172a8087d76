// contract — config (DESIGN.md): every key optional, defaults documented in README and below.
import { z } from 'zod';
import { DEFAULT_LINES } from './povertyLines';
import { issueText } from './messages';
import { configProblems } from './validate';
import { v2SettingsShape } from './v2Settings';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const lineRowSchema = z
  .object({
    /** Region key ('' = national). */
    region: z.string().default(''),
    year: z.number().int(),
    povertyLine: z.number().positive(),
    monitoringLine: z.number().positive().optional(),
  })
  .strict();

export const configSchema = z
  .object({
    /** Income year of the ledger (年度); default: from the ledger, else the reference date's year − 1. */
    year: z.number().int().min(2010).max(2100).optional(),
    /** Province / region key for the line table (e.g. "贵州"). */
    region: z.string().default(''),
    /** Overrides the table's 贫困线 (元 per person per year). */
    povertyLine: z.number().positive().optional(),
    /** Overrides the table's 监测线. */
    monitoringLine: z.number().positive().optional(),
    /** 监测线 = edgeFactor × 贫困线 when the table has no monitoring line. */
    edgeFactor: z.number().positive().default(1.5),
    /** 帮扶责任人 may have at most this many households. */
    helperMaxHouseholds: z.number().int().positive().default(5),
    /** 义务教育 ages [from, to): left-closed. */
    compulsoryEducationAges: z.tuple([z.number().int(), z.number().int()]).default([6, 15]),
    /** Age reference date (YYYY-MM-DD); default: 12-31 of the income year, else today. */
    referenceDate: isoDate.optional(),
    /** 元: a stored figure differs when |stored − recomputed| > tolerance. */
    incomeTolerance: z.number().min(0).default(1),
    /** 公示 at least this many days. */
    publicityMinDays: z.number().int().min(0).default(10),
    /** 产业发展 share of 衔接资金, percent. */
    industryShareMin: z.number().min(0).max(100).default(60),
    /** 贫困发生率 denominator column of the village sheet. */
    incidenceDenominator: z
      .enum(['agriPopulation', 'ruralPopulation', 'totalPopulation', 'residentPopulation'])
      .default('agriPopulation'),
    /** Per-village population when there is no village sheet: { "XX村": 1234 }. */
    villagePopulation: z.record(z.string(), z.number().nonnegative()).default({}),
    /** Which household size divides 纯收入. */
    householdSizeBasis: z.enum(['auto', 'yearSize', 'currentSize', 'memberRows']).default('auto'),
    /** Extra poverty/monitoring line rows (take precedence over the defaults). */
    lines: z.array(lineRowSchema).default([]),
    /** Severity per rule id. */
    severity: z.record(z.string(), severitySchema).default({}),
    /** Rules switched off. */
    disabledRules: z.array(z.string()).default([]),
    /** Extra header synonyms per logical key: { "idNumber": ["身份证"] }. */
    columnSynonyms: z.record(z.string(), z.array(z.string())).default({}),
    /** Code list overrides: { "relationToHead": [...] }. */
    codeLists: z.record(z.string(), z.array(z.string())).default({}),
    /** Income bands (元, left-closed bounds) for 人均纯收入分组表; default derived from the lines. */
    incomeBands: z.array(z.number()).optional(),
    /** 合计 row first or last in summaries. */
    totalsPosition: z.enum(['first', 'last']).default('last'),
    /** 填报单位 for summaries. */
    reportingUnit: z.string().default(''),
    /** 整改时限 = 填报日期 + N days. */
    rectificationDays: z.number().int().min(0).default(30),
    // rules-v2 §25 (config/v2Settings.ts)
    ...v2SettingsShape,
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;

export const defaultConfig: Config = configSchema.parse({});

/**
 * Parses a user config; on failure returns Chinese messages, each naming the setting by its Chinese label and
 * what is allowed (messages.ts), then the problems of a well-typed config that cannot be meant (validate.ts).
 */
export function parseConfig(raw: unknown): { ok: true; config: Config } | { ok: false; errors: string[] } {
  const input = raw ?? {};
  const result = configSchema.safeParse(input);
  if (!result.success) return { ok: false, errors: result.error.issues.flatMap((i) => issueText(i, input)) };
  const problems = configProblems(result.data);
  return problems.length ? { ok: false, errors: problems } : { ok: true, config: result.data };
}

export { DEFAULT_LINES };
