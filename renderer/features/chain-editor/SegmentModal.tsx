// Adds or edits one segment: name, stage (top segments only: a sub-segment has its top segment's),
// key flag (核心环节 ★) and target firm count, with the limits of the shared contract.
import { Checkbox, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { StageSchema, type Segment, type Stage } from '../../../shared/domain/schemas.js';
import {
  MAX_TARGET_COUNT,
  NAME_LIMITS,
  type SegmentFields,
} from '../../../shared/ipc/taxonomy-edit-contract.js';
import { call } from '../../api.js';
import { useEditCall } from './use-edit-call.js';

export type SegmentTarget =
  | { kind: 'new'; chainId: number; parent: Segment | null }
  | { kind: 'edit'; segment: Segment; isTop: boolean };

export function SegmentModal({
  target,
  onClose,
}: {
  target: SegmentTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = useEditCall();
  const [form] = Form.useForm<SegmentFields>();
  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(
      target.kind === 'edit'
        ? target.segment
        : { name: '', stage: target.parent?.stage ?? 'upstream', isKey: false, targetCount: null },
    );
  }, [target, form]);
  const stageFixed = target?.kind === 'new' ? target.parent !== null : target?.isTop === false;

  const save = async () => {
    if (!target) return;
    const v = await form.validateFields();
    const fields: SegmentFields = {
      name: v.name.trim(),
      stage: v.stage,
      isKey: v.isKey,
      targetCount: v.targetCount ?? null,
    };
    const ok = await run(
      () =>
        target.kind === 'edit'
          ? call('segment:update', { id: target.segment.id, fields })
          : call('segment:create', {
              chainId: target.chainId,
              parentId: target.parent?.id ?? null,
              fields,
            }),
      t('chainEditor.saved', { name: fields.name }),
    );
    if (ok) onClose();
  };

  const title =
    target?.kind === 'edit'
      ? t('chainEditor.editSegment', { name: target.segment.name })
      : target?.parent
        ? t('chainEditor.newChild', { name: target.parent.name })
        : t('chainEditor.newSegment');
  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      onOk={() => void save()}
      destroyOnHidden
    >
      <Form<SegmentFields> form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item
          name="name"
          label={t('chainEditor.segmentName')}
          rules={[{ required: true, whitespace: true, max: NAME_LIMITS.segment }]}
        >
          <Input maxLength={NAME_LIMITS.segment} showCount autoFocus />
        </Form.Item>
        <Form.Item
          name="stage"
          label={t('chainEditor.stage')}
          extra={stageFixed ? t('chainEditor.stageFollows') : undefined}
        >
          <Radio.Group
            disabled={stageFixed}
            options={StageSchema.options.map((s: Stage) => ({ value: s, label: t(`stage.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="isKey" valuePropName="checked">
          <Checkbox>{t('chainEditor.key')} ★</Checkbox>
        </Form.Item>
        <Form.Item
          name="targetCount"
          label={t('chainEditor.targetCount')}
          extra={t('chainEditor.targetHint')}
        >
          <InputNumber min={0} max={MAX_TARGET_COUNT} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
