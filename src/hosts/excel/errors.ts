// Office.js errors arrive with English messages; the pane shows Chinese. The original error stays as `cause`.
const BY_CODE: Record<string, string> = {
  ItemNotFound: '找不到指定的工作表或单元格，可能已被重命名或删除',
  AccessDenied: '工作表或工作簿受保护，无法修改；请撤销保护后重试',
  InvalidOperation: 'Excel 拒绝了此操作（工作表可能受保护或正在编辑单元格），请退出单元格编辑后重试',
  RequestPayloadSizeLimitExceeded: '单次写入的数据超过 Excel 网页版上限，请分批处理',
  ResponsePayloadSizeLimitExceeded: '单次读取的数据超过 Excel 网页版上限，请分批处理',
  ApiNotFound: '当前 Excel 版本不支持所需接口，请升级到 Office 2021 或 Microsoft 365',
  GeneralException: 'Excel 内部错误，请保存工作簿后重试',
};

export async function inChinese<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && BY_CODE[code]) {
      const err = new Error(`${what}失败：${BY_CODE[code]}`) as Error & { code?: string; cause?: unknown };
      err.code = code;
      err.cause = e;
      throw err;
    }
    throw e;
  }
}
