// The engine's entry point: sheets in, report out. Pure: hosts read the cells, the engine never does I/O.
import type { Finding, ParsedSheet, Report, SheetInput, SheetSummary } from './types';
import type { Config } from './config/schema';
import { loadConfig } from './config/load';
import { resolveLines } from './config/povertyLines';
import { buildSynonymIndex, parseSheet } from './grid/parseSheet';
import { cellText, isEmpty, type YMD } from './grid/normalise';
import { buildCodeLists } from './profiles/codeLists';
import { buildLedger } from './model/ledger';
import { dataDateReport, findDataDate, type FoundDataDate } from './model/dataDate';
import { createContext, type RuleContext } from './rules/context';
import { RULE_MODULES } from './rules';
import { perfFormOf } from './rules/fundPerf';
import { FAMILY } from './rules/context';
import { runRulebook, type RulePack } from './rulebook';
import { buildHouseholdFigures, buildVillageFigures, chooseVillageSheets } from './calc/figures';
import { unavailableFigures } from './calc/availability';
import { buildFundFigures } from './calc/funds';
import { addPersonFigures, addVillageIndicators, buildWorkFigures } from './calc/summaryFigures';
import {
  type BasisItem,
  type DataBasis,
  dataDateSource,
  isoDate,
  ledgerReportingUnit,
  ledgerYear,
} from './basis';

export const TOOL = { name: 'bangfu', version: '0.1.0' };

/** Sheets this tool writes itself; never checked as ledgers. */
export const OWN_SHEET_PREFIXES = ['问题清单', '_bangfu', '比对结果', '变动情况', '已核实清单', '豁免清单'];

export interface AnalyzeOptions {
  /** Called between phases so a UI can show progress; throw from it to cancel. */
  onPhase?: (phase: string, done: number, total: number) => void;
  /** "Today" for defaults (tests pass a fixed date). */
  today?: YMD;
  /** Sheet names to check; default all. */
  sheets?: string[];
  /** County rule packs (validated by rulebook/packs loadRulePack), run after the built-in rules. */
  rulePacks?: readonly RulePack[];
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('；'));
  }
}

/** Full analysis result, including the parsed model for hosts that write back (annotate, fixes). */
export interface Analysis {
  report: Report;
  config: Config;
  parsed: ParsedSheet[];
  ctx: RuleContext;
}

