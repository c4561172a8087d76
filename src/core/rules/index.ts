// Rule modules in the order they run, with the progress label shown while each runs. The row pass (cells) runs
// several families of domain/rules.md, with the household checks (households); see rules/context FAMILY.
import { FAMILY, type RuleModule } from './context';
import { run as structure } from './structure';
import { run as cells } from './cells';
import { run as assistance } from './assistance';
import { run as monitor } from './monitor';
import { run as statusFields } from './statusFields';
import { run as village } from './village';
import { run as fund } from './fund';
import { run as work } from './work';
import { run as people } from './people';
import { run as risk } from './risk';
import { run as riskWork } from './riskWork';

/** [progress label, module, family whose sheet.column-missing notes it registers unless it sets its own]. */
export const RULE_MODULES: Array<[string, RuleModule, number]> = [
  ['表格结构', structure, FAMILY.structure],
  ['逐行逐户检查', cells, FAMILY.identity],
  ['帮扶与监测', assistance, FAMILY.assistance],
  ['防返贫监测', monitor, FAMILY.assistance],
  ['应填指标', statusFields, FAMILY.fields],
  ['村级数据', village, FAMILY.village],
  ['项目资金', fund, FAMILY.fund],
  ['务工监测', work, FAMILY.work],
  // v2 people: 公益性岗位, 就业帮扶 against work spells, phones, land areas
  ['人员与务工', people, FAMILY.labor],
  ['风险与帮扶措施', risk, FAMILY.assistance],
  ['特困与务工记录', riskWork, FAMILY.work],
];
