// The annotated copy written by patching the package: opens in ExcelJS and LibreOffice, marks what it should
// (fill by severity on the cell's own style, notes merged with the clerk's, 问题清单 with internal links), and
// leaves every other zip entry byte-identical (compressed bytes) and every cell value untouched.
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import type { Finding, Severity } from '../../src/core/types';
import { readWorkbook } from '../../src/hosts/xlsx/readWorkbook';
import { writeAnnotatedCopy } from '../../src/hosts/xlsx/patchXlsx';
import { readZip } from '../../src/hosts/xlsx/zip';
import { inlinePackage } from './packages';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-patch-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const finding = (sheet: string, cell: string, severity: Severity, message: string): Finding => ({
  sheet,
  cell,
  row: Number(cell.replace(/\D/g, '')),
  column: cell.replace(/\d/g, ''),
  rule: 'id.checksum',
  severity,
  message,
  householdId: 'H001',
});

async function clerkBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员台账');
  ws.addRow(['序号', '姓名', '证件号码', '人均纯收入', '备注']);
  ws.addRow([1, '甲', '520102198001011234', 9000.5, '']);
  ws.addRow([2, '乙', '520102198202021234', 8000, '已核实']);
  ws.getCell('D2').numFmt = '#,##0.00';
  ws.getCell('D2').font = { name: '黑体', bold: true, size: 12 };
  ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  ws.getCell('B2').note = '村干部：姓名待核';
  ws.getCell('E3').note = '别的批注';
  ws.getCell('A1').value = '序号 <&> "x"';
  const other = wb.addWorksheet('说明');
  other.getCell('A1').value = '填表说明';
  wb.addWorksheet('问题清单').getCell('A1').value = '上次的问题清单';
  await wb.xlsx.writeFile(file);
}

function changedEntries(input: Buffer, output: Buffer): { changed: string[]; added: string[] } {
  const a = readZip(input);
  const b = readZip(output);
  const changed: string[] = [];
  for (const e of a.entries) {
    const o = b.byName.get(e.name);
    expect(o).toBeDefined();
    if (!a.raw(e).equals(b.raw(o!)) || e.crc !== o!.crc) changed.push(e.name);
  }
  return { changed, added: b.entries.filter((e) => !a.byName.has(e.name)).map((e) => e.name) };
}

const soffice = promisify(execFile);

async function libreOfficeFods(files: string[]): Promise<string[]> {
  const out = path.join(dir, 'lo');
  await soffice(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'fods',
      '--outdir',
      out,
      ...files,
    ],
    { timeout: 110000 },
  );
  return Promise.all(
    files.map((f) => fs.readFile(path.join(out, path.basename(f, '.xlsx') + '.fods'), 'utf8')),
  );
}

