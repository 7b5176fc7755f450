// 添加到工作区: pick an existing cluster or name a new one (the template's own cluster by default),
// then add in one step; a same-named chain brings up the merge-or-copy question first.
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AddResult, TemplateSummary } from '../../../shared/ipc/template-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { useApi } from '../../app/use-api.js';
import { ConflictModal, type ConflictQuestion } from './ConflictModal.js';

export type Added = Extract<AddResult, { status: 'added' }>;

export function AddTemplateModal({
  template,
  onClose,
  onAdded,
}: {
  template: TemplateSummary | null;
  onClose: () => void;
  onAdded: (result: Added) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const clusters = useApi('cluster:list', {});
  const list = clusters.status === 'ready' ? clusters.data : [];
  const same = list.find((c) => c.name === template?.cluster);
  const [mode, setMode] = useState<'existing' | 'new' | null>(null);
  const [clusterId, setClusterId] = useState<number | null>(null);
  const [newName, setNewName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [question, setQuestion] = useState<ConflictQuestion | null>(null);
  const chosenMode = mode ?? (same || list.length > 0 ? 'existing' : 'new');
  const chosenCluster = clusterId ?? same?.id ?? list[0]?.id ?? null;
  const chosenName = newName ?? template?.cluster ?? '';

  const close = () => {
    setMode(null);
    setClusterId(null);
    setNewName(null);
    setQuestion(null);
    onClose();
  };

  const add = async (onConflict?: 'merge' | 'copy') => {
    if (!template) return;
    const target =
      chosenMode === 'existing' && chosenCluster !== null
        ? { clusterId: chosenCluster }
        : { newCluster: chosenName.trim() || template.cluster };
    setBusy(true);
    try {
      const r = await call('template:add', {
        id: template.id,
        ...target,
        ...(onConflict ? { onConflict } : {}),
      });
      if (r.status === 'conflict') {
        setQuestion({ names: [r.chainName], answer: (c) => void add(c) });
        return;
      }
      setQuestion(null);
      onAdded(r);
      close();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Modal
        open={template !== null && question === null}
        title={t('templates.add.title', { name: template?.title ?? '' })}
        okText={t('templates.add.ok')}
        cancelText={t('templates.cancel')}
        confirmLoading={busy}
        onOk={() => void add()}
        onCancel={close}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('templates.add.where')}>
            <Radio.Group
              value={chosenMode}
              onChange={(e) => {
                setMode(e.target.value as 'existing' | 'new');
              }}
            >
              <Radio value="existing" disabled={list.length === 0}>
                {t('templates.add.existing')}
              </Radio>
              <Radio value="new">{t('templates.add.newCluster')}</Radio>
            </Radio.Group>
          </Form.Item>
          {chosenMode === 'existing' ? (
            <Form.Item label={t('templates.add.cluster')}>
              <Select
                aria-label={t('templates.add.cluster')}
                value={chosenCluster}
                options={list.map((c) => ({ value: c.id, label: c.name }))}
                onChange={(v: number) => {
                  setClusterId(v);
                }}
              />
            </Form.Item>
          ) : (
            <Form.Item label={t('templates.add.newName')}>
              <Input
                aria-label={t('templates.add.newName')}
                value={chosenName}
                maxLength={60}
                onChange={(e) => {
                  setNewName(e.target.value);
                }}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <ConflictModal question={question} onCancel={close} />
    </>
  );
}
