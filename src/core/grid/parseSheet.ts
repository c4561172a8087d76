// Header detection and column mapping: find the header block in the first 15 rows (title rows above it, 1–3
// header rows with merged group headers), give each column its header path, map it to a logical key by synonyms,
// classify the sheet, and list data rows (totals, blank and footer rows left out).
import type { CellValue, ColumnInfo, MergeRange, ParsedSheet, SheetInput, SheetKind } from '../types';
import { columnLetter } from './address';
import { cellText, isEmpty, normText, parseNumber } from './normalise';
import {
  COLUMN_DEFS,
  GENERIC_LEAVES,
  UNIT_SUFFIX_RE,
  type ColumnDef,
  type ColumnLevel,
} from '../profiles/synonyms';

export const HEADER_SCAN_ROWS = 15;
/** More consecutive empty rows than this end the data. */
export const MAX_BLANK_RUN = 50;

export interface SynonymIndex {
  byText: Map<string, ColumnDef[]>;
}

/** Builds the header lookup from the defaults plus config.columnSynonyms (user synonyms win). */
export function buildSynonymIndex(extra: Record<string, string[]> = {}): SynonymIndex {
  const byText = new Map<string, ColumnDef[]>();
  const add = (text: string, def: ColumnDef, front = false) => {
    const k = normText(text);
    if (!k) return;
    const list = byText.get(k) ?? [];
    if (!list.includes(def)) {
      if (front) list.unshift(def);
      else list.push(def);
    }
    byText.set(k, list);
  };
  for (const def of COLUMN_DEFS) for (const h of def.headers) add(h, def);
  for (const [key, headers] of Object.entries(extra)) {
    const def = COLUMN_DEFS.find((d) => d.key === key) ?? {
      key,
      level: 'H' as ColumnLevel,
      headers,
      label: headers[0] ?? key,
    };
    for (const h of headers) add(h, def, true);
  }
  return { byText };
}

function lookup(index: SynonymIndex, text: string): ColumnDef[] {
  const t = normText(text);
  if (!t) return [];
  const exact = index.byText.get(t);
  if (exact) return exact;
  const stripped = t.replace(UNIT_SUFFIX_RE, '');
  if (stripped !== t) return index.byText.get(stripped) ?? [];
  return [];
}

const TITLE_HINT = /(填报单位|填表单位|单位[:：]|截至|截止|统计时点|数据日期[:：]|制表)/;
// 合计 / 小计 / 总计 alone (or with a colon), or a label ending in one ("产业发展小计", "全镇合计"); not "合计村".
const TOTAL_LABEL = /^(合计|小计|总计|总合计|累计)([:：].*)?$|^.{1,20}(小计|合计|总计)$/;
const FOOTER_LABEL = /^(单位负责人|审核人|填表人|制表人|填报日期|说明|注[:：]|备注[:：]|负责人)/;

/** nonEmpty(row) > 0, stopping at the first filled cell (data rows: usually the first). */
function hasContent(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) if (!isEmpty(row[i])) return true;
  return false;
}

