// No silent zeros and the right village sheet, end to end: a generated ledger whose 医保 header is spelled in a way
// the tool does not know, a chart-data sheet (村/户数) before the real, hidden 行政村基本情况 sheet; written to .xlsx,
// checked by the CLI with --json and --summary, the summary workbook read back with ExcelJS.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/types';
import { generateLedger, writeWorkbook } from '../generator';

let dir: string;
let report: Report;
let summary: ExcelJS.Workbook;
let gen: ReturnType<typeof generateLedger>;

/** All text of a worksheet, row by row. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'string') out.push(c.value);
    }),
  );
  return out;
}

/** 0-based column of a header cell with this text in the first 10 rows. */
function headerCol(ws: ExcelJS.Worksheet, text: string): { row: number; col: number } {
  for (let r = 1; r <= 10; r++)
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === text) return { row: r, col: c };
  throw new Error(`no header ${text}`);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-gaps-'));
  gen = generateLedger({ seed: 4242, persons: 300, layout: 'a' });
  const file = path.join(dir, 'ledger.xlsx');
  await writeWorkbook(gen.spec, file);

  // Rewrite: the 医保 header as one county spells it; a chart-data sheet first; the real village sheet hidden.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const person = gen.spec.sheets.find((s) => s.kind === 'person')!;
  const ws = wb.getWorksheet(person.name)!;
  const medCol = person.columnKeys.indexOf('residentMedical');
  expect(medCol).toBeGreaterThanOrEqual(0);
  const headerRow = person.headerRows[person.headerRows.length - 1];
  ws.getCell(headerRow, medCol + 1).value = '医保缴费情况（居民）';
  const villageSpec = gen.spec.sheets.find((s) => s.kind === 'village')!;
  const villageWs = wb.getWorksheet(villageSpec.name)!;
  villageWs.state = 'hidden';
  // Many village sheets have no 乡(镇) column: then only the sheet choice tells the two sheets apart.
  const townCol = villageSpec.columnKeys.indexOf('township');
  expect(townCol).toBeGreaterThanOrEqual(0);
  villageWs.spliceColumns(townCol + 1, 1);
  const chart = wb.addWorksheet('图表数据');
  chart.addRow(['村', '户数']);
  for (const v of gen.truth.villages) chart.addRow([v.village, v.households]);
  // Move the chart sheet to the front (ExcelJS writes sheets by their orderNo).
  const order = (s: ExcelJS.Worksheet) => s as unknown as { orderNo: number };
  wb.worksheets.forEach((s, i) => (order(s).orderNo = s === chart ? -1 : i));
  await wb.xlsx.writeFile(file);

  const json = path.join(dir, 'report.json');
  const sum = path.join(dir, 'summary.xlsx');
  const ref = gen.options.referenceDate;
  const config = path.join(dir, 'config.json');
  await fs.writeFile(
    config,
    JSON.stringify({
      year: gen.truth.year,
      referenceDate: `${ref.y}-${String(ref.m).padStart(2, '0')}-${String(ref.d).padStart(2, '0')}`,
    }),
  );
  let err = '';
  const code = await main(['check', file, '--config', config, '--json', json, '--summary', sum, '--quiet'], {
    out: { write: () => true },
    err: { write: (s: string) => (err += s) },
  });
  expect(err).toBe('');
  expect(code).toBeLessThanOrEqual(1);
  report = JSON.parse(await fs.readFile(json, 'utf8')) as Report;
  summary = new ExcelJS.Workbook();
  await summary.xlsx.readFile(sum);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('no silent zeros', () => {
  test('the report says which summary figure is missing and why', () => {
    const medical = report.unavailableFigures!.find((g) => g.figure === 'medical')!;
    expect(medical.label).toBe('未参加基本医疗保险人数');
    expect(medical.tables).toContain('两不愁三保障及饮水安全情况表');
    expect(medical.reason).toContain('城乡居民基本医疗保险');
    // Figures the ledger does give are not listed.
    expect(report.unavailableFigures!.map((g) => g.figure)).not.toContain('housing');
  });

  test('三保障 table: 未参加基本医疗保险人数 is 未统计 in every row and 合计, with the reason; other columns count', () => {
    const ws = summary.getWorksheet('两不愁三保障及饮水安全情况表')!;
    const { row: hr, col: c } = headerCol(ws, '未参加基本医疗保险人数');
    const villages = new Set(gen.truth.villages.map((v) => v.village));
    let rows = 0;
    let sawTotal = false;
    for (let r = hr + 1; r <= ws.rowCount; r++) {
      const label = ws.getCell(r, 2).value;
      if (typeof label !== 'string' || !(villages.has(label) || label === '合计')) continue;
      rows++;
      if (label === '合计') sawTotal = true;
      expect(ws.getCell(r, c).value).toBe('未统计');
      expect(ws.getCell(r, c + 1).value).toBe('未统计'); // its 占比
      // 危房户数 is a number (the ledger has that column).
      const housing = headerCol(ws, '危房户数').col;
      const v = ws.getCell(r, housing).value;
      expect(typeof v === 'number' || (typeof v === 'object' && v !== null && 'formula' in v)).toBe(true);
    }
    expect(sawTotal).toBe(true);
    expect(rows).toBe(villages.size + 1);
    expect(texts(ws).some((t) => t.includes('未参加基本医疗保险人数未统计') && t.includes('列名映射'))).toBe(
      true,
    );
  });
});

describe('the village sheet is chosen by its columns and coverage', () => {
  test('the hidden 行政村基本情况 sheet is used, the chart-data sheet is passed over and reported', () => {
    const villageSpec = gen.spec.sheets.find((s) => s.kind === 'village')!;
    expect(report.villageBase!.sheets).toEqual([villageSpec.name]);
    const ignored = report.villageBase!.ignored.find((x) => x.sheet === '图表数据')!;
    expect(ignored.reason).toContain('图表数据');
    // Populations come from the real sheet: the generator's 农业户籍人口 and 贫困发生率.
    for (const t of gen.truth.villages) {
      const v = report.villages.find((x) => x.village === t.village)!;
      expect(v.population).toBe(t.population);
      expect(v.incidencePercent).toBe(t.incidencePercent);
    }
    const basic = summary.getWorksheet('基本情况汇总表')!;
    expect(
      texts(basic).some((t) => t.includes(`取自工作表“${villageSpec.name}”`) && t.includes('图表数据')),
    ).toBe(true);
  });
});
