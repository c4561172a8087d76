// Annotating an annotated copy again replaces our own marks and notes: no note is duplicated, a cell fixed since
// loses its fill and note, a cell marked again keeps the fill it had before our first mark for later, and the
// clerk's own notes and fills (even one in our red) stay. Also after the copy was re-saved by another program.
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import type { Finding, Severity } from '../../src/core/types';
import { NOTE_MARK, writeAnnotatedCopy } from '../../src/hosts/xlsx/patchXlsx';
import { COPY_STATE_SHEET } from '../../src/hosts/xlsx/copyState';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-reannotate-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const finding = (cell: string, severity: Severity, message: string): Finding => ({
  sheet: '人员台账',
  cell,
  row: Number(cell.replace(/\D/g, '')),
  column: cell.replace(/\d/g, ''),
  rule: 'field.code',
  severity,
  message,
});

async function clerkBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员台账');
  ws.addRow(['序号', '姓名', '证件号码', '文化程度', '备注']);
  ws.addRow([1, '甲 ', '520102198001011234', '初中', '']);
  ws.addRow([2, '乙', '520102198202021234', '大学', '已核实']);
  ws.addRow([3, '丙', '520102198303031234', '小学', '']);
  ws.getCell('B2').note = '村干部：姓名待核';
  ws.getCell('E3').note = '别的批注';
  ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  // The clerk's own fill in exactly our red (Excel's "Bad" style): never taken for ours.
  ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  await wb.xlsx.writeFile(file);
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const noteOf = (ws: ExcelJS.Worksheet, ref: string): string => {
  const n = ws.getCell(ref).note;
  if (n === undefined) return '';
  return typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
};
const fillOf = (ws: ExcelJS.Worksheet, ref: string): string | undefined =>
  (ws.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const count = (text: string, part: string): number => text.split(part).length - 1;

const FIRST = [
  finding('B2', 'warning', '姓名含空格'),
  finding('C2', 'error', '证件号码校验码错误'),
  finding('D3', 'error', '文化程度“大学”不在代码表内'),
  finding('B3', 'info', '提示一条'),
];

test("annotate, fix a cell in the copy (re-saved by ExcelJS), annotate again: our marks replaced, the clerk's kept", async () => {
  const input = path.join(dir, 'clerk.xlsx');
  await clerkBook(input);
  const copy1 = path.join(dir, 'copy1.xlsx');
  await writeAnnotatedCopy(await fs.readFile(input), FIRST, copy1);

  // The clerk fixes D3 in the copy; ExcelJS rewrites the whole package (styles renumbered, strings shared).
  const edited = await open(copy1);
  edited.getWorksheet('人员台账')!.getCell('D3').value = '本科及以上';
  const copyFixed = path.join(dir, 'copy1-fixed.xlsx');
  await edited.xlsx.writeFile(copyFixed);

  const second = FIRST.filter((f) => f.cell !== 'D3');
  const copy2 = path.join(dir, 'copy2.xlsx');
  await writeAnnotatedCopy(await fs.readFile(copyFixed), second, copy2);
  const wb2 = await open(copy2);
  const ws2 = wb2.getWorksheet('人员台账')!;
  // One note each, not two.
  expect(count(noteOf(ws2, 'B2'), '姓名含空格')).toBe(1);
  expect(count(noteOf(ws2, 'B2'), NOTE_MARK)).toBe(1);
  expect(count(noteOf(ws2, 'B2'), '村干部：姓名待核')).toBe(1);
  expect(count(noteOf(ws2, 'C2'), '证件号码校验码错误')).toBe(1);
  // The fixed cell: no fill, no note; its value as the clerk left it.
  expect(fillOf(ws2, 'D3')).toBeUndefined();
  expect(noteOf(ws2, 'D3')).toBe('');
  expect(ws2.getCell('D3').value).toBe('本科及以上');
  // Still marked, with the current severity.
  expect(fillOf(ws2, 'B2')).toBe('FFFFEB9C');
  expect(fillOf(ws2, 'C2')).toBe('FFFFC7CE');
  expect(fillOf(ws2, 'B3')).toBe('FFDDEBF7');
  // The clerk's own note and red fill elsewhere.
  expect(noteOf(ws2, 'E3')).toBe('别的批注');
  expect(fillOf(ws2, 'A4')).toBe('FFFFC7CE');
  // One 问题清单, rewritten with this run's findings; the state sheet is very hidden.
  const visible = wb2.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name);
  expect(visible).toEqual(['人员台账', '问题清单']);
  expect(wb2.getWorksheet(COPY_STATE_SHEET)!.state).toBe('veryHidden');
  const list = wb2.getWorksheet('问题清单')!;
  expect(list.actualRowCount).toBe(second.length + 1);
  expect(list.getCell('H3').value).toBe('证件号码校验码错误');

  // LibreOffice opens the re-annotated copy: one clerk's note, one of ours per cell.
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'fods',
      '--outdir',
      path.join(dir, 'lo'),
      copy2,
    ],
    { timeout: 110000 },
  );
  const fods = await fs.readFile(path.join(dir, 'lo', 'copy2.fods'), 'utf8');
  expect(count(fods, '村干部：姓名待核')).toBe(1);
  expect(count(fods, '姓名含空格')).toBe(2); // the note and the 问题清单 row
  expect(fods).toContain('table:name="问题清单"');

  // Nothing found any more: every mark goes, each cell gets back what it had before our first mark.
  const copy3 = path.join(dir, 'copy3.xlsx');
  await writeAnnotatedCopy(await fs.readFile(copy2), [], copy3);
  const wb3 = await open(copy3);
  const ws3 = wb3.getWorksheet('人员台账')!;
  expect(noteOf(ws3, 'B2')).toBe('村干部：姓名待核');
  expect(noteOf(ws3, 'C2')).toBe('');
  expect(fillOf(ws3, 'B2')).toBeUndefined();
  expect(fillOf(ws3, 'C2')).toBeUndefined();
  expect(fillOf(ws3, 'B3')).toBe('FF00B050');
  expect(fillOf(ws3, 'A4')).toBe('FFFFC7CE');
  expect(noteOf(ws3, 'E3')).toBe('别的批注');
  expect(wb3.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name)).toEqual([
    '人员台账',
    '问题清单',
  ]);
  expect(wb3.getWorksheet('问题清单')!.actualRowCount).toBe(1);
});

