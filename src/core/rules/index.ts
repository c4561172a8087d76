// Rule modules in the order they run, with the progress label shown while each runs. The row pass (cells) and
// the household pass (households) each run several families of domain/rules.md; see rules/context FAMILY.
import { FAMILY, type RuleModule } from './context';
import { run as structure } from './structure';
import { run as cells } from './cells';
import { run as households } from './households';
import { run as assistance } from './assistance';
import { run as village } from './village';
import { run as fund } from './fund';

/** [progress label, module, family whose sheet.column-missing notes it registers unless it sets its own]. */
export const RULE_MODULES: Array<[string, RuleModule, number]> = [
  ['表格结构', structure, FAMILY.structure],
  ['证件号码、字段与劳动力', cells, FAMILY.identity],
  ['户、收入与两不愁三保障', households, FAMILY.security],
  ['帮扶与监测', assistance, FAMILY.assistance],
  ['村级数据', village, FAMILY.village],
  ['项目资金', fund, FAMILY.fund],
];
