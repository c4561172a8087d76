// The rulebook module of the engine: the built-in national pack plus the county packs the clerk loaded, compiled
// once per run (config values of a record's params override its defaults), then run over the ledger.
import type { RuleContext } from '../rules/context';
import { NATIONAL_PACK } from './national';
import { registerRule } from '../rules/catalogue';
import { compileRule, type CompiledRule } from './compile';
import { runRecords, type RuleRunError } from './run';
import type { RulePack } from './types';

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

/** The national pack compiled with these settings (cached: the same settings compile to the same rules). */
function nationalRules(config: RuleContext['config']): CompiledRule[] {
  const o = overridesOf(config);
  const keys = [...new Set(NATIONAL_PACK.rules.flatMap((r) => Object.keys(r.params ?? {})))].sort();
  const key = JSON.stringify(keys.map((k) => o[k] ?? null));
  if (nationalCache?.key !== key)
    nationalCache = { key, rules: NATIONAL_PACK.rules.map((r) => compileRule(r, NATIONAL_PACK.name, o)) };
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
