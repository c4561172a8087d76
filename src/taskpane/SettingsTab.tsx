// 设置: the config keys a clerk changes most, saved in the workbook so the next clerk gets them.
import { useState } from 'react';
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
import {
  DENOMINATOR_OPTIONS,
  FIELD_LABEL,
  formFromSettings,
  settingsFromForm,
  type SettingsForm,
} from './model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  errors: { margin: 0, paddingLeft: '18px' },
});

const HINTS: Partial<Record<keyof SettingsForm, string>> = {
  year: '留空：取台账中的年度',
  region: '如“贵州”；留空用全国标准',
  povertyLine: '留空：按年度和地区取标准',
  monitoringLine: '留空：按年度和地区取标准',
  helperMaxHouseholds: '默认 5',
  incomeTolerance: '默认 1 元',
  referenceDate: 'YYYY-MM-DD；留空取收入年度 12 月 31 日',
  columnSynonyms: '每行一个：字段键: 表头1，表头2，例如 idNumber: 身份证，公民身份号码',
};

export function SettingsTab(props: { host: PaneHost; settings: unknown; onSaved: (s: unknown) => void }) {
  const { host, settings, onSaved } = props;
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

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
        setErrors(formErrors);
        return;
      }
      const checked = await validateConfig(raw);
      if (!checked.ok) {
        setErrors(checked.errors);
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
    <Field label={FIELD_LABEL[k]} hint={HINTS[k]}>
      <Input type={type} value={form[k]} onChange={set(k)} name={k} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {text('year', 'number')}
      {text('region')}
      {text('povertyLine', 'number')}
      {text('monitoringLine', 'number')}
      {text('helperMaxHouseholds', 'number')}
      {text('incomeTolerance', 'number')}
      {text('referenceDate')}
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
      <Field label={FIELD_LABEL.columnSynonyms} hint={HINTS.columnSynonyms}>
        <Textarea
          value={form.columnSynonyms}
          onChange={set('columnSynonyms')}
          rows={4}
          name="columnSynonyms"
        />
      </Field>
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
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="settings-errors">
          <MessageBarBody>
            <ul className={styles.errors}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
