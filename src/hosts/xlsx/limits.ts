// Limits on what a workbook may inflate to, so a hostile file (a "zip bomb": 4.6 MB that inflates to 4.4 GB)
// ends with a clear message in bounded memory instead of exhausting it. The defaults hold a real
// 1,000,000-row ledger (about 1 GB of sheet XML); a county with larger files raises them on the command line.

export interface ReadLimits {
  /** Sum of the declared inflated sizes of all parts, in bytes. */
  maxInflatedBytes: number;
  /** Inflated ÷ compressed size of one part, checked for parts over RATIO_FLOOR bytes. */
  maxRatio: number;
  /** Non-empty cells in one worksheet. */
  maxCellsPerSheet: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxInflatedBytes: 3 * 1024 ** 3,
  maxRatio: 300,
  maxCellsPerSheet: 60_000_000,
};

/** Small parts compress far better than big ones legitimately (a sheet of empty styled cells); not checked. */
export const RATIO_FLOOR = 64 * 1024 ** 2;

/** A read stopped by a limit: the message says which limit and how to raise it. */
export class LimitError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(en);
  }
}

const mb = (n: number) => Math.round(n / 1024 ** 2);

export function inflatedTooLarge(total: number, limits: ReadLimits): LimitError {
  return new LimitError(
    `工作簿解压后约 ${mb(total)} MB，超过上限 ${mb(limits.maxInflatedBytes)} MB（可能是恶意构造的压缩文件；确需处理可用 --max-inflated-mb 调高）`,
    `the workbook inflates to about ${mb(total)} MB, over the ${mb(limits.maxInflatedBytes)} MB limit (raise it with --max-inflated-mb)`,
  );
}

export function ratioTooHigh(part: string, ratio: number, limits: ReadLimits): LimitError {
  return new LimitError(
    `工作簿中的 ${part} 压缩比约为 ${Math.round(ratio)}:1，超过上限 ${limits.maxRatio}:1（疑似“压缩炸弹”；确需处理可用 --max-ratio 调高）`,
    `part ${part} has a compression ratio of about ${Math.round(ratio)}:1, over the ${limits.maxRatio}:1 limit (raise it with --max-ratio)`,
  );
}

export function tooManyCells(sheet: string, limits: ReadLimits): LimitError {
  return new LimitError(
    `工作表“${sheet}”的非空单元格超过 ${limits.maxCellsPerSheet} 个上限（确需处理可用 --max-cells 调高）`,
    `sheet "${sheet}" has more than ${limits.maxCellsPerSheet} non-empty cells (raise it with --max-cells)`,
  );
}
