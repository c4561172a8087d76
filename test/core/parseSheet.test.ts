// Header detection and column mapping on the layouts of ledgers.md §2: national exports, hand-kept ledgers
// with merged group headers (with and without merge info), three-row headers, village and fund sheets.
import { buildSynonymIndex, parseSheet } from '../../src/core/grid/parseSheet';
import type { CellValue, MergeRange } from '../../src/core/types';

const index = buildSynonymIndex();
const keys = (g: CellValue[][], merges?: MergeRange[], idx = index) => {
  const p = parseSheet({ name: 'S', values: g, merges }, idx);
  return { p, map: Object.fromEntries(p.columns.filter((c) => c.key).map((c) => [c.letter, c.key])) };
};

test('national 2021+ 名单 export: two title rows, header on row 3, data from row 4', () => {
  const { p, map } = keys([
    ['已脱贫人口名单'],
    ['数据日期：2024-12-31'],
    [
      '序号',
      '数据日期',
      '县(市、区、旗)',
      '乡(镇)',
      '行政村',
      '自然村',
      '户编号',
      '人编号',
      '姓名',
      '证件号码',
      '人数',
      '与户主关系',
      '易返贫致贫户(监测对象)类型',
      '风险是否消除',
      '风险识别时间',
      '风险消除时间',
      '是否解决安全饮用水',
    ],
    [1, '2024-12-31', 'A县', 'B镇', 'C村', 'D组', '1', '1', '甲', 'x', 3, '户主', '', '', '', '', '是'],
  ]);
  expect(p.kind).toBe('person');
  expect(p.headerRows).toEqual([3]);
  expect(p.dataRows).toEqual([3]);
  expect(p.title).toBe('已脱贫人口名单');
  expect(map).toMatchObject({
    B: 'dataDate',
    C: 'county',
    D: 'township',
    E: 'village',
    F: 'naturalVillage',
    G: 'householdId',
    H: 'personId',
    I: 'name',
    J: 'idNumber',
    K: 'householdSize',
    L: 'relationToHead',
    M: 'monitorCategory',
    N: 'riskEliminated',
    O: 'monitorStart',
    P: 'riskEliminatedDate',
    Q: 'safeWater',
  });
});

const handKept: CellValue[][] = [
  ['XX村2024年脱贫户及监测对象信息台账', '', '', '', '', '', '', '', ''],
  ['填报单位：XX村民委员会', '', '', '', '', '截至日期：2024年12月31日', '', '单位：人、元', ''],
  ['序号', '户编号', '户主姓名', '人数', '年收入情况（元）', '', '', '', '三保障情况'],
  ['', '', '', '', '工资性收入', '生产经营性收入', '纯收入（元）', '人均纯收入', '住房安全'],
  ['合计', '', '', 5, 2000, 4000, 6000, '', ''],
  [1, 'H001', '张三', 3, 1000, 2000, 3000, 1000, '是'],
  ['', '', '', '', '', '', '', '', ''],
  [2, 'H002', '李四', 2, 1000, 2000, 3000, 1500, '是'],
  ['填表人：王五', '', '', '', '', '', '', '', ''],
];

test.each([
  ['without merge info (as Office.js values read)', undefined],
  [
    'with merge info',
    [
      { r1: 2, c1: 4, r2: 2, c2: 7 },
      { r1: 2, c1: 0, r2: 3, c2: 0 },
      { r1: 2, c1: 1, r2: 3, c2: 1 },
    ],
  ],
])('hand-kept ledger with a merged group header, %s', (_label, merges) => {
  const { p, map } = keys(handKept, merges as MergeRange[] | undefined);
  expect(p.kind).toBe('household');
  expect(p.headerRows).toEqual([3, 4]);
  expect(p.totalRows).toEqual([4]);
  expect(p.blankRows).toEqual([6]);
  expect(p.dataRows).toEqual([5, 7]); // footer 填表人 row excluded
  expect(map).toMatchObject({
    B: 'householdId',
    C: 'headName',
    D: 'householdSize',
    E: 'wageIncome',
    F: 'businessIncome',
    G: 'netIncome',
    H: 'perCapitaNetIncome',
  });
  expect(p.byKey.wageIncome.path).toEqual(['年收入情况（元）', '工资性收入']);
});

