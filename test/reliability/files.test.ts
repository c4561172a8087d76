// Files as they really come, and outputs as they really fail: the input is never written (not through a link),
// no ledger content is left in the temp folder, outputs are atomic, hostile or foreign files end with exit 2 and
// a Chinese line in bounded memory.
import { execFile, execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import zlib from 'zlib';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { checkChar } from '../../src/core/id/gb11643';
import { writeFileAtomically, type WriteOps } from '../../src/hosts/xlsx/safeWrite';
import { readZip, ZipWriter } from '../../src/hosts/xlsx/zip';
import { writeRawPackage, type RawCell } from '../xlsx/rawPackage';

const run = promisify(execFile);
const id = (p6: string, birth: string, seq: string) => p6 + birth + seq + checkChar(p6 + birth + seq);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-files-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function capture() {
  const c = { out: '', err: '' };
  return {
    c,
    io: {
      out: { write: (s: string) => ((c.out += s), true) },
      err: { write: (s: string) => ((c.err += s), true) },
    },
  };
}

const ROWS: RawCell[][] = [
  ['序号', '行政村', '户编号', '姓名', '证件号码', '人数', '与户主关系', '户类型', '人均纯收入'],
  [1, '花园村', 'H001', '王文博', id('520102', '19800101', '123'), 2, '户主', '脱贫户', 9000],
  [2, '花园村', 'H001', '李丽', id('520102', '19820202', '124'), 2, '配偶', '脱贫户', 9000],
];

async function ledger(name: string, style: 'inline' | 'shared' | 'exceljs' = 'shared'): Promise<string> {
  const file = path.join(dir, name);
  if (style === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员台账');
    for (const r of ROWS) ws.addRow(r);
    await wb.xlsx.writeFile(file);
  } else
    await writeRawPackage(file, [{ name: '人员台账', rows: ROWS }], {
      strings: style,
      sharedStringsLast: true,
    });
  return file;
}

const sha = async (f: string) =>
  crypto
    .createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');

describe('the input is never written', () => {
  test.each(['--json', '--annotate', '--summary'])(
    '%s through a symlink or a hard link to the input: exit 2',
    async (flag) => {
      const input = await ledger(`in${flag}.xlsx`);
      const before = await sha(input);
      const sym = path.join(dir, `sym${flag}.xlsx`);
      const hard = path.join(dir, `hard${flag}.xlsx`);
      await fs.symlink(input, sym);
      await fs.link(input, hard);
      const other = path.join(dir, 'sub', '..', path.basename(input)); // another spelling of the same path
      await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
      for (const out of [sym, hard, other]) {
        const { c, io } = capture();
        expect(await main(['check', input, flag, out, '--quiet'], io)).toBe(2);
        expect(c.err).toContain('就是输入文件');
        expect(c.err).toMatch(/\nerror: .+/);
        expect(c.out).not.toContain('原文件未改动');
      }
      // The input read through a link, written to its real name: refused too.
      const { c, io } = capture();
      expect(await main(['check', sym, flag, input, '--quiet'], io)).toBe(2);
      expect(c.err).toContain('就是输入文件');
      expect(await sha(input)).toBe(before);
    },
  );

  test('two outputs naming one file are refused before any work', async () => {
    const input = await ledger('two.xlsx');
    const out = path.join(dir, 'two-out.xlsx');
    const { c, io } = capture();
    expect(await main(['check', input, '--annotate', out, '--summary', out], io)).toBe(2);
    expect(c.err).toContain('指向同一个文件');
    await expect(fs.stat(out)).rejects.toThrow();
  });
});

describe('outputs: atomic, with a message per failure', () => {
  test('a missing folder and a folder given as the output each get their own Chinese message', async () => {
    const input = await ledger('out.xlsx');
    const missing = capture();
    expect(await main(['check', input, '--json', path.join(dir, 'nope', 'r.json')], missing.io)).toBe(2);
    expect(missing.c.err).toContain('输出文件夹不存在');
    const isDir = capture();
    expect(await main(['check', input, '--annotate', dir], isDir.io)).toBe(2);
    expect(isDir.c.err).toContain('输出路径是一个文件夹');
    for (const e of [missing, isDir]) expect(e.c.err).not.toContain('意外问题');
  });

  const failing = (code: string, afterBytes: number): WriteOps => ({
    async open(file) {
      const fh = await fs.open(file, 'wx', 0o600);
      let written = 0;
      const writeFile = fh.writeFile.bind(fh);
      (fh as unknown as { writeFile: (d: Buffer) => Promise<void> }).writeFile = async (d: Buffer) => {
        written += d.length;
        if (written > afterBytes) throw Object.assign(new Error(code), { code });
        await writeFile(d);
      };
      return fh;
    },
    rename: (a, b) => fs.rename(a, b),
  });

  test.each([
    ['ENOSPC', '磁盘空间不足'],
    ['EROFS', '只读'],
    ['EACCES', '没有在该文件夹中写文件的权限'],
  ])(
    '%s midway: the earlier file under the name is untouched, no temporary file is left',
    async (code, zh) => {
      const sub = await fs.mkdtemp(path.join(dir, 'atomic-'));
      const target = path.join(sub, '报告.json');
      await fs.writeFile(target, 'earlier report');
      const chunks = Array.from({ length: 10 }, (_, i) => Buffer.alloc(1000, 48 + i));
      await expect(writeFileAtomically(target, chunks, failing(code, 4500))).rejects.toMatchObject({
        zh: expect.stringContaining(zh),
      });
      expect(await fs.readFile(target, 'utf8')).toBe('earlier report');
      expect(await fs.readdir(sub)).toEqual(['报告.json']);
      // And a write that succeeds replaces it whole.
      await writeFileAtomically(target, chunks);
      expect((await fs.readFile(target)).length).toBe(10_000);
      expect(await fs.readdir(sub)).toEqual(['报告.json']);
    },
  );
});

describe('no ledger content left behind', () => {
  test('the CLI leaves nothing new in the temp folder, for every writer style and a damaged file', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-tmp-probe-'));
    const outDir = await fs.mkdtemp(path.join(dir, 'outs-'));
    const big: RawCell[][] = [...ROWS];
    for (let i = 0; i < 20000; i++) big.push([i, '石门村', `H${i}`, '张三丰', '', 1, '户主', '脱贫户', 9000]);
    const inputs = [
      await ledger('t-inline.xlsx', 'inline'),
      await ledger('t-shared.xlsx'),
      await ledger('t-exceljs.xlsx', 'exceljs'),
    ];
    const bigFile = path.join(dir, 't-big-inline.xlsx');
    await writeRawPackage(bigFile, [{ name: '人员台账', rows: big }], { strings: 'inline' });
    inputs.push(bigFile);
    const damaged = path.join(dir, 't-damaged.xlsx');
    await fs.writeFile(damaged, await damageDeflate(bigFile));
    inputs.push(damaged);
    const bin = path.join(__dirname, '..', '..', 'bin', 'bangfu.js');
    for (const [i, input] of inputs.entries()) {
      const args = [
        'check',
        input,
        '--quiet',
        '--json',
        path.join(outDir, `${i}.json`),
        '--annotate',
        path.join(outDir, `${i}.xlsx`),
      ];
      await run(process.execPath, [bin, ...args], {
        env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp },
      }).catch((e: { code: number }) => expect([1, 2]).toContain(e.code));
    }
    expect(await fs.readdir(tmp)).toEqual([]);
    // Only the requested outputs: no temporary names, nothing for the damaged input.
    expect((await fs.readdir(outDir)).sort()).toEqual([
      '0.json',
      '0.xlsx',
      '1.json',
      '1.xlsx',
      '2.json',
      '2.xlsx',
      '3.json',
      '3.xlsx',
    ]);
    await fs.rm(tmp, { recursive: true, force: true });
  }, 180_000);
});

