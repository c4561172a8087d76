// contract — CLI: bangfu check <workbook.xlsx | folder>… [--config c.json] [--json r.json] [--annotate copy.xlsx |
// folder] [--summary summaries.xlsx]. Several workbooks (or a folder of them) are checked as one ledger.
// Exit 0: no errors; 1: errors found; 2: input not readable or understood.
import { promises as fs } from 'fs';
import path from 'path';
import type { ConfigError } from '../core/engine';
import type { Report } from '../core/types';
import { InputError, readWorkbook } from '../hosts/xlsx/readWorkbook';
import { DEFAULT_LIMITS, type ReadLimits } from '../hosts/xlsx/limits';
import { OutputError, writeFileAtomically } from '../hosts/xlsx/safeWrite';
import { checkOutputs, type OutputSpec } from './outputs';
import { countsLine, formatReport } from './format';
import { decodeConfigText } from './configFile';
import { splitList } from '../core/summaries/catalog';
import { annotatedPath, expandInputs, findingsOf, loadInputs } from './inputs';

export const USAGE = `用法 / usage:
  bangfu check <台账.xlsx> [--config 配置.json] [--json 报告.json] [--annotate 标注副本.xlsx] [--summary 汇总表.xlsx]
  [--summary-tables 基本情况汇总表,务工情况统计表…] 只写这些汇总表（表名或编号，逗号分隔）
  [--summary-villages 东山村,花园乡…] 只统计这些村或乡镇   [--summary-period 年|季|月] 本期新识别和风险消除的统计期（默认数据日期所在年度）
  bangfu check <导出文件夹/ | a.xlsx b.xlsx …> [--annotate 标注文件夹/] …  多个导出表作为一套台账检查
  [--all] 列出全部问题（默认每类最多显示若干条）   [--quiet] 只输出汇总
  [--max-inflated-mb 3072] [--max-ratio 300] [--max-cells 60000000] 读取上限（防“压缩炸弹”；县级大表可调高）
  bangfu compare <台账.xlsx> [--kind 低保|特困|残疾|医保|学籍|死亡|财政供养|其他] <名单.xlsx>… [--json] [--annotate] [--summary]
  bangfu diff <上月.xlsx> <本月.xlsx> [--threshold 30] [--json] [--annotate] [--summary]
  check / compare / diff 均可加 [--exemptions 豁免清单.xlsx|json] [--exemptions-out 待核实清单.xlsx|json]
  [--rules 县规则.json]… 加载县（乡）自定规则包（可多次），与内置规则一起检查`;

interface Args {
  command: string;
  /** Workbooks and folders, in the order given. */
  inputs: string[];
  config?: string;
  json?: string;
  annotate?: string;
  summary?: string;
  summaryTables?: string[];
  summaryVillages?: string[];
  summaryPeriod?: 'year' | 'quarter' | 'month';
  exemptions?: string;
  exemptionsOut?: string;
  /** County rule packs (--rules, repeatable). */
  rules: string[];
  all: boolean;
  quiet: boolean;
  limits: ReadLimits;
}

const PERIODS: Record<string, 'year' | 'quarter' | 'month'> = {
  年: 'year',
  年度: 'year',
  year: 'year',
  季: 'quarter',
  季度: 'quarter',
  quarter: 'quarter',
  月: 'month',
  月度: 'month',
  month: 'month',
};

function periodOf(flag: string, v: string): 'year' | 'quarter' | 'month' {
  const p = PERIODS[v.trim().toLowerCase()];
  if (!p)
    throw new InputError(
      `参数 ${flag} 应为“年”“季”或“月”，收到“${v}”`,
      `${flag} must be year, quarter or month, got "${v}"`,
    );
  return p;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: argv[0] ?? '',
    inputs: [],
    rules: [],
    all: false,
    quiet: false,
    limits: { ...DEFAULT_LIMITS },
  };
  const positive = (a: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
      throw new InputError(`参数 ${a} 需要一个正数，收到“${v}”`, `${a} needs a positive number, got "${v}"`);
    return n;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new InputError(`参数 ${a} 缺少文件名`, `${a} needs a file name`);
      return v;
    };
    const nextValue = (what: string) => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new InputError(`参数 ${a} 缺少${what}`, `${a} needs a value`);
      return v;
    };
    if (a === '--config') args.config = next();
    else if (a === '--json') args.json = next();
    else if (a === '--annotate') args.annotate = next();
    else if (a === '--summary') args.summary = next();
    else if (a === '--summary-tables') args.summaryTables = splitList(nextValue('表名'));
    else if (a === '--summary-villages') args.summaryVillages = splitList(nextValue('村或乡镇名'));
    else if (a === '--summary-period') args.summaryPeriod = periodOf(a, nextValue('统计期（年、季或月）'));
    else if (a === '--max-inflated-mb') args.limits.maxInflatedBytes = positive(a, next()) * 1024 ** 2;
    else if (a === '--max-ratio') args.limits.maxRatio = positive(a, next());
    else if (a === '--max-cells') args.limits.maxCellsPerSheet = positive(a, next());
    else if (a === '--exemptions') args.exemptions = next();
    else if (a === '--exemptions-out') args.exemptionsOut = next();
    else if (a === '--rules') args.rules.push(next());
    else if (a === '--all') args.all = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('--')) throw new InputError(`未知参数：${a}`, `unknown option: ${a}`);
    else args.inputs.push(a);
  }
  return args;
}

