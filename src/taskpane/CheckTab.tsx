// 检查: read the chosen sheets, run the engine, list findings; jump to cells, mark, preview and undo safe fixes.
// Layout for 320×700: the basis line, then 上一个/下一个/标记到表格 and the first findings right under the status;
// filters and the per-rule breakdown (collapsible) come after the list. Tab order from 开始检查: 修改依据,
// 上一个, 下一个, 标记到表格, first finding.
import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CellEdit } from '../core/host/workbookHost';
import type { Finding, Severity } from '../core/types';
import { RULES } from '../core/rules/catalogue';
import type { Analysis, Progress, RunOptions, Staleness } from './App';
import { errorText, isAbort } from './App';
import type { CellRef, PaneHost } from './excelEnv';
import {
  SEVERITIES,
  SEVERITY_LABEL,
  countBySeverity,
  distinct,
  distinctCells,
  filterFindings,
  findingVillages,
  findingsAt,
  fixEdits,
  groupByRule,
  markFeatureText,
  marksFor,
  type FindingFilter,
  type FixItem,
  type MarkFeatures,
  type SettingsForm,
} from './model';
import { BasisBar } from './BasisBar';
import { SelectedCell } from './SelectedCell';
import { FixDialog } from './FixDialog';
import { SEVERITY_COLOR, statusIntent } from './severity';

