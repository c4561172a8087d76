// 设置 → 县规则包: load a county's rule pack (a JSON file), see its rules, switch it on or off, remove it. The packs
// are kept with the settings in this workbook (config.rulePacks), so every clerk who opens the file checks with them.
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Switch, makeStyles } from '@fluentui/react-components';
import type { RulePack } from '../core/rulebook';
import { errorText } from './App';
import type { PaneHost } from './excelEnv';
import { builtinRules, loadRulePack } from './lazyCore';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '12px' },
  h: { fontWeight: 600 },
  pack: {
    border: '1px solid #d1d1d1',
    borderRadius: '4px',
    padding: '6px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  list: { margin: 0, paddingLeft: '18px', fontSize: '12px', overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

type StoredPack = RulePack & { enabled?: boolean };

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

function packsOf(settings: unknown): StoredPack[] {
  const p = (settings as { rulePacks?: unknown } | null)?.rulePacks;
  return Array.isArray(p) ? (p as StoredPack[]) : [];
}

export function RulePacksPanel(props: { host: PaneHost; settings: unknown; onSaved: (s: unknown) => void }) {
  const { host, settings, onSaved } = props;
  const styles = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [builtin, setBuiltin] = useState<Array<{ id: string; title: string; severity: string }> | null>(null);
  const packs = packsOf(settings);

  useEffect(() => {
    if (open === '__builtin' && builtin === null) void builtinRules().then(setBuiltin);
  }, [open, builtin]);

  const save = async (next: StoredPack[], done: string) => {
    const raw = { ...((settings as object | null) ?? {}), rulePacks: next };
    if (next.length === 0) delete (raw as { rulePacks?: unknown }).rulePacks;
    try {
      await host.saveSettings(raw);
      onSaved(raw);
      setStatus(done);
    } catch (e) {
      setProblems([`保存规则包失败：${errorText(e)}`]);
    }
  };

  const onFile = async (f: File) => {
    setProblems([]);
    setStatus('');
    const text = await f.text();
    const r = await loadRulePack(text, f.name);
    if (!r.ok) {
      setProblems(r.problems);
      return;
    }
    const rest = packs.filter((p) => p.name !== r.pack.name);
    await save(
      [...rest, { ...r.pack, enabled: true }],
      `已加载规则包“${r.pack.name}”（${r.pack.rules.length}条规则），已保存到本工作簿，下次检查起生效。`,
    );
  };

  return (
    <section className={styles.box} aria-label="县规则包" data-testid="rule-packs">
      <div className={styles.h}>县规则包</div>
      <div className={styles.row}>
        <Button onClick={() => setOpen(open === '__builtin' ? null : '__builtin')}>
          内置国家规则{builtin ? `（${builtin.length}条）` : ''}
        </Button>
        <Button appearance="primary" onClick={() => file.current?.click()}>
          加载规则包…
        </Button>
        <input
          ref={file}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label="选择规则包文件"
          data-testid="rule-pack-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void onFile(f);
          }}
        />
      </div>
      {open === '__builtin' && builtin && (
        <ul className={styles.list} aria-label="内置国家规则">
          {builtin.map((r) => (
            <li key={r.id}>
              {r.title}（{SEVERITY[r.severity] ?? r.severity}，{r.id}）
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="rule-pack-errors">
          <MessageBarBody>
            规则包未加载：
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {packs.map((p) => (
        <div key={p.name} className={styles.pack} data-pack={p.name}>
          <div className={styles.row}>
            <Switch
              label={`${p.name}（${p.rules.length}条）`}
              checked={p.enabled !== false}
              onChange={(_, d) =>
                void save(
                  packs.map((x) => (x.name === p.name ? { ...x, enabled: d.checked } : x)),
                  `规则包“${p.name}”已${d.checked ? '启用' : '停用'}，下次检查起生效。`,
                )
              }
            />
            <Button size="small" onClick={() => setOpen(open === p.name ? null : p.name)}>
              {open === p.name ? '收起' : '查看规则'}
            </Button>
            <Button
              size="small"
              onClick={() =>
                void save(
                  packs.filter((x) => x.name !== p.name),
                  `已移除规则包“${p.name}”。`,
                )
              }
            >
              移除
            </Button>
          </div>
          {p.description && <div>{p.description}</div>}
          {open === p.name && (
            <ul className={styles.list} aria-label={`${p.name}的规则`}>
              {p.rules.map((r) => (
                <li key={r.id}>
                  {r.title}（{SEVERITY[r.severity] ?? r.severity}，{r.id}）：{r.condition}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {status && (
        <MessageBar intent="success" role="status" data-testid="rule-pack-status">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
