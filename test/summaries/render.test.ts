// Renders every summary with ExcelJS, reads the file back, and prints it through LibreOffice.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, copyFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { buildAllSummaries, colLetter, printPlan } from '../../src/core/summaries';
import type { SheetSpec } from '../../src/core/summaries/sheetSpec';
import { internalHyperlink, renderSheetSpec } from '../../src/hosts/xlsx/renderSheetSpec';
import { col, config, EVIL_VILLAGE, rowWhere, sampleReport } from './fixtures';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bangfu-summaries-'));
const file = path.join(dir, '汇总表.xlsx');
let specs: SheetSpec[];
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  specs = buildAllSummaries(sampleReport(), config, {
    date: '2024-12-31',
    codeBlock: { tableNo: 'T001表', authority: '测试县乡村振兴局' },
  });
  const out = new ExcelJS.Workbook();
  for (const s of specs) renderSheetSpec(out, s);
  await out.xlsx.writeFile(file);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (ws: ExcelJS.Worksheet, r: number, c: number) => ws.getCell(r + 1, c + 1);

describe('renderSheetSpec (ExcelJS round trip)', () => {
  test('titles, merges, fonts', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
    for (const s of specs) {
      const ws = wb.getWorksheet(s.name)!;
      const titleRow = s.rows.findIndex((r) => r[0]?.style === 'title');
      expect(at(ws, titleRow, 0).value).toBe(s.title);
      expect(at(ws, titleRow, 0).font.name).toBe('黑体');
      expect(at(ws, titleRow, 0).isMerged).toBe(true);
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      expect(merges).toHaveLength(s.merges.length);
      // The title spans the columns of the first printed page (all of them when the table fits one page wide).
      const lastCol = printPlan(s.columnWidths).firstPageLast;
      expect(merges).toContain(`A${titleRow + 1}:${colLetter(Math.max(1, lastCol))}${titleRow + 1}`);
    }
  });

  test('合计 formulas with cached results, number formats, borders', () => {
    const s = specs[0];
    const ws = wb.getWorksheet(s.name)!;
    const total = rowWhere(s, 1, '合计');
    const [d1] = s.dataRowRange!;
    const eH = col(s, '脱贫户', '户数');
    const c = at(ws, total, eH);
    expect(c.type).toBe(ExcelJS.ValueType.Formula);
    expect(c.value).toEqual({
      formula: `SUM(${colLetter(eH)}${d1 + 1}:${colLetter(eH)}${total})`,
      result: 5,
    });
    expect(c.numFmt).toBe('0');
    const inc = at(ws, total, col(s, '监测对象（风险未消除）人口占比（%）'));
    expect((inc.value as ExcelJS.CellFormulaValue).result).toBe(0.33);
    expect(inc.numFmt).toBe('0.00');
    expect(c.border.top?.style).toBe('thin');
    expect(c.font.name).toBe('宋体');
    expect(c.font.bold).toBe(true);
    const fund = specs.find((x) => x.name === '资金使用情况汇总表')!;
    const fws = wb.getWorksheet(fund.name)!;
    expect(at(fws, rowWhere(fund, 1, '合计'), col(fund, '已支出（万元）')).numFmt).toBe('0.0000');
  });

  test('a village named like a formula comes back as text', () => {
    const s = specs[0];
    const ws = wb.getWorksheet(s.name)!;
    const c = at(ws, rowWhere(s, 1, EVIL_VILLAGE), 1);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.value).toBe(EVIL_VILLAGE);
    expect(c.formula).toBeUndefined();
  });

  test('page setup, print titles, freeze panes, footer', () => {
    const s = specs[0];
    const ws = wb.getWorksheet(s.name)!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    // 基本情况汇总表 is too wide for one page at ≥ 9 pt: 95 % over pages, 序号/行政村 repeated.
    expect(ws.pageSetup.fitToPage).toBe(false);
    expect(ws.pageSetup.scale).toBe(95);
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
    expect(ws.pageSetup.printTitlesRow).toBe(`${s.headerRowRange[0] + 1}:${s.headerRowRange[1] + 1}`);
    expect(ws.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    expect(ws.headerFooter.oddFooter).toContain('制表人：');
    const narrow = specs.find((x) => x.name === '问题汇总')!;
    const nws = wb.getWorksheet(narrow.name)!;
    expect(nws.pageSetup.fitToPage).toBe(true);
    expect(nws.pageSetup.fitToWidth).toBe(1);
    expect(nws.getColumn(narrow.hiddenColumns![0] + 1).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: s.dataRowRange![0] });
    expect(ws.getColumn(2).width).toBe(s.columnWidths[1]);
  });

  test('internal hyperlinks to the ledger cell', () => {
    const s = specs.find((x) => x.name === '问题整改清单')!;
    const ws = wb.getWorksheet(s.name)!;
    const c = at(ws, s.dataRowRange![0], col(s, '位置'));
    expect(c.value).toEqual({ text: '户信息!D5', hyperlink: "#'户信息'!$D$5" });
    expect(internalHyperlink("'It''s'!AB12")).toBe("#'It''s'!$AB$12");
  });
});

