import { parseSheet, buildSynonymIndex } from '../../src/core/grid/parseSheet';
test('x', () => {
  const values = [
    ['XX县2024年财政衔接推进乡村振兴补助资金项目台账','','','','','','','','','','','','','',''],
    ['单位：万元','','','','','','','','','','','','','',''],
    ['序号','项目名称','项目类型','建设地点','责任单位','计划投资','资金来源','','','','','下达','已拨付','已支出','支出进度（%）'],
    ['','','','','','','中央','省级','市级','县级','其他','','','',''],
    [1,'A项目','产业发展','甲村','农业局',100,60,20,10,5,5,100,90,80,80],
    ['合计','','','','',100,60,20,10,5,5,100,90,80,80],
  ];
  const merges = [{r1:0,c1:0,r2:0,c2:14},{r1:2,c1:6,r2:2,c2:10},...[0,1,2,3,4,5,11,12,13,14].map(c=>({r1:2,c1:c,r2:3,c2:c}))];
  const s = parseSheet({ name: 'x', values, merges }, buildSynonymIndex());
  console.log(s.kind, s.unit, s.headerRows, s.dataRows, s.totalRows, s.columns.map(c=>`${c.letter}:${c.key}:${c.path.join('/')}`).join(' | '));
  const s2 = parseSheet({ name: 'x', values }, buildSynonymIndex());
  console.log(s2.kind, s2.unit, s2.headerRows, s2.dataRows, s2.totalRows, s2.columns.map(c=>`${c.letter}:${c.key}:${c.path.join('/')}`).join(' | '));
});
