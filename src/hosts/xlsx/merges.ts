// Merged ranges of one worksheet part (<mergeCells> follows <sheetData>), found with a native scan.
import type { MergeRange } from '../../core/types';
import { attr, parseRef } from './ooxml';

const GT = 0x3e;

export function readMerges(xml: Buffer): MergeRange[] {
  const merges: MergeRange[] = [];
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const tail = dataEnd >= 0 ? dataEnd : 0;
  for (let at = xml.indexOf('<mergeCell ', tail); at >= 0; at = xml.indexOf('<mergeCell ', at + 1)) {
    const end = xml.indexOf(GT, at);
    const ref = attr(xml.toString('utf8', at, end + 1), 'ref') ?? '';
    const [a, b = a] = ref.split(':');
    const p = parseRef(a);
    const q = parseRef(b);
    if (p && q) merges.push({ r1: p.row - 1, c1: p.col - 1, r2: q.row - 1, c2: q.col - 1 });
  }
  return merges;
}
