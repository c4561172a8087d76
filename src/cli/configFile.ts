// Reads the --config file's bytes as UTF-8 JSON text, or says in Chinese which encoding it is in instead (Windows
// Notepad saves 记事本 files as ANSI = GBK on a Chinese system, or as "Unicode" = UTF-16).
import { InputError } from '../hosts/xlsx/readWorkbook';

/** The bytes form GBK / GB18030 double-byte text: every byte ≥ 0x80 starts a valid lead–trail pair. */
export function looksLikeGbk(buf: Uint8Array): boolean {
  let pairs = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    const t = buf[i + 1];
    if (b < 0x81 || b > 0xfe || t === undefined || t < 0x40 || t > 0xfe || t === 0x7f) return false;
    pairs++;
    i++;
  }
  return pairs > 0;
}

/** 1-based line of byte offset `at`. */
function lineOf(buf: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** First byte offset where the bytes stop being valid UTF-8. */
function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

export function decodeConfigText(buf: Uint8Array, file: string): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
    throw new InputError(
      `配置文件是 UTF-16 编码（记事本“Unicode”），不是 UTF-8：${file}。请用记事本“另存为”，编码选“UTF-8”后重试。`,
      `the config file is UTF-16, not UTF-8: ${file}`,
    );
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const line = lineOf(body, Math.max(0, firstInvalidUtf8(body)));
    if (looksLikeGbk(body))
      throw new InputError(
        `配置文件是 GBK（GB2312/ANSI）编码，不是 UTF-8（第 ${line} 行起的中文无法按 UTF-8 读取）：${file}。请用记事本“另存为”，编码选“UTF-8”后重试。`,
        `the config file is GBK-encoded, not UTF-8 (from line ${line}): ${file}`,
      );
    throw new InputError(
      `配置文件不是 UTF-8 编码（第 ${line} 行有无法识别的字节）：${file}。请用记事本“另存为”，编码选“UTF-8”后重试。`,
      `the config file is not valid UTF-8 (line ${line}): ${file}`,
    );
  }
}
