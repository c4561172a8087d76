// Config problems in Chinese: every setting by its Chinese label (设置项名称) and its allowed values, unknown keys
// with the nearest valid key, never zod's English. Shared by the CLI (ConfigError) and the pane's 设置 form.
import type { z } from 'zod';
import { editDistance } from '../profiles/codeLists';
import { LINE_ROW_SETTINGS, SETTINGS } from './labels';

export { LINE_ROW_SETTINGS, SETTINGS, type SettingInfo } from './labels';

const SEVERITY_ALLOWED = '"error"（错误）、"warning"（警告）或 "info"（提示）';

/** The nearest candidate by edit distance (case-insensitive), when it is close enough to be a likely typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}

/** "贫困线（元/人·年）（povertyLine）" or "贫困线、监测线表第 2 行的贫困线（lines[1].povertyLine）". */
export function settingName(path: ReadonlyArray<PropertyKey>): string {
  const p = path.map((x) => (typeof x === 'symbol' ? String(x) : x));
  const code = p.reduce<string>(
    (s, x) => (typeof x === 'number' ? `${s}[${x}]` : s ? `${s}.${x}` : String(x)),
    '',
  );
  const top = SETTINGS[String(p[0])];
  if (!top) return `“${code}”`;
  if (p[0] === 'lines' && typeof p[1] === 'number') {
    const row = p[2] !== undefined ? LINE_ROW_SETTINGS[String(p[2])] : undefined;
    return `“${top.label}”第 ${p[1] + 1} 行${row ? `的“${row.label}”` : ''}（${code}）`;
  }
  if (p[0] === 'compulsoryEducationAges' && typeof p[1] === 'number')
    return `“${top.label}”的${p[1] === 0 ? '起始年龄' : '截止年龄'}（${code}）`;
  if (p.length > 1 && typeof p[1] === 'number') return `“${top.label}”第 ${p[1] + 1} 项（${code}）`;
  if (p.length > 1) return `“${top.label}”中的“${String(p[1])}”（${code}）`;
  return `“${top.label}”（${code}）`;
}

function allowedFor(path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === 'lines' && path[2] !== undefined) return LINE_ROW_SETTINGS[String(path[2])]?.allowed ?? '';
  if (path[0] === 'severity' && path.length > 1) return SEVERITY_ALLOWED;
  return SETTINGS[String(path[0])]?.allowed ?? '';
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** The value at `path` in the raw config, shown short (JSON). */
function shown(raw: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  const v = valueAt(raw, path);
  if (v === undefined) return undefined;
  let t: string;
  try {
    t = JSON.stringify(v) ?? String(v);
  } catch {
    t = String(v);
  }
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: '是/否（true 或 false）',
  object: '对象 { … }',
  record: '对象 { … }',
  array: '列表 [ … ]',
  tuple: '列表 [ … ]',
};

function keyCandidates(path: ReadonlyArray<PropertyKey>): string[] {
  if (path.length === 0) return Object.keys(SETTINGS);
  if (path[0] === 'lines') return Object.keys(LINE_ROW_SETTINGS);
  return [];
}

/** One zod issue as Chinese lines (an unrecognized_keys issue gives one line per key). */
export function issueText(issue: z.core.$ZodIssue, raw: unknown): string[] {
  const path = issue.path;
  const name = settingName(path);
  const allowed = allowedFor(path);
  const value = shown(raw, path);
  const now = value !== undefined ? `，现为 ${value}` : '';
  const tail = allowed ? `。允许：${allowed}` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const where = path.length ? `${settingName(path)}中` : '';
      return issue.keys.map((k) => {
        const near = nearest(k, keyCandidates(path));
        const info = path.length === 0 && near ? SETTINGS[near] : undefined;
        return `${where}没有设置项“${k}”${
          near ? `，是否应为“${near}”${info ? `（${info.label}）` : ''}？` : '。'
        }${path.length === 0 ? '可用的设置项见 README“设置”一节' : '请删除或更正'}。`;
      });
    }
    case 'invalid_type': {
      if (path.length === 0) return ['设置应为一个 JSON 对象，如 { "year": 2024 }。'];
      const expected = TYPE_NAMES[issue.expected] ?? '正确的类型';
      if (value === undefined) return [`${name}缺少，应为${expected}${tail}。`];
      return [`${name}应为${expected}${now}${tail}。`];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array' || issue.origin === 'set') return [`${name}的项数不对${now}${tail}。`];
      if (issue.origin === 'string') return [`${name}的长度不对${now}${tail}。`];
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const rel =
        issue.code === 'too_small'
          ? issue.inclusive
            ? `不能小于 ${String(bound)}`
            : `应大于 ${String(bound)}`
          : issue.inclusive
            ? `不能大于 ${String(bound)}`
            : `应小于 ${String(bound)}`;
      return [`${name}${rel}${now}${tail}。`];
    }
    case 'invalid_value': {
      if (path[0] === 'severity' && path.length > 1) return [`${name}应为 ${SEVERITY_ALLOWED}${now}。`];
      const given = valueAt(raw, path);
      const near =
        typeof given === 'string'
          ? nearest(
              given,
              issue.values.map((v) => String(v)),
            )
          : undefined;
      // "…？允许：…。" — the question mark ends the sentence before the allowed values.
      return [`${name}取值无效${now}${near ? `，是否应为“${near}”？${tail.slice(1)}` : tail}。`];
    }
    case 'invalid_format':
      return [`${name}格式不对${now}${tail}。`];
    default:
      return [`${name}无效${now}${tail}。`];
  }
}
