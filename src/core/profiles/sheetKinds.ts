// Chinese names of the sheet kinds (report `sheets[].kind`), for the console summary and the pane.
import type { SheetKind } from '../types';

export const SHEET_KIND_LABELS: Record<SheetKind, string> = {
  person: '人员台账',
  household: '户台账',
  fund: '项目资金台账',
  village: '村基本情况',
  work: '已外出务工信息',
  workPlan: '计划外出务工信息',
  householdBuild: '乡村建设户信息',
  unknown: '未识别',
};