function todayYMD(): YMD {
  const d = new Date();
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/**
 * Income year and its source: the setting, else the most common 年度 / 数据日期 year and title year of the ledger,
 * else the year of its 截至日期 / 导出时间 line, else last year.
 */
function incomeYear(
  config: Config,
  parsed: ParsedSheet[],
  today: YMD,
  dataDate: FoundDataDate | null,
): DataBasis['year'] {
  if (config.year !== undefined) return { value: config.year, source: 'setting' };
  const fromLedger = ledgerYear(parsed);
  if (fromLedger) return fromLedger;
  if (dataDate) return { value: dataDate.date.y, source: dataDateSource(dataDate), detail: dataDate.source };
  return { value: today.y - 1, source: 'default' };
}

function parseRef(s: string): YMD {
  const [y, m, d] = s.split('-').map(Number);
  return { y, m, d };
}

export function analyze(inputs: SheetInput[], rawConfig?: unknown, options: AnalyzeOptions = {}): Analysis {
  const parsedConfig = loadConfig(rawConfig);
  if (!parsedConfig.ok) throw new ConfigError(parsedConfig.errors);
  const phase = options.onPhase ?? (() => undefined);
  const today = options.today ?? todayYMD();

  const index = buildSynonymIndex(parsedConfig.config.columnSynonyms);
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const candidates = inputs.filter(
    (s) => !OWN_SHEET_PREFIXES.some((p) => s.name.startsWith(p)) && (!wanted || wanted.has(s.name)),
  );
  const parsed: ParsedSheet[] = [];
  candidates.forEach((input, i) => {
    phase('读取表头', i, candidates.length);
    parsed.push(parseSheet(input, index));
  });

  // 贫困发生率's denominator: a village sheet without the default column (the national 行政村信息 has only 总人口数)
  // uses the population column it has, unless the clerk chose one.
  const denominator = effectiveDenominator(parsed, parsedConfig.config, rawConfig);
  const config: Config = {
    ...parsedConfig.config,
    incidenceDenominator: denominator.value as Config['incidenceDenominator'],
  };
  const dataDate = findDataDate(parsed);
  const yearBasis = incomeYear(config, parsed, today, dataDate);
  const year = yearBasis.value;
  const ref = config.referenceDate ? parseRef(config.referenceDate) : { y: year, m: 12, d: 31 };
  const lines = resolveLines(config, year);
  // A 贫困线 set above the table's 监测线 (or the reverse) would turn every monitoring figure upside down.
  if (lines.povertyLine > lines.monitoringLine)
    throw new ConfigError([
      `${year}年的贫困线 ${lines.povertyLine} 元高于监测线 ${lines.monitoringLine} 元（${lines.source}），监测线应不低于贫困线。请在设置中同时填写“贫困线（元/人·年）”（povertyLine）和“监测线（元/人·年）”（monitoringLine），或核对是否填反。`,
    ]);
  const basis: DataBasis = {
    year: yearBasis,
    referenceDate: { value: isoDate(ref), source: config.referenceDate ? 'setting' : 'default' },
    povertyLine:
      config.povertyLine !== undefined
        ? { value: lines.povertyLine, source: 'setting' }
        : { value: lines.povertyLine, source: 'standard', detail: lines.source },
    monitoringLine:
      config.monitoringLine !== undefined
        ? { value: lines.monitoringLine, source: 'setting' }
        : { value: lines.monitoringLine, source: 'standard', detail: lines.source },
    dataDate: dataDate
      ? { value: isoDate(dataDate.date), source: dataDateSource(dataDate), detail: dataDate.source }
      : null,
    reportingUnit: config.reportingUnit
      ? { value: config.reportingUnit, source: 'setting' }
      : ledgerReportingUnit(parsed),
    ...(parsed.some((s) => s.kind === 'village') ? { incidenceDenominator: denominator } : {}),
  };
  const ledger = buildLedger(parsed);
  // Time rules compare months with the data date (rules-v2 §0.4 asOf): config asOfDate, else the export's own
  // date, else the reference date (as the records' asOf, rulebook/run.ts).
  const asOf = config.asOfDate ? parseRef(config.asOfDate) : (dataDate?.date ?? ref);
  const ctx = createContext({
    config,
    ref,
    asOf,
    year,
    lines,
    ledger,
    codes: buildCodeLists(config.codeLists),
    ...(dataDate ? { dataDate: dataDate.date } : {}),
  });

  // sheet.header-not-found: an error when nothing was recognised, else a note on the sheets skipped.
  const recognised = parsed.filter((s) => s.kind !== 'unknown');
  for (const s of parsed) {
    // A performance form (绩效目标申报表, 绩效自评表) is read by its labels, not a header row.
    if (s.kind !== 'unknown' || perfFormOf(s)) continue;
    const nonEmpty = s.grid.some((row) => row?.some((v) => !isEmpty(v)));
    if (!nonEmpty) continue;
    ctx.emit({
      rule: 'sheet.header-not-found',
      sheet: s,
      r: 0,
      col: 0,
      severity: recognised.length > 0 ? 'info' : undefined,
      message:
        recognised.length > 0
          ? `工作表“${s.name}”前15行未找到台账表头，已跳过（不是台账可忽略）。`
          : `工作表“${s.name}”前15行未找到台账表头（如“证件号码”“户编号”“项目名称”等）。请确认表头在前15行内，或在“设置—列名映射”中添加本表的表头写法。`,
    });
  }

  RULE_MODULES.forEach(([name, run, family], i) => {
    phase(`检查：${name}`, i, RULE_MODULES.length);
    ctx.family = family;
    run(ctx);
  });
  phase('检查：规则库', RULE_MODULES.length, RULE_MODULES.length + 1);
  ctx.family = FAMILY.rulebook;
  const rulePacks = runRulebook(ctx, [...packsOf(config), ...(options.rulePacks ?? [])]);
  ctx.flushMissing();

  phase('计算', 0, 1);
  const households = buildHouseholdFigures(ctx);
  const { villages, total, incidenceBasis } = buildVillageFigures(ctx, households);
  // The v2 tables count ages and 务工 at the data date (asOf above, as the time rules).
  addPersonFigures(ctx, households, asOf);
  addVillageIndicators(ctx, villages);
  const work = buildWorkFigures(ctx, households, asOf);
  const { funds, rollup } = buildFundFigures(ctx);
  const gaps = unavailableFigures(ctx, households, villages);
  const villageBase = ctx.ledger.villageSheets.length > 0 ? chooseVillageSheets(ctx).choice : undefined;

  const order = new Map(inputs.map((s, i) => [s.name, i]));
  const findings = sortFindings(ctx.findings, order);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  const sheets: SheetSummary[] = parsed.map((s) => ({
    name: s.name,
    ...(s.input.file !== undefined ? { file: s.input.file } : {}),
    kind: s.kind,
    headerRows: s.headerRows,
    dataRows: s.dataRows.length,
    ...(s.kind === 'fund' ? { unit: s.unit ?? '万元' } : {}),
    columnsFound: Object.keys(s.byKey),
  }));

  const report: Report = {
    tool: TOOL,
    config: {
      ...config,
      year,
      referenceDate: `${ref.y}-${String(ref.m).padStart(2, '0')}-${String(ref.d).padStart(2, '0')}`,
      povertyLine: lines.povertyLine,
      monitoringLine: lines.monitoringLine,
      linesSource: lines.source,
      ...(lines.warning ? { linesWarning: lines.warning } : {}),
    },
    findings,
    sheets,
    households,
    villages,
    total,
    incidenceBasis,
    funds,
    fundRollup: rollup,
    counts,
    unavailableFigures: gaps,
    ...(work ? { work } : {}),
    ...(villageBase ? { villageBase } : {}),
    dataDate: dataDateReport(dataDate),
    basis,
    rulePacks,
  };
  return { report, config, parsed, ctx };
}

const DENOMINATORS = ['agriPopulation', 'ruralPopulation', 'residentPopulation', 'totalPopulation'] as const;

function effectiveDenominator(parsed: ParsedSheet[], config: Config, raw: unknown): BasisItem<string> {
  const set = raw !== null && typeof raw === 'object' && 'incidenceDenominator' in raw;
  if (set) return { value: config.incidenceDenominator, source: 'setting' };
  const villages = parsed.filter((s) => s.kind === 'village');
  const has = (k: string) => villages.some((s) => s.byKey[k] !== undefined);
  if (villages.length === 0 || has(config.incidenceDenominator))
    return { value: config.incidenceDenominator, source: 'default' };
  const found = DENOMINATORS.find(has);
  return found
    ? { value: found, source: 'villageColumns', detail: villages.find((s) => s.byKey[found])?.name }
    : { value: config.incidenceDenominator, source: 'default' };
}

/** The county packs kept in the settings (config.rulePacks), validated; an invalid one is a config error. */
function packsOf(config: Config): RulePack[] {
  if (!config.rulePacks?.length) return [];
  // Loaded only when packs are kept in the settings: a plain check does not load the pack validator (zod).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { storedPacks } = require('./rulebook/packs') as typeof import('./rulebook/packs');
  const { packs, problems } = storedPacks(config.rulePacks as import('./rulebook/packs').StoredPack[]);
  if (problems.length) throw new ConfigError(problems);
  return packs;
}

/** The stable entry point: sheets in, report out. Throws ConfigError for an invalid config. */
export function analyzeWorkbook(
  inputs: SheetInput[],
  rawConfig?: unknown,
  options: AnalyzeOptions = {},
): Report {
  return analyze(inputs, rawConfig, options).report;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function sortFindings(findings: Finding[], order: Map<string, number>): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (order.get(a.f.sheet) ?? 0) - (order.get(b.f.sheet) ?? 0) ||
        a.f.row - b.f.row ||
        colNumber(a.f.column) - colNumber(b.f.column) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

export { cellText };
