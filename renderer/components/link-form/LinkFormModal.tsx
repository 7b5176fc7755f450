// The one form that adds or edits a supply link, used by a firm's drawer and by the network view's
// "draw a link": supplier and buyer picked by search, product, segment, amount, share, source and
// years, checked as typed by the shared schema; a link that repeats another (same supplier, buyer
// and segment) is shown with the existing one before it is saved anyway.
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LinkSourceSchema, type SupplyLink } from '../../../shared/domain/schemas.js';
import type { LinkFields, NamedLink } from '../../../shared/ipc/link-edit-contract.js';
import { call, toApiError } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { formatNumber } from '../../app/format.js';
import { useReadOnly } from '../../app/use-read-only.js';
import { FirmSelect, type FirmRef } from './FirmSelect.js';
import {
  blankLinkValues,
  checkLinkValues,
  linkFormValues,
  messageIn,
  type LinkFormValues,
} from './link-form-values.js';
import { SegmentSelect } from './SegmentSelect.js';

export type LinkFormTarget =
  /** A new link; either end may be fixed in advance (the drawer's firm, the network's picks). */
  | { kind: 'new'; supplier?: FirmRef; buyer?: FirmRef }
  | { kind: 'edit'; link: SupplyLink; supplier: FirmRef; buyer: FirmRef };

type Props = {
  /** null: closed. */
  target: LinkFormTarget | null;
  onClose: () => void;
  onSaved?: (link: SupplyLink) => void;
};

