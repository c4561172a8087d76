// Several workbooks as one ledger (ledgers-national §1: the national system exports five files): folders expanded
// to their .xlsx files, every sheet tagged with its file, sheet names made unique across files for the report,
// and the findings handed back per file (with the sheet's own name) for one annotated copy per input.
import { promises as fs } from 'fs';
import path from 'path';
import type { Finding, SheetInput } from '../core/types';
import { InputError } from '../hosts/xlsx/readWorkbook';

const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;

/** Input paths with each folder replaced by its workbooks (sorted by name; Excel's ~$ lock files and hidden
 * files skipped; not recursive, so an output folder inside the input folder is never read back). */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    let stat;
    try {
      stat = await fs.stat(a);
    } catch {
      throw new InputError(`找不到文件或文件夹：${a}`, `no such file or folder: ${a}`);
    }
    if (!stat.isDirectory()) {
      out.push(a);
      continue;
    }
    const names = (await fs.readdir(a))
      .filter((n) => WORKBOOK_EXT.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
      .sort((x, y) => x.localeCompare(y, 'zh-CN'));
    if (names.length === 0)
      throw new InputError(`文件夹中没有 .xlsx 工作簿：${a}`, `no .xlsx workbook in the folder: ${a}`);
    for (const n of names) out.push(path.join(a, n));
  }
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = path.resolve(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface LoadedInput {
  path: string;
  /** The file's bytes (the annotated copy patches them). */
  file: Buffer;
  /** Report sheet name → the sheet's name in this file. */
  sheetNames: Map<string, string>;
}

/**
 * Reads every input. One input: its sheets as they are (the report is unchanged). Several: each sheet carries
 * `file` (the file name), and a sheet name already taken by an earlier file gets the file's name appended.
 */
export async function loadInputs(
  paths: string[],
  read: (p: string) => Promise<{ sheets: SheetInput[]; file: Buffer }>,
): Promise<{ inputs: LoadedInput[]; sheets: SheetInput[] }> {
  const inputs: LoadedInput[] = [];
  const sheets: SheetInput[] = [];
  const taken = new Set<string>();
  const several = paths.length > 1;
  for (const p of paths) {
    const { sheets: own, file } = await read(p);
    const base = path.basename(p);
    const names = new Map<string, string>();
    for (const s of own) {
      let name = s.name;
      if (taken.has(name)) name = `${s.name}（${base.replace(WORKBOOK_EXT, '')}）`;
      for (let k = 2; taken.has(name); k++) name = `${s.name}（${base.replace(WORKBOOK_EXT, '')}${k}）`;
      taken.add(name);
      names.set(name, s.name);
      sheets.push(several ? { ...s, name, file: base } : s);
    }
    inputs.push({ path: p, file, sheetNames: names });
  }
  return { inputs, sheets };
}

/** The findings on one input's sheets, with the sheet named as in that file. */
export function findingsOf(input: LoadedInput, findings: Finding[], several: boolean): Finding[] {
  const base = path.basename(input.path);
  const out: Finding[] = [];
  for (const f of findings) {
    if (several && f.file !== base) continue;
    const own = input.sheetNames.get(f.sheet);
    if (own === undefined) continue;
    out.push(own === f.sheet ? f : { ...f, sheet: own, ...(f.fix ? { fix: { ...f.fix, sheet: own } } : {}) });
  }
  return out;
}

/**
 * Where the annotated copy of `input` goes: with several inputs `annotate` is a folder and each copy keeps its file
 * name; with one input it is the copy's file name (a folder there is refused by checkOutputs).
 */
export async function annotatedPath(annotate: string, input: LoadedInput, several: boolean): Promise<string> {
  if (!several) return annotate;
  await fs.mkdir(annotate, { recursive: true });
  const out = path.join(annotate, path.basename(input.path));
  if (path.resolve(out) === path.resolve(input.path))
    throw new InputError(
      `--annotate 的文件夹不能是输入文件所在的文件夹（标注副本与原文件同名，不会覆盖原台账），请指定另一个文件夹`,
      `--annotate must name another folder than the inputs' (the copies keep the file names)`,
    );
  return out;
}