test('annotating the patched copy again with the same findings gives the same notes and fills', async () => {
  const input = path.join(dir, 'clerk2.xlsx');
  await clerkBook(input);
  const a = path.join(dir, 'same-a.xlsx');
  const b = path.join(dir, 'same-b.xlsx');
  await writeAnnotatedCopy(await fs.readFile(input), FIRST, a);
  await writeAnnotatedCopy(await fs.readFile(a), FIRST, b);
  const [wa, wb] = [await open(a), await open(b)];
  const sa = wa.getWorksheet('人员台账')!;
  const sb = wb.getWorksheet('人员台账')!;
  for (const ref of ['B2', 'C2', 'D3', 'B3', 'E3', 'A4', 'A1']) {
    expect(noteOf(sb, ref)).toBe(noteOf(sa, ref));
    expect(fillOf(sb, ref)).toBe(fillOf(sa, ref));
  }
  expect(wb.worksheets.map((w) => w.name)).toEqual(wa.worksheets.map((w) => w.name));
  // A clerk's cell fixed by a patch (no re-save) loses its mark just the same.
  const c = path.join(dir, 'same-c.xlsx');
  await writeAnnotatedCopy(await fs.readFile(b), FIRST.slice(1), c);
  const sc = (await open(c)).getWorksheet('人员台账')!;
  expect(noteOf(sc, 'B2')).toBe('村干部：姓名待核');
  expect(fillOf(sc, 'B2')).toBeUndefined();
  expect(count(noteOf(sc, 'C2'), '证件号码校验码错误')).toBe(1);
});

