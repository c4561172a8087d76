// The five national exports as files (inline strings, every cell text), checked as one ledger from a folder and
// from a file list; one annotated copy per input file; the inputs never change.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/types';
import { readZip } from '../../src/hosts/xlsx/zip';
import { generateNationalExport, writeExportSet, type NationalExport } from '../generator/national';

let dir: string;
let exp: NationalExport;
let files: string[];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-national-'));
  exp = generateNationalExport({
    seed: 21,
    persons: 600,
    inject: ['id.checksum', 'income.subitem-exceeds-component', 'work.person-not-in-ledger'],
  });
  files = await writeExportSet(exp, path.join(dir, '导出'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function capture() {
  let out = '';
  let err = '';
  return {
    io: {
      out: { write: (s: string) => ((out += s), true) },
      err: { write: (s: string) => ((err += s), true) },
    },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

const sha = async (f: string) =>
  crypto
    .createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');

const config = async (): Promise<string> => {
  const p = path.join(dir, 'config.json');
  await fs.writeFile(p, JSON.stringify({ incidenceDenominator: 'totalPopulation' }));
  return p;
};

it('the generated files are what the system writes: inline strings, no shared-strings part', async () => {
  const zip = readZip(await fs.readFile(files[0]));
  const names = zip.entries.map((e) => e.name);
  expect(names).not.toContain('xl/sharedStrings.xml');
  const sheet = zip.read(zip.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!).toString('utf8');
  expect(sheet).toContain('t="inlineStr"');
  expect(sheet).not.toMatch(/<c [^>]*t="n"|<v>/);
});

describe('bangfu check <folder>', () => {
  let report: Report;
  let stdout: string;
  let code: number;
  const out = () => path.join(dir, 'out');
  beforeAll(async () => {
    const before = await Promise.all(files.map(sha));
    const c = capture();
    code = await main(
      [
        'check',
        path.join(dir, '导出'),
        '--config',
        await config(),
        '--json',
        path.join(dir, 'r.json'),
        '--annotate',
        out(),
      ],
      c.io,
    );
    stdout = c.out;
    report = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as Report;
    expect(await Promise.all(files.map(sha))).toEqual(before);
  });

  it('reads the five files as one ledger and names the file of every sheet and finding', () => {
    expect(code).toBe(1);
    expect(report.sheets.map((s) => [s.file, s.kind]).sort()).toEqual(
      exp.files.map((f) => [f.fileName, f.export === 'person' ? 'person' : f.export]).sort(),
    );
    expect(stdout).toContain('已将5个工作簿作为一套台账检查');
    expect(stdout).toContain('数据日期：2023-12-18');
    for (const e of exp.expected)
      expect(report.findings).toContainEqual(
        expect.objectContaining({ rule: e.rule, file: e.fileName, sheet: e.sheet, cell: e.cell }),
      );
    const noisy = report.findings.filter(
      (f) => f.severity !== 'info' && !exp.expected.some((e) => e.rule === f.rule && e.cell === f.cell),
    );
    expect(noisy).toEqual([]);
  });

  it('writes one annotated copy per input file, each marking its own findings', async () => {
    const written = (await fs.readdir(out())).sort();
    expect(written).toEqual(exp.files.map((f) => f.fileName).sort());
    const work = exp.expected.find((e) => e.rule === 'work.person-not-in-ledger')!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out(), work.fileName));
    const note = wb.worksheets[0].getCell(work.cell).note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toContain('务工记录');
    // The person file's copy does not carry the work file's finding, and vice versa.
    const person = new ExcelJS.Workbook();
    await person.xlsx.readFile(path.join(out(), exp.files[0].fileName));
    const list = person.getWorksheet('问题清单');
    const listed = list ? list.getSheetValues().flat().map(String).join(' ') : '';
    expect(listed).toContain('id.checksum'.length > 0 ? '证件号码校验码错误' : '');
    expect(listed).not.toContain('务工记录人员不在台账中');
  });
});

it('bangfu check a.xlsx b.xlsx … gives the same findings as the folder', async () => {
  const c = capture();
  const code = await main(
    ['check', ...files, '--config', await config(), '--json', path.join(dir, 'r2.json')],
    c.io,
  );
  expect(code).toBe(1);
  const a = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as Report;
  const b = JSON.parse(await fs.readFile(path.join(dir, 'r2.json'), 'utf8')) as Report;
  const key = (r: Report) => r.findings.map((f) => `${f.file}|${f.sheet}|${f.cell}|${f.rule}`).sort();
  expect(key(b)).toEqual(key(a));
});

it('refuses an annotate folder that is the inputs’ folder (copies keep the file names)', async () => {
  const c = capture();
  const code = await main(['check', path.join(dir, '导出'), '--annotate', path.join(dir, '导出')], c.io);
  expect(code).toBe(2);
  expect(c.err).toContain('--annotate 的文件夹不能是输入文件所在的文件夹');
});