async function readConfig(file: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new InputError(`无法读取配置文件：${file}`, `cannot read the config file: ${file}`);
  }
  const text = decodeConfigText(bytes, file);
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`配置文件不是有效的 JSON：${file}`, `the config file is not valid JSON: ${file}`);
  }
}

/** Reads and validates the county packs; any problem stops the run with every message (file, line, position). */
async function readRulePacks(files: string[]): Promise<import('../core/rulebook').RulePack[]> {
  if (files.length === 0) return [];
  const { loadRulePack, problemText } = await import('../core/rulebook/packs');
  const packs: import('../core/rulebook').RulePack[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = decodeConfigText(await fs.readFile(file), file);
    } catch {
      throw new InputError(`无法读取规则包：${file}`, `cannot read the rule pack: ${file}`);
    }
    const loaded = loadRulePack(text, path.basename(file));
    if (loaded.ok) packs.push(loaded.pack);
    else problems.push(...loaded.problems.map((p) => problemText(p, path.basename(file))));
  }
  if (problems.length)
    throw new InputError(
      `规则包有误，未执行检查：\n  ${problems.join('\n  ')}`,
      `invalid rule pack (${problems.length} problem(s))`,
    );
  return packs;
}

async function writeSummaries(
  report: Report,
  config: unknown,
  out: string,
  args: Args,
  extra: import('../core/summaries/sheetSpec').SheetSpec[] = [],
): Promise<{ written: number; skipped: string[] }> {
  // Loaded lazily: the summaries module is only needed with --summary.
  const { buildSummaryBook } = await import('../core/summaries/index');
  const { writeSpecs } = await import('./compareIo');
  // A workbook of its own: 问题整改清单 names the ledger cell as text (a link would point nowhere here).
  const book = buildSummaryBook(report, config as never, {
    linkToLedger: false,
    ...(args.summaryTables ? { tables: args.summaryTables } : {}),
    ...(args.summaryVillages ? { villages: args.summaryVillages } : {}),
    ...(args.summaryPeriod ? { period: args.summaryPeriod } : {}),
  });
  if (book.specs.length === 0)
    throw new InputError(
      '所选汇总表都没有可统计的数据，未写出汇总表文件。',
      'none of the chosen summary tables has data; nothing written',
    );
  const specs = [...book.specs, ...extra];
  await writeSpecs(specs, out);
  return { written: specs.length, skipped: book.skipped.map((s) => `${s.name}（${s.reason}）`) };
}

/** The summaries module is loaded lazily, so its error class is recognised by name. */
const isSelectionError = (e: unknown): e is Error & { zh: string; en: string } =>
  e instanceof Error && e.name === 'SummarySelectionError';

/** The engine is loaded lazily, so its error class is recognised by shape. */
const isConfigError = (e: unknown): e is ConfigError =>
  e instanceof Error && Array.isArray((e as Partial<ConfigError>).problems);

