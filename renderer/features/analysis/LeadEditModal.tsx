// Edits one lead: stage, owner, next step with its date, notes. Enter in a field submits, Esc closes;
// only changed fields are sent, blanks clear them.
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LeadStageSchema } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { isValidDate, leadFormValues, leadPatch, type LeadFormValues } from './lead-form.js';

const DATE_FORMAT = 'YYYY-MM-DD';

type Props = {
  lead: LeadRow | null;
  /** What the lead would fill, as shown on its card. */
  segment: ReactNode;
  onClose: () => void;
  /** After a save; the query cache already refreshes what a lead feeds. */
  onSaved?: () => void;
};

export function LeadEditModal({ lead, segment, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={lead !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      title={lead ? t('analysis.leads.editTitle', { name: lead.targetName }) : ''}
    >
      {lead && <LeadForm lead={lead} segment={segment} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function LeadForm({ lead, segment, onClose, onSaved }: Props & { lead: LeadRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const save = async (values: LeadFormValues) => {
    const patch = leadPatch(lead, values);
    if (Object.keys(patch).length === 0) {
      void message.info(t('analysis.leads.unchanged'));
      onClose();
      return;
    }
    setBusy(true);
    try {
      await call('lead:update', { id: lead.id, ...patch });
      void message.success(t('analysis.leads.saved', { name: lead.targetName }));
      onSaved?.();
      onClose();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<LeadFormValues>
      layout="vertical"
      initialValues={leadFormValues(lead)}
      onFinish={(v) => void save(v)}
      aria-label={t('analysis.leads.editTitle', { name: lead.targetName })}
    >
      <Form.Item label={t('analysis.leads.fills')}>{segment}</Form.Item>
      <Flex gap={12}>
        <Form.Item name="stage" label={t('analysis.leads.stage')} style={{ flex: 1 }}>
          <Select
            aria-label={t('analysis.leads.stage')}
            options={LeadStageSchema.options.map((s) => ({
              value: s,
              label: t(`analysis.leads.stages.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="owner"
          label={t('analysis.leads.owner')}
          style={{ flex: 1 }}
          rules={[{ max: 100 }]}
        >
          <Input autoFocus aria-label={t('analysis.leads.owner')} maxLength={100} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item
          name="nextStep"
          label={t('analysis.leads.next')}
          style={{ flex: 2 }}
          rules={[{ max: 500 }]}
        >
          <Input aria-label={t('analysis.leads.next')} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="nextDate"
          label={t('analysis.leads.nextDate')}
          style={{ flex: 1 }}
          getValueProps={(v: string | undefined) => ({
            // Free text from an older import stays untouched unless a day is picked.
            value: v && isValidDate(v) ? dayjs(v) : null,
          })}
          normalize={(d: Dayjs | null) => (d ? d.format(DATE_FORMAT) : '')}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                isValidDate(v ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('analysis.leads.dateInvalid'))),
            },
          ]}
        >
          {/* The same picker as the rest of the UI; the form keeps the day as text, 2026-11-30. */}
          <DatePicker
            aria-label={t('analysis.leads.nextDate')}
            format={DATE_FORMAT}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="notes" label={t('analysis.leads.notes')} rules={[{ max: 4000 }]}>
        <Input.TextArea
          aria-label={t('analysis.leads.notes')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={4000}
        />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onClose}>{t('analysis.leads.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('analysis.leads.save')}
        </Button>
      </Flex>
    </Form>
  );
}
