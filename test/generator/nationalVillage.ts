// The （自定义）行政村信息 export of the national generator (ledgers-national §5.6): every field a 出列村 must fill
// (rules-v2 §19), village-wide counts within the village totals, land areas above what the ledger's households
// hold — clean by construction — and injections of the village rules on chosen rows. Called from national.ts.
// Test-only code, synthetic data.
import type { NationalExport } from './national';
import { Rng } from './prng';

export const VILLAGE_INJECTIONS = [
  'village.exited-base-missing',
  'village.count-exceeds-total',
  'village.exited-field-missing',
  'village.exited-no-collective-income',
  'village.exited-no-hard-road',
  'village.land-less-than-households',
] as const;
export type VillageInjection = (typeof VILLAGE_INJECTIONS)[number];

interface VillageLike {
  name: string;
  township: string;
}

export interface VillageColumn<T extends VillageLike> {
  header: string;
  value: (v: T) => string;
}

/** The export's columns; every value consistent with the v2 village rules. */
export function villageColumns<T extends VillageLike>(county: string): Array<VillageColumn<T>> {
  const households = (v: T) => 200 + v.name.length * 37;
  const population = (v: T) => 800 + v.name.length * 131;
  return [
    { header: '县', value: () => county },
    { header: '乡', value: (v) => v.township },
    { header: '村', value: (v) => v.name },
    { header: '是否出列', value: () => '是' },
    { header: '总户数', value: (v) => String(households(v)) },
    { header: '总人口数', value: (v) => String(population(v)) },
    { header: '村级集体经济收入（万元）', value: () => '12.50' },
    { header: '村小学（个数）', value: () => '1' },
    { header: '参加城乡居民基本养老保险人数', value: (v) => String(Math.round(population(v) * 0.6)) },
    { header: '是否通客运班车', value: () => '是' },
    { header: '行政村卫生室个数', value: () => '1' },
    { header: '行政村公共卫生厕所个数', value: () => '2' },
    { header: '行政村执业（助理）医师（人）', value: () => '1' },
    { header: '行政村生产生活垃圾集中堆放点个数（个）', value: () => '3' },
    { header: '行政村文化（图书）室个数 （个）', value: () => '1' },
    { header: '低保户数', value: () => '18' },
    { header: '低保人口数', value: () => '41' },
    { header: '特困供养人口数', value: () => '6' },
    { header: '残疾人口数', value: () => '23' },
    { header: '到乡镇是否通沥青（水泥）路', value: () => '是' },
    { header: '危房户数', value: () => '0' },
    { header: '未实现饮水安全户数', value: () => '0' },
    // Far above the ledger households' land (at most 7.5 亩 each, about 20 households a village).
    { header: '耕地面积', value: (v) => `${3000 + v.name.length * 100}.00` },
  ];
}

export interface VillageFileRows {
  sheetName: string;
  /** Row 0–1 titles, row 2 header, data from row 3. */
  rows: string[][];
}

/**
 * Injects the village rules on the first three village rows (villages with ledger households, whose land is above
 * 0.5 亩): each row gets one error of every rule — they read different cells, and an empty 总户数 leaves the
 * person counts to village.count-exceeds-total. Returns [rule, row, column] of each cell to be reported.
 */
export function injectVillages(
  file: VillageFileRows,
  which: readonly VillageInjection[],
  rng: Rng,
): Array<{ rule: VillageInjection; r: number; c: number }> {
  const out: Array<{ rule: VillageInjection; r: number; c: number }> = [];
  if (which.length === 0) return out;
  const header = file.rows[2];
  const col = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no village column ${h}`);
    return i;
  };
  const rows = file.rows.length - 3;
  if (rows < 3) throw new Error('village injections need three villages');
  const targets = rng.shuffle([0, 1, 2].map((i) => 3 + i));
  for (const r of targets) {
    const row = file.rows[r];
    for (const rule of which) {
      switch (rule) {
        case 'village.exited-base-missing':
          row[col('总户数')] = '';
          out.push({ rule, r, c: col('总户数') });
          break;
        case 'village.count-exceeds-total': {
          const c = col('低保人口数');
          row[c] = String(Number(row[col('总人口数')]) + rng.int(1, 50));
          out.push({ rule, r, c });
          break;
        }
        case 'village.exited-field-missing':
          row[col('行政村卫生室个数')] = '';
          row[col('村小学（个数）')] = rng.chance(0.5) ? '' : row[col('村小学（个数）')];
          out.push({
            rule,
            r,
            c: row[col('村小学（个数）')] === '' ? col('村小学（个数）') : col('行政村卫生室个数'),
          });
          break;
        case 'village.exited-no-collective-income':
          row[col('村级集体经济收入（万元）')] = '0';
          out.push({ rule, r, c: col('村级集体经济收入（万元）') });
          break;
        case 'village.exited-no-hard-road':
          row[col('到乡镇是否通沥青（水泥）路')] = rng.chance(0.5) ? '否' : '0';
          out.push({ rule, r, c: col('到乡镇是否通沥青（水泥）路') });
          break;
        case 'village.land-less-than-households':
          row[col('耕地面积')] = '0.50';
          out.push({ rule, r, c: col('耕地面积') });
          break;
      }
    }
  }
  return out;
}

/** Injects `which` on the export set's 行政村信息 file (three rows each) and adds the cells to `exp.expected`. */
export function injectVillageExport(
  exp: NationalExport,
  which: readonly VillageInjection[],
  seed: number,
): void {
  const file = exp.files.find((f) => f.export === 'village');
  if (!file) throw new Error('no 行政村信息 export');
  const letter = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  for (const v of injectVillages(file, which, new Rng(seed)))
    exp.expected.push({
      rule: v.rule,
      sheet: file.sheetName,
      fileName: file.fileName,
      cell: `${letter(v.c)}${v.r + 1}`,
    });
}
