// Zero changed characters, whatever wrote the file: inline strings (no shared-strings part, as POI's streaming
// writer, openpyxl and system exports write big files), shared strings after the worksheets, rich text runs,
// Excel's _xHHHH_ escapes, Extension-B characters, 30,000-character cells — on sheets large enough (> 5 MB of
// sheet XML) to cross many chunk boundaries of the reader.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { readWorkbook } from '../../src/hosts/xlsx/readWorkbook';
import { readZip } from '../../src/hosts/xlsx/zip';
import { writeRawPackage, type RawCell, type RawOptions } from './rawPackage';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-fidelity-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const VILLAGES = ['花园村', '石门村', '𠀀𠀁村', '龙潭村', '杨家湾村'];
const SURNAMES = ['王', '李', '张', '𡃁', '欧阳', '司马'];

/** A clean ledger-like sheet of `rows` persons, varying lengths so chunk cuts fall everywhere. */
function bigRows(rows: number): RawCell[][] {
  const out: RawCell[][] = [['序号', '行政村', '户主姓名', '姓名', '备注']];
  for (let r = 1; r <= rows; r++)
    out.push([
      r,
      VILLAGES[r % VILLAGES.length],
      SURNAMES[r % SURNAMES.length] + '文博'.repeat(1 + (r % 3)),
      SURNAMES[(r * 7) % SURNAMES.length] + '丽'.repeat(r % 5),
      '说明'.repeat(r % 11) + (r % 97 === 0 ? '😀𠀀' : ''),
    ]);
  return out;
}

function expectSame(read: unknown[][], written: RawCell[][]): void {
  let checked = 0;
  for (let r = 0; r < written.length; r++)
    for (let c = 0; c < written[r].length; c++) {
      const w = written[r][c];
      const want = w === null ? '' : typeof w === 'object' ? w.runs.join('') : w;
      const got = read[r]?.[c] ?? '';
      if (got !== want)
        throw new Error(`R${r + 1}C${c + 1}: wrote ${JSON.stringify(want)}, read ${JSON.stringify(got)}`);
      checked++;
    }
  expect(checked).toBeGreaterThan(0);
}

const STYLES: Array<[string, RawOptions]> = [
  ['inline strings, no shared-strings part', { strings: 'inline' }],
  ['shared strings written after the worksheets', { strings: 'shared', sharedStringsLast: true }],
  ['shared strings first', { strings: 'shared' }],
];

test.each(STYLES)(
  '%s: a 60,000-row sheet (> 5 MB of XML) reads back with zero changed characters',
  async (_, opt) => {
    const rows = bigRows(60_000);
    const file = path.join(dir, `big-${opt.strings}-${opt.sharedStringsLast ? 'last' : 'first'}.xlsx`);
    await writeRawPackage(file, [{ name: '监测对象信息', rows }], opt);
    const zip = readZip(await fs.readFile(file));
    expect(zip.byName.get('xl/worksheets/sheet1.xml')!.size).toBeGreaterThan(5_000_000);
    const { sheets } = await readWorkbook(file);
    expectSame(sheets[0].values, rows);
    const text = JSON.stringify(sheets[0].values);
    expect(text).not.toContain('\uFFFD');
  },
);

test('rich text runs, _xHHHH_ escapes (decoded as Excel does), Extension B, a 30,000-character cell', async () => {
  const long = Array.from({ length: 10_000 }, (_, i) => '张𠀀丁'[i % 3]).join('') + '末';
  const rows: RawCell[][] = [
    ['姓名', '备注', '说明'],
    [{ runs: ['赵', '六', '𠀀'] }, 'a\tb', '第一行\n第二行'],
    ['控制\u0001字符\u001f', 'literal _x000D_ text', '_x005F_ stays'],
    [long, '𪚥𫝀𬺰', ' 前后空格 '],
  ];
  for (const opt of [
    { strings: 'inline' as const },
    { strings: 'shared' as const, sharedStringsLast: true },
  ]) {
    const file = path.join(dir, `escapes-${opt.strings}.xlsx`);
    await writeRawPackage(file, [{ name: '台账', rows }], { ...opt, escapeControls: true });
    const { sheets } = await readWorkbook(file);
    expectSame(sheets[0].values, rows);
    expect((sheets[0].values[3][0] as string).length).toBeGreaterThanOrEqual(30_000 / 3);
  }
});

test('the temp folder holds nothing new after reading each writer style', async () => {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-tmpdir-'));
  const before = process.env.TMPDIR;
  // ExcelJS's temp files go through os.tmpdir(), which reads TMPDIR on every call.
  process.env.TMPDIR = tmp;
  try {
    for (const [name, opt] of STYLES) {
      const file = path.join(dir, `tmp-${name.length}.xlsx`);
      await writeRawPackage(file, [{ name: '表', rows: bigRows(3000) }], opt);
      await readWorkbook(file);
    }
    expect(await fs.readdir(tmp)).toEqual([]);
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    await fs.rm(tmp, { recursive: true, force: true });
  }
});

test('property: every cell string read back equals what was written (inline and shared, escapes on)', async () => {
  // Any Unicode scalar except lone surrogates; control characters go through Excel's _xHHHH_ escape.
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
      fc.constantFrom<RawOptions>(
        { strings: 'inline', escapeControls: true },
        { strings: 'shared', sharedStringsLast: true, escapeControls: true },
      ),
      async (grid, opt) => {
        const file = path.join(dir, `prop-${n++}.xlsx`);
        await writeRawPackage(file, [{ name: 'p', rows: grid }], opt);
        const { sheets } = await readWorkbook(file);
        expectSame(sheets[0].values, grid);
        await fs.rm(file);
      },
    ),
    { numRuns: 60 },
  );
});

test('phonetic guides, literal entities, formula string results, part names other producers use', async () => {
  const rows: RawCell[][] = [
    ['姓名', '备注'],
    ['a &lt; b & c', '<tag> & "q"'],
  ];
  const extra =
    '<row r="3">' +
    '<c r="A3" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></is></c>' +
    '<c r="B3" t="str"><f>"x"</f><v>&amp;lt;x&amp;gt; _x0041_</v></c>' +
    '<c r="C3" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本</t></r></is></c>' +
    '<c r="D3" t="inlineStr"/>' +
    '</row>';
  for (const opt of [
    { strings: 'inline' as const },
    { strings: 'shared' as const, sharedStringsPart: 'strings/SST.xml', sharedStringsLast: true },
  ]) {
    const file = path.join(dir, `odd-${opt.strings}.xlsx`);
    await writeRawPackage(
      file,
      [
        { name: '台账', rows },
        { name: '第二表', rows },
      ],
      {
        ...opt,
        sheetPart: (i) => `sheets/台账-${i}.xml`,
        extraRowsXml: extra,
      },
    );
    const { sheets } = await readWorkbook(file);
    expect(sheets.map((s) => s.name)).toEqual(['台账', '第二表']);
    expectSame(sheets[0].values, rows);
    expectSame(sheets[1].values, rows);
    // &amp;lt; is a literal "&lt;" (the streaming reader decoded it twice, to "<").
    expect(sheets[0].values[2].slice(0, 3)).toEqual(['漢字', '&lt;x&gt; A', '富 文本']);
    expect(sheets[0].formulaCells).toEqual([[2, 1]]);
  }
});