export function LinkFormModal({ target, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const readOnly = useReadOnly();
  const [form] = Form.useForm<LinkFormValues>();
  const [saving, setSaving] = useState(false);
  // The links a save met, for the target they were met on (another target starts without).
  const [met, setMet] = useState<{ on: LinkFormTarget | null; links: NamedLink[] }>({
    on: null,
    links: [],
  });
  const duplicates = met.on === target ? met.links : [];
  const setDuplicates = (links: NamedLink[]) => {
    setMet({ on: target, links });
  };
  const supplierId = Form.useWatch('supplierId', form);
  // Names of the firms picked or given, for the message after saving (the form holds only ids).
  const [names] = useState(() => new Map<number, string>());
  const remember = (firm: FirmRef | null | undefined) => {
    if (firm) names.set(firm.id, firm.name);
  };
  const buyerId = Form.useWatch('buyerId', form);

  useEffect(() => {
    if (!target) return;
    for (const firm of [target.supplier, target.buyer]) if (firm) names.set(firm.id, firm.name);
    form.resetFields();
    form.setFieldsValue(
      target.kind === 'edit'
        ? linkFormValues(target.link)
        : blankLinkValues({
            supplierId: target.supplier?.id ?? null,
            buyerId: target.buyer?.id ?? null,
          }),
    );
  }, [target, form, names]);

  /** The schema's problems on their fields; the checked fields when there are none. */
  const check = (): LinkFields | null => {
    const values = { ...blankLinkValues(), ...form.getFieldsValue(true) } as LinkFormValues;
    const result = checkLinkValues(values, i18n.language);
    const fields = Object.keys(values) as (keyof LinkFormValues)[];
    form.setFields(
      fields.map((name) => ({
        name,
        errors: result.ok
          ? []
          : result.errors.filter((e) => e.field === name).map((e) => e.message),
      })),
    );
    return result.ok ? result.fields : null;
  };

  const save = async (allowDuplicate: boolean) => {
    try {
      await form.validateFields(['supplierId', 'buyerId']);
    } catch {
      return;
    }
    const fields = check();
    if (!fields || !target) return;
    setSaving(true);
    try {
      const r =
        target.kind === 'edit'
          ? await call('link:update', { id: target.link.id, fields, allowDuplicate })
          : await call('link:create', { fields, allowDuplicate });
      if (r.status === 'duplicate') {
        setDuplicates(r.existing);
        return;
      }
      void message.success(
        t('linkEdit.saved', {
          supplier: names.get(r.link.supplierId) ?? '',
          buyer: names.get(r.link.buyerId) ?? '',
        }),
      );
      onSaved?.(r.link);
      onClose();
    } catch (e) {
      const error = toApiError(e);
      const detail = Array.isArray(error.details)
        ? (error.details as { message?: string }[])
            .map((d) => (d.message ? messageIn(d.message, i18n.language) : ''))
            .filter(Boolean)
            .join('；')
        : '';
      void message.error(detail || errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const initial = (side: 'supplier' | 'buyer'): FirmRef | null => target?.[side] ?? null;
  const year = { min: 1900, max: 2100, precision: 0, style: { width: '100%' } };
  return (
    <Modal
      open={target !== null}
      title={target?.kind === 'edit' ? t('linkEdit.titleEdit') : t('linkEdit.titleNew')}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okText={duplicates.length > 0 ? t('linkEdit.saveAnyway') : undefined}
      okButtonProps={{ disabled: readOnly, loading: saving }}
      onOk={() => void save(duplicates.length > 0)}
    >
      <Form<LinkFormValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        onValuesChange={() => {
          setDuplicates([]);
        }}
      >
        <Flex gap={12}>
          <Form.Item
            name="supplierId"
            label={t('linkEdit.supplier')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('linkEdit.required.supplier') }]}
          >
            <FirmSelect
              aria-label={t('linkEdit.supplier')}
              initial={initial('supplier')}
              exclude={buyerId}
              onPick={remember}
            />
          </Form.Item>
          <Form.Item
            name="buyerId"
            label={t('linkEdit.buyer')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('linkEdit.required.buyer') }]}
          >
            <FirmSelect
              aria-label={t('linkEdit.buyer')}
              initial={initial('buyer')}
              exclude={supplierId}
              onPick={remember}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="product" label={t('linkEdit.product')} style={{ flex: 1 }}>
            <Input aria-label={t('linkEdit.product')} maxLength={100} showCount />
          </Form.Item>
          <Form.Item name="segmentId" label={t('linkEdit.segment')} style={{ flex: 1 }}>
            <SegmentSelect aria-label={t('linkEdit.segment')} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="amount" label={t('linkEdit.amount')} style={{ flex: 1 }}>
            <InputNumber aria-label={t('linkEdit.amount')} min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="sharePercent" label={t('linkEdit.share')} style={{ flex: 1 }}>
            <InputNumber
              aria-label={t('linkEdit.share')}
              min={0}
              max={100}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="source" label={t('linkEdit.source')} style={{ flex: 2 }}>
            <Radio.Group
              aria-label={t('linkEdit.source')}
              options={LinkSourceSchema.options.map((s) => ({
                value: s,
                label: t(`linkSource.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="yearFrom" label={t('linkEdit.yearFrom')} style={{ flex: 1 }}>
            <InputNumber aria-label={t('linkEdit.yearFrom')} {...year} />
          </Form.Item>
          <Form.Item name="yearTo" label={t('linkEdit.yearTo')} style={{ flex: 1 }}>
            <InputNumber aria-label={t('linkEdit.yearTo')} {...year} />
          </Form.Item>
        </Flex>
      </Form>
      {duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="link-duplicate"
          title={t('linkEdit.duplicate', { count: duplicates.length })}
          description={
            <Flex vertical gap={2}>
              {duplicates.map((d) => (
                <Typography.Text key={d.id}>
                  {d.supplierName} → {d.buyerName} · {d.product ?? '—'} ·{' '}
                  {d.segmentName ?? t('linkEdit.noSegment')} · {formatNumber(d.amount)}
                </Typography.Text>
              ))}
            </Flex>
          }
          action={
            <Button size="small" onClick={() => void save(true)} loading={saving}>
              {t('linkEdit.saveAnyway')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}
