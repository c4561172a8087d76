// Default code lists (ledgers.md §4). Editable data: config.codeLists replaces a list by key.
import { normText } from '../grid/normalise';

export const DEFAULT_CODE_LISTS: Record<string, string[]> = {
  // 与户主关系 (2016 list + 2021 additions)
  relationToHead: [
    '户主',
    '配偶',
    '之子',
    '之女',
    '之儿媳',
    '之女婿',
    '之孙子',
    '之孙女',
    '之外孙子',
    '之外孙女',
    '之父',
    '之母',
    '之岳父',
    '之岳母',
    '之公公',
    '之婆婆',
    '之祖父',
    '之祖母',
    '之外祖父',
    '之外祖母',
    '其他',
    '之兄弟姐妹',
    '之曾孙子',
    '之曾孙女',
    '之侄儿',
    '之侄女',
    '之兄弟媳妇',
    '之叔伯',
  ],
  // 性别
  gender: ['男', '女', '男性', '女性', '未说明的性别'],
  // 民族: the 56 民族 plus 其他
  ethnicity: [
    '汉族',
    '蒙古族',
    '回族',
    '藏族',
    '维吾尔族',
    '苗族',
    '彝族',
    '壮族',
    '布依族',
    '朝鲜族',
    '满族',
    '侗族',
    '瑶族',
    '白族',
    '土家族',
    '哈尼族',
    '哈萨克族',
    '傣族',
    '黎族',
    '傈僳族',
    '佤族',
    '畲族',
    '高山族',
    '拉祜族',
    '水族',
    '东乡族',
    '纳西族',
    '景颇族',
    '柯尔克孜族',
    '土族',
    '达斡尔族',
    '仫佬族',
    '羌族',
    '布朗族',
    '撒拉族',
    '毛南族',
    '仡佬族',
    '锡伯族',
    '阿昌族',
    '普米族',
    '塔吉克族',
    '怒族',
    '乌孜别克族',
    '俄罗斯族',
    '鄂温克族',
    '德昂族',
    '保安族',
    '裕固族',
    '京族',
    '塔塔尔族',
    '独龙族',
    '鄂伦春族',
    '赫哲族',
    '门巴族',
    '珞巴族',
    '基诺族',
    '其他',
    '穿青人',
  ],
  // 文化程度 (2021+ and 2016)
  education: ['文盲或半文盲', '小学', '初中', '高中', '大专', '本科及以上', '大专及以上', '学龄前儿童'],
  // 在校生状况 (2021+ and 2016)
  schoolStatus: [
    '学龄前儿童',
    '学前教育',
    '小学',
    '七年级',
    '八年级',
    '九年级',
    '普通高中一年级',
    '普通高中二年级',
    '普通高中三年级',
    '中职一年级',
    '中职二年级',
    '中职三年级',
    '高职高专一年级',
    '高职高专二年级',
    '高职高专三年级',
    '技师学院一年级',
    '技师学院二年级',
    '技师学院三年级',
    '技师学院四年级',
    '本科一年级',
    '本科二年级',
    '本科三年级',
    '本科四年级',
    '本科五年级',
    '硕士研究生及以上',
    '非在校生',
    '高中一年级',
    '高中二年级',
    '高中三年级',
    '高职一年级',
    '高职二年级',
    '高职三年级',
    '大专及以上',
  ],
  // 健康状况 (2021+ cells may combine values with a comma)
  health: ['健康', '长期慢性病', '患有大病', '残疾'],
  // 劳动技能
  laborSkill: ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力'],
  // 务工状况
  workStatus: ['乡(镇)内务工', '乡(镇)外县内务工', '县外省内务工', '省外务工', '其他', '未外出务工'],
  // 政治面貌
  politicalStatus: ['中共党员', '中共预备党员', '共青团员', '群众'],
  // 监测对象类别 (2020 names accepted as synonyms)
  monitorCategory: ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '脱贫监测户', '边缘户'],
  // 风险是否消除
  riskEliminated: ['是', '否'],
  // 贫困户属性
  povertyAttribute: [
    '一般贫困户',
    '低保户',
    '五保户',
    '低保贫困户',
    '低收入农户',
    '扶贫户',
    '扶贫低保户',
    '低保脱贫户',
    '特困供养脱贫户',
    '一般脱贫户',
    '特困供养贫困户',
    '低保特困供养贫困户',
    '低保特困供养户',
  ],
  // 主要致贫原因
  mainCause: [
    '因病',
    '因残',
    '因学',
    '因灾',
    '缺土地',
    '缺水',
    '缺技术',
    '缺劳力',
    '缺资金',
    '交通条件落后',
    '自身发展动力不足',
    '其他',
    '因婚',
    '因丧',
  ],
  // 危房级别
  housingGrade: ['A', 'B', 'C', 'D', 'A级', 'B级', 'C级', 'D级'],
};

/** Numeric codes some exports carry instead of labels. */
export const NUMERIC_CODES: Record<string, Record<string, string>> = {
  gender: { '1': '男', '2': '女', '9': '未说明的性别' },
  ethnicity: { '1': '汉族', '99': '其他' },
  workStatus: { '99': '其他' },
  mainCause: { '99': '其他' },
};

/** 2020 category names → 2021 names. */
export const CATEGORY_ALIASES: Record<string, string> = {
  脱贫监测户: '脱贫不稳定户',
  边缘户: '边缘易致贫户',
};

export interface CodeList {
  values: string[];
  normalised: Set<string>;
}

export function buildCodeLists(overrides: Record<string, string[]> = {}): Record<string, CodeList> {
  const out: Record<string, CodeList> = {};
  for (const [key, values] of Object.entries({ ...DEFAULT_CODE_LISTS, ...overrides })) {
    out[key] = { values, normalised: new Set(values.map((v) => normText(v))) };
  }
  return out;
}

/** Normalised value with numeric codes mapped to labels. */
export function codeValue(key: string, raw: string): string {
  const t = normText(raw);
  return NUMERIC_CODES[key]?.[t] ?? t;
}

/** Closest valid value by edit distance (for the message's suggestion). */
export function closestCode(list: CodeList, value: string): string | undefined {
  const v = normText(value);
  let best: string | undefined;
  let bestD = Infinity;
  for (const cand of list.values) {
    const d = editDistance(v, normText(cand));
    if (d < bestD || (d === bestD && best !== undefined && cand.length < best.length)) {
      bestD = d;
      best = cand;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.ceil(v.length / 2)) ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}
