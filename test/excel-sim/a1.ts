// A1 addresses for the simulator. Deliberately independent of src/hosts/excel/a1.ts so a parser bug in the host
// is not masked by sharing code with the thing that checks it.

export interface Rect {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(r: number, c: number): string {
  return colLetters(c) + (r + 1);
}

export function rectAddress(rect: Rect): string {
  const a = cellName(rect.r, rect.c);
  if (rect.rows === 1 && rect.cols === 1) return a;
  return a + ':' + cellName(rect.r + rect.rows - 1, rect.c + rect.cols - 1);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : "'" + name.replace(/'/g, "''") + "'";
}

/** Splits "Sheet!A1:B2" / "'My ''x'' sheet'!B2" / "A1" into sheet (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i + 1] !== '!') throw new Error('bad address ' + address);
    return { sheet: name, local: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  return bang < 0 ? { sheet: null, local: s } : { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Parses a local address (A1, A1:C3, 3:4). Returns null when it is not a valid address. */
export function parseLocal(local: string): Rect | null {
  const rows = ROWS.exec(local);
  if (rows) {
    const a = +rows[1] - 1;
    const b = +rows[2] - 1;
    if (a < 0 || b < 0 || b >= MAX_ROWS) return null;
    return { r: Math.min(a, b), c: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS };
  }
  const parts = local.split(':');
  if (parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p.trim()));
  if (cells.some((m) => !m)) return null;
  const pts = cells.map((m) => ({ r: +m![2] - 1, c: colIndex(m![1]) }));
  for (const p of pts) if (p.r < 0 || p.r >= MAX_ROWS || p.c >= MAX_COLS) return null;
  const r1 = Math.min(...pts.map((p) => p.r));
  const r2 = Math.max(...pts.map((p) => p.r));
  const c1 = Math.min(...pts.map((p) => p.c));
  const c2 = Math.max(...pts.map((p) => p.c));
  return { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}