/** Cells of a row that hold text. */
function rowTexts(row: CellValue[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (const v of row) if (typeof v === 'string' && v.trim() !== '') n++;
  return n;
}

function nonEmpty(row: CellValue[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (const v of row) if (!isEmpty(v)) n++;
  return n;
}

function matchCount(index: SynonymIndex, row: CellValue[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (const v of row) if (typeof v === 'string' && lookup(index, v).length > 0) n++;
  return n;
}

function looksLikeTitle(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  const ne = nonEmpty(row);
  if (ne === 0) return true;
  const first = row.find((v) => !isEmpty(v));
  if (ne <= 3 && row.some((v) => typeof v === 'string' && TITLE_HINT.test(v))) return true;
  return ne === 1 && typeof first === 'string' && first.length >= 6;
}

export interface HeaderBlock {
  /** 0-based first and last header rows. */
  first: number;
  last: number;
}

/** Finds the header block; null when no row of the first 15 looks like a ledger header. */
export function findHeaderBlock(
  values: CellValue[][],
  index: SynonymIndex,
  merges: MergeRange[] = [],
): HeaderBlock | null {
  const scan = Math.min(HEADER_SCAN_ROWS, values.length);
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < scan; r++) {
    const m = matchCount(index, values[r]);
    if (m > bestScore) {
      best = r;
      bestScore = m;
    }
  }
  if (best < 0 || bestScore < 2) return null;
  let first = best;
  let last = best;
  // Upward: group rows above the best row (a title or 填报单位 line stops it).
  while (first > 0 && best - first < 2) {
    const above = values[first - 1];
    if (
      looksLikeTitle(above) ||
      rowTexts(above) < 2 ||
      (matchCount(index, above) === 0 && rowTexts(above) < 3)
    )
      break;
    first--;
  }
  // Downward: sub-header rows (text only, no data-like numbers in a 序号 position).
  while (last + 1 < scan && last - first < 2) {
    const below = values[last + 1];
    if (!below || nonEmpty(below) === 0) break;
    const hasNumber = below.some((v) => typeof v === 'number');
    if (hasNumber) break;
    const m = matchCount(index, below);
    const generic = below.filter((v) => typeof v === 'string' && GENERIC_LEAVES.has(normText(v))).length;
    if (m + generic === 0) break;
    // A data row of text codes could match synonyms (e.g. 户主 in 与户主关系 never does; names don't): require
    // that most non-empty cells are header-like.
    if ((m + generic) * 2 < nonEmpty(below)) break;
    last++;
  }
  // Merges that start in the block and reach further down belong to the header.
  for (const mg of merges) {
    if (mg.r1 >= first && mg.r1 <= last && mg.r2 > last && mg.r2 - first < 3 && mg.r2 < scan) last = mg.r2;
  }
  return { first, last };
}

/** Header path per column: horizontal merges (or blanks right of a group with sub-headers below) propagated. */
export function headerPaths(
  values: CellValue[][],
  block: HeaderBlock,
  merges: MergeRange[] = [],
): string[][] {
  let width = 0;
  for (let r = block.first; r <= block.last; r++) width = Math.max(width, values[r]?.length ?? 0);
  const cell = (r: number, c: number) => cellText(values[r]?.[c]);
  const grid: string[][] = [];
  for (let r = block.first; r <= block.last; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(cell(r, c));
    grid.push(row);
  }
  // Explicit merges first.
  for (const mg of merges) {
    if (mg.r2 < block.first || mg.r1 > block.last) continue;
    const v = cell(mg.r1, mg.c1);
    for (let r = Math.max(mg.r1, block.first); r <= Math.min(mg.r2, block.last); r++)
      for (let c = mg.c1; c <= Math.min(mg.c2, width - 1); c++) {
        const gr = r - block.first;
        if (grid[gr][c] === '' && mg.c2 > mg.c1) grid[gr][c] = v; // horizontal group propagation
      }
  }
  // Without merge info: a blank cell in a non-last header row, right of a text cell, with sub-headers below it,
  // is part of that group (how merged group headers read through Office.js values).
  for (let gr = 0; gr < grid.length - 1; gr++) {
    for (let c = 1; c < width; c++) {
      if (grid[gr][c] !== '') continue;
      const below = grid.slice(gr + 1).some((row) => row[c] !== '');
      const left = grid[gr][c - 1];
      const leftHasSub = grid.slice(gr + 1).some((row) => row[c - 1] !== '');
      if (below && left !== '' && leftHasSub) grid[gr][c] = left;
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let gr = 0; gr < grid.length; gr++) {
      const t = grid[gr][c];
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}

/** Candidates for a header path: the most specific non-generic part, then group+leaf combinations. */
function candidatesFor(index: SynonymIndex, path: string[]): { defs: ColumnDef[]; header: string } {
  if (path.length === 0) return { defs: [], header: '' };
  const leaf = path[path.length - 1];
  const leafGeneric =
    GENERIC_LEAVES.has(normText(leaf).replace(UNIT_SUFFIX_RE, '')) || GENERIC_LEAVES.has(normText(leaf));
  if (!leafGeneric || path.length === 1) {
    const defs = lookup(index, leaf);
    if (defs.length || path.length === 1) return { defs, header: leaf };
  }
  // Group + leaf ("脱贫户" + "户数"), then the group itself (a 小计 under 转移性收入 is that component's total).
  for (let i = path.length - 2; i >= 0; i--) {
    const combined = lookup(index, path[i] + leaf);
    if (combined.length) return { defs: combined, header: path[i] + leaf };
    const group = lookup(index, path[i]);
    if (group.length && leafGeneric && !/^(户数|人数|占比)/.test(normText(leaf)))
      return { defs: group, header: path[i] };
  }
  if (!leafGeneric) {
    for (let i = path.length - 2; i >= 0; i--) {
      const g = lookup(index, path[i]);
      if (g.length && g[0].level === 'F' && /^(中央|省级|市级|县级|其他)/.test(normText(leaf)))
        return { defs: g, header: path[i] };
    }
  }
  return { defs: [], header: leaf };
}

const KIND_LEVELS: Record<SheetKind, ColumnLevel[]> = {
  person: ['P', 'H'],
  household: ['H', 'P'],
  village: ['V', 'H'],
  fund: ['F', 'H'],
  work: ['W', 'P', 'H'],
  workPlan: ['W', 'P', 'H'],
  householdBuild: ['H', 'P'],
  unknown: ['H', 'P', 'V', 'F', 'W'],
};

/** 行政村信息 fields (ledgers-national §5.6): three of them make a village sheet without 总户数 / 总人口. */
export const VILLAGE_EXPORT_KEYS = [
  'collectiveIncome',
  'primarySchools',
  'pensionInsuredPersons',
  'busService',
  'clinics',
  'publicToilets',
  'doctors',
  'garbagePoints',
  'culturalRooms',
  'dibaoHouseholds',
  'dibaoPersons',
  'extremePovertyPersons',
  'disabledPersons',
  'pavedRoadToTownship',
  'unsafeWaterHouseholds',
  'unsafeHousingHouseholds',
];

/**
 * The sheet's kind from its mapped keys; `hint` is the sheet name and title (乡村建设). The national companion
 * exports are tested before the person kind (ledgers-national §1): they carry 证件号码 but are no person ledger.
 */
export function classify(keys: Set<string>, hint = ''): SheetKind {
  const has = (...k: string[]) => k.some((x) => keys.has(x));
  if (has('project') && has('planned', 'spent', 'released', 'disbursed', 'subsidy', 'sourceCentral'))
    return 'fund';
  // 资产台账 and the 受益农户名单 of a 到户 project are fund-side sheets, never person ledgers (ledgers-national §9).
  if (has('assetStatus', 'assetOwner', 'assetManager') && has('project', 'assetName')) return 'fund';
  if (
    has('subsidy') &&
    has('idNumber', 'headName', 'name') &&
    !has('relationToHead') &&
    /受益|名单|到户/.test(hint)
  )
    return 'fund';
  if (has('workStart') && has('isWorking', 'workCounty', 'workMonthlyIncome')) return 'work';
  if (has('planWork', 'planOutWork', 'serviceNeed', 'planCounty')) return 'workPlan';
  // （乡村建设）户信息: 户类型 + 证件号码 + 户编号 and nothing that only a person ledger has.
  if (
    has('idNumber') &&
    !has('relationToHead') &&
    (/乡村建设/.test(hint) ||
      (has('householdType') && has('householdId') && !has('name', 'gender', 'birthDate', 'personId')))
  )
    return 'householdBuild';
  if (has('idNumber') || (has('name') && has('relationToHead'))) return 'person';
  if (
    has('householdId', 'headName', 'headIdNumber') &&
    has('householdSize', 'netIncome', 'perCapitaNetIncome', 'wageIncome', 'headIdNumber')
  )
    return 'household';
  if (
    has('village') &&
    (has('totalPopulation', 'agriPopulation', 'totalHouseholds', 'ruralPopulation', 'residentPopulation') ||
      has('villageExited') ||
      VILLAGE_EXPORT_KEYS.filter((k) => keys.has(k)).length >= 3)
  )
    return 'village';
  return 'unknown';
}

function mapColumns(index: SynonymIndex, paths: string[][], kind: SheetKind | null): ColumnInfo[] {
  const prefer = kind ? KIND_LEVELS[kind] : KIND_LEVELS.unknown;
  const out: ColumnInfo[] = [];
  paths.forEach((path, c) => {
    if (path.length === 0) return;
    const { defs, header } = candidatesFor(index, path);
    let def: ColumnDef | undefined;
    for (const level of prefer) {
      def = defs.find((d) => d.level === level);
      if (def) break;
    }
    if (!def && kind === null) def = defs[0];
    // Fund-only words (其他, 省) must not map on household sheets, and vice versa.
    if (def && kind && kind !== 'unknown' && !prefer.includes(def.level)) def = undefined;
    out.push({
      index: c,
      letter: columnLetter(c),
      key: def?.key ?? '',
      path,
      header: def ? header : path[path.length - 1],
    });
  });
  return out;
}

function unitAbove(
  values: CellValue[][],
  block: HeaderBlock,
  columns: ColumnInfo[],
): '元' | '万元' | undefined {
  for (let r = 0; r < block.first; r++) {
    for (const v of values[r] ?? []) {
      const t = normText(v);
      const m = /单位[:：]?.*?(万元|元)/.exec(t);
      if (m) return m[1] === '万元' ? '万元' : '元';
    }
  }
  for (const col of columns) {
    if (['planned', 'spent', 'released', 'disbursed'].includes(col.key)) {
      const t = normText(col.path.join(''));
      if (t.includes('(万元)')) return '万元';
      if (t.includes('(元)')) return '元';
    }
  }
  return undefined;
}

/** Row label for totals detection: the first few text cells before numbers start. */
export function isTotalsRow(row: CellValue[] | undefined, labelCols: number[]): boolean {
  if (!row) return false;
  for (const c of labelCols) {
    const v = row[c];
    // Every totals label contains 计, and normText never adds one: skip the normalising for other cells
    // (numbers, and text without 计 — nearly every data row).
    if (typeof v !== 'string' || !v.includes('计')) continue;
    const t = normText(v);
    if (t && TOTAL_LABEL.test(t)) return true;
  }
  return false;
}

export function isFooterRow(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  const first = row.find((v) => !isEmpty(v));
  return typeof first === 'string' && FOOTER_LABEL.test(normText(first));
}

/**
 * Parses one sheet. Vertical merges inside the data (a household field merged over its member rows) are filled
 * down into `grid` so every row carries its value; `input.values` is not modified.
 */
export function parseSheet(input: SheetInput, index: SynonymIndex): ParsedSheet {
  const values = input.values;
  const merges = input.merges ?? [];
  const block = findHeaderBlock(values, index, merges);
  const base: ParsedSheet = {
    name: input.name,
    kind: 'unknown',
    headerRows: [],
    columns: [],
    byKey: {},
    dataRows: [],
    totalRows: [],
    blankRows: [],
    dataMerges: [],
    grid: values,
    input,
  };
  if (!block) return base;
  const paths = headerPaths(values, block, merges);
  const first = mapColumns(index, paths, null);
  const titleText = values
    .slice(0, block.first)
    .map((row) => (row ?? []).find((v) => !isEmpty(v)))
    .find((v) => typeof v === 'string');
  const kind = classify(
    new Set(first.map((c) => c.key).filter(Boolean)),
    `${input.name} ${typeof titleText === 'string' ? titleText : ''}`,
  );
  const columns = mapColumns(index, paths, kind);
  const byKey: Record<string, ColumnInfo> = {};
  for (const col of columns) if (col.key && !byKey[col.key]) byKey[col.key] = col;

  let grid = values;
  const dataMerges = merges.filter((m) => m.r1 > block.last && (m.r2 > m.r1 || m.c2 > m.c1));
  if (dataMerges.length) {
    grid = values.slice();
    for (const m of dataMerges) {
      const v = values[m.r1]?.[m.c1] ?? '';
      for (let r = m.r1; r <= m.r2; r++) {
        if (grid[r] === values[r]) grid[r] = (values[r] ?? []).slice();
        for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) grid[r][c] = v;
      }
    }
  }

  // Label columns for totals: 序号 and the first few mapped text columns.
  const labelCols = columns.slice(0, 4).map((c) => c.index);
  const dataRows: number[] = [];
  const totalRows: number[] = [];
  let lastData = grid.length - 1;
  while (lastData > block.last && nonEmpty(grid[lastData]) === 0) lastData--;
  let blankRun = 0;
  let ignoredAfter: ParsedSheet['ignoredAfter'];
  for (let r = block.last + 1; r <= lastData; r++) {
    const row = grid[r];
    if (!hasContent(row)) {
      blankRun++;
      // A long run of empty rows ends the table: stray content far below (row 1,048,576) is not data.
      if (blankRun > MAX_BLANK_RUN) {
        let next = r + 1;
        while (next <= lastData && nonEmpty(grid[next]) === 0) next++;
        ignoredAfter = { blankFrom: r - blankRun + 1, contentRow: next };
        for (let k = 0; k < blankRun - 1; k++) dataRows.pop();
        break;
      }
      dataRows.push(-r - 1); // marker for a blank row inside the data; resolved below
      continue;
    }
    blankRun = 0;
    if (isTotalsRow(row, labelCols)) {
      totalRows.push(r);
      continue;
    }
    if (isFooterRow(row)) break;
    dataRows.push(r);
  }
  const title = titleText;
  const unit = kind === 'fund' ? unitAbove(values, block, columns) : undefined;
  const headerRows: number[] = [];
  for (let r = block.first; r <= block.last; r++) headerRows.push(r + 1);
  return {
    ...base,
    kind,
    headerRows,
    columns,
    byKey,
    dataRows: dataRows.filter((r) => r >= 0),
    blankRows: dataRows.filter((r) => r < 0).map((r) => -r - 1),
    totalRows,
    dataMerges,
    ignoredAfter,
    unit,
    title: typeof title === 'string' ? title.trim() : undefined,
    grid,
  };
}

/** Whether a value in a column looks numeric (used to sanity-check mapped amount columns). */
export function isNumericLike(v: CellValue): boolean {
  const p = parseNumber(v);
  return p.kind === 'number' || p.kind === 'text-number';
}
