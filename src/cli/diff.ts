// bangfu diff <上月.xlsx> <本月.xlsx> [--json] [--summary] [--annotate] [--threshold 30] [--exemptions]
// [--exemptions-out] [--config]: 新增/减少 户 and 人, 人员变动, field changes and the suspicious ones.
import { buildDiffSheet, buildVerifiedSheet, diffNarrative, diffWorkbooks } from '../core/compare';
import { RULES } from '../core/rules/catalogue';
import { InputError, readWorkbook } from '../hosts/xlsx/readWorkbook';
import { writeAnnotatedCopy } from '../hosts/xlsx/patchXlsx';
import { writeFileAtomically } from '../hosts/xlsx/safeWrite';
import { table } from './format';
import { countsOf } from './compare';
import { readExemptions, refuseInputs, writeExemptionCandidates, writeSpecs } from './compareIo';
import type { CliIO } from './main';

interface DiffArgs {
  previous?: string;
  current?: string;
  json?: string;
  annotate?: string;
  summary?: string;
  exemptions?: string;
  exemptionsOut?: string;
  config?: string;
  threshold?: number;
  all: boolean;
  quiet: boolean;
}

function parseDiffArgs(argv: string[]): DiffArgs {
  const args: DiffArgs = { all: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new InputError(`参数 ${a} 缺少取值`, `${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = next();
    else if (a === '--annotate') args.annotate = next();
    else if (a === '--summary') args.summary = next();
    else if (a === '--exemptions') args.exemptions = next();
    else if (a === '--exemptions-out') args.exemptionsOut = next();
    else if (a === '--config') args.config = next();
    else if (a === '--threshold') {
      const v = next();
      const n = Number(v.replace(/%$/, ''));
      if (!Number.isFinite(n) || n <= 0)
        throw new InputError(
          `--threshold 应为正数（百分比），收到“${v}”`,
          `--threshold needs a positive percent`,
        );
      args.threshold = n;
    } else if (a === '--all') args.all = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('--')) throw new InputError(`未知参数：${a}`, `unknown option: ${a}`);
    else if (!args.previous) args.previous = a;
    else if (!args.current) args.current = a;
    else throw new InputError(`多余的参数：${a}`, `unexpected argument: ${a}`);
  }
  if (!args.previous || !args.current)
    throw new InputError(
      '用法：bangfu diff <上月.xlsx> <本月.xlsx>',
      'usage: bangfu diff <previous.xlsx> <current.xlsx>',
    );
  return args;
}

export async function runDiff(
  argv: string[],
  io: CliIO,
  readConfig: (f: string) => Promise<unknown>,
): Promise<number> {
  const say = (s: string) => io.out.write(s + '\n');
  const args = parseDiffArgs(argv);
  await refuseInputs(
    [args.previous!, args.current!, ...(args.exemptions ? [args.exemptions] : [])],
    [
      [args.json, '--json'],
      [args.annotate, '--annotate'],
      [args.summary, '--summary'],
      [args.exemptionsOut, '--exemptions-out'],
    ],
  );
  const config = args.config ? await readConfig(args.config) : {};
  const exemptions = args.exemptions ? await readExemptions(args.exemptions) : [];
  const prev = await readWorkbook(args.previous!);
  const cur = await readWorkbook(args.current!);
  const out = diffWorkbooks(prev.sheets, cur.sheets, config, {
    exemptions,
    ...(args.threshold !== undefined ? { largeChangePercent: args.threshold } : {}),
  });
  for (const [a, f] of [
    [out.previous, args.previous!],
    [out.current, args.current!],
  ] as const)
    if (a.ctx.ledger.households.length === 0)
      throw new InputError(
        `未在工作簿中找到可识别的户或人员台账：${f}`,
        `no recognisable household or person ledger: ${f}`,
      );

  if (!args.quiet) {
    say(diffNarrative(out));
    say(
      table(
        ['行政村', '上月户', '上月人', '新增户', '新增人', '减少户', '减少人', '本月户', '本月人'],
        out.villages.map((v) => [
          v.village || '（未填村）',
          ...[
            v.previousHouseholds,
            v.previousPersons,
            v.addedHouseholds,
            v.addedPersons,
            v.removedHouseholds,
            v.removedPersons,
            v.currentHouseholds,
            v.currentPersons,
          ].map(String),
        ]),
        [false, true, true, true, true, true, true, true, true],
      ),
    );
    const all = [
      ...out.previousFindings.map((f) => ({ f, side: '上月' })),
      ...out.findings.map((f) => ({ f, side: '本月' })),
    ];
    if (all.length)
      say(
        `\n需核实的变动 ${all.length} 处${out.exempted.length ? `（另有已核实 ${out.exempted.length} 处）` : ''}：`,
      );
    const shown = args.all ? all : all.slice(0, 30);
    for (const { f, side } of shown)
      say(`  [${RULES[f.rule]?.title ?? f.rule}] ${side} ${f.sheet}!${f.cell}  ${f.message}`);
    if (shown.length < all.length) say(`  …另有 ${all.length - shown.length} 处，用 --all 全部列出`);
  }
  if (args.json) {
    const { previous, current, ...rest } = out;
    void previous;
    void current;
    await writeFileAtomically(args.json, [
      JSON.stringify(
        {
          tool: 'bangfu diff',
          generatedAt: new Date().toISOString(),
          ...rest,
          counts: { ...rest.counts, findings: countsOf(out.findings, out.exempted.length) },
        },
        null,
        2,
      ),
    ]);
    say(`已写出 JSON 报告：${args.json}`);
  }
  if (args.annotate) {
    await writeAnnotatedCopy(cur.file, out.findings, args.annotate);
    say(`已写出本月台账标注副本：${args.annotate}（原文件未改动）`);
  }
  if (args.summary) {
    const specs = [buildDiffSheet(out)];
    if (exemptions.length) specs.push(buildVerifiedSheet(out.exempted, out.stale));
    await writeSpecs(specs, args.summary);
    say(`已写出变动情况表：${args.summary}`);
  }
  if (args.exemptionsOut) {
    const n = await writeExemptionCandidates(args.exemptionsOut, exemptions, [
      { parsed: out.current.parsed, findings: out.findings },
      { parsed: out.previous.parsed, findings: out.previousFindings },
    ]);
    say(`已写出豁免清单：${args.exemptionsOut}（新增待核实 ${n} 条）`);
  }
  return [...out.findings, ...out.previousFindings].some((f) => f.severity === 'error') ? 1 : 0;
}
