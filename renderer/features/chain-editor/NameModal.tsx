// Adds or edits a cluster (its name) or a chain (name, 链长, and the cluster it belongs to).
import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { Chain, Cluster } from '../../../shared/domain/schemas.js';
import { NAME_LIMITS } from '../../../shared/ipc/taxonomy-edit-contract.js';
import { call } from '../../api.js';
import { useEditCall } from './use-edit-call.js';

export type NameTarget =
  | { kind: 'newCluster' }
  | { kind: 'cluster'; cluster: Cluster }
  | { kind: 'newChain'; clusterId: number }
  | { kind: 'chain'; chain: Chain };

type Values = { name: string; owner?: string; clusterId?: number };

type Props = {
  target: NameTarget | null;
  clusters: readonly Cluster[];
  onClose: () => void;
  /** After a save, with the new or edited item (the page selects it). */
  onSaved: (made: { kind: 'cluster' | 'chain'; id: number }) => void;
};

export function NameModal({ target, clusters, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const run = useEditCall();
  const [form] = Form.useForm<Values>();
  const isChain = target?.kind === 'newChain' || target?.kind === 'chain';
  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.kind === 'cluster') form.setFieldsValue({ name: target.cluster.name });
    if (target.kind === 'chain')
      form.setFieldsValue({
        name: target.chain.name,
        owner: target.chain.owner ?? '',
        clusterId: target.chain.clusterId,
      });
  }, [target, form]);

  const save = async () => {
    if (!target) return;
    const v = await form.validateFields();
    const name = v.name.trim();
    // Filled inside the write; read after it.
    const out: { made: { kind: 'cluster' | 'chain'; id: number } | null } = { made: null };
    const ok = await run(
      async () => {
        if (target.kind === 'newCluster')
          out.made = { kind: 'cluster', id: (await call('cluster:create', { name })).id };
        if (target.kind === 'cluster')
          out.made = {
            kind: 'cluster',
            id: (await call('cluster:update', { id: target.cluster.id, name })).id,
          };
        const owner = v.owner?.trim() ?? '';
        if (target.kind === 'newChain')
          out.made = {
            kind: 'chain',
            id: (
              await call('chain:create', {
                clusterId: target.clusterId,
                name,
                owner: owner || null,
              })
            ).id,
          };
        if (target.kind === 'chain')
          out.made = {
            kind: 'chain',
            id: (
              await call('chain:update', {
                id: target.chain.id,
                name,
                owner: owner || null,
                ...(v.clusterId === undefined ? {} : { clusterId: v.clusterId }),
              })
            ).id,
          };
      },
      t('chainEditor.saved', { name }),
    );
    if (ok && out.made) {
      onSaved(out.made);
      onClose();
    }
  };

  const title = {
    newCluster: t('chainEditor.addCluster'),
    cluster: t('chainEditor.editCluster'),
    newChain: t('chainEditor.addChain'),
    chain: t('chainEditor.editChain'),
  }[target?.kind ?? 'newCluster'];
  const limit = isChain ? NAME_LIMITS.chain : NAME_LIMITS.cluster;
  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      onOk={() => void save()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item
          name="name"
          label={isChain ? t('chainEditor.chainName') : t('chainEditor.clusterName')}
          rules={[{ required: true, whitespace: true, max: limit }]}
        >
          <Input maxLength={limit} showCount autoFocus />
        </Form.Item>
        {isChain && (
          <Form.Item
            name="owner"
            label={t('chainEditor.owner')}
            rules={[{ max: NAME_LIMITS.owner }]}
          >
            <Input maxLength={NAME_LIMITS.owner} />
          </Form.Item>
        )}
        {target?.kind === 'chain' && (
          <Form.Item name="clusterId" label={t('chainEditor.cluster')}>
            <Select options={clusters.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
