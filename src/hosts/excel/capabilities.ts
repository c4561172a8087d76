// Requirement-set detection. The floor is ExcelApi 1.7 (getRangeByIndexes, VeryHidden sheets, freeze panes):
// Office 2019 volume licence (1.7) and LTSC 2021 (1.14) pass; Excel 2016 MSI (1.1–1.2) gets a Chinese message.
// Newer sets only add features: fill pattern (1.9, tells "no fill" from white), page layout (1.9),
// merged areas (1.13), notes (1.18).

export interface ExcelCapabilities {
  /** Highest supported ExcelApi minor version (1.x → x); 0 outside Office. */
  apiMinor: number;
  rangeByIndexes: boolean;
  suspendApiCalculation: boolean;
  suspendScreenUpdating: boolean;
  fillPattern: boolean;
  pageLayout: boolean;
  comments: boolean;
  mergedAreas: boolean;
  notes: boolean;
}

export const MIN_API_MINOR = 7;

export const MESSAGES = {
  tooOld: '当前 Excel 版本过旧，请升级到 Office 2021 或 Microsoft 365 后使用',
  notOffice: '未检测到 Excel 环境，请在 Excel 中打开本加载项',
  notesUnsupported:
    '当前 Excel 版本不支持“备注”接口（需 ExcelApi 1.18），问题单元格只标底色，说明请在任务窗格中查看',
  pageLayoutUnsupported: '当前 Excel 版本不支持页面设置接口，汇总表未设置横向 A4 打印，请手动设置',
} as const;

interface OfficeLike {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

function officeGlobal(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

export function detectCapabilities(): ExcelCapabilities {
  const req = officeGlobal()?.context?.requirements;
  let apiMinor = 0;
  if (req) {
    // Sets are cumulative; stop at the first unsupported one.
    for (let m = 1; m <= 40 && req.isSetSupported('ExcelApi', `1.${m}`); m++) apiMinor = m;
  }
  const has = (m: number) => apiMinor >= m;
  return {
    apiMinor,
    rangeByIndexes: has(7),
    suspendApiCalculation: has(6),
    suspendScreenUpdating: has(9),
    fillPattern: has(9),
    pageLayout: has(9),
    comments: has(10),
    mergedAreas: has(13),
    notes: has(18),
  };
}

/** null when this Excel can run the add-in; otherwise the Chinese message to show instead of the pane. */
export function checkMinimumSupport(caps: ExcelCapabilities = detectCapabilities()): string | null {
  if (!officeGlobal()?.context?.requirements) return MESSAGES.notOffice;
  return caps.apiMinor >= MIN_API_MINOR ? null : MESSAGES.tooOld;
}
