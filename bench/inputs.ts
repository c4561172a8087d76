// Deterministic benchmark inputs: one generated ledger (test/generator, layout a without the 转移性收入 sub-item
// columns = 46 columns, every injectable rule twice, 2 % clerk-typed households) as the base, scaled to any
// number of person rows by appending copies whose keys are rewritten so that no artificial duplicates appear:
//   - 户编号 / 人编号: the township segment of the code (digits 7–9) moves to a fresh code per copy;
//   - 证件号码: a new sequence number with the same parity (gender) and birth date, a fresh check character, and
//     the same kind of defect as the original (wrong check character, lower-case x, apostrophe, full-width);
//   - 人/户联系电话: digits 4–7 shifted per copy (a copy must not share its phones with the base);
//   - 行政村 gets a per-copy prefix (the village sheet gains the matching rows), 帮扶责任人 a per-copy middle
//     character, so per-village and per-helper counts stay those of the base ledger.
// The copies repeat the base's injected errors, so the error share stays that of the base (~2 % of rows).
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import type { CellValue, SheetInput } from '../src/core/types';
import { checkChar } from '../src/core/id/gb11643';
import { generateLedger, writeWorkbook, type WorkbookSpec } from '../test/generator';
import type { SheetSpec } from '../test/generator/doc';

// Under node_modules/.cache: ignored by git, ESLint and Prettier without any configuration change.
export const CACHE_DIR = path.join(__dirname, '..', 'node_modules', '.cache', 'bangfu-bench');
/** Base ledger sizes to try, largest first (the generator runs out of helper names somewhere above 8,000). */
const BASE_PERSONS = [8000, 6000, 4000, 2000];
const SEED = 20240101;

export interface BenchInput {
  sheets: SheetInput[];
  /** Name of the big person sheet. */
  mainSheet: string;
  /** Data rows (persons) on the big sheet. */
  persons: number;
  households: number;
  columns: number;
  basePersons: number;
  /** Expected findings the generator injected into the base ledger (before scaling). */
  baseExpected: number;
  baseExpectedRows: number;
}

let baseCache: { spec: WorkbookSpec; persons: number; expected: number; expectedRows: number } | undefined;

