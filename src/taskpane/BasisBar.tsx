// 数据依据 at the top of the results: year, lines, age base date, data date and 填报单位, each with where it came
// from; one click on a value (or 修改依据) opens 设置 at that field.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { BASIS_SOURCE_LABEL, type BasisItem, type DataBasis } from '../core/basis';
import type { SettingsForm } from './model';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '8px',
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: '6px',
  },
  item: {
    background: 'none',
    border: 'none',
    padding: 0,
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    textAlign: 'left',
    ':hover': { textDecoration: 'underline' },
  },
  src: { color: tokens.colorNeutralForeground3 },
});

function sourceText<T>(b: BasisItem<T>): string {
  const label = BASIS_SOURCE_LABEL[b.source];
  return b.source === 'standard' && b.detail ? b.detail : label;
}

export function BasisBar(props: { basis: DataBasis; onEdit: (field: keyof SettingsForm) => void }) {
  const { basis, onEdit } = props;
  const styles = useStyles();
  const items: Array<{ field: keyof SettingsForm; label: string; b: BasisItem<unknown> }> = [
    { field: 'year', label: `${basis.year.value}年度`, b: basis.year },
    { field: 'povertyLine', label: `贫困线 ${basis.povertyLine.value} 元`, b: basis.povertyLine },
    { field: 'monitoringLine', label: `监测线 ${basis.monitoringLine.value} 元`, b: basis.monitoringLine },
    { field: 'referenceDate', label: `年龄基准日 ${basis.referenceDate.value}`, b: basis.referenceDate },
  ];
  if (basis.dataDate)
    items.push({ field: 'referenceDate', label: `数据截至 ${basis.dataDate.value}`, b: basis.dataDate });
  items.push(
    basis.reportingUnit
      ? { field: 'reportingUnit', label: `填报单位 ${basis.reportingUnit.value}`, b: basis.reportingUnit }
      : { field: 'reportingUnit', label: '填报单位 未识别', b: { value: '', source: 'default' } },
  );
  return (
    <div className={styles.box} data-testid="basis" aria-label="数据依据">
      <span>依据：</span>
      {items.map((it) => (
        // The values are mouse shortcuts; the keyboard path is 修改依据 (one tab stop for the whole bar).
        <button
          key={it.label}
          type="button"
          tabIndex={-1}
          className={styles.item}
          onClick={() => onEdit(it.field)}
          data-source={it.b.source}
          title={`来源：${sourceText(it.b)}${it.b.detail && it.b.source !== 'standard' ? `（${it.b.detail}）` : ''}，点击修改`}
        >
          {it.label}
          <span className={styles.src}>（{sourceText(it.b)}）</span>
        </button>
      ))}
      <Button size="small" appearance="transparent" onClick={() => onEdit('year')}>
        修改依据
      </Button>
    </div>
  );
}