export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  sheets: { display: 'flex', flexDirection: 'column', maxHeight: '160px', overflowY: 'auto' },
  counts: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  groups: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  groupBtn: { justifyContent: 'space-between', width: '100%', minWidth: 0 },
  // The list scrolls inside its own box, so the actions above and the filters below stay near.
  list: {
    listStyle: 'none',
    margin: 0,
    padding: '2px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    maxHeight: 'min(55vh, 520px)',
    overflowY: 'auto',
  },
  item: {
    display: 'block',
    overflowWrap: 'anywhere',
    width: '100%',
    textAlign: 'left',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: '4px 8px',
    cursor: 'pointer',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  where: { fontWeight: tokens.fontWeightSemibold },
  // min(): one column at 320 px, three at 800 px; minWidth 0 lets the selects shrink below their content width.
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))',
    gap: '6px',
    '& > *': { minWidth: 0 },
  },
  select: { minWidth: 0, width: '100%' },
  details: { '& > summary': { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' } },
  h: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '6px 0 0' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

type Status = { intent: 'success' | 'error' | 'warning' | 'info'; text: string };
const NO_FILTER: FindingFilter = { village: '', rule: '', severity: '' };

export function CheckTab(props: {
  host: PaneHost;
  analysis: Analysis | null;
  run: (o: RunOptions) => Promise<Analysis>;
  stale: Staleness | null;
  selected: CellRef | null;
  features: MarkFeatures | null;
  onEditSetting: (field: keyof SettingsForm) => void;
}) {
  const { host, analysis, run, stale, selected, features, onEditSetting } = props;
  const styles = useStyles();
  const [auto, setAuto] = useState(true);
  const [allSheets, setAllSheets] = useState<string[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  /** The last 开始检查 was cancelled or failed: the list below is the previous check's. */
  const [oldResults, setOldResults] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [current, setCurrent] = useState<number | null>(null);
  const [marked, setMarked] = useState(0);
  const [fixOpen, setFixOpen] = useState(false);
  const [undoEdits, setUndoEdits] = useState<CellEdit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [keptReasons, setKeptReasons] = useState<Map<string, string> | null>(null);
  const itemRefs = useRef(new Map<number, HTMLButtonElement>());
  /** The cell the pane itself last selected: its selection event is not news to the clerk. */
  const ownSelect = useRef<string | null>(null);

  const report = analysis?.report ?? null;
  const villages = useMemo(() => (report ? findingVillages(report) : []), [report]);
  const visible = useMemo(
    () => (report ? filterFindings(report, villages, filter) : []),
    [report, villages, filter],
  );
  const groups = useMemo(() => (report ? groupByRule(report.findings) : []), [report]);
  const counts = useMemo(() => (report ? countBySeverity(report.findings) : null), [report]);
  const fixes = useMemo(() => (report ? fixEdits(report.findings) : []), [report]);
  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const filtered = filter.village !== '' || filter.rule !== '' || filter.severity !== '';

  const refreshMarked = () => host.markedCount().then(setMarked, () => undefined);
  useEffect(() => {
    void refreshMarked();
  }, [host]);

  useEffect(() => {
    if (auto || allSheets.length) return;
    host.listSheets().then(
      (names) => {
        setAllSheets(names);
        setChosen(new Set(names));
      },
      (e) => setStatus({ intent: 'error', text: `读取工作表列表失败：${errorText(e)}` }),
    );
  }, [auto, allSheets.length, host]);

  // The clerk selected a cell in Excel: show its findings; follow it in the list when it is listed.
  const selKey = selected ? `${selected.sheet}!${selected.cell}` : null;
  const fromPane = selKey !== null && selKey === ownSelect.current;
  const atSelection = useMemo(
    () => (report && selected ? findingsAt(report, selected.sheet, selected.cell) : []),
    [report, selected],
  );
  useEffect(() => {
    if (selected && !fromPane) ownSelect.current = null; // the clerk moved on: their next click there is news
    if (!selected || fromPane || !report) return;
    const idx = report.findings.findIndex((f) => atSelection.includes(f));
    const pos = visible.indexOf(idx);
    if (pos >= 0) {
      setCurrent(idx);
      setPage(Math.floor(pos / PAGE_SIZE));
    }
  }, [selected]);
  useEffect(() => {
    // Reasons kept with the marks (no notes on this Excel), for cells the current results do not explain.
    if (!selected || atSelection.length || keptReasons || !host.markReasons || !marked) return;
    host.markReasons().then(setKeptReasons, () => setKeptReasons(new Map()));
  }, [selected, atSelection, keptReasons, host, marked]);
  const keptReason = selected
    ? keptReasons?.get(`${selected.sheet}\u0000${selected.cell.toUpperCase()}`)
    : undefined;

  const start = async () => {
    const ctl = new AbortController();
    abortRef.current = ctl;
    setStatus(null);
    setProgress({ label: '准备读取…', value: 0 });
    try {
      const sheets = auto ? null : allSheets.filter((s) => chosen.has(s));
      if (sheets && !sheets.length) throw new Error('请至少选择一个工作表。');
      const result = await run({ sheets, signal: ctl.signal, onProgress: setProgress });
      const c = result.report.counts;
      // The same transition as the new report (App.run): status and list change in one paint.
      startTransition(() => {
        setFilter(NO_FILTER);
        setPage(0);
        setCurrent(null);
        setOldResults(false);
        setStatus({
          intent: statusIntent(c),
          text: `检查完成：读取 ${result.inputs.length} 个工作表，发现错误 ${c.error} 处、警告 ${c.warning} 处、提示 ${c.info} 处。`,
        });
      });
    } catch (e) {
      setOldResults(!!report);
      setStatus(
        isAbort(e)
          ? {
              intent: 'warning',
              text: report ? '检查已取消。下面仍是上一次检查的结果。' : '检查已取消。',
            }
          : {
              intent: 'error',
              text: `检查未完成：${errorText(e)}${report ? '（下面仍是上一次检查的结果）' : ''}`,
            },
      );
    } finally {
      setProgress(null);
      abortRef.current = null;
    }
  };

  /** Selects finding `index` (into report.findings) in the list and in Excel. */
  const select = async (index: number, focus = false) => {
    if (!report) return;
    setCurrent(index);
    const pos = visible.indexOf(index);
    if (pos >= 0) setPage(Math.floor(pos / PAGE_SIZE));
    if (focus) setTimeout(() => itemRefs.current.get(index)?.focus(), 0);
    const f = report.findings[index];
    ownSelect.current = `${f.sheet}!${f.cell.toUpperCase()}`;
    try {
      await host.selectCell(f.sheet, f.cell);
    } catch (e) {
      setStatus({ intent: 'error', text: `无法定位到 ${f.sheet}!${f.cell}：${errorText(e)}` });
    }
  };

  const step = (delta: number) => {
    if (!visible.length) return;
    const pos = current === null ? -1 : visible.indexOf(current);
    const next =
      pos < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, pos + delta));
    void select(visible[next], true);
  };

  const guarded = async (what: string, fn: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ intent: 'success', text: await fn() });
    } catch (e) {
      setStatus({ intent: 'error', text: `${what}失败：${errorText(e)}` });
    } finally {
      setBusy(false);
      setKeptReasons(null);
      void refreshMarked();
    }
  };

  const applyMarks = () =>
    guarded('标记', async () => {
      const list = visible.map((i) => report!.findings[i]);
      await host.applyMarks(marksFor(list));
      const cells = distinctCells(list);
      const how = features && !features.notes ? '（仅底色：选中单元格即可在此查看说明）' : '（底色 + 备注）';
      return `已在表格中标记 ${cells} 个单元格${how}，对应问题 ${list.length} 条（按当前筛选）。点“清除标记”可原样恢复。`;
    });
  const clearMarks = () =>
    guarded('清除标记', async () => {
      await host.clearMarks();
      return '已清除全部标记，单元格已恢复原样。';
    });
  const applyFixes = (chosen: FixItem[]) =>
    guarded('修复', async () => {
      setFixOpen(false);
      const restore = await host.writeCells(chosen.map((x) => x.edit));
      setUndoEdits((prev) => [...restore, ...(prev ?? [])]);
      return `已修复 ${chosen.length} 处。如需还原请点“撤销修复”；修复后请重新检查。`;
    });
  const undoFixes = () =>
    guarded('撤销修复', async () => {
      await host.writeCells(undoEdits ?? []);
      const n = undoEdits?.length ?? 0;
      setUndoEdits(null);
      return `已撤销修复，${n} 个单元格恢复为原值。`;
    });

  const setFilterTo = (next: FindingFilter) => {
    setFilter(next);
    setPage(0);
  };

  const pageItems = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const ruleOptions = useMemo(() => distinct(report?.findings.map((f) => f.rule) ?? []), [report]);
  const villageOptions = useMemo(() => distinct(villages), [villages]);
  const filterWords = [
    filter.severity && SEVERITY_LABEL[filter.severity],
    filter.rule && (RULES[filter.rule]?.title ?? filter.rule),
    filter.village,
  ].filter(Boolean);

  return (
    <div className={styles.stack}>
      <Checkbox
        label="自动识别台账（检查全部工作表）"
        checked={auto}
        onChange={(_, d) => setAuto(Boolean(d.checked))}
        disabled={!!progress}
      />
      {!auto && (
        <div className={styles.sheets} role="group" aria-label="选择工作表">
          {allSheets.map((s) => (
            <Checkbox
              key={s}
              label={s}
              checked={chosen.has(s)}
              onChange={(_, d) => {
                const next = new Set(chosen);
                if (d.checked) next.add(s);
                else next.delete(s);
                setChosen(next);
              }}
            />
          ))}
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={start} disabled={!!progress || busy}>
          开始检查
        </Button>
        {progress && (
          <Button onClick={() => abortRef.current?.abort()} aria-label="取消检查">
            取消
          </Button>
        )}
      </div>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} aria-label="检查进度" data-testid="check-progress" />
        </Field>
      )}
      {status && (
        <MessageBar
          intent={status.intent}
          role="status"
          data-testid="check-status"
          data-intent={status.intent}
        >
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {report && stale && !progress && (
        <MessageBar intent="warning" data-testid="stale" layout="multiline">
          <MessageBarBody>
            检查后表格已修改
            {stale.cells.length
              ? `（${stale.cells.slice(0, 3).join('、')}${stale.cells.length > 3 ? ' 等' : ''}）`
              : '（重新读取时发现）'}
            ，下面的结果已过时，请重新检查。
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={start}>
              重新检查
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {analysis?.engineNote && <div className={styles.note}>{analysis.engineNote}</div>}
      {selected && !fromPane && (atSelection.length > 0 || keptReason) && (
        <SelectedCell
          where={`${selected.sheet}!${selected.cell}`}
          findings={atSelection}
          keptReason={keptReason}
        />
      )}

      {report && counts && (
        <div className={styles.stack} data-testid="results" data-old={oldResults ? 'true' : undefined}>
          {report.basis && <BasisBar basis={report.basis} onEdit={onEditSetting} />}
          <div className={styles.row}>
            <Button size="small" onClick={() => step(-1)} disabled={!visible.length}>
              上一个
            </Button>
            <Button size="small" onClick={() => step(1)} disabled={!visible.length}>
              下一个
            </Button>
            <Button size="small" appearance="primary" onClick={applyMarks} disabled={busy || !visible.length}>
              标记到表格
            </Button>
            <span aria-live="polite" data-testid="position">
              {current !== null && visible.includes(current)
                ? `第 ${visible.indexOf(current) + 1} / ${visible.length} 条`
                : `共 ${visible.length} 条`}
              {filtered ? `（已筛选：${filterWords.join('、')}）` : ''}
            </span>
          </div>

          {visible.length === 0 && report.findings.length > 0 && (
            <MessageBar intent="info" data-testid="empty-filter">
              <MessageBarBody>没有符合筛选条件的问题。</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setFilterTo(NO_FILTER)}>
                  清除筛选
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {report.findings.length === 0 && <div>未发现问题。</div>}

          <ul className={styles.list} aria-label="问题列表" data-testid="findings">
            {pageItems.map((i) => (
              <FindingItem
                key={i}
                finding={report.findings[i]}
                current={current === i}
                onSelect={() => void select(i)}
                buttonRef={(el) => {
                  if (el) itemRefs.current.set(i, el);
                  else itemRefs.current.delete(i);
                }}
                className={mergeClasses(styles.item, current === i && styles.current)}
                whereClass={styles.where}
              />
            ))}
          </ul>
          {pageCount > 1 && (
            <div className={styles.row} aria-label="翻页">
              <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                上一页
              </Button>
              <span>
                第 {page + 1} / {pageCount} 页
              </span>
              <Button size="small" disabled={page >= pageCount - 1} onClick={() => setPage(page + 1)}>
                下一页
              </Button>
            </div>
          )}

          <h3 className={styles.h}>筛选</h3>
          <div className={styles.counts} aria-label="按严重程度筛选" data-testid="severity-counts">
            {SEVERITIES.map((s) => (
              <Button
                key={s}
                size="small"
                appearance={filter.severity === s ? 'primary' : 'secondary'}
                onClick={() => setFilterTo({ ...filter, severity: filter.severity === s ? '' : s })}
                data-severity={s}
                data-count={counts[s]}
                aria-pressed={filter.severity === s}
              >
                {SEVERITY_LABEL[s]} {counts[s]}
              </Button>
            ))}
            {filtered && (
              <Button size="small" appearance="subtle" onClick={() => setFilterTo(NO_FILTER)}>
                清除筛选
              </Button>
            )}
          </div>
          <div className={styles.filters}>
            <Field label="村">
              <Select
                className={styles.select}
                value={filter.village}
                onChange={(_, d) => setFilterTo({ ...filter, village: d.value })}
              >
                <option value="">全部村</option>
                {villageOptions.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="规则">
              <Select
                className={styles.select}
                value={filter.rule}
                onChange={(_, d) => setFilterTo({ ...filter, rule: d.value })}
              >
                <option value="">全部规则</option>
                {ruleOptions.map((r) => (
                  <option key={r} value={r}>
                    {RULES[r]?.title ?? r}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="严重程度">
              <Select
                className={styles.select}
                value={filter.severity}
                onChange={(_, d) => setFilterTo({ ...filter, severity: d.value as Severity | '' })}
              >
                <option value="">全部</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {SEVERITY_LABEL[s]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>

          {groups.length > 0 && (
            <details className={styles.details} data-testid="rule-breakdown">
              <summary>按规则统计（{groups.length} 条规则）</summary>
              <ul className={styles.groups} aria-label="按规则统计" data-testid="rule-groups">
                {groups.map((g) => (
                  <li key={g.rule}>
                    <Button
                      size="small"
                      appearance={filter.rule === g.rule ? 'primary' : 'subtle'}
                      className={styles.groupBtn}
                      onClick={() => setFilterTo({ ...filter, rule: filter.rule === g.rule ? '' : g.rule })}
                      data-rule={g.rule}
                    >
                      <span title={g.rule}>{RULES[g.rule]?.title ?? g.rule}</span>
                      <Badge appearance="tint" color={SEVERITY_COLOR[g.severity]}>
                        {g.count}
                      </Badge>
                    </Button>
                  </li>
                ))}
              </ul>
            </details>
          )}

          <h3 className={styles.h}>表格操作</h3>
          {features && (
            <div className={styles.note} data-testid="mark-features">
              {markFeatureText(features)}
            </div>
          )}
          <div className={styles.row}>
            <Button onClick={clearMarks} disabled={busy}>
              清除标记
            </Button>
            <span data-testid="marked-count">表格中已标记 {marked} 个单元格</span>
          </div>
          <div className={styles.row}>
            <Button onClick={() => setFixOpen(true)} disabled={busy || !fixes.length}>
              预览可自动修复项（{fixes.length}）
            </Button>
            <Button onClick={undoFixes} disabled={busy || !undoEdits?.length}>
              撤销修复
            </Button>
          </div>
        </div>
      )}

      <FixDialog open={fixOpen} fixes={fixes} onClose={() => setFixOpen(false)} onApply={applyFixes} />
    </div>
  );
}

/** One finding in the list: its own component, so React can render a long list in slices. */
const FindingItem = memo(function FindingItem(props: {
  finding: Finding;
  current: boolean;
  onSelect: () => void;
  buttonRef: (el: HTMLButtonElement | null) => void;
  className: string;
  whereClass: string;
}) {
  const { finding: f, current, onSelect, buttonRef, className, whereClass } = props;
  return (
    <li>
      <button
        type="button"
        ref={buttonRef}
        className={className}
        aria-current={current ? 'true' : undefined}
        onClick={onSelect}
        data-rule={f.rule}
        data-cell={`${f.sheet}!${f.cell}`}
      >
        <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small">
          {SEVERITY_LABEL[f.severity]}
        </Badge>{' '}
        <span className={whereClass}>
          {f.sheet}!{f.cell}
        </span>{' '}
        <span>{f.message}</span>
      </button>
    </li>
  );
});
