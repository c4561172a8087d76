// Options and shared context of the summary builders: dates, titles, lines, open-findings note, name mappings.
import { configSchema, defaultConfig, type Config } from '../config/schema';
import { resolveLines } from '../config/povertyLines';
import type { Finding, Report, Severity } from '../types';
import type { CodeBlock } from './layout';
import { chineseDate, parseIsoDate } from './format';
import { ruleFamily } from '../rules/catalogue';

export interface SummaryOptions {
  /** Tables to write, by id or Chinese name (catalog.ts); default all the ledger supports. */
  tables?: string[];
  /** Only these villages or townships (names as the ledger writes them, 村/乡/镇 optional); default all. */
  villages?: string[];
  /** 本期 of 本期新识别/风险消除: the data date's year (default), quarter or month. */
  period?: 'year' | 'quarter' | 'month';
  /** 村出列指标核对表 standards (default 贫困发生率 < 3 %, 村级集体经济收入 ≥ 5 万元). */
  exitStandards?: { incidenceMax?: number; collectiveIncomeMin?: number };
  /** 填报单位 (default config.reportingUnit), e.g. "花园乡人民政府". */
  reportingUnit?: string;
  /** Area named in titles and sentences (default: 填报单位 without 人民政府), e.g. "花园乡". */
  areaName?: string;
  /** 截至 / 填报日期, YYYY-MM-DD (default config.referenceDate, else 12-31 of config.year). */
  date?: string;
  /** The day the tables are written, YYYY-MM-DD: 整改时限 counts from it (default: `date`). */
  writtenOn?: string;
  /** Year in titles (default: the date's year, else config.year). */
  year?: number;
  /** 表号 / 制表机关 / 文号 block (off by default). */
  codeBlock?: CodeBlock;
  /** Overrides config.totalsPosition. */
  totalsPosition?: 'first' | 'last';
  /** 4.4: count the main cause only (占比 sums to 100) or any listed cause (multi-counted). Default 'main'. */
  causeMode?: 'main' | 'any';
  /** 4.8 / narrative: severities listed in 问题整改清单. Default error + warning. */
  rectificationSeverities?: Severity[];
  /** 4.8: 问题来源 (default 自查). */
  problemSource?: string;
  /**
   * 4.8: link 位置 to the ledger cell. Default true (the summaries go into the ledger workbook); false when they are
   * written to a workbook of their own, where such a link would point nowhere.
   */
  linkToLedger?: boolean;
  /** 4.9: add a masked 证件号码 column (first 6 + last 4). Off by default. */
  publicityIdNumbers?: boolean;
  /** 4.9: only these households (default: all). */
  publicityFilter?: (h: Report['households'][number]) => boolean;
  /** 4.9: "全县/乡/村" header words. */
  publicityCounty?: string;
}

export interface SummaryContext {
  config: Config;
  report: Report;
  options: SummaryOptions;
  reportingUnit: string;
  area: string;
  /** "全镇" / "全乡" / "全县" … for sentences. */
  scope: string;
  date?: string;
  dateText: string;
  year?: number;
  /** "2024年" or ''. */
  yearText: string;
  totalsPosition: 'first' | 'last';
  povertyLine: number;
  monitoringLine: number;
  linesSource: string;
  openErrors: number;
  openWarnings: number;
  /** Note line every summary carries while findings are open; null when none. */
  openNote: string | null;
  /** 2014–2020 ledger (未脱贫/返贫 counted). */
  legacy: boolean;
}

/** Accepts a parsed Config or a raw/partial one (the CLI passes the user's JSON): defaults fill the gaps. */
function normalizeConfig(config: unknown): Config {
  const parsed = configSchema.safeParse(config ?? {});
  if (parsed.success) return parsed.data;
  return { ...defaultConfig, ...(typeof config === 'object' && config ? (config as Partial<Config>) : {}) };
}

