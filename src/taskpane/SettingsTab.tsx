// 设置: the config keys a clerk changes most, saved in the workbook so the next clerk gets them.
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import { errorText } from './App';
import type { PaneHost } from './excelEnv';
import { validateConfig } from './lazyCore';
import { RulePacksPanel } from './RulePacksPanel';
import {
  COLUMN_CHOICES,
  DENOMINATOR_OPTIONS,
  FIELD_LABEL,
  formFromSettings,
  settingsFromForm,
  type SettingsForm,
} from './model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  // A native select is as wide as its longest option (national exports have headers like 县(市、区、旗)…);
  // at 320 px it must shrink to the row instead.
  pick: { minWidth: 0, maxWidth: '100%', flexGrow: 1, '& select': { minWidth: 0, maxWidth: '100%' } },
  errors: { margin: 0, paddingLeft: '18px' },
});

const HINTS: Partial<Record<keyof SettingsForm, string>> = {
  year: '留空：取台账中的年度',
  region: '如“贵州”；留空用全国标准',
  povertyLine: '留空：按年度和地区取标准',
  monitoringLine: '留空：按年度和地区取标准',
  helperMaxHouseholds: '默认 5',
  incomeTolerance: '默认 1 元',
  referenceDate: '如 2024-12-31、2024/12/31 或 2024年12月31日；留空取收入年度 12 月 31 日',
  reportingUnit: '如“花园乡人民政府”；留空取台账标题或乡(镇)列',
  columnSynonyms:
    '每行一个：字段: 表头1，表头2，例如“证件号码: 身份证，公民身份号码”；可用下面的“添加映射”从本表表头中选',
};

/** Which field an error message is about: its Chinese label, or its config key as a word. */
export function fieldOfError(message: string): keyof SettingsForm | null {
  for (const k of Object.keys(FIELD_LABEL) as Array<keyof SettingsForm>) {
    const short = FIELD_LABEL[k].replace(/（.*）$/, '');
    if (message.includes(short) || new RegExp(`(^|[^A-Za-z])${k}([^A-Za-z]|$)`).test(message)) return k;
  }
  return null;
}

