// Writing an output so that nothing half-written ever carries the requested name: the bytes go to a private
// temporary file in the target folder (0600: it holds names and ID numbers), are flushed to disk, and the file
// is renamed over the target only when complete. A full disk, a crash or Ctrl-C leaves the target as it was and
// no temporary file behind.
import { promises as fsp, unlinkSync, constants } from 'fs';
import path from 'path';

/** An output that could not be written, with the reason in Chinese and English. */
export class OutputError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** Temporary files not yet renamed or removed: removed on exit and on the signals that end the process. */
const pending = new Set<string>();
let hooked = false;

function removePending(): void {
  for (const f of pending) {
    try {
      unlinkSync(f);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removePending);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      removePending();
      process.exit(code);
    });
  }
}

/** The Chinese reason for a failed write of `target`. */
export function outputErrorOf(e: unknown, target: string): OutputError {
  if (e instanceof OutputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const dir = path.dirname(path.resolve(target));
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(
        `磁盘空间不足，未能写出 ${target}（未留下不完整的文件，原有同名文件未改动）`,
        `no space left on the device: ${target} was not written`,
      );
    case 'EROFS':
      return new OutputError(
        `输出文件夹是只读的，无法写入：${dir}`,
        `the output folder is read-only: ${dir}`,
      );
    case 'EACCES':
    case 'EPERM':
      return new OutputError(
        `没有在该文件夹中写文件的权限：${dir}`,
        `permission denied in the output folder: ${dir}`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new OutputError(`输出文件夹不存在：${dir}`, `the output folder does not exist: ${dir}`);
    case 'EISDIR':
      return new OutputError(
        `输出路径是一个文件夹，请给出文件名（例如 ${path.join(target, '报告.xlsx')}）：${target}`,
        `the output path is a directory; give a file name: ${target}`,
      );
    default:
      return new OutputError(
        `无法写出 ${target}（${code ?? (e as Error).message}），原有同名文件未改动`,
        `cannot write ${target} (${code ?? (e as Error).message})`,
      );
  }
}

/** Checks before any work is done that `target` can be written: its folder exists and is writable. */
export async function checkWritable(target: string): Promise<void> {
  const abs = path.resolve(target);
  const st = await fsp.stat(abs).catch(() => undefined);
  if (st?.isDirectory()) throw outputErrorOf({ code: 'EISDIR' }, target);
  const dir = path.dirname(abs);
  const dst = await fsp.stat(dir).catch((e: NodeJS.ErrnoException) => {
    throw outputErrorOf(e, target);
  });
  if (!dst.isDirectory()) throw outputErrorOf({ code: 'ENOTDIR' }, target);
  try {
    await fsp.access(dir, constants.W_OK);
  } catch (e) {
    throw outputErrorOf(e, target);
  }
}

/** The few file operations used, replaceable in tests (a full disk cannot be made on demand). */
export interface WriteOps {
  open(file: string): Promise<fsp.FileHandle>;
  rename(from: string, to: string): Promise<void>;
}

const realOps: WriteOps = {
  open: (file) => fsp.open(file, 'wx', 0o600),
  rename: (from, to) => fsp.rename(from, to),
};

/** 8 hex digits for a temporary name; crypto is loaded only when a file is written (start-up of a plain check). */
function randomHex(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('crypto') as typeof import('crypto');
  return randomBytes(4).toString('hex');
}

/** Writes `chunks` to `target` atomically (see above). Throws OutputError with the Chinese reason. */
export async function writeFileAtomically(
  target: string,
  chunks: Iterable<Buffer | string>,
  ops: WriteOps = realOps,
): Promise<void> {
  const abs = path.resolve(target);
  const st = await fsp.stat(abs).catch(() => undefined);
  if (st?.isDirectory()) throw outputErrorOf({ code: 'EISDIR' }, target);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomHex()}.tmp`);
  hookExit();
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await ops.open(tmp);
    pending.add(tmp);
    // writeFile writes each chunk whole (write() may write part of one).
    for (const c of chunks) await fh.writeFile(typeof c === 'string' ? Buffer.from(c) : c);
    await fh.sync();
    // The finished file gets the usual permissions of a new document (the temporary one was private).
    await fh.chmod(0o644 & ~process.umask());
    await fh.close();
    fh = undefined;
    await ops.rename(tmp, abs);
    pending.delete(tmp);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
    throw outputErrorOf(e, target);
  }
}
