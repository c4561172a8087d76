// The byte reader on what the typed writers never produce but valid files contain: cells and rows without an
// r attribute, 1904-based dates, ISO date cells, booleans and errors, formulas without a cached value.
import fc from 'fast-check';
import { readSheetCells } from '../../src/hosts/xlsx/sheetCells';
import { dateStyles, isDateFormat } from '../../src/hosts/xlsx/cellStyles';

const sheet = (rows: string) =>
  Buffer.from(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );

test('rows and cells without r follow the previous ones; gaps with r are kept', () => {
  const xml = sheet(
    '<row><c t="s"><v>0</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
      '<row r="4"><c r="B4" t="inlineStr"><is><t>四</t></is></c></row><row><c t="b"><v>1</v></c></row>',
  );
  const { values } = readSheetCells(xml, { strings: ['甲'], dateStyle: [], date1904: false });
  expect(values[0]).toEqual(['甲', 2, '', '', 5, 6]);
  expect(values[1] ?? []).toEqual([]);
  expect(values[3]).toEqual(['', '四']);
  expect(values[4]).toEqual([true]);
});

test('dates: styles decide, 1904 serials move to the 1900 system, ISO cells become serials, times round to the second', () => {
  const styles =
    '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot;元&quot;"/></numFmts>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>';
  const dateStyle = dateStyles(styles);
  expect(dateStyle).toEqual([false, true, false, true]);
  const xml = sheet(
    '<row r="1"><c r="A1" s="1"><v>45000.000004</v></c><c r="B1" s="2"><v>12.5</v></c><c r="C1" t="d"><v>2024-12-31</v></c><c r="D1" s="3"><v>1</v></c></row>',
  );
  const a = readSheetCells(xml, { strings: [], dateStyle, date1904: false }).values[0];
  expect(a).toEqual([45000, 12.5, 45657, 1]);
  const b = readSheetCells(xml, { strings: [], dateStyle, date1904: true }).values[0];
  expect(b).toEqual([46462, 12.5, 45657, 1463]);
  expect(isDateFormat('[Red]0.00;[Blue]-0.00')).toBe(false);
  expect(isDateFormat('[$-804]yyyy/m/d')).toBe(true);
  expect(isDateFormat('"m"0')).toBe(false);
});

test('errors, formulas with and without cached values, empty <v/>', () => {
  const xml = sheet(
    '<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1"><f>A1</f></c><c r="C1"><v/></c><c r="D1" t="str"><f>"a"</f><v>a&amp;amp;b</v></c></row>',
  );
  const { values, formulaCells } = readSheetCells(xml, { strings: [], dateStyle: [], date1904: false });
  expect(values[0]).toEqual(['#DIV/0!', '', '', 'a&amp;b']);
  expect(formulaCells).toEqual([
    [0, 0],
    [0, 1],
    [0, 3],
  ]);
});

test('numbers read from the bytes equal Number() of their text, whatever their form', () => {
  const texts = [
    '0',
    '-',
    '-12',
    '007',
    '-0',
    '123456789012345',
    '1234567890123456789',
    '12.5',
    '-0.25',
    '1E3',
    '1.5e-7',
    '7',
    '8123.45',
    '0.1',
    '0.30000000000000004',
    '-1234.5678',
    '1.',
    '.5',
    '-.5',
    '1.2.3',
    '.',
    '99999999999999.9',
  ];
  const row = texts.map((t, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${t}</v></c>`).join('');
  const { values } = readSheetCells(sheet(`<row r="1">${row}</row>`), {
    strings: [],
    dateStyle: [],
    date1904: false,
  });
  // '-' is not a number: the cell stays empty, as before.
  expect(values[0]).toEqual(texts.map((t) => (Number.isNaN(Number(t)) ? '' : Number(t))));
  expect(Object.is(values[0][4], -0)).toBe(true);
});

test('any decimal of up to 15 digits reads exactly as Number() reads its text', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 999_999_999_999_999n }),
      fc.nat({ max: 15 }),
      fc.boolean(),
      (mantissa, scale, neg) => {
        const digits = mantissa.toString().padStart(scale + 1, '0');
        const text = `${neg ? '-' : ''}${digits.slice(0, digits.length - scale)}${scale ? '.' : ''}${digits.slice(digits.length - scale)}`;
        const { values } = readSheetCells(sheet(`<row r="1"><c r="A1"><v>${text}</v></c></row>`), {
          strings: [],
          dateStyle: [],
          date1904: false,
        });
        expect(Object.is(values[0][0], Number(text))).toBe(true);
      },
    ),
    { numRuns: 2000 },
  );
});

test('a row that comes twice, rows out of order and gaps: every cell lands where its reference says', () => {
  const xml = sheet(
    '<row r="3"><c r="A3"><v>1</v></c><c r="D3" t="inlineStr"><is><t>丁</t></is></c></row>' +
      '<row r="1"><c r="B1"><v>2</v></c></row>' +
      '<row r="3"><c r="C3" t="str"><f>"x"</f><v></v></c><c r="E3"><v>5</v></c></row>' +
      '<row r="6"><c r="B6"><v>6</v></c></row><row r="7"/>',
  );
  const { values, formulaCells } = readSheetCells(xml, { strings: [], dateStyle: [], date1904: false });
  expect(values).toEqual([['', 2], [], [1, '', '', '丁', 5], [], [], ['', 6]]);
  expect(formulaCells).toEqual([[2, 2]]);
});