export function SettingsTab(props: {
  host: PaneHost;
  settings: unknown;
  onSaved: (s: unknown) => void;
  /** Set by 数据依据's 修改: focus this field (n changes on every click). */
  focusField?: { field: keyof SettingsForm; n: number } | null;
  /** Header texts of the checked sheets, for the column-mapping picker. */
  headers?: string[];
}) {
  const { host, settings, onSaved, focusField, headers = [] } = props;
  const [pickKey, setPickKey] = useState(COLUMN_CHOICES[0]?.name ?? '');
  const [pickHeader, setPickHeader] = useState('');
  const inputs = useRef(new Map<string, HTMLElement>());
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!focusField) return;
    const el = inputs.current.get(focusField.field);
    // After the tab's panel is shown.
    setTimeout(() => {
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    }, 0);
  }, [focusField]);

  const fieldErrors = new Map<keyof SettingsForm, string[]>();
  const generalErrors: string[] = [];
  for (const e of errors) {
    const k = fieldOfError(e);
    if (k) fieldErrors.set(k, [...(fieldErrors.get(k) ?? []), e]);
    else generalErrors.push(e);
  }
  const showErrors = (list: string[]) => {
    setErrors(list);
    const first = list.map(fieldOfError).find((k) => k);
    if (first) setTimeout(() => inputs.current.get(first)?.focus(), 0);
  };

  const set = (k: keyof SettingsForm) => (_: unknown, d: { value: string }) => {
    setForm({ ...form, [k]: d.value });
    setSaved('');
  };

  const save = async () => {
    setBusy(true);
    setSaved('');
    try {
      const { raw, errors: formErrors } = settingsFromForm(form, settings);
      if (formErrors.length) {
        showErrors(formErrors);
        return;
      }
      const checked = await validateConfig(raw);
      if (!checked.ok) {
        showErrors(checked.errors);
        return;
      }
      await host.saveSettings(raw);
      setErrors([]);
      onSaved(raw);
      setSaved('设置已保存到本工作簿，下次检查起生效。');
    } catch (e) {
      setErrors([`保存失败：${errorText(e)}`]);
    } finally {
      setBusy(false);
    }
  };

  const text = (k: keyof SettingsForm, type: 'text' | 'number' | 'date' = 'text') => (
    <Field
      label={FIELD_LABEL[k]}
      hint={HINTS[k]}
      validationState={fieldErrors.has(k) ? 'error' : 'none'}
      validationMessage={fieldErrors.get(k)?.join('；')}
    >
      <Input
        type={type}
        value={form[k]}
        onChange={set(k)}
        name={k}
        ref={(el) => {
          if (el) inputs.current.set(k, el);
        }}
      />
    </Field>
  );

  return (
    <>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {generalErrors.length > 0 && (
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="settings-errors">
            <MessageBarBody>
              <ul className={styles.errors}>
                {generalErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {text('year', 'number')}
        {text('region')}
        {text('povertyLine', 'number')}
        {text('monitoringLine', 'number')}
        {text('helperMaxHouseholds', 'number')}
        {text('incomeTolerance', 'number')}
        {text('referenceDate')}
        {text('reportingUnit')}
        <Field label={FIELD_LABEL.incidenceDenominator}>
          <Select
            value={form.incidenceDenominator}
            onChange={set('incidenceDenominator')}
            name="incidenceDenominator"
          >
            {DENOMINATOR_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={FIELD_LABEL.columnSynonyms}
          hint={HINTS.columnSynonyms}
          validationState={fieldErrors.has('columnSynonyms') ? 'error' : 'none'}
          validationMessage={fieldErrors.get('columnSynonyms')?.join('；')}
        >
          <Textarea
            value={form.columnSynonyms}
            onChange={set('columnSynonyms')}
            rows={4}
            name="columnSynonyms"
            ref={(el) => {
              if (el) inputs.current.set('columnSynonyms', el);
            }}
          />
        </Field>
        <div className={styles.row} role="group" aria-label="添加列名映射">
          <Select
            className={styles.pick}
            aria-label="字段"
            value={pickKey}
            onChange={(_, d) => setPickKey(d.value)}
          >
            {COLUMN_CHOICES.map((c) => (
              <option key={c.key} value={c.name}>
                {c.name}
              </option>
            ))}
          </Select>
          {headers.length > 0 ? (
            <Select
              className={styles.pick}
              aria-label="本表表头"
              value={pickHeader}
              onChange={(_, d) => setPickHeader(d.value)}
            >
              <option value="">选择本表表头…</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          ) : (
            <Input
              aria-label="本表表头"
              placeholder="表头文字（检查后可从列表选）"
              value={pickHeader}
              onChange={(_, d) => setPickHeader(d.value)}
            />
          )}
          <Button
            type="button"
            disabled={!pickHeader.trim()}
            onClick={() => {
              const line = `${pickKey}: ${pickHeader.trim()}`;
              const prev = form.columnSynonyms.trim();
              setForm({ ...form, columnSynonyms: prev ? `${prev}\n${line}` : line });
              setPickHeader('');
              setSaved('');
            }}
          >
            添加映射
          </Button>
        </div>
        <div className={styles.row}>
          <Button appearance="primary" type="submit" disabled={busy}>
            保存设置
          </Button>
          <Button
            type="button"
            onClick={() => {
              setForm(formFromSettings(settings));
              setErrors([]);
            }}
          >
            还原
          </Button>
        </div>
        {saved && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{saved}</MessageBarBody>
          </MessageBar>
        )}
      </form>
      <RulePacksPanel host={host} settings={settings} onSaved={onSaved} />
    </>
  );
}
