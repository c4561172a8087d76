// bangfu compare <台账.xlsx> [--kind 低保] <名单.xlsx>… [--json] [--annotate] [--summary] [--exemptions]
// [--exemptions-out] [--config]. `--kind` applies to the list file after it; otherwise the kind is guessed.
import path from 'path';
import {
  compareLedger,
  buildCompareSheet,
  buildVerifiedSheet,
  kindFromLabel,
  LIST_KIND_LABEL,
  type ListInput,
  type ListKind,
} from '../core/compare';
import { RULES } from '../core/rules/catalogue';
import { InputError, readWorkbook } from '../hosts/xlsx/readWorkbook';
import { writeAnnotatedCopy } from '../hosts/xlsx/patchXlsx';
import { writeFileAtomically } from '../hosts/xlsx/safeWrite';
import { table } from './format';
import { readExemptions, refuseInputs, writeExemptionCandidates, writeSpecs } from './compareIo';
import type { CliIO } from './main';

export interface CompareArgs {
  ledger?: string;
  lists: Array<{ file: string; kind?: ListKind }>;
  json?: string;
  annotate?: string;
  summary?: string;
  exemptions?: string;
  exemptionsOut?: string;
  config?: string;
  all: boolean;
  quiet: boolean;
}

const KINDS = Object.values(LIST_KIND_LABEL).join('、');

export function parseCompareArgs(argv: string[]): CompareArgs {
  const args: CompareArgs = { lists: [], all: false, quiet: false };
  let kind: ListKind | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new InputError(`参数 ${a} 缺少取值`, `${a} needs a value`);
      return v;
    };
    if (a === '--kind') {
      const v = next();
      kind = kindFromLabel(v);
      if (!kind) throw new InputError(`--kind 取值“${v}”无效，应为：${KINDS}`, `unknown --kind ${v}`);
    } else if (a === '--json') args.json = next();
    else if (a === '--annotate') args.annotate = next();
    else if (a === '--summary') args.summary = next();
    else if (a === '--exemptions') args.exemptions = next();
    else if (a === '--exemptions-out') args.exemptionsOut = next();
    else if (a === '--config') args.config = next();
    else if (a === '--all') args.all = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('--')) throw new InputError(`未知参数：${a}`, `unknown option: ${a}`);
    else if (!args.ledger) args.ledger = a;
    else {
      args.lists.push({ file: a, ...(kind ? { kind } : {}) });
      kind = undefined;
    }
  }
  if (!args.ledger || args.lists.length === 0)
    throw new InputError(
      '用法：bangfu compare <台账.xlsx> <名单.xlsx>…（至少一个名单）',
      'usage: bangfu compare <ledger.xlsx> <list.xlsx>...',
    );
  return args;
}

export async function runCompare(
  argv: string[],
  io: CliIO,
  readConfig: (f: string) => Promise<unknown>,
): Promise<number> {
  const say = (s: string) => io.out.write(s + '\n');
  const args = parseCompareArgs(argv);
  const ledgerFile = args.ledger!;
  await refuseInputs(
    [
      ledgerFile,
      ...args.lists.map((l) => l.file),
      ...(args.exemptions ? [args.exemptions] : []),
      ...(args.config ? [args.config] : []),
    ],
    [
      [args.json, '--json'],
      [args.annotate, '--annotate'],
      [args.summary, '--summary'],
      [args.exemptionsOut, '--exemptions-out'],
    ],
  );
  const config = args.config ? await readConfig(args.config) : {};
  const exemptions = args.exemptions ? await readExemptions(args.exemptions) : [];
  const { sheets, file } = await readWorkbook(ledgerFile);
  const lists: ListInput[] = [];
  for (const l of args.lists)
    lists.push({
      source: path.basename(l.file),
      sheets: (await readWorkbook(l.file)).sheets,
      ...(l.kind ? { kind: l.kind } : {}),
    });
  const out = compareLedger(sheets, lists, config, exemptions);
  if (!out.parsedLedger.some((s) => s.kind === 'person'))
    throw new InputError(
      `未在台账中找到带“证件号码”的人员表：${ledgerFile}`,
      `no person sheet with an ID column in ${ledgerFile}`,
    );
  for (const l of args.lists)
    if (!out.lists.some((s) => s.source === path.basename(l.file)))
      throw new InputError(
        `名单中没有找到“身份证号码/证件号码”列：${l.file}`,
        `no ID column in the list ${l.file}`,
      );

  if (!args.quiet) {
    say('名单：');
    for (const l of out.lists)
      say(
        `  ${l.source} / ${l.sheet}：${l.kindLabel}${l.guessed ? '（按名称判断，可用 --kind 指定）' : ''}，${l.rows}行，匹配台账${l.matched}人${l.unreadableIds ? `，${l.unreadableIds}行证件号码无法比对` : ''}`,
      );
    const byRule = new Map<string, number>();
    for (const d of out.discrepancies) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    say(
      `\n不一致 ${out.discrepancies.length} 处${out.exempted.length ? `（另有已核实 ${out.exempted.length} 处不计入）` : ''}：`,
    );
    if (byRule.size)
      say(
        table(
          ['问题类型', '规则', '处数'],
          [...byRule].map(([r, n]) => [RULES[r]?.title ?? r, r, String(n)]),
          [false, false, true],
        ),
      );
    const shown = args.all ? out.discrepancies : out.discrepancies.slice(0, 30);
    for (const d of shown)
      say(
        `  ${d.ledgerCell ? `${d.ledgerCell.sheet}!${d.ledgerCell.cell}` : d.listCell ? `${d.listCell.source}:${d.listCell.sheet}!${d.listCell.cell}` : ''}  ${d.message}`,
      );
    if (shown.length < out.discrepancies.length)
      say(
        `  …另有 ${out.discrepancies.length - shown.length} 处，用 --all 全部列出，或 --summary 写出比对结果表`,
      );
    if (out.stale.length) say(`豁免清单中 ${out.stale.length} 条已失效（核实的值已变化或问题已消除）`);
  }
  if (args.json) {
    const report = {
      tool: 'bangfu compare',
      generatedAt: new Date().toISOString(),
      lists: out.lists,
      findings: out.findings,
      discrepancies: out.discrepancies,
      exempted: out.exempted,
      staleExemptions: out.stale,
      counts: countsOf(out.findings, out.exempted.length),
    };
    await writeFileAtomically(args.json, [JSON.stringify(report, null, 2)]);
    say(`已写出 JSON 报告：${args.json}`);
  }
  if (args.annotate) {
    await writeAnnotatedCopy(file, out.findings, args.annotate);
    say(`已写出标注副本：${args.annotate}（原文件未改动）`);
  }
  if (args.summary) {
    const specs = [buildCompareSheet(out)];
    if (exemptions.length) specs.push(buildVerifiedSheet(out.exempted, out.stale));
    await writeSpecs(specs, args.summary);
    say(`已写出比对结果：${args.summary}`);
  }
  if (args.exemptionsOut) {
    const n = await writeExemptionCandidates(args.exemptionsOut, exemptions, [
      { parsed: out.parsedLedger, findings: out.findings },
    ]);
    say(
      `已写出豁免清单：${args.exemptionsOut}（新增待核实 ${n} 条：在“核实原因”列填写后用 --exemptions 传回）`,
    );
  }
  return out.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export function countsOf(findings: Array<{ severity: 'error' | 'warning' | 'info' }>, exempted: number) {
  const c = { error: 0, warning: 0, info: 0, exempted };
  for (const f of findings) c[f.severity]++;
  return c;
}