test('three header rows: groups, categories, and generic 金额（元） leaves resolved by the group above', () => {
  const g: CellValue[][] = [
    [
      '家庭编号',
      '嘎查村',
      '户主姓名',
      '当前收入情况',
      '',
      '',
      '当前支出情况',
      '',
      '年纯收入',
      '年人均纯收入',
    ],
    ['', '', '', '工资性收入', '', '转移性收入', '生产经营性支出', '', '', ''],
    ['', '', '', '收入明细', '金额（元）', '小计', '支出明细', '金额（元）', '', ''],
    ['G001', '一嘎查', '巴特尔', '务工', 12000, 3000, '饲草料', 800, 14200, 4733.33],
  ];
  const merges: MergeRange[] = [
    { r1: 0, c1: 0, r2: 2, c2: 0 },
    { r1: 0, c1: 1, r2: 2, c2: 1 },
    { r1: 0, c1: 2, r2: 2, c2: 2 },
    { r1: 0, c1: 3, r2: 0, c2: 5 },
    { r1: 0, c1: 6, r2: 0, c2: 7 },
    { r1: 1, c1: 3, r2: 1, c2: 4 },
    { r1: 1, c1: 6, r2: 1, c2: 7 },
    { r1: 0, c1: 8, r2: 2, c2: 8 },
    { r1: 0, c1: 9, r2: 2, c2: 9 },
  ];
  const { p, map } = keys(g, merges);
  expect(p.headerRows).toEqual([1, 2, 3]);
  expect(p.dataRows).toEqual([3]);
  expect(map).toMatchObject({
    A: 'householdId',
    B: 'village',
    C: 'headName',
    E: 'wageIncome',
    F: 'transferIncome',
    H: 'businessExpense',
    I: 'netIncome',
    J: 'perCapitaNetIncome',
  });
});

test('village base sheet and fund sheet are told apart by their headers', () => {
  const v = keys([
    ['XX镇行政村基本情况'],
    ['序号', '行政村', '总户数', '总人口', '农业户籍人口'],
    [1, '一村', 300, 1100, 1050],
  ]);
  expect(v.p.kind).toBe('village');
  expect(v.map).toMatchObject({
    B: 'village',
    C: 'totalHouseholds',
    D: 'totalPopulation',
    E: 'agriPopulation',
  });

  const f = keys([
    ['XX区2024年财政衔接推进乡村振兴补助资金项目台账'],
    ['单位：万元'],
    ['序号', '项目名称', '项目类型', '建设地点', '计划投资', '资金来源', '', '', '', '', '已拨付', '已支出'],
    ['', '', '', '', '', '中央', '省级', '市级', '县级', '其他', '', ''],
    [1, '茶叶基地', '产业发展', '一村', 50, 30, 10, 5, 5, 0, 40, 30],
  ]);
  expect(f.p.kind).toBe('fund');
  expect(f.p.unit).toBe('万元');
  expect(f.map).toMatchObject({
    B: 'project',
    C: 'projectType',
    D: 'location',
    E: 'planned',
    F: 'sourceCentral',
    G: 'sourceProvince',
    H: 'sourceCity',
    I: 'sourceCounty',
    J: 'sourceOther',
    K: 'disbursed',
    L: 'spent',
  });
});

test('no header in the first 15 rows: unknown; a clerk synonym from config makes it known', () => {
  const g: CellValue[][] = [['名单'], ['编号', '名字', '身份证'], [1, '甲', 'x']];
  expect(parseSheet({ name: 'S', values: g }, index).kind).toBe('unknown');
  const custom = buildSynonymIndex({ idNumber: ['身份证'], name: ['名字'] });
  const p = parseSheet({ name: 'S', values: g }, custom);
  expect(p.kind).toBe('person');
  expect(p.byKey.idNumber.letter).toBe('C');
});

test('a header beyond row 15 is not searched', () => {
  const g: CellValue[][] = Array.from({ length: 16 }, () => ['']);
  g.push(['户编号', '姓名', '证件号码', '与户主关系'], ['1', '甲', 'x', '户主']);
  expect(parseSheet({ name: 'S', values: g }, index).kind).toBe('unknown');
});

test('unit suffixes are stripped only after an exact match failed; look-alike headers stay distinct', () => {
  const { map } = keys([
    [
      '户编号',
      '姓名',
      '证件号码',
      '生产经营性支出（元）',
      '其他财产性收入（旧指标）',
      '户联系电话',
      '人联系电话',
      '年度家庭人口数',
      '当前家庭人口数',
    ],
    ['1', '甲', 'x', 1, 2, '', '', 3, 3],
  ]);
  expect(map).toMatchObject({
    D: 'businessExpense',
    E: 'otherPropertyIncome',
    F: 'householdPhone',
    G: 'personPhone',
    H: 'householdSizeYear',
    I: 'householdSize',
  });
});
