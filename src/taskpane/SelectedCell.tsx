// The selected cell's findings and fix. On Excel without notes (ExcelApi < 1.18) this is where a marked cell's
// reason is read: the clerk clicks the coloured cell in the sheet and the pane shows why.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../core/types';
import { SEVERITY_LABEL } from './model';
import { SEVERITY_COLOR } from './severity';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    overflowWrap: 'anywhere',
  },
  fix: { color: tokens.colorPaletteGreenForeground1 },
});

export function SelectedCell(props: { where: string; findings: Finding[]; keptReason?: string }) {
  const { where, findings, keptReason } = props;
  const styles = useStyles();
  return (
    <section
      className={styles.card}
      aria-label="所选单元格的问题"
      data-testid="selected-cell"
      aria-live="polite"
    >
      <strong>所选单元格 {where}</strong>
      {findings.map((f, i) => (
        <div key={i}>
          <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small">
            {SEVERITY_LABEL[f.severity]}
          </Badge>{' '}
          {f.message}
          {f.fix && (
            <div className={styles.fix}>
              修复建议：{f.fix.label}（“{String(f.fix.from)}” → “{String(f.fix.to)}”）
            </div>
          )}
        </div>
      ))}
      {!findings.length && keptReason && <div>标记时的问题：{keptReason}</div>}
    </section>
  );
}