/** Where the CLI writes; tests pass collectors. */
export interface CliIO {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

export async function main(
  argv: string[],
  io: CliIO = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const say = (s: string) => io.out.write(s + '\n');
  const fail = (zh: string, en: string) => {
    io.err.write(`错误：${zh}\nerror: ${en}\n`);
    return 2;
  };
  try {
    // Commands and their writers are loaded when used: a check must not pay for ExcelJS or the compare engine.
    if (argv[0] === 'compare')
      return await (await import('./compare')).runCompare(argv.slice(1), io, readConfig);
    if (argv[0] === 'diff') return await (await import('./diff')).runDiff(argv.slice(1), io, readConfig);
    const args = parseArgs(argv);
    if (args.command === '--help' || args.command === '-h' || args.command === 'help') {
      say(USAGE);
      return 0;
    }
    if (args.command !== 'check' || args.inputs.length === 0) {
      io.err.write(USAGE + '\n');
      return 2;
    }
    if ((args.summaryTables || args.summaryVillages || args.summaryPeriod) && !args.summary)
      throw new InputError(
        '--summary-tables / --summary-villages / --summary-period 需与 --summary 汇总表.xlsx 一起使用',
        '--summary-tables / --summary-villages / --summary-period need --summary',
      );
    // Table names are checked before the (slow) read: a typo answers at once.
    if (args.summaryTables) (await import('../core/summaries/catalog')).resolveTables(args.summaryTables);
    const paths = await expandInputs(args.inputs);
    const several = paths.length > 1;
    const outputs: OutputSpec[] = [];
    if (args.json) outputs.push({ flag: '--json', file: args.json });
    // With several inputs --annotate is a folder, checked per copy (annotatedPath); else the copy's file.
    if (args.annotate && !several) outputs.push({ flag: '--annotate', file: args.annotate });
    if (args.summary) outputs.push({ flag: '--summary', file: args.summary });
    if (args.exemptionsOut) outputs.push({ flag: '--exemptions-out', file: args.exemptionsOut });
    await checkOutputs(
      [
        ...paths,
        ...(args.config ? [args.config] : []),
        ...(args.exemptions ? [args.exemptions] : []),
        ...args.rules,
      ],
      outputs,
    );
    const compareIo = args.exemptions || args.exemptionsOut ? await import('./compareIo') : undefined;
    const exemptions = args.exemptions ? await compareIo!.readExemptions(args.exemptions) : [];
    const rawConfig = args.config ? await readConfig(args.config) : {};
    const rulePacks = await readRulePacks(args.rules);

    // Streamed (no ExcelJS cell model); the file's bytes are kept for the annotated copy, which patches them.
    const { inputs, sheets } = await loadInputs(paths, (p) => readWorkbook(p, args.limits));
    // Loaded here, not at start-up: `bangfu --help` and argument errors answer at once.
    const { analyze } = await import('../core/engine');
    const { report, config, parsed } = analyze(sheets, rawConfig, { rulePacks });
    // 已核实 findings leave the open list (and the counts, the exit code, 问题整改清单) but stay listed.
    let verifiedSheet: import('../core/summaries/sheetSpec').SheetSpec | undefined;
    if (args.exemptions) {
      const { applyExemptions, buildVerifiedSheet } = await import('../core/compare');
      const ex = applyExemptions(parsed, report.findings, exemptions);
      verifiedSheet = buildVerifiedSheet(ex.exempted, ex.stale);
      report.findings = ex.open;
      report.counts = { error: 0, warning: 0, info: 0 };
      for (const f of ex.open) report.counts[f.severity]++;
      report.exempted = ex.exempted;
      report.staleExemptions = ex.stale;
    }
    const where = paths.join('、');
    if (!report.sheets.some((s) => s.kind !== 'unknown'))
      return fail(
        `未在工作簿中找到可识别的台账（前15行内没有“证件号码”“户编号”“项目名称”等表头）：${where}`,
        `no recognisable ledger sheet (no known header in the first 15 rows): ${where}`,
      );
    if (!args.quiet) {
      say(formatReport(report, { all: args.all }));
      if (several)
        say(`已将${paths.length}个工作簿作为一套台账检查：${paths.map((p) => path.basename(p)).join('、')}`);
      if (report.dataDate) say(`数据日期：${report.dataDate.date ?? '未写明'}（${report.dataDate.source}）`);
      for (const p of report.rulePacks ?? []) {
        if (!p.builtin) say(`已加载规则包：${p.name}（${p.rules}条规则）`);
        for (const e of p.errors)
          say(`规则“${e.rule}”（${p.name}）在${e.rows}行上无法执行，已跳过这些行：${e.message}`);
      }
    } else say(countsLine(report)); // --quiet: 只输出汇总, as the usage says
    if (args.json) {
      await writeFileAtomically(args.json, [
        JSON.stringify({ ...report, generatedAt: new Date().toISOString() }, null, 2),
      ]);
      say(`已写出 JSON 报告：${args.json}`);
    }
    if (args.annotate) {
      const { writeAnnotatedCopy } = await import('../hosts/xlsx/patchXlsx');
      for (const input of inputs) {
        const out = await annotatedPath(args.annotate, input, several);
        if (out !== args.annotate) await checkOutputs(paths, [{ flag: '--annotate', file: out }]);
        await writeAnnotatedCopy(input.file, findingsOf(input, report.findings, several), out);
        say(`已写出标注副本：${out}（原文件未改动）`);
      }
    }
    if (args.summary) {
      const n = await writeSummaries(
        report,
        config,
        args.summary,
        args,
        verifiedSheet ? [verifiedSheet] : [],
      );
      say(`已写出汇总表 ${n.written} 张：${args.summary}`);
      if (n.skipped.length > 0) say(`未生成：${n.skipped.join('；')}`);
    }
    if (args.exemptionsOut) {
      const n = await compareIo!.writeExemptionCandidates(args.exemptionsOut, exemptions, [
        { parsed, findings: report.findings },
      ]);
      say(
        `已写出豁免清单：${args.exemptionsOut}（新增待核实 ${n} 条：在“核实原因”列填写后用 --exemptions 传回）`,
      );
    }
    return report.counts.error > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof OutputError) return fail(e.zh, e.en);
    if (isSelectionError(e)) return fail(e.zh, e.en);
    if (isConfigError(e)) return fail(`配置无效：${e.problems.join('；')}`, 'invalid config');
    const msg = e instanceof Error ? e.message : String(e);
    return fail(
      `处理时出现意外问题，原文件未改动（${msg}）`,
      `unexpected failure; the input was not modified (${msg})`,
    );
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
