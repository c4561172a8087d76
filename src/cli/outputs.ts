// The CLI's outputs: never the input (not through a symlink, a hard link or another spelling of its path),
// never two outputs on one file, and every output's folder checked before the work starts.
import { promises as fs } from 'fs';
import path from 'path';
import { InputError } from '../hosts/xlsx/readWorkbook';
import { checkWritable, OutputError } from '../hosts/xlsx/safeWrite';

/** Device + inode: the file itself, whatever path, link or letter case names it. */
async function identity(file: string): Promise<string | undefined> {
  const st = await fs.stat(file).catch(() => undefined);
  return st ? `${st.dev}:${st.ino}` : undefined;
}

/** The real path of `file` (its folder's real path when it does not exist yet). */
async function realPath(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    const dir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    return path.join(dir, path.basename(abs));
  }
}

export interface OutputSpec {
  flag: string;
  file: string;
}

/**
 * Refuses (exit 2) an output that is, or would write through to, one of the inputs, and two outputs naming one
 * file; checks that each output's folder exists and is writable. Run before anything is read or written.
 */
export async function checkOutputs(inputs: string[], outputs: OutputSpec[]): Promise<void> {
  const inputIds = new Map<string, string>();
  const inputPaths = new Map<string, string>();
  for (const f of inputs) {
    const id = await identity(f);
    if (id) inputIds.set(id, f);
    inputPaths.set(await realPath(f), f);
  }
  const seen = new Map<string, string>();
  for (const { flag, file } of outputs) {
    const id = await identity(file);
    const real = await realPath(file);
    const hit = (id && inputIds.get(id)) ?? inputPaths.get(real);
    if (hit !== undefined)
      throw new InputError(
        `${flag} 的输出文件 ${file} 就是输入文件 ${hit}（同一文件、链接或快捷方式），不会覆盖原台账：请换一个文件名`,
        `${flag} ${file} is the input file ${hit} (the same file, a link to it or another name for it)`,
      );
    const key = id ?? real;
    const other = seen.get(key) ?? seen.get(real);
    if (other)
      throw new InputError(
        `${flag} 与 ${other} 指向同一个文件 ${file}：请为每种输出给不同的文件名`,
        `${flag} and ${other} name the same file ${file}`,
      );
    seen.set(key, flag);
    seen.set(real, flag);
    try {
      await checkWritable(file);
    } catch (e) {
      if (e instanceof OutputError) throw new InputError(e.zh, e.en);
      throw e;
    }
  }
}
