// Checks a config the schema accepts but that cannot be meant (校验设置): reversed age ranges, impossible dates,
// rule ids and keys that do not exist (with the nearest one), an unknown region, a 贫困线 above the 监测线.
// Each problem is one Chinese line naming the setting (messages.ts).
import type { Config } from './schema';
import { shortProvince } from './povertyLines';
import { nearest, settingName, SETTINGS } from './messages';
import { isValidYMD } from '../grid/normalise';
import { RULES } from '../rules/catalogue';
import { COLUMN_BY_KEY, COLUMN_DEFS } from '../profiles/synonyms';
import { DEFAULT_CODE_LISTS } from '../profiles/codeLists';
import { PROVINCE_NAMES } from '../id/regions';

/** Region keys the line table can mean: province names (short and full) and the config's own line rows. */
export function knownRegions(config: Pick<Config, 'lines'>): Set<string> {
  const out = new Set<string>(['']);
  for (const name of Object.values(PROVINCE_NAMES)) {
    out.add(name);
    out.add(shortProvince(name));
  }
  for (const row of config.lines) {
    out.add(row.region);
    out.add(shortProvince(row.region));
  }
  return out;
}

function ruleHint(id: string): string {
  const near = nearest(id, Object.keys(RULES));
  return near ? `，是否应为“${near}”（${RULES[near].title}）？` : '。规则编号见 docs/domain/rules.md';
}

/** A column key for a synonym entry: the nearest key, or the key whose label or header the clerk wrote. */
function columnHint(key: string): string {
  const byHeader = COLUMN_DEFS.find((d) => d.label === key || d.headers.includes(key));
  const near = byHeader?.key ?? nearest(key, Object.keys(COLUMN_BY_KEY));
  return near
    ? `，是否应为“${near}”（${COLUMN_BY_KEY[near].label}）？`
    : '。字段键见 docs/domain/ledgers.md 第3节';
}

/** Problems of a schema-valid config; [] when it can be used. */
export function configProblems(config: Config): string[] {
  const out: string[] = [];
  const [from, to] = config.compulsoryEducationAges;
  if (from >= to)
    out.push(
      `${settingName(['compulsoryEducationAges'])}为 [${from}, ${to}]，起始年龄应小于截止年龄（截止年龄不含在内）。允许：${SETTINGS.compulsoryEducationAges.allowed}。`,
    );
  else if (from < 0)
    out.push(`${settingName(['compulsoryEducationAges'])}为 [${from}, ${to}]，年龄不能为负数。`);

  if (config.referenceDate !== undefined) {
    const [y, m, d] = config.referenceDate.split('-').map(Number);
    if (!isValidYMD(y, m, d))
      out.push(
        `${settingName(['referenceDate'])}为“${config.referenceDate}”，不是真实存在的日期。允许：${SETTINGS.referenceDate.allowed}。`,
      );
  }

  for (const id of Object.keys(config.severity))
    if (!RULES[id]) out.push(`${settingName(['severity', id])}：没有规则“${id}”${ruleHint(id)}`);
  config.disabledRules.forEach((id, i) => {
    if (!RULES[id]) out.push(`${settingName(['disabledRules', i])}：没有规则“${id}”${ruleHint(id)}`);
  });

  const regions = knownRegions(config);
  if (!regions.has(config.region)) {
    const near = nearest(config.region, [...regions].filter(Boolean));
    out.push(
      `${settingName(['region'])}为“${config.region}”，不是已知地区${near ? `，是否应为“${near}”？` : '。'}允许：${SETTINGS.region.allowed}；其他地区请先在 lines 中添加该地区的贫困线、监测线。`,
    );
  }

  if (
    config.povertyLine !== undefined &&
    config.monitoringLine !== undefined &&
    config.povertyLine > config.monitoringLine
  )
    out.push(
      `${settingName(['povertyLine'])}为 ${config.povertyLine} 元，高于${settingName(['monitoringLine'])} ${config.monitoringLine} 元，监测线应不低于贫困线。请核对两者是否填反。`,
    );
  if (config.edgeFactor < 1)
    out.push(
      `${settingName(['edgeFactor'])}为 ${config.edgeFactor}，会使监测线低于贫困线。允许：${SETTINGS.edgeFactor.allowed}。`,
    );
  config.lines.forEach((row, i) => {
    if (row.monitoringLine !== undefined && row.povertyLine > row.monitoringLine)
      out.push(
        `${settingName(['lines', i])}：${row.region || '全国'}${row.year}年贫困线 ${row.povertyLine} 元高于监测线 ${row.monitoringLine} 元，监测线应不低于贫困线。`,
      );
  });

  // Bands are sorted when used; the same bound twice would make an empty band.
  const bands = config.incomeBands ?? [];
  if (new Set(bands).size !== bands.length)
    out.push(
      `${settingName(['incomeBands'])}为 [${bands.join(', ')}]，有重复的金额。允许：${SETTINGS.incomeBands.allowed}。`,
    );

  for (const key of Object.keys(config.columnSynonyms))
    if (!COLUMN_BY_KEY[key])
      out.push(`${settingName(['columnSynonyms', key])}：没有字段键“${key}”${columnHint(key)}`);
  for (const key of Object.keys(config.codeLists))
    if (!DEFAULT_CODE_LISTS[key]) {
      const near = nearest(key, Object.keys(DEFAULT_CODE_LISTS));
      out.push(
        `${settingName(['codeLists', key])}：没有代码表“${key}”${near ? `，是否应为“${near}”？` : `。可用的代码表：${Object.keys(DEFAULT_CODE_LISTS).join('、')}。`}`,
      );
    }
  return out;
}