test('ExcelJS workbook with shared strings, styles, notes, a second sheet and a 问题清单 already there', async () => {
  const input = path.join(dir, 'clerk.xlsx');
  const copy = path.join(dir, 'clerk-annotated.xlsx');
  await clerkBook(input);
  const findings = [
    finding('人员台账', 'D2', 'error', '人均纯收入 <偏高> & "待核"'),
    finding('人员台账', 'D2', 'info', '第二条'),
    finding('人员台账', 'B2', 'warning', '姓名含空格'),
    finding('人员台账', 'B3', 'info', '提示一条'),
    finding('人员台账', 'G2', 'error', '空单元格也要标出'),
    finding('人员台账', 'C9', 'warning', '新的一行'),
    finding('说明', 'B1', 'info', '说明表上的提示'),
  ];
  const before = await fs.readFile(input);
  await writeAnnotatedCopy(before, findings, copy);
  expect(await fs.readFile(input)).toEqual(before);
  const after = await fs.readFile(copy);

  const { changed, added } = changedEntries(before, after);
  expect(changed.sort()).toEqual(
    [
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ].filter((n) => readZip(before).byName.has(n)),
  );
  expect(added.length).toBeGreaterThan(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  // The clerk's 问题清单 stays; ours is the next name. The very hidden record of our marks comes last.
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '人员台账',
    '说明',
    '问题清单',
    '问题清单(2)',
    '_bangfu_copy',
  ]);
  expect(wb.getWorksheet('_bangfu_copy')!.state).toBe('veryHidden');
  const ws = wb.getWorksheet('人员台账')!;
  const fill = (ref: string) => (ws.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect(fill('D2')).toBe('FFFFC7CE');
  expect(fill('B2')).toBe('FFFFEB9C');
  expect(fill('B3')).toBe('FFDDEBF7'); // the clerk's green gives way to the mark (as with the model writer)
  expect(fill('G2')).toBe('FFFFC7CE');
  expect(fill('C9')).toBe('FFFFEB9C');
  expect(fill('C2')).toBeUndefined();
  // The cell's own look is kept; only the fill changes. Values untouched.
  expect(ws.getCell('D2').numFmt).toBe('#,##0.00');
  expect(ws.getCell('D2').font).toMatchObject({ name: '黑体', bold: true, size: 12 });
  expect(ws.getCell('D2').value).toBe(9000.5);
  expect(ws.getCell('A1').value).toBe('序号 <&> "x"');
  expect(ws.getCell('G2').value).toBeNull();
  const note = (ref: string) => JSON.stringify(ws.getCell(ref).note);
  expect(note('D2')).toContain('人均纯收入 <偏高> & \\"待核\\"');
  expect(note('D2')).toContain('第二条');
  expect(note('B2')).toContain('村干部：姓名待核');
  expect(note('B2')).toContain('姓名含空格');
  expect(note('E3')).toContain('别的批注');
  expect(note('C9')).toContain('新的一行');
  expect(JSON.stringify(wb.getWorksheet('说明')!.getCell('B1').note)).toContain('说明表上的提示');
  expect(wb.getWorksheet('问题清单')!.getCell('A1').value).toBe('上次的问题清单');

  const list = wb.getWorksheet('问题清单(2)')!;
  expect((list.getRow(1).values as unknown[]).slice(1)).toEqual([
    '序号',
    '严重程度',
    '规则编号',
    '错误类型',
    '工作表',
    '位置',
    '户编号',
    '问题说明',
  ]);
  expect(list.rowCount).toBe(findings.length + 1);
  expect(list.getCell('F2').value).toBe('D2');
  expect(list.getCell('H2').value).toBe('人均纯收入 <偏高> & "待核"');
  expect((list.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  // Links are internal locations (ExcelJS only reports links with a relationship, so read the part itself).
  const sheetXml = readZip(after);
  const listXml = [...sheetXml.entries]
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .map((e) => sheetXml.read(e).toString('utf8'))
    .find((x) => x.includes('<hyperlinks>'))!;
  expect(listXml).toContain(`<hyperlink ref="F2" location="&apos;人员台账&apos;!D2" display="D2"/>`);
  expect(listXml).not.toMatch(/r:id=|<f>/);

  // Read back by our own reader: same values as the input (the marks do not touch values).
  const a = await readWorkbook(input);
  const b = await readWorkbook(copy);
  expect(b.sheets.slice(0, 3)).toEqual(a.sheets);

  const [fods] = await libreOfficeFods([copy]);
  expect(fods).toContain('table:name="问题清单(2)"');
  expect(fods).toContain('xlink:href="#&apos;人员台账&apos;.D2"');
  expect(fods).toContain('村干部：姓名待核');
  expect(fods).toContain('空单元格也要标出');
  expect(fods.toLowerCase()).toContain('fo:background-color="#ffc7ce"');
});

test('inline-string package without styles: marks an existing and a missing cell, adds a styles part', async () => {
  const input = path.join(dir, 'inline.xlsx');
  const copy = path.join(dir, 'inline-annotated.xlsx');
  await inlinePackage(input);
  const before = await fs.readFile(input);
  await writeAnnotatedCopy(
    before,
    [
      finding('名单 & 备注', 'A2', 'error', '姓名有误'),
      finding('名单 & 备注', 'B3', 'warning', '空行里的格子'),
    ],
    copy,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  const ws = wb.getWorksheet('名单 & 备注')!;
  expect(ws.getCell('A2').value).toBe('王&五');
  expect((ws.getCell('A2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  expect((ws.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
  expect(JSON.stringify(ws.getCell('B3').note)).toContain('空行里的格子');
  expect(wb.getWorksheet('问题清单')!.getCell('E2').value).toBe('名单 & 备注');
  const { sheets } = await readWorkbook(copy);
  expect(sheets[0].values).toEqual((await readWorkbook(input)).sheets[0].values);

  const [fods] = await libreOfficeFods([copy]);
  expect(fods).toContain('table:name="问题清单"');
  expect(fods).toContain('空行里的格子');
});
