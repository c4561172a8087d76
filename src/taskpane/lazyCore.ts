// Lazy entry points into the engine: the engine, the summaries and zod load only when the clerk first checks,
// summarises or saves settings, so the pane's first paint ships just the React/Fluent shell.
import type { Report, SheetInput } from '../core/types';
import type { AnalyzeOptions } from '../core/engine';
import type { SheetSpec } from '../core/summaries/sheetSpec';
import type { SummaryOptions } from '../core/summaries/context';

export async function analyze(
  inputs: SheetInput[],
  rawConfig: unknown,
  options: AnalyzeOptions,
): Promise<Report> {
  const { analyzeWorkbook } = await import(/* webpackChunkName: "engine" */ '../core/engine');
  return analyzeWorkbook(inputs, rawConfig ?? {}, options);
}

export async function validateConfig(raw: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const { parseConfig } = await import(/* webpackChunkName: "engine" */ '../core/config/schema');
  const r = parseConfig(raw);
  return r.ok ? { ok: true } : { ok: false, errors: r.errors };
}

/** The clerk's calendar day (local time, not UTC), YYYY-MM-DD. */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The summary sheets of a report. 截至 is the ledger's data date (else today), 填报单位 the ledger's or the setting's
 * (report.basis), 整改时限 counts from today; options given here win.
 */
export async function buildSummaries(
  report: Report,
  rawConfig: unknown,
  options: SummaryOptions = {},
): Promise<SheetSpec[]> {
  const summaries = await import(/* webpackChunkName: "summaries" */ '../core/summaries');
  const { parseConfig } = await import(/* webpackChunkName: "engine" */ '../core/config/schema');
  const parsed = parseConfig(rawConfig ?? {});
  if (!parsed.ok) throw new Error(parsed.errors.join('；'));
  const basis = report.basis;
  const today = localIsoDate(new Date());
  return summaries.buildAllSummaries(report, parsed.config, {
    // 截至 is the ledger's data date; a ledger that names none is as of the day the tables are written.
    date: basis?.dataDate?.value ?? today,
    ...(basis ? { year: basis.year.value } : {}),
    ...(basis?.reportingUnit ? { reportingUnit: basis.reportingUnit.value } : {}),
    writtenOn: today,
    ...options,
  });
}

/** Reads a county rule pack (县规则包) from its JSON text: the pack, or Chinese problems with lines. */
export async function loadRulePack(
  text: string,
  fileName: string,
): Promise<{ ok: true; pack: import('../core/rulebook').RulePack } | { ok: false; problems: string[] }> {
  const { loadRulePack: load, problemText } = await import(
    /* webpackChunkName: "engine" */ '../core/rulebook/packs'
  );
  const r = load(text, fileName);
  return r.ok ? r : { ok: false, problems: r.problems.map((p) => problemText(p, fileName)) };
}

/** The built-in national rules (id, title, severity) for the pane's list. */
export async function builtinRules(): Promise<Array<{ id: string; title: string; severity: string }>> {
  const { NATIONAL_PACK } = await import(/* webpackChunkName: "engine" */ '../core/rulebook/national');
  return NATIONAL_PACK.rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity }));
}
