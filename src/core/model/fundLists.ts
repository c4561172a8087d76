// Fund-side sheets that are not project lists (ledgers-national §9): a 受益农户名单 of a 到户 project (one row per
// household, 户主姓名 / 证件号码 + 补助金额) and a 资产台账 without amounts. They are read by their own rules, not
// as projects: a beneficiary list repeats its 项目名称 on every row, and has no 计划投资 or 已支出.
import type { ParsedSheet } from '../types';
import { normText } from '../grid/normalise';

const PERSON_HEADERS = new Set([
  '户主姓名',
  '姓名',
  '户主',
  '受益户姓名',
  '受益农户姓名',
  '农户姓名',
  '证件号码',
  '身份证号码',
  '身份证号',
]);
const PROJECT_AMOUNTS = ['planned', 'released', 'disbursed', 'spent', 'sourceCentral'];

/** A fund sheet with a person column (户主姓名, 证件号码 …), an amount per row, and no project amounts. */
export function isBeneficiaryList(sheet: ParsedSheet): boolean {
  if (sheet.kind !== 'fund') return false;
  if (!sheet.byKey.subsidy && !sheet.byKey.itemAmount) return false;
  if (PROJECT_AMOUNTS.some((k) => sheet.byKey[k])) return false;
  return sheet.columns.some((c) => PERSON_HEADERS.has(normText(c.path[c.path.length - 1] ?? '')));
}

/** A fund sheet of assets (资产状态, 产权归属 …) without any amount column of a project ledger. */
export function isAssetRegister(sheet: ParsedSheet): boolean {
  return (
    sheet.kind === 'fund' &&
    ['assetStatus', 'assetOwner', 'assetManager'].some((k) => sheet.byKey[k]) &&
    !['planned', 'released', 'disbursed', 'spent', 'subsidy'].some((k) => sheet.byKey[k])
  );
}
