// County rule packs (县规则包): a JSON file, or the copy stored in the workbook by the 设置 tab, read and validated
// before any check runs. Every problem is a Chinese message naming the rule, the line of the file and the position
// in the expression; a pack with problems is not used (never a crash, never a half-loaded pack).
import { z } from 'zod';
import { isBuiltinRule } from '../rules/catalogue';
import { compileRule, knownColumn, RuleCompileError } from './compile';
import type { RulePack } from './types';

const ID_RE = /^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/;

const paramValue = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.union([z.number(), z.string()])),
  z.array(z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())]))),
]);

const recordSchema = z
  .object({
    id: z.string().regex(ID_RE, '规则编号应为小写英文、数字和连字符，以点分段，如 county.helper-phone'),
    title: z.string().min(1, '请填写规则名称（title）').max(40, '规则名称不超过40字'),
    severity: z.enum(['error', 'warning', 'info'], {
      message: '严重程度（severity）只能是 error、warning 或 info',
    }),
    scope: z.enum(['person', 'household'], {
      message: '范围（scope）只能是 person（每人）或 household（每户）',
    }),
    columns: z.array(z.string().min(1)).max(40),
    optional: z.array(z.string().min(1)).max(40).optional(),
    needs: z.array(z.enum(['work', 'workPlan', 'village'])).optional(),
    condition: z.string().min(1, '请填写条件（condition）').max(2000, '条件不超过2000字'),
    cell: z.string().optional(),
    message: z.string().min(1, '请填写提示语（message）').max(500, '提示语不超过500字'),
    params: z.record(z.string(), paramValue).optional(),
    yieldsTo: z.array(z.string()).optional(),
    why: z.string().optional(),
    evidence: z.string().optional(),
  })
  .strict();

const packSchema = z
  .object({
    name: z.string().min(1, '请填写规则包名称（name）').max(60),
    version: z.string().optional(),
    description: z.string().optional(),
    rules: z.array(z.unknown()).min(1, '规则包中没有规则（rules 为空）').max(500, '一个规则包最多500条规则'),
  })
  .strict();

export interface PackProblem {
  /** 1-based line in the file, when known. */
  line?: number;
  rule?: string;
  message: string;
}

export type PackLoad = { ok: true; pack: RulePack } | { ok: false; problems: PackProblem[] };

/** Line of the n-th occurrence of `"key"` in the text (the records' fields are found in file order). */
function lineOf(text: string, needle: string, from = 0): { line: number; index: number } | undefined {
  const i = text.indexOf(needle, from);
  if (i < 0) return undefined;
  return { line: text.slice(0, i).split('\n').length, index: i };
}

function zodText(issue: z.core.$ZodIssue, where: string): string {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys')
    return `${where}有不认识的字段：${(issue as { keys: string[] }).keys.join('、')}（可用字段见 README“县规则包”）。`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}缺少“${path}”。`;
  return `${where}${path ? `“${path}”` : ''}${issue.message.startsWith('Invalid') ? '格式不对' : issue.message}。`;
}

/** Reads a pack from its JSON text; `source` names it in messages (file name). */
export function loadRulePack(text: string, source = '规则包'): PackLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    return {
      ok: false,
      problems: [
        {
          line,
          message: `${source}不是有效的 JSON${line ? `（第${line}行附近）` : ''}：请检查引号、逗号和括号是否配对。`,
        },
      ],
    };
  }
  return validateRulePack(raw, text, source);
}

/** Validates a parsed pack (the workbook's stored copy, or a file's JSON with its text for line numbers). */
export function validateRulePack(
  raw: unknown,
  text = JSON.stringify(raw, null, 2),
  source = '规则包',
): PackLoad {
  const top = packSchema.safeParse(raw);
  if (!top.success)
    return { ok: false, problems: top.error.issues.map((i) => ({ message: zodText(i, `${source}：`) })) };
  const problems: PackProblem[] = [];
  const rules: RulePack['rules'] = [];
  const seen = new Set<string>();
  let cursor = 0;
  top.data.rules.forEach((r, n) => {
    const idText = (r as { id?: unknown })?.id;
    const at = typeof idText === 'string' ? lineOf(text, JSON.stringify(idText), cursor) : undefined;
    if (at) cursor = at.index + 1;
    const rec = recordSchema.safeParse(r);
    const label = `第${n + 1}条规则${typeof idText === 'string' ? `“${idText}”` : ''}`;
    if (!rec.success) {
      for (const i of rec.error.issues)
        problems.push({ line: at?.line, rule: idText as string, message: zodText(i, `${label}：`) });
      return;
    }
    const record = rec.data;
    if (isBuiltinRule(record.id) || seen.has(record.id)) {
      problems.push({
        line: at?.line,
        rule: record.id,
        message: `${label}：编号与${seen.has(record.id) ? '本包另一条规则' : '内置规则'}重复，请换一个编号（如 county.${record.id.split('.').pop()}）。`,
      });
      return;
    }
    seen.add(record.id);
    for (const c of [...record.columns, ...(record.optional ?? [])])
      if (!knownColumn(c) && !/[\u4e00-\u9fff]/.test(c))
        problems.push({
          line: at?.line,
          rule: record.id,
          message: `${label}：列“${c}”既不是已知的列名，也不是中文表头。请写表头原文（如“在校生状况”）。`,
        });
    try {
      compileRule(record, top.data.name);
    } catch (e) {
      if (!(e instanceof RuleCompileError)) throw e;
      // The line of the field in the file, plus the line inside a multi-line expression.
      const field = lineOf(text, `"${e.field}"`, at?.index ?? 0);
      const line = field ? field.line + (e.line ?? 1) - 1 : at?.line;
      problems.push({ line, rule: record.id, message: e.message });
      return;
    }
    rules.push(record);
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, pack: { ...top.data, rules } };
}

/** A pack as kept in settings (config.rulePacks): the pack plus whether the clerk switched it on. */
export interface StoredPack extends RulePack {
  enabled?: boolean;
}

/** The enabled packs of config.rulePacks, validated; problems (Chinese, naming the pack) when any is invalid. */
export function storedPacks(stored: readonly StoredPack[]): { packs: RulePack[]; problems: string[] } {
  const packs: RulePack[] = [];
  const problems: string[] = [];
  for (const s of stored) {
    if (s.enabled === false) continue;
    const { enabled: _enabled, ...pack } = s;
    const loaded = validateRulePack(pack, undefined, `规则包“${s.name}”`);
    if (loaded.ok) packs.push(loaded.pack);
    else problems.push(...loaded.problems.map((p) => `规则包“${s.name}”：${p.message}`));
  }
  return { packs, problems };
}

/** One problem as the CLI and the pane print it. */
export function problemText(p: PackProblem, source: string): string {
  return `${source}${p.line ? `第${p.line}行` : ''}：${p.message}`;
}