// LibreOffice: a real renderer. ~10–40 s on two shared cores.
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30000 });
    return true;
  } catch {
    return false;
  }
})();

describe('LibreOffice prints the workbook', () => {
  const lo = path.join(dir, 'lo');
  const profile = `file://${path.join(dir, 'profile')}`;
  const soffice = (args: string[]) =>
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], {
      stdio: 'pipe',
      timeout: 90000,
    });

  test('soffice is installed', () => expect(hasSoffice).toBe(true));

  test('PDF of every table; formula-like text stays text; PNG per table with UPDATE_DOCS=1', async () => {
    // One workbook per table too, so each table's first page can be rasterised.
    const singles: string[] = [];
    for (const [i, s] of specs.entries()) {
      const one = new ExcelJS.Workbook();
      renderSheetSpec(one, s);
      const f = path.join(dir, `${String(i + 1).padStart(2, '0')}-${s.name}.xlsx`);
      await one.xlsx.writeFile(f);
      singles.push(f);
    }
    soffice(['--convert-to', 'pdf', '--outdir', lo, file, ...singles]);
    soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', lo, file]);
    const pdf = path.join(lo, '汇总表.pdf');
    expect(existsSync(pdf)).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(specs.length);
    // CSV of the first sheet: LibreOffice shows the village name as typed, not a link or a formula result.
    const csv = readFileSync(path.join(lo, '汇总表.csv'), 'utf8');
    expect(csv).toContain('"=HYPERLINK(""http://x"")"');
    expect(csv).toContain('测试镇2024年脱贫人口和监测对象基本情况汇总表');
    // The cached results print (LibreOffice does not recalculate xlsx on load by default).
    expect(csv).toContain(',合计,500,1540,1500,5,12,3,10,');
    expect(csv).toMatch(/,0\.33\r?\n/);

    const png = path.join(dir, 'png');
    execFileSync('mkdir', ['-p', png]);
    for (const f of singles) {
      const base = path.basename(f, '.xlsx');
      const p = path.join(lo, `${base}.pdf`);
      expect(existsSync(p)).toBe(true);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        p,
        path.join(png, base),
      ]);
      expect(statSync(path.join(png, `${base}.png`)).size).toBeGreaterThan(2000);
    }
    if (process.env.UPDATE_DOCS === '1') {
      const docs = path.join(__dirname, '../../docs/tables');
      execFileSync('mkdir', ['-p', docs]);
      for (const f of readdirSync(png)) copyFileSync(path.join(png, f), path.join(docs, f));
    }
  });

  test('internal links survive LibreOffice as in-document links', () => {
    soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(lo, 'resaved'), file]);
    const resaved = path.join(lo, 'resaved', '汇总表.xlsx');
    const xml = execFileSync('unzip', ['-p', resaved, 'xl/worksheets/sheet8.xml']).toString();
    expect(xml).toMatch(/<hyperlink [^>]*location="&apos;户信息&apos;!\$D\$5"/);
    expect(xml).not.toContain('##');
  });
});
