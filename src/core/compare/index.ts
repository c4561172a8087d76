// Entry points of the comparisons: a ledger against department lists (比对), two versions of a ledger (变动),
// and exemptions (已核实) applied to any findings. Pure: hosts read the workbooks and hand over sheets.
import type { Finding, ParsedSheet, Report, SheetInput } from '../types';
import { analyze, ConfigError, OWN_SHEET_PREFIXES, type Analysis, type AnalyzeOptions } from '../engine';
import type { Config } from '../config/schema';
import { loadConfig } from '../config/load';
import { buildSynonymIndex, parseSheet } from '../grid/parseSheet';
import { buildLedger } from '../model/ledger';
import { compareWithLists, type CompareResult } from './crossList';
import { diffLedgers, type DiffOptions, type DiffResult } from './diff';
import { applyExemptions, type Exempted, type Exemption } from './exemptions';
import { readLists, type ListKind, type ParsedList } from './lists';

export interface ListInput {
  /** File (or workbook) name, for messages and the kind guess. */
  source: string;
  sheets: SheetInput[];
  /** The clerk's choice; guessed when absent. */
  kind?: ListKind;
}

export interface ExemptionSummary {
  exempted: Exempted[];
  stale: Exemption[];
}

export interface CompareOutcome extends CompareResult, ExemptionSummary {
  parsedLedger: ParsedSheet[];
  parsedLists: ParsedList[];
  config: Config;
}

function configOf(raw: unknown): Config {
  const parsed = loadConfig(raw);
  if (!parsed.ok) throw new ConfigError(parsed.errors);
  return parsed.config;
}

/** Parses and groups the ledger without running the single-ledger rules (the 比对 needs only the model). */
export function parseLedger(inputs: SheetInput[], config: Config): ParsedSheet[] {
  const index = buildSynonymIndex(config.columnSynonyms);
  return inputs
    .filter((s) => !OWN_SHEET_PREFIXES.some((p) => s.name.startsWith(p)) && !s.name.startsWith('比对结果'))
    .map((s) => parseSheet(s, index));
}

function sortFindings(fs: Finding[], order: string[]): Finding[] {
  const pos = new Map(order.map((n, i) => [n, i]));
  return fs
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (pos.get(a.f.sheet) ?? 0) - (pos.get(b.f.sheet) ?? 0) || a.f.row - b.f.row || a.i - b.i)
    .map((x) => x.f);
}

/** 比对: the ledger's sheets against each list workbook. Throws ConfigError for an invalid config. */
export function compareLedger(
  ledgerSheets: SheetInput[],
  lists: ListInput[],
  rawConfig: unknown = {},
  exemptions: Exemption[] = [],
): CompareOutcome {
  const config = configOf(rawConfig);
  const parsed = parseLedger(ledgerSheets, config);
  const ledger = buildLedger(parsed);
  const parsedLists = lists.flatMap((l) => readLists(l.sheets, l.source, l.kind));
  const result = compareWithLists(ledger, parsedLists, config);
  const findings = sortFindings(
    result.findings,
    ledgerSheets.map((s) => s.name),
  );
  const ex = applyExemptions(parsed, findings, exemptions);
  // Exempted findings leave the 比对结果 too: a discrepancy row is dropped when its finding was verified.
  const verified = new Set(
    ex.exempted.map((e) => `${e.finding.sheet}!${e.finding.cell}\u0000${e.finding.rule}`),
  );
  const discrepancies = result.discrepancies.filter(
    (d) => !d.ledgerCell || !verified.has(`${d.ledgerCell.sheet}!${d.ledgerCell.cell}\u0000${d.rule}`),
  );
  return {
    ...result,
    findings: ex.open,
    discrepancies,
    exempted: ex.exempted,
    stale: ex.stale,
    parsedLedger: parsed,
    parsedLists,
    config,
  };
}

export interface DiffOutcome extends DiffResult, ExemptionSummary {
  previous: Analysis;
  current: Analysis;
}

/** 变动: last month's and this month's versions of the ledger. */
export function diffWorkbooks(
  previousSheets: SheetInput[],
  currentSheets: SheetInput[],
  rawConfig: unknown = {},
  options: DiffOptions & { exemptions?: Exemption[]; analyze?: AnalyzeOptions } = {},
): DiffOutcome {
  const previous = analyze(previousSheets, rawConfig, options.analyze);
  const current = analyze(currentSheets, rawConfig, options.analyze);
  const result = diffLedgers(previous, current, current.config, options);
  const ex = applyExemptions(current.parsed, result.findings, options.exemptions ?? []);
  const exPrev = applyExemptions(previous.parsed, result.previousFindings, ex.stale);
  return {
    ...result,
    findings: ex.open,
    previousFindings: exPrev.open,
    exempted: [...ex.exempted, ...exPrev.exempted],
    stale: exPrev.stale,
    previous,
    current,
  };
}

/** A check report with exemptions applied: 已核实 findings leave `findings` and `counts` and are listed apart. */
export function exemptReport(
  inputs: SheetInput[],
  report: Report,
  rawConfig: unknown,
  exemptions: Exemption[],
): Report {
  if (!exemptions.length) return report;
  const parsed = parseLedger(inputs, configOf(rawConfig));
  const o = applyExemptions(parsed, report.findings, exemptions);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of o.open) counts[f.severity]++;
  return { ...report, findings: o.open, counts, exempted: o.exempted, staleExemptions: o.stale };
}

export {
  applyExemptions,
  exemptionKeys,
  makeExemption,
  mergeExemptions,
  revokeExemptions,
} from './exemptions';
export { parseExemptionsJson, exemptionsJson, exemptionsFromSheets, ExemptionFileError } from './exemptions';
export type { Exemption, Exempted, ExemptionOutcome } from './exemptions';
export { LIST_KIND_LABEL, guessKind, kindFromLabel, readLists } from './lists';
export type { ListKind, ParsedList } from './lists';
export type { CompareResult, Discrepancy, ListSummary } from './crossList';
export type {
  DiffResult,
  DiffCounts,
  FieldChange,
  MemberChange,
  VillageDiff,
  DiffHousehold,
  DiffPerson,
} from './diff';
export {
  buildCompareSheet,
  buildDiffSheet,
  buildVerifiedSheet,
  buildExemptionFileSheet,
  diffNarrative,
} from './sheets';
export { COMPARE_SHEET, DIFF_SHEET, VERIFIED_SHEET } from './sheets';
export { idKey } from './idKey';
