// 链主视角: a local buyer's supply by segment (local vs outside) and the outside suppliers to invite.
import { Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AnchorView } from '../../../shared/analysis/anchor.js';
import { EmptyState, ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { MetricsBar } from './MetricsBar.js';
import { StateTag } from './StateTag.js';
import { TiersCard } from './TiersCard.js';

type Supplier = AnchorView['segments'][number]['localSuppliers'][number];
const names = (list: readonly Supplier[]) =>
  list
    .map((f) => (f.amount === null ? f.name : `${f.name}（${f.amount.toLocaleString()}）`))
    .join('、');

export function AnchorPanel() {
  const { t } = useTranslation();
  const firms = useApi('enterprise:list', {
    isLocal: true,
    sort: { field: 'supplierCount', direction: 'desc' },
    limit: 200,
  });
  const [picked, setPicked] = useState<number | null>(null);
  const list = firms.status === 'ready' ? firms.data.rows.filter((f) => f.supplierCount > 0) : [];
  const id = picked ?? list[0]?.id ?? null;
  const view = useApi('analysis:anchor', id === null ? null : { enterpriseId: id });

  if (firms.status === 'error') return <ErrorState error={firms.error} onRetry={firms.reload} />;
  if (firms.status !== 'ready') return <LoadingState />;
  if (list.length === 0) return <EmptyState description={t('analysis.anchor.none')} />;
  return (
    <Flex vertical gap={12}>
      <Select
        aria-label={t('analysis.anchor.pick')}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ maxWidth: 420 }}
        value={id}
        options={list.map((f) => ({
          value: f.id,
          label: `${f.name}（${String(f.supplierCount)}）${f.tags.includes('链主') ? ' · 链主' : ''}`,
        }))}
        onChange={(v: number) => {
          setPicked(v);
        }}
      />
      {view.status === 'error' && <ErrorState error={view.error} onRetry={view.reload} />}
      {view.status === 'loading' && <LoadingState />}
      {view.status === 'ready' && <AnchorBody v={view.data} />}
    </Flex>
  );
}

function AnchorBody({ v }: { v: AnchorView }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <MetricsBar title={v.anchor.name} localRate={v.localRate} />
      <Table
        size="small"
        rowKey={(s) => String(s.segmentId)}
        pagination={false}
        dataSource={v.segments}
        columns={[
          {
            title: t('analysis.segment'),
            render: (_, s) => `${s.segmentName}${s.chainName ? `（${s.chainName}）` : ''}`,
          },
          {
            title: t('analysis.stateCol'),
            width: 90,
            render: (_, s) => (s.state ? <StateTag state={s.state} /> : '—'),
          },
          { title: t('analysis.anchor.local'), render: (_, s) => names(s.localSuppliers) },
          { title: t('analysis.anchor.outside'), render: (_, s) => names(s.outsideSuppliers) },
        ]}
      />
      <TiersCard enterpriseId={v.anchor.id} />
      <Card size="small" title={t('analysis.anchor.invite')}>
        <Space orientation="vertical">
          {v.invite.map((f) => (
            <Space key={`${String(f.segmentId)}:${String(f.id)}`} size={6} wrap>
              {f.state && <StateTag state={f.state} />}
              <Typography.Text strong>{f.name}</Typography.Text>
              <Typography.Text type="secondary">{f.segmentName}</Typography.Text>
              {f.amount !== null && (
                <Typography.Text>{f.amount.toLocaleString()} 万元</Typography.Text>
              )}
              {f.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Space>
          ))}
        </Space>
      </Card>
    </Flex>
  );
}
