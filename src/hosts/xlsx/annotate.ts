// What an annotated copy looks like: the fill per severity, its Chinese name, and the findings sheet's name.
// Shared by the patched copy (patchXlsx.ts) and the file host's marks (xlsxHost.ts), so both look the same.
import type { Severity } from '../../core/types';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};
export const SEVERITY_NAME: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const FINDINGS_SHEET = '问题清单';