/** Flips bytes in the middle of the biggest deflated entry's data (the zip directory stays intact). */
async function damageDeflate(file: string): Promise<Buffer> {
  const buf = Buffer.from(await fs.readFile(file));
  const zip = readZip(buf);
  const e = [...zip.entries].sort((a, b) => b.compressedSize - a.compressedSize)[0];
  expect(e.method).toBe(8);
  for (let i = 0; i < 64; i++) buf[e.dataStart + Math.floor(e.compressedSize / 2) + i] ^= 0x5a;
  return buf;
}

describe('hostile files: exit 2 and a Chinese line', () => {
  const expectExit2 = async (file: string, zh: string | RegExp, extra: string[] = []) => {
    const { c, io } = capture();
    expect(await main(['check', file, '--quiet', ...extra], io)).toBe(2);
    expect(c.err).toMatch(zh);
    expect(c.err).toMatch(/^错误：.+\nerror: .+\n$/);
    return c.err;
  };

  test('damaged deflate data (Z_DATA_ERROR): exit 2 with 文件已损坏, not exit 1', async () => {
    const src = path.join(dir, 'h-src.xlsx');
    await writeRawPackage(
      src,
      [
        {
          name: '人员台账',
          rows: [...ROWS, ...Array.from({ length: 3000 }, (_, i) => [i, '村', `H${i}`, '名'])],
        },
      ],
      {
        strings: 'shared',
      },
    );
    const bad = path.join(dir, 'h-damaged.xlsx');
    await fs.writeFile(bad, await damageDeflate(src));
    await expectExit2(bad, '文件已损坏');
  });

  /** A package whose one sheet inflates to `mb` MB of one repeated row. */
  async function bomb(file: string, mb: number, lieAboutSize: boolean): Promise<void> {
    const w = new ZipWriter();
    await writeRawPackage(file, [{ name: '人员台账', rows: ROWS }], { strings: 'inline' });
    const zip = readZip(await fs.readFile(file));
    for (const e of zip.entries) if (e.name !== 'xl/worksheets/sheet1.xml') w.copy(zip, e);
    const row = Buffer.from('<row><c t="inlineStr"><is><t>炸</t></is></c></row>'.padEnd(1024, ' '));
    const mega = Buffer.concat(Array.from({ length: 1024 }, () => row));
    const pieces = [
      Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'),
    ];
    for (let i = 0; i < mb; i++) pieces.push(mega);
    pieces.push(Buffer.from('</sheetData></worksheet>'));
    await w.addPieces('xl/worksheets/sheet1.xml', pieces);
    const out = Buffer.concat(w.finish());
    if (lieAboutSize) {
      // Declare 2 KB in both headers, as a bomb that hides its size does.
      const name = Buffer.from('xl/worksheets/sheet1.xml');
      for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
        if (out.readUInt32LE(at - 46) === 0x02014b50) out.writeUInt32LE(2048, at - 46 + 24);
        if (out.readUInt32LE(at - 30) === 0x04034b50) out.writeUInt32LE(2048, at - 30 + 22);
      }
    }
    await fs.writeFile(file, out);
  }

  test('a zip bomb is refused by its ratio before anything is inflated; a lying one stops at its declared size', async () => {
    const honest = path.join(dir, 'bomb.xlsx');
    await bomb(honest, 200, false);
    expect((await fs.stat(honest)).size).toBeLessThan(2_000_000);
    const rss0 = process.memoryUsage().rss;
    await expectExit2(honest, /压缩比约为 \d+:1，超过上限 300:1/);
    const liar = path.join(dir, 'bomb-liar.xlsx');
    await bomb(liar, 200, true);
    await expectExit2(liar, '文件已损坏');
    // Neither was inflated: 200 MB never reached memory.
    expect(process.memoryUsage().rss - rss0).toBeLessThan(150 * 1024 ** 2);
    // A county that trusts its file raises the ratio limit; the total-size limit still holds it.
    await expectExit2(honest, /解压后约 20\d MB，超过上限 100 MB/, [
      '--max-ratio',
      '100000',
      '--max-inflated-mb',
      '100',
    ]);
  }, 120_000);

  test('total inflated size and cells per sheet: limits with clear messages, configurable', async () => {
    const file = await ledger('limits.xlsx');
    await expectExit2(file, /解压后约 \d+ MB，超过上限 0 MB/, ['--max-inflated-mb', '0.0001']);
    await expectExit2(file, '--max-cells', ['--max-cells', '5']);
    const { io } = capture();
    expect(await main(['check', file, '--quiet', '--max-cells', '100'], io)).toBe(0);
    await expectExit2(file, '需要一个正数', ['--max-cells', 'abc']);
  });

  const hasSoffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30000 });
      return true;
    } catch {
      return false;
    }
  })();

  test('an intact .ods and a real .xls (written by LibreOffice) each get a message naming the format', async () => {
    expect(hasSoffice).toBe(true);
    const src = await ledger('foreign.xlsx', 'exceljs');
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    for (const ext of ['ods', 'xls']) {
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', ext, '--outdir', dir, src],
        {
          stdio: 'pipe',
          timeout: 120_000,
        },
      );
    }
    await expectExit2(path.join(dir, 'foreign.ods'), /OpenDocument 表格（\.ods[^）]*）.*另存为/);
    await expectExit2(path.join(dir, 'foreign.xls'), /\.xls 格式.*另存为/);
    // WPS's .et is the same compound-file format as .xls.
    const et = path.join(dir, 'foreign.et');
    await fs.copyFile(path.join(dir, 'foreign.xls'), et);
    await expectExit2(et, /WPS 表格的 \.et 格式/);
  }, 240_000);

  test('an encrypted workbook and a binary .xlsb are named as such', async () => {
    // The compound-file header and a directory entry named EncryptedPackage, as Excel writes a protected file.
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    const enc = path.join(dir, 'locked.xlsx');
    await fs.writeFile(enc, ole);
    await expectExit2(enc, '设置了打开密码');
    const w = new ZipWriter();
    w.add('[Content_Types].xml', Buffer.from('<Types/>'));
    w.add('xl/workbook.bin', zlib.deflateRawSync(Buffer.from('binary')));
    const xlsb = path.join(dir, 'book.xlsb');
    await fs.writeFile(xlsb, Buffer.concat(w.finish()));
    await expectExit2(xlsb, '.xlsb');
  });
});
