// String items: the one-plain-run fast path and the general run/phonetic decoder give the same text.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/types';
import { decodeStringItem, plainRun, readSharedStrings, TextCache } from '../../src/hosts/xlsx/strings';

test('plain runs, preserved spaces, entities and escapes decode as Excel shows them', () => {
  expect(decodeStringItem('<t>张三</t>')).toBe('张三');
  expect(decodeStringItem('<t xml:space="preserve"> 李 四 </t>')).toBe(' 李 四 ');
  expect(decodeStringItem('<t>a&amp;lt;b &lt; c</t>')).toBe('a&lt;b < c');
  expect(decodeStringItem('<t>第一行_x000D_第二行 _x005F_x0041_</t>')).toBe('第一行\r第二行 _x0041_');
  expect(decodeStringItem('<t></t>')).toBe('');
  expect(decodeStringItem('<t/>')).toBe('');
});

test('rich text and phonetic guides still take the general path', () => {
  expect(decodeStringItem('<r><rPr><b/></rPr><t>脱贫</t></r><r><t xml:space="preserve">户 </t></r>')).toBe(
    '脱贫户 ',
  );
  expect(decodeStringItem('<t>重庆</t><rPh sb="0" eb="1"><t>chóng</t></rPh><phoneticPr fontId="1"/>')).toBe(
    '重庆',
  );
  expect(decodeStringItem('<t>a</t><t>b</t>')).toBe('ab');
});

test('a shared-strings part reads item by item, empty items included', () => {
  const xml = Buffer.from(
    '<sst count="4"><si><t>甲</t></si><si/><si><r><t>乙</t></r><r><t>丙</t></r></si><si><t xml:space="preserve">丁 </t></si></sst>',
  );
  expect(readSharedStrings(xml)).toEqual(['甲', '', '乙丙', '丁 ']);
});

test('property: the plain-run reader gives the text the general decoder gives, in <is> and <si>', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(
      '是',
      '否',
      '621122194401152151',
      '_x000D_',
      '_x005F_x0041_',
      'a&amp;b',
      '&lt;&#x4E2D;&#20013;',
    ),
  );
  fc.assert(
    fc.property(text, fc.boolean(), (t, preserve) => {
      // What a writer puts in <t>: text characters escaped, entities given as they are.
      const escaped = /&(amp|lt|#x?[0-9A-Fa-f]+);/.test(t)
        ? t
        : t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const body = `${preserve ? '<t xml:space="preserve">' : '<t>'}${escaped}</t>`;
      for (const close of ['</is>', '</si>']) {
        const xml = Buffer.from(`<c>${body}${close}<c>`);
        const out: { value: CellValue } = { value: 'unset' };
        const next = plainRun(xml, 3, xml.length, Buffer.from(close), out);
        expect(next).toBe(xml.length - 3);
        expect(out.value).toBe(decodeStringItem(body));
      }
    }),
    { numRuns: 1500 },
  );
  // Anything but one plain run is left to the general decoder.
  const other = Buffer.from('<r><t>富</t></r><r><t>民</t></r></is>');
  expect(plainRun(other, 0, other.length, Buffer.from('</is>'), { value: '' })).toBe(-1);
  const spaced = Buffer.from('<t>甲</t> </is>');
  expect(plainRun(spaced, 0, spaced.length, Buffer.from('</is>'), { value: '' })).toBe(-1);
});

test('property: repeated texts through the cache read as written, hash collisions and all', () => {
  // Few distinct values (they repeat, as in a system export) mixed with many (they evict each other).
  const value = fc.oneof(
    fc.constantFrom('是', '否', '男', '女', '陇西县', '高山乡', '叶家湾村', '0', '1'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map((s) => s.replace(/[<&]/g, '')),
    fc.integer({ min: 0, max: 99_999 }).map(String),
  );
  fc.assert(
    fc.property(fc.array(value, { minLength: 1, maxLength: 3000 }), (vals) => {
      const xml = Buffer.from(vals.map((v) => `<t>${v}</t></is>`).join(''));
      const cache = new TextCache();
      const out: { value: CellValue } = { value: '' };
      let at = 0;
      vals.forEach((v) => {
        at = plainRun(xml, at, xml.length, Buffer.from('</is>'), out, cache);
        expect(at).toBeGreaterThan(0);
        expect(out.value).toBe(v);
      });
    }),
    { numRuns: 60 },
  );
  // 10,000 distinct values in 4,096 slots: every one still reads as itself, the first again after all others;
  // "Aa" and "BB" have the same hash and length (65·31 + 97 = 66·31 + 66), so only their bytes tell them apart.
  const many = Array.from({ length: 10_000 }, (_, i) => `户${i}`);
  const all = [...many, many[0], many[4096], many[9999], 'Aa', 'BB', 'Aa', 'BB', 'AaAa', 'BBBB', 'AaBB'];
  const xml = Buffer.from(all.map((v) => `<t>${v}</t></is>`).join(''));
  const cache = new TextCache();
  const out: { value: CellValue } = { value: '' };
  let at = 0;
  for (const v of all) {
    at = plainRun(xml, at, xml.length, Buffer.from('</is>'), out, cache);
    expect(out.value).toBe(v);
  }
});

test('a shared-strings part read from its bytes: attributes on <si>, text around items, an item cut off', () => {
  const xml = Buffer.from(
    '<?xml version="1.0"?><sst xmlns="x" count="5" uniqueCount="5">\n<si><t>A&amp;B</t></si>\n' +
      '<si ><t xml:space="preserve"> 前后空格 </t></si><si><t>_x000D_换行</t><phoneticPr fontId="1"/></si>' +
      '<si><t>没有结尾</t>',
  );
  expect(readSharedStrings(xml)).toEqual(['A&B', ' 前后空格 ', '\r换行']);
});