export function makeContext(report: Report, rawConfig: Config, options: SummaryOptions = {}): SummaryContext {
  const config = normalizeConfig(rawConfig);
  const reportingUnit = options.reportingUnit ?? config.reportingUnit ?? '';
  const area = options.areaName ?? reportingUnit.replace(/(人民政府|政府|办事处|委员会|村委会).*$/, '');
  const lastChar = area.slice(-1);
  const scope = /[乡镇县村区市]/.test(lastChar) ? `全${lastChar}` : '全镇';
  // 截至 is the ledger's data date (导出时间 / 截至) unless the caller or the settings say otherwise.
  const date =
    options.date ??
    report.dataDate?.date ??
    config.referenceDate ??
    (config.year ? `${config.year}-12-31` : undefined);
  const parsed = parseIsoDate(date);
  const year = options.year ?? parsed?.y ?? config.year;
  // Income year selects the lines: config.year, else the year before the reporting date.
  const incomeYear = config.year ?? (parsed ? parsed.y - 1 : 2021);
  const lines = resolveLines(config, incomeYear);
  const rc = report.config ?? {};
  const povertyLine = typeof rc.povertyLine === 'number' ? rc.povertyLine : lines.povertyLine;
  const monitoringLine = typeof rc.monitoringLine === 'number' ? rc.monitoringLine : lines.monitoringLine;
  const openErrors = report.findings.filter((f) => f.severity === 'error').length;
  const openWarnings = report.findings.filter((f) => f.severity === 'warning').length;
  const legacy =
    report.villages.some((v) => v.stillPoorHouseholds > 0) || /未脱贫|返贫/.test(report.incidenceBasis ?? '');
  return {
    config,
    report,
    options,
    reportingUnit,
    area,
    scope,
    date,
    dateText: chineseDate(date),
    year,
    yearText: year ? `${year}年` : '',
    totalsPosition: options.totalsPosition ?? config.totalsPosition ?? 'last',
    povertyLine,
    monitoringLine,
    linesSource: typeof rc.povertyLine === 'number' ? '核查所用标准' : lines.source,
    openErrors,
    openWarnings,
    openNote:
      openErrors + openWarnings > 0
        ? `本表依据的台账仍有${openErrors}条错误、${openWarnings}条警告未整改，数据仅供参考`
        : null,
    legacy,
  };
}

/** Title pattern {单位}{年度}{对象}{内容}. */
export function titleOf(ctx: SummaryContext, content: string): string {
  return `${ctx.area}${ctx.yearText}${content}`;
}

// 监测对象类别 (ledgers.md): 2020 names map to the 2021+ ones (seed 004 calls the same 3户9人 both).
export const MONITOR_CATEGORIES = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'] as const;

export function normalizeCategory(raw: string): string {
  const s = raw.trim();
  if (!s) return '未注明类别';
  if (/不稳定|脱贫监测/.test(s)) return '脱贫不稳定户';
  if (/边缘/.test(s)) return '边缘易致贫户';
  if (/突发|严重困难/.test(s)) return '突发严重困难户';
  return s;
}

/** 问题类型 from the rule family prefix (domain/rules.md). */
export const problemType = ruleFamily;

// Generic 整改措施 per family when the finding carries no fix label; the user edits them.
const FAMILY_MEASURES: Record<string, string> = {
  身份信息: '核对户口簿、身份证原件，更正证件号码及相关信息',
  家庭结构: '入户核实家庭成员及与户主关系，更正户信息',
  字段规范: '按填报规范更正该单元格内容',
  两不愁三保障: '入户核实，落实相应保障政策后更新台账',
  劳动务工: '核实务工情况，更正务工时间或劳动力状态',
  收入: '重新核算家庭收入，更正收入数据',
  帮扶与监测: '落实帮扶责任人及帮扶措施，完善监测信息',
  项目资金: '核对项目资金台账及拨付、支出凭证，更正数据',
  村级数据: '核对村级基础数据并更新',
  表格结构: '按台账模板调整表格结构',
  其他: '核实后更正',
};

export function measureFor(f: Finding): string {
  return f.fix?.label
    ? `${f.fix.label}（可一键修正）`
    : (FAMILY_MEASURES[problemType(f.rule)] ?? '核实后更正');
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Notes every table carries at its foot: its own notes, then the open-findings line. */
export function withOpenNote(ctx: SummaryContext, notes: string[]): string[] {
  return ctx.openNote ? [...notes, ctx.openNote] : notes;
}
