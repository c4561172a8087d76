// 残疾人证号 (ledgers-national §7.2): the 18-character 身份证号, then 残疾类别 (character 19) and 残疾等级
// (character 20); a 22-character number adds two characters of unknown meaning, ignored.

/** 残疾类别 codes (only 4 = 肢体 is evidenced; the rest follow the national classification). */
export const DISABILITY_CATEGORIES: Record<string, string> = {
  '1': '视力残疾',
  '2': '听力残疾',
  '3': '言语残疾',
  '4': '肢体残疾',
  '5': '智力残疾',
  '6': '精神残疾',
  '7': '多重残疾',
};

export interface DisabilityCert {
  /** The 18-character ID part (checked as an ID). */
  id18: string;
  /** Code 1–7 and its name. */
  category: string;
  categoryName: string;
  /** 1–4; 1 and 2 are 重度 (一、二级). */
  grade: number;
  severe: boolean;
}

/** Whether a trimmed ID text has the length of a 残疾人证号. */
export const isDisabilityCertLength = (text: string): boolean => text.length === 20 || text.length === 22;

/** Characters 19–20 when they are not a 类别 1–7 and 等级 1–4 (id.disability-suffix-invalid), else null. */
export function invalidDisabilitySuffix(text: string): string | null {
  if (!isDisabilityCertLength(text)) return null;
  const suffix = text.slice(18, 20);
  return /^[1-7][1-4]$/.test(suffix) ? null : suffix;
}

/** The decoded 残疾人证号, or null when it is not one or its suffix is out of range. */
export function decodeDisabilityCert(text: string): DisabilityCert | null {
  if (!isDisabilityCertLength(text) || invalidDisabilitySuffix(text) !== null) return null;
  const category = text[18];
  const grade = Number(text[19]);
  return {
    id18: text.slice(0, 18),
    category,
    categoryName: DISABILITY_CATEGORIES[category],
    grade,
    severe: grade <= 2,
  };
}