function baseLedger(): NonNullable<typeof baseCache> {
  if (baseCache) return baseCache;
  let lastError: unknown;
  for (const persons of BASE_PERSONS) {
    try {
      const g = generateLedger({
        seed: SEED,
        persons,
        layout: 'a',
        transferSubItems: false,
        inject: 'all',
        injectCount: 2,
        clerkStyle: 0.02,
      });
      const expectedRows = new Set(g.expected.filter((e) => !e.maybe).map((e) => `${e.sheet}\u0000${e.row}`))
        .size;
      baseCache = { spec: g.spec, persons, expected: g.expected.length, expectedRows };
      return baseCache;
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const toAscii = (s: string): string =>
  s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const toFullWidth = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Per-copy prefixes for village names and middle characters for helper names (k ≥ 1). */
const COPY_CHARS =
  '东西南北中上下前后新安和平兴隆福寿康宁永丰泰顺昌盛华荣光明清秀祥瑞嘉庆春秋云山水石林桥河溪';

function copyTag(k: number): string {
  const n = COPY_CHARS.length;
  return k <= n ? COPY_CHARS[k - 1] : COPY_CHARS[(k - 1) % n] + COPY_CHARS[Math.floor((k - 1) / n) % n];
}

/** Rewrites the township segment (digits 7–9, "100"/"101" in generated codes) of a village-based code. */
function rewriteCode(v: CellValue, k: number): CellValue {
  if (typeof v !== 'string') return v;
  const m = /^(\D*)(\d{6})(\d{3})(\d*)$/.exec(toAscii(v));
  if (!m) return v;
  const town = Number(m[3]);
  if (town < 100 || town > 101) return v;
  const out = m[2] + String(town + 2 * k).padStart(3, '0') + m[4];
  const full = FULL_WIDTH_DIGIT.test(v);
  FULL_WIDTH_DIGIT.lastIndex = 0;
  return m[1] + (full ? toFullWidth(out) : out);
}

/**
 * A phone number moved to copy k: digits 4–7 shifted by 37·k (mod 10,000), the rest kept, so every copy's
 * households have phones of their own (phone.shared-across-households would otherwise fire on every copy).
 */
function rewritePhone(v: CellValue, k: number): CellValue {
  if (typeof v !== 'string') return v;
  const m = /^(\D*)(\d{3})(\d{4})(\d{4,})(\D*)$/.exec(v);
  if (!m) return v;
  return m[1] + m[2] + String((Number(m[3]) + 37 * k) % 10_000).padStart(4, '0') + m[4] + m[5];
}

class IdRewriter {
  private used = new Set<string>();
  register(v: CellValue): void {
    const t = typeof v === 'string' ? toAscii(v.replace(/^'/, '')) : '';
    if (/^\d{17}[\dXx]$/.test(t)) this.used.add(t.slice(0, 17));
  }
  /** A fresh id of the same kind; `memo` keeps base duplicates duplicated within a copy. */
  rewrite(v: CellValue, memo: Map<CellValue, CellValue>): CellValue {
    if (typeof v !== 'string') return v;
    const hit = memo.get(v);
    if (hit !== undefined) return hit;
    const apostrophe = v.startsWith("'");
    const raw = apostrophe ? v.slice(1) : v;
    const full = /[\uff10-\uff19]/.test(raw);
    const t = toAscii(raw);
    if (!/^\d{17}[\dXx]$/.test(t)) {
      memo.set(v, v);
      return v;
    }
    const last = t[17];
    const valid = checkChar(t.slice(0, 17)) === last.toUpperCase();
    const lower = last === 'x';
    const seq = Number(t.slice(14, 17));
    let out: string | undefined;
    for (let j = 1; j < 500 && !out; j++) {
      const s = (seq + 2 * j) % 1000;
      const first17 = t.slice(0, 14) + String(s).padStart(3, '0');
      if (this.used.has(first17)) continue;
      const c = checkChar(first17);
      if (valid && lower !== (c === 'X')) continue;
      this.used.add(first17);
      const check = valid ? c : '10X98765432'[('10X98765432'.indexOf(c) + 1) % 11];
      out = first17 + (lower ? check.toLowerCase() : check);
    }
    if (!out) out = t;
    const result = (apostrophe ? "'" : '') + (full ? toFullWidth(out) : out);
    memo.set(v, result);
    return result;
  }
}

function mainPersonSheet(spec: WorkbookSpec): SheetSpec {
  const persons = spec.sheets.filter((s) => s.kind === 'person');
  return persons.reduce((a, b) => (b.values.length > a.values.length ? b : a));
}

/**
 * The base ledger scaled to `persons` person rows on its main sheet (cut at a household boundary, so the count
 * is approximate). Strings are shared between copies where the value does not change, as a reader's shared
 * string table would.
 */
export function buildInput(persons: number): BenchInput {
  const base = baseLedger();
  const spec = base.spec;
  const main = mainPersonSheet(spec);
  const keys = main.columnKeys;
  const col = (k: string) => keys.indexOf(k);
  const [cSeq, cVillage, cHh, cPerson, cId, cHelper, cPhone, cHhPhone] = [
    'seq',
    'village',
    'householdId',
    'personId',
    'idNumber',
    'helperName',
    'personPhone',
    'householdPhone',
  ].map(col);
  const headerEnd = main.headerRows.length ? main.headerRows[main.headerRows.length - 1] : 0;
  const baseRows = main.values.slice(headerEnd);
  const baseFormats = main.numberFormats.slice(headerEnd);

  const ids = new IdRewriter();
  for (const s of spec.sheets)
    if (s.kind === 'person') for (const row of s.values) ids.register(row[col('idNumber')]);

  const values: CellValue[][] = main.values.slice(0, headerEnd).map((r) => [...r]);
  const formats: string[][] = main.numberFormats.slice(0, headerEnd).map((r) => [...r]);
  const villageCopies: Array<{ k: number }> = [];
  let seq = 0;
  let dataRows = 0;
  let lastHh: CellValue | undefined;
  const households = new Set<CellValue>();
  outer: for (let k = 0; ; k++) {
    villageCopies.push({ k });
    const memo = new Map<CellValue, CellValue>();
    const tag = k === 0 ? '' : copyTag(k);
    for (let i = 0; i < baseRows.length; i++) {
      const src = baseRows[i];
      const hh = k === 0 ? src[cHh] : rewriteCode(src[cHh], k);
      // Stop at the first household boundary at or after the requested size.
      if (dataRows >= persons && hh !== lastHh) break outer;
      const row = k === 0 ? [...src] : src.slice();
      if (k > 0) {
        row[cHh] = hh;
        if (cPerson >= 0) row[cPerson] = rewriteCode(src[cPerson], k);
        if (cId >= 0) row[cId] = ids.rewrite(src[cId], memo);
        if (cPhone >= 0) row[cPhone] = rewritePhone(src[cPhone], k);
        if (cHhPhone >= 0) row[cHhPhone] = rewritePhone(src[cHhPhone], k);
        if (cVillage >= 0 && typeof src[cVillage] === 'string' && src[cVillage] !== '')
          row[cVillage] = tag + (src[cVillage] as string);
        if (cHelper >= 0 && typeof src[cHelper] === 'string' && (src[cHelper] as string).length >= 2) {
          const h = src[cHelper] as string;
          row[cHelper] = h[0] + tag + h.slice(1);
        }
      }
      const isData = row.some((v) => v !== '');
      if (cSeq >= 0 && isData && typeof src[cSeq] === 'number') row[cSeq] = ++seq;
      values.push(row);
      formats.push(baseFormats[i] ?? []);
      if (isData) {
        dataRows++;
        households.add(hh);
      }
      lastHh = hh;
    }
  }

  const sheets: SheetInput[] = [];
  for (const s of spec.sheets) {
    if (s === main) {
      sheets.push({ name: s.name, values, numberFormats: formats, merges: s.merges.map((m) => ({ ...m })) });
      continue;
    }
    const input: SheetInput = {
      name: s.name,
      values: s.values.map((r) => [...r]),
      numberFormats: s.numberFormats.map((r) => [...r]),
      merges: s.merges.map((m) => ({ ...m })),
    };
    if (s.kind === 'village') scaleVillageSheet(s, input, villageCopies.length);
    sheets.push(input);
  }
  return {
    sheets,
    mainSheet: main.name,
    persons: dataRows,
    households: households.size,
    columns: keys.length,
    basePersons: base.persons,
    baseExpected: base.expected,
    baseExpectedRows: base.expectedRows,
  };
}

/** Appends the village rows of every copy (renamed village, rewritten code). */
function scaleVillageSheet(s: SheetSpec, input: SheetInput, copies: number): void {
  const headerEnd = s.headerRows.length ? s.headerRows[s.headerRows.length - 1] : 0;
  const rows = s.values.slice(headerEnd).filter((r) => r.some((v) => v !== ''));
  const cSeq = s.columnKeys.indexOf('seq');
  const cVillage = s.columnKeys.indexOf('village');
  const cCode = s.columnKeys.indexOf('villageCode');
  let seq = rows.length;
  for (let k = 1; k < copies; k++) {
    for (const src of rows) {
      const row = [...src];
      if (cSeq >= 0 && typeof row[cSeq] === 'number') row[cSeq] = ++seq;
      if (cVillage >= 0 && typeof row[cVillage] === 'string') row[cVillage] = copyTag(k) + row[cVillage];
      if (cCode >= 0) row[cCode] = rewriteCode(row[cCode], k);
      input.values.push(row);
      input.numberFormats?.push(new Array<string>(row.length).fill('General'));
    }
  }
}

/** Hash of everything that determines the generated inputs, so a changed generator invalidates the cache. */
export function inputsVersion(): string {
  const h = createHash('sha256');
  const dirs = [path.join(__dirname, '..', 'test', 'generator')];
  for (const d of dirs)
    for (const f of readdirSync(d).sort())
      if (f.endsWith('.ts')) h.update(f).update(readFileSync(path.join(d, f)));
  h.update(readFileSync(__filename));
  return h.digest('hex').slice(0, 12);
}

/** The .xlsx of `persons` person rows, written once and cached under node_modules/.cache/bangfu-bench/. */
export async function cachedWorkbook(persons: number): Promise<string> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `ledger-${persons}-${inputsVersion()}.xlsx`);
  if (existsSync(file) && statSync(file).size > 0) return file;
  const input = buildInput(persons);
  const spec: WorkbookSpec = {
    sheets: input.sheets.map((s) => ({
      name: s.name,
      kind: 'notes',
      values: s.values,
      numberFormats: s.numberFormats ?? [],
      merges: s.merges ?? [],
      headerRows: [],
      columnKeys: [],
    })),
  };
  const tmp = `${file}.${process.pid}.tmp`;
  await writeWorkbook(spec, tmp);
  (await import('fs')).renameSync(tmp, file);
  return file;
}

/**
 * The same ledger written as big system exports are (inline strings, no shared-strings or styles part: Apache
 * POI's streaming writer, openpyxl), cached like cachedWorkbook. Used for the 1,000,000-row read.
 */
export async function cachedInlineWorkbook(persons: number): Promise<string> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `ledger-inline-${persons}-${inputsVersion()}.xlsx`);
  if (existsSync(file) && statSync(file).size > 0) return file;
  const { writeRawPackage } = await import('../test/xlsx/rawPackage');
  const input = buildInput(persons);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeRawPackage(
    tmp,
    input.sheets.map((s) => ({
      name: s.name,
      rows: s.values.map((r) => r.map((v) => (typeof v === 'boolean' ? String(v) : v))),
    })),
    { strings: 'inline' },
  );
  (await import('fs')).renameSync(tmp, file);
  return file;
}

/**
 * The five national-system exports of `persons` persons (test/generator/national.ts) written as the system writes
 * them — one inline-string .xlsx each — in a folder cached like cachedWorkbook: what a clerk passes to
 * `bangfu check <folder>`.
 */
export async function cachedNationalFiles(persons: number): Promise<string> {
  const dir = path.join(CACHE_DIR, `national-${persons}-${inputsVersion()}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  const fs = await import('fs');
  fs.rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { generateNationalExport, writeExportSet } = await import('../test/generator/national');
  await writeExportSet(generateNationalExport({ seed: 20240101, persons }), dir);
  fs.writeFileSync(done, '');
  return dir;
}
