// ZipWriter.addPieces gathers small pieces into ≥ 1 MB writes to the deflate stream: whatever the pieces' sizes
// (empty, tiny, larger than a batch, a batch boundary inside a multi-byte character), the entry reads back as
// their concatenation with its CRC.
import zlib from 'zlib';
import { readZip, ZipWriter } from '../../src/hosts/xlsx/zip';

test('pieces of every size read back as their concatenation, with the right CRC and size', async () => {
  const text = Buffer.from('<c r="A1" t="inlineStr"><is><t>脱贫户监测对象</t></is></c>'.repeat(2000));
  const pieces: Buffer[] = [Buffer.alloc(0)];
  let at = 0;
  // Sizes from 1 byte to 3 MB, cutting the text anywhere (also inside UTF-8 sequences).
  for (const size of [1, 7, 1000, 65_536, 1_048_575, 1, 3_000_000, 0, 12, 2_000_000, 5])
    for (let k = 0; k < 3; k++) {
      const from = at % text.length;
      const piece = Buffer.alloc(size);
      for (let i = 0; i < size; i++) piece[i] = text[(from + i) % text.length];
      pieces.push(piece);
      at += size;
    }
  const w = new ZipWriter();
  await w.addPieces('part.xml', pieces);
  const zip = readZip(Buffer.concat(w.finish()));
  const e = zip.byName.get('part.xml')!;
  const whole = Buffer.concat(pieces);
  expect(e.size).toBe(whole.length);
  expect(e.crc).toBe(zlib.crc32(whole));
  expect(zip.read(e).equals(whole)).toBe(true);
});