test('CLI: checking and annotating its own annotated copy adds no sheet and no second note', async () => {
  const { main } = await import('../../src/cli/main');
  const { checkChar } = await import('../../src/core/id/gb11643');
  const id = (s: string) => s + checkChar(s);
  const ledger = path.join(dir, 'ledger.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员台账');
  ws.addRow(['行政村', '户编号', '姓名', '证件号码', '与户主关系']);
  ws.addRow(['一村', 'H1', '甲', id('52010219800101001'), '户主']);
  ws.addRow(['一村', 'H1', '乙', id('52010219820101002').slice(0, 17) + '0', '配偶']);
  await wb.xlsx.writeFile(ledger);
  const io = { out: { write: () => true }, err: { write: () => true } };
  const copy1 = path.join(dir, 'cli-copy1.xlsx');
  const copy2 = path.join(dir, 'cli-copy2.xlsx');
  const json1 = path.join(dir, 'cli1.json');
  const json2 = path.join(dir, 'cli2.json');
  await main(['check', ledger, '--annotate', copy1, '--json', json1, '--quiet'], io);
  await main(['check', copy1, '--annotate', copy2, '--json', json2, '--quiet'], io);
  // The copy is checked as the ledger was: our sheets are not ledgers, the findings are the same.
  const r1 = JSON.parse(await fs.readFile(json1, 'utf8')) as { findings: Finding[] };
  const r2 = JSON.parse(await fs.readFile(json2, 'utf8')) as { findings: Finding[] };
  expect(r2.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(
    r1.findings.map((f) => `${f.rule}@${f.cell}`),
  );
  const b1 = await open(copy1);
  const b2 = await open(copy2);
  expect(b2.worksheets.map((w) => w.name)).toEqual(b1.worksheets.map((w) => w.name));
  const s1 = b1.getWorksheet('人员台账')!;
  const s2 = b2.getWorksheet('人员台账')!;
  const checksum = r1.findings.find((f) => f.rule === 'id.checksum')!;
  expect(noteOf(s2, checksum.cell)).toBe(noteOf(s1, checksum.cell));
  expect(count(noteOf(s2, checksum.cell), NOTE_MARK)).toBe(1);
  expect(b2.getWorksheet('问题清单')!.actualRowCount).toBe(r1.findings.length + 1);
});

test('a note of ours the clerk edited since is theirs: kept as they left it, never removed by a later run', async () => {
  const input = path.join(dir, 'clerk3.xlsx');
  await clerkBook(input);
  const copy1 = path.join(dir, 'edit1.xlsx');
  await writeAnnotatedCopy(await fs.readFile(input), FIRST, copy1);
  const edited = await open(copy1);
  const ws = edited.getWorksheet('人员台账')!;
  ws.getCell('C2').note = `${noteOf(ws, 'C2')}\n——已核对原件，张三`;
  const copyEdited = path.join(dir, 'edit1-clerk.xlsx');
  await edited.xlsx.writeFile(copyEdited);

  const copy2 = path.join(dir, 'edit2.xlsx');
  await writeAnnotatedCopy(await fs.readFile(copyEdited), [], copy2);
  const ws2 = (await open(copy2)).getWorksheet('人员台账')!;
  const kept = noteOf(ws2, 'C2');
  expect(kept).toContain('——已核对原件，张三');
  expect(kept).toContain('证件号码校验码错误');
  expect(kept).not.toContain(NOTE_MARK);
  // Unedited notes of ours went; the fill of the edited cell is ours and goes too.
  expect(noteOf(ws2, 'D3')).toBe('');
  expect(fillOf(ws2, 'C2')).toBeUndefined();

  const copy3 = path.join(dir, 'edit3.xlsx');
  await writeAnnotatedCopy(await fs.readFile(copy2), [finding('C2', 'error', '新的问题')], copy3);
  const note3 = noteOf((await open(copy3)).getWorksheet('人员台账')!, 'C2');
  expect(note3).toContain('——已核对原件，张三');
  expect(count(note3, NOTE_MARK)).toBe(1);
  expect(note3.endsWith('新的问题（field.code）')).toBe(true);
});
