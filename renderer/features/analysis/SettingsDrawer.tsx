// 分析设置: the workspace's thresholds (settings:get/set) in a drawer form; saving re-runs the analysis
// at once (the query cache refetches what the settings feed). Enter submits, Esc closes; limits come from the contract's schema.
import { App, Button, Drawer, Flex, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AnalysisSettings } from '../../../shared/analysis/input.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import {
  NUMBER_SETTINGS,
  settingLimits,
  settingsPatch,
  type NumberSetting,
} from './settings-form.js';

type Props = { open: boolean; onClose: () => void };

export function SettingsDrawer({ open, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('analysis.settings.title')}
      size={440}
      destroyOnHidden
    >
      {open && <SettingsForm onClose={onClose} />}
    </Drawer>
  );
}

const HELP: Partial<
  Record<
    NumberSetting,
    | 'analysis.settings.defaultTargetCountHelp'
    | 'analysis.settings.coverageTargetHelp'
    | 'analysis.settings.localRateTargetHelp'
  >
> = {
  defaultTargetCount: 'analysis.settings.defaultTargetCountHelp',
  coverageTarget: 'analysis.settings.coverageTargetHelp',
  localRateTarget: 'analysis.settings.localRateTargetHelp',
};

function SettingsForm({ onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useApi('settings:get', {});
  const [busy, setBusy] = useState(false);
  if (current.status === 'error')
    return <ErrorState error={current.error} onRetry={current.reload} />;
  if (current.status !== 'ready') return <LoadingState />;

  const save = async (values: AnalysisSettings) => {
    const patch = settingsPatch(current.data, values);
    if (Object.keys(patch).length === 0) {
      void message.info(t('analysis.settings.unchanged'));
      onClose();
      return;
    }
    setBusy(true);
    try {
      await call('settings:set', patch);
      void message.success(t('analysis.settings.saved'));
      onClose();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<AnalysisSettings>
      layout="vertical"
      initialValues={current.data}
      onFinish={(v) => void save(v)}
      aria-label={t('analysis.settings.title')}
    >
      {NUMBER_SETTINGS.map((field, i) => {
        const { min, max } = settingLimits(field);
        const help = HELP[field];
        return (
          <Form.Item
            key={field}
            name={field}
            label={t(`analysis.settings.${field}`)}
            extra={help && t(help)}
            rules={[
              { required: true, message: t('analysis.settings.required') },
              { type: 'integer', min, max, message: t('analysis.settings.range', { min, max }) },
            ]}
          >
            <InputNumber
              autoFocus={i === 0}
              precision={0}
              style={{ width: 160 }}
              aria-label={t(`analysis.settings.${field}`)}
            />
          </Form.Item>
        );
      })}
      <Form.Item
        name="qualifyingTags"
        label={t('analysis.settings.qualifyingTags')}
        extra={t('analysis.settings.qualifyingTagsHelp')}
      >
        <Select
          mode="tags"
          tokenSeparators={[',', '，', '、']}
          open={false}
          // antd 6 hides the arrow only through suffixIcon (rc-select's `suffix` is overridden).
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          suffixIcon={null}
          aria-label={t('analysis.settings.qualifyingTags')}
        />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onClose}>{t('analysis.settings.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('analysis.settings.save')}
        </Button>
      </Flex>
    </Form>
  );
}
