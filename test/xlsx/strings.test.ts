// String items: the one-plain-run fast path and the general run/phonetic decoder give the same text.
import { decodeStringItem, readSharedStrings } from '../../src/hosts/xlsx/strings';

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
