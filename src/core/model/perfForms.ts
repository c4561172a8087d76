// Performance forms (ledgers-national §9): 绩效目标申报表 (tpl:A) and 绩效自评表 (tpl:B). They are forms, not lists:
// label cells found by their text, the value in the next filled cell to the right (or below), then the indicator
// grid 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因 with 一级 / 二级 merged down.
import type { CellValue, ParsedSheet } from '../types';
import { cellText, isEmpty, normText, parseNumber, toHalfWidth } from '../grid/normalise';

const SCAN_ROWS = 200;

export interface PerfCell {
  r: number;
  c: number;
  raw: CellValue;
  value: number | null;
}

export interface FundingRow {
  label: string;
  r: number;
  /** 申报表: the amount; 自评表: 全年预算数 (A). */
  a: PerfCell | null;
  /** 自评表 only: 全年执行数 (B), 分值, 执行率, 得分. */
  b: PerfCell | null;
  score: PerfCell | null;
  rate: PerfCell | null;
  got: PerfCell | null;
}

export interface IndicatorRow {
  r: number;
  level1: string;
  name: string;
  score: PerfCell | null;
  target: PerfCell | null;
  actual: PerfCell | null;
  got: PerfCell | null;
  reason: PerfCell | null;
}

export interface PerfForm {
  sheet: ParsedSheet;
  kind: 'target' | 'selfEval';
  total: FundingRow | null;
  fiscal: FundingRow | null;
  other: FundingRow | null;
  indicators: IndicatorRow[];
  /** The 总分 row: its 分值 and 得分 cells. */
  totalScore: { r: number; score: PerfCell | null; got: PerfCell | null } | null;
}

function reader(sheet: ParsedSheet) {
  const merges = sheet.input.merges ?? [];
  const raw = (r: number, c: number): CellValue => {
    const v = sheet.grid[r]?.[c] ?? '';
    if (!isEmpty(v)) return v;
    const m = merges.find((x) => r >= x.r1 && r <= x.r2 && c >= x.c1 && c <= x.c2);
    return m ? (sheet.grid[m.r1]?.[m.c1] ?? '') : v;
  };
  const cell = (r: number, c: number): PerfCell => {
    const v = raw(r, c);
    return { r, c, raw: v, value: parseNumber(v).value };
  };
  const text = (r: number, c: number) => normText(raw(r, c));
  return { raw, cell, text };
}

/** Finds the first cell (row-major) whose normalised text passes `test`. */
function find(sheet: ParsedSheet, test: (t: string) => boolean): { r: number; c: number } | null {
  const rows = Math.min(sheet.grid.length, SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = sheet.grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.trim() !== '' && test(normText(v))) return { r, c };
    }
  }
  return null;
}

