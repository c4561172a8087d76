// 计算: village figures from the last report, and writing the recomputed income columns beside the data.
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CellEdit } from '../core/host/workbookHost';
import type { VillageFigure } from '../core/types';
import type { Analysis } from './App';
import { errorText } from './App';
import type { PaneHost } from './excelEnv';
import { formatPercent, incomeColumnEdits } from './model';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  scroll: { overflowX: 'auto' },
  table: { minWidth: '280px', fontSize: tokens.fontSizeBase200 },
  num: { textAlign: 'right', justifyContent: 'flex-end' },
  total: { fontWeight: tokens.fontWeightSemibold },
  basis: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function VillageRow(props: { v: VillageFigure; total?: boolean }) {
  const styles = useStyles();
  const { v } = props;
  return (
    <TableRow className={props.total ? styles.total : undefined}>
      <TableCell>{v.village}</TableCell>
      <TableCell className={styles.num}>{v.households}</TableCell>
      <TableCell className={styles.num}>{v.persons}</TableCell>
      <TableCell className={styles.num}>
        {v.monitoredHouseholds}户/{v.monitoredPersons}人
      </TableCell>
      <TableCell className={styles.num}>{formatPercent(v.incidencePercent)}</TableCell>
    </TableRow>
  );
}

export function CalcTab(props: { host: PaneHost; analysis: Analysis | null }) {
  const { host, analysis } = props;
  const styles = useStyles();
  const [status, setStatus] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [undo, setUndo] = useState<CellEdit[] | null>(null);
  const [busy, setBusy] = useState(false);

  if (!analysis) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          请先在“检查”页点击“开始检查”，这里会显示各村户数、人数、监测对象和贫困发生率。
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { report, inputs } = analysis;

  const act = async (fn: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ intent: 'success', text: await fn() });
    } catch (e) {
      setStatus({ intent: 'error', text: `写入失败：${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const writeIncome = () =>
    act(async () => {
      const edits = incomeColumnEdits(report, inputs);
      if (!edits.length) throw new Error('没有识别到户级收入数据，无法写入。');
      const restore = await host.writeCells(edits);
      setUndo(restore);
      const sheets = new Set(edits.map((e) => e.sheet));
      return `已在 ${[...sheets].join('、')} 右侧空白列写入“纯收入（重算）”“人均纯收入（重算）”，共 ${edits.length} 个单元格。`;
    });
  const undoIncome = () =>
    act(async () => {
      await host.writeCells(undo ?? []);
      setUndo(null);
      return '已撤销写入，单元格恢复为原值。';
    });

  return (
    <div className={styles.stack}>
      <div className={styles.scroll}>
        <Table className={styles.table} size="extra-small" aria-label="各村统计" data-testid="village-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>村</TableHeaderCell>
              <TableHeaderCell className={styles.num}>户数</TableHeaderCell>
              <TableHeaderCell className={styles.num}>人数</TableHeaderCell>
              <TableHeaderCell className={styles.num}>监测对象</TableHeaderCell>
              <TableHeaderCell className={styles.num}>贫困发生率</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.villages.map((v) => (
              <VillageRow key={v.village} v={v} />
            ))}
            {report.total && <VillageRow v={report.total} total />}
          </TableBody>
        </Table>
      </div>
      {!report.villages.length && (
        <MessageBar intent="info">
          <MessageBarBody>未识别到户或人员台账，没有可统计的村。</MessageBarBody>
        </MessageBar>
      )}
      {report.incidenceBasis && <div className={styles.basis}>贫困发生率口径：{report.incidenceBasis}</div>}
      <div className={styles.row}>
        <Button appearance="primary" onClick={writeIncome} disabled={busy || !report.households.length}>
          写入重算收入列
        </Button>
        <Button onClick={undoIncome} disabled={busy || !undo}>
          撤销写入
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
