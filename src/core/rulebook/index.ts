// The rulebook module of the engine: the built-in national pack plus the county packs the clerk loaded, compiled
// once per run (config values of a record's params override its defaults), then run over the ledger.
import type { RuleContext } from '../rules/context';
import { NATIONAL_PACK } from './national';
import { registerRule } from '../rules/catalogue';
import { compileRule, type CompiledRule } from './compile';
import { runRecords, type RuleRunError } from './run';
import type { RulePack, RuleRecord } from './types';

export type { RulePack, RuleRecord } from './types';

/** What the report says of each pack (report.rulePacks). */
export interface PackSummary {
  name: string;
  builtin: boolean;
  rules: number;
  /** Records that failed at run time on some rows (type errors): never a crash, listed here once. */
  errors: RuleRunError[];
}

let nationalCache: { key: string; rules: CompiledRule[] } | undefined;

function overridesOf(config: RuleContext['config']): Record<string, unknown> {
  return config as unknown as Record<string, unknown>;
}

/**
 * A record compiled on first use. A ledger has the columns of only some national records (a hand-kept village
 * ledger few of them), and compiling is most of a small check's start-up: CEL's environment, parse and type check.
 * Every built-in record is compiled and checked in full by the tests (test/rulebook/core.test.ts), so deferring
 * and skipping the checks here hide no error.
 */
function lazyRule(rec: RuleRecord, pack: string, o: Record<string, unknown>): CompiledRule {
  let c: CompiledRule | undefined;
  const get = (): CompiledRule => (c ??= compileRule(rec, pack, o, true));
  return {
    record: rec,
    pack,
    get condition() {
      return get().condition;
    },
    get guards() {
      return get().guards;
    },
    get message() {
      return get().message;
    },
    get cell() {
      return get().cell;
    },
    get usesAge() {
      return get().usesAge;
    },
    get usesH() {
      return get().usesH;
    },
    get params() {
      return get().params;
    },
  };
}

/** The national pack with these settings (cached: the same settings compile to the same rules). */
function nationalRules(config: RuleContext['config']): CompiledRule[] {
  const o = overridesOf(config);
  const keys = [...new Set(NATIONAL_PACK.rules.flatMap((r) => Object.keys(r.params ?? {})))].sort();
  const key = JSON.stringify(keys.map((k) => o[k] ?? null));
  if (nationalCache?.key !== key)
    nationalCache = { key, rules: NATIONAL_PACK.rules.map((r) => lazyRule(r, NATIONAL_PACK.name, o)) };
  return nationalCache.rules;
}

/** Runs the national pack and the given (already validated) county packs; returns the per-pack summary. */
export function runRulebook(ctx: RuleContext, packs: readonly RulePack[] = []): PackSummary[] {
  const o = overridesOf(ctx.config);
  const sets: Array<{ pack: RulePack; builtin: boolean; rules: CompiledRule[] }> = [
    { pack: NATIONAL_PACK, builtin: true, rules: nationalRules(ctx.config) },
    ...packs.map((pack) => ({
      pack,
      builtin: false,
      rules: pack.rules.map((r) => compileRule(r, pack.name, o)),
    })),
  ];
  for (const p of packs)
    for (const r of p.rules) registerRule(r.id, { severity: r.severity, title: r.title });
  const out: PackSummary[] = [];
  for (const s of sets) {
    const errors: RuleRunError[] = [];
    if (s.rules.length > 0) runRecords(ctx, s.rules, errors);
    out.push({ name: s.pack.name, builtin: s.builtin, rules: s.rules.length, errors });
  }
  return out;
}