/** The form on a sheet, or null when the sheet is not a performance form. */
export function readPerfForm(sheet: ParsedSheet): PerfForm | null {
  const a = find(sheet, (t) => t.startsWith('全年预算数'));
  const level = find(sheet, (t) => t === '一级指标');
  const fundTotal = find(sheet, (t) => /^年度资金总额/.test(t));
  if (!level && !fundTotal) return null;
  const title = `${sheet.name}${sheet.grid.slice(0, 3).flat().map(cellText).join('')}`;
  if (!a && !/绩效/.test(title) && !level) return null;
  const { raw, cell, text } = reader(sheet);
  const width = (r: number) => sheet.grid[r]?.length ?? 0;
  const form: PerfForm = {
    sheet,
    kind: a ? 'selfEval' : 'target',
    total: null,
    fiscal: null,
    other: null,
    indicators: [],
    totalScore: null,
  };
  const LABELS: Array<[keyof Pick<PerfForm, 'total' | 'fiscal' | 'other'>, RegExp]> = [
    ['total', /^年度资金总额/],
    ['fiscal', /财政拨款/],
    ['other', /^(其中[:：]?)?其他资金/],
  ];
  const end = level ? level.r : Math.min(sheet.grid.length, SCAN_ROWS);
  if (a) {
    // 自评表: a header row 全年预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分, then one row per funding line.
    const col = (re: RegExp) => {
      for (let c = 0; c < width(a.r); c++) if (re.test(text(a.r, c))) return c;
      return -1;
    };
    const cb = col(/^全年执行数/);
    const cs = col(/^分值/);
    const cr = col(/^执行率/);
    const cg = col(/^得分/);
    const at = (r: number, c: number) => (c < 0 ? null : cell(r, c));
    for (let r = a.r + 1; r < Math.min(end, a.r + 8); r++) {
      for (const [key, re] of LABELS) {
        if (form[key]) continue;
        let label = '';
        for (let c = 0; c < a.c; c++) if (re.test(text(r, c))) label = cellText(raw(r, c)).trim();
        if (!label) continue;
        form[key] = {
          label,
          r,
          a: cell(r, a.c),
          b: at(r, cb),
          score: at(r, cs),
          rate: at(r, cr),
          got: at(r, cg),
        };
      }
    }
  } else {
    // 申报表: "年度资金总额 | 20 | 其中：财政拨款 | 18 | 其他资金 | 2", or the value under the label.
    for (const [key, re] of LABELS) {
      const at = find(sheet, (t) => re.test(t));
      if (!at || at.r >= end) continue;
      let value: PerfCell | null = null;
      for (let c = at.c + 1; c < width(at.r); c++) {
        const t = text(at.r, c);
        if (t === '' || t === text(at.r, at.c)) continue; // empty, or the label's own merged span
        if (LABELS.some(([, x]) => x.test(t))) break; // the next label: no value on the right
        value = cell(at.r, c);
        break;
      }
      if (!value) {
        const below = cell(at.r + 1, at.c);
        if (below.value !== null) value = below;
      }
      form[key] = {
        label: cellText(raw(at.r, at.c)).trim(),
        r: at.r,
        a: value,
        b: null,
        score: null,
        rate: null,
        got: null,
      };
    }
  }
  if (level) readIndicators(sheet, level, form);
  return form;
}

function readIndicators(sheet: ParsedSheet, level: { r: number; c: number }, form: PerfForm): void {
  const { cell, text } = reader(sheet);
  const hr = level.r;
  const w = sheet.grid[hr]?.length ?? 0;
  const col = (re: RegExp) => {
    for (let c = 0; c < w; c++) if (re.test(text(hr, c))) return c;
    return -1;
  };
  const c2 = col(/^二级指标/);
  const c3 = col(/^三级指标/);
  const cs = col(/^分值/);
  const ct = col(/^(年度)?指标值/);
  const ca = col(/^全年实际值|^实际完成值/);
  const cg = col(/^得分/);
  const cr = col(/^未完成原因/);
  const at = (r: number, c: number) => (c < 0 ? null : cell(r, c));
  let level1 = '';
  for (let r = hr + 1; r < Math.min(sheet.grid.length, hr + SCAN_ROWS); r++) {
    const first = text(r, level.c);
    if (/^总分/.test(first) || (c3 >= 0 && /^总分/.test(text(r, 0)))) {
      form.totalScore = { r, score: at(r, cs), got: at(r, cg) };
      break;
    }
    const name = c3 >= 0 ? text(r, c3) : '';
    const score = at(r, cs);
    if (first) level1 = first;
    if (!name && (score === null || score.value === null)) {
      if ((sheet.grid[r] ?? []).every((v) => isEmpty(v))) break;
      continue;
    }
    form.indicators.push({
      r,
      level1,
      name: name || (c2 >= 0 ? text(r, c2) : ''),
      score,
      target: at(r, ct),
      actual: at(r, ca),
      got: at(r, cg),
      reason: at(r, cr),
    });
  }
}

/** "≥90%", ">=4个", "≤475元/亩", "100%": operator, number, unit; null for qualitative values. */
export function parseIndicatorValue(
  v: CellValue,
): { op: '>=' | '<=' | '=' | '>' | '<'; value: number; unit: string } | null {
  const t = toHalfWidth(cellText(v))
    .replace(/\s+/g, '')
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=');
  const m = /^(≥|>=|≤|<=|=|>|<)?(-?\d+(?:\.\d+)?)(.*)$/.exec(t);
  if (!m) return null;
  const op = m[1] === '≥' || m[1] === '>=' || !m[1] ? '>=' : m[1] === '≤' || m[1] === '<=' ? '<=' : m[1];
  return { op: op as '>=' | '<=' | '=' | '>' | '<', value: Number(m[2]), unit: m[3] };
}
