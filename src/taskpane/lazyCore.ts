// Lazy entry points into the engine: the engine, the summaries and zod load only when the clerk first checks,
// summarises or saves settings, so the pane's first paint ships just the React/Fluent shell.
import type { Report, SheetInput } from '../core/types';
import type { AnalyzeOptions } from '../core/engine';
import type { SheetSpec } from '../core/summaries/sheetSpec';

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

export async function buildSummaries(report: Report, rawConfig: unknown): Promise<SheetSpec[]> {
  const summaries = await import(/* webpackChunkName: "summaries" */ '../core/summaries');
  const { parseConfig } = await import(/* webpackChunkName: "engine" */ '../core/config/schema');
  const parsed = parseConfig(rawConfig ?? {});
  if (!parsed.ok) throw new Error(parsed.errors.join('；'));
  return summaries.buildAllSummaries(report, parsed.config);
}
