// 链主视角: a local buyer's supply by segment (local vs outside) and the outside suppliers to invite,
// limited to the chains in view; the buyers offered are the local firms mapped to those chains.
import { Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AnchorView } from '../../../shared/analysis/anchor.js';
import type { WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import { routeHref } from '../../app/routes.js';
import { EmptyState, ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { amountText } from './amount.js';
import { anchorInScope, type Scope } from './analysis-scope.js';
import { FirmLink, SegmentLink } from './links.js';
import { MetricsBar } from './MetricsBar.js';
import { StateTag } from './StateTag.js';
import { TiersCard } from './TiersCard.js';

type Supplier = AnchorView['segments'][number]['localSuppliers'][number];

function Suppliers({ list }: { list: readonly Supplier[] }) {
  const { t } = useTranslation();
  return (
    <>
      {list.map((f, i) => (
        <span key={f.id}>
          {i > 0 && '、'}
          <FirmLink id={f.id} name={f.name} />
          {f.amount !== null && `（${amountText(f.amount, t('analysis.unit'))}）`}
        </span>
      ))}
    </>
  );
}

export function AnchorPanel({ data, scope }: { data: WorkspaceAnalysis; scope: Scope }) {
  const { t } = useTranslation();
  const firms = useApi('enterprise:list', {
    isLocal: true,
    ...(scope.chainId !== null
      ? { chainId: scope.chainId }
      : scope.clusterId !== null
        ? { clusterId: scope.clusterId }
        : {}),
    sort: { field: 'supplierCount', direction: 'desc' },
    limit: 200,
  });
  const [picked, setPicked] = useState<number | null>(null);
  const chainOf = useMemo(
    () => new Map(data.chains.flatMap((c) => c.segments.map((s) => [s.segmentId, c.chainId]))),
    [data],
  );
  const list = firms.status === 'ready' ? firms.data.rows.filter((f) => f.supplierCount > 0) : [];
  // A firm picked under another chain falls back to the first buyer of this one.
  const id = list.find((f) => f.id === picked)?.id ?? list[0]?.id ?? null;
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
      {view.status === 'ready' && (
        <AnchorBody v={anchorInScope(view.data, data, scope)} chainOf={chainOf} />
      )}
    </Flex>
  );
}

function AnchorBody({ v, chainOf }: { v: AnchorView; chainOf: ReadonlyMap<number, number> }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <MetricsBar
        title={v.anchor.name}
        titleNode={
          <Space size={12}>
            <FirmLink id={v.anchor.id} name={v.anchor.name} />
            <a
              href={routeHref('network', { focus: v.anchor.id })}
              data-testid="anchor-network-focus"
            >
              {t('network.focus.fromElsewhere')}
            </a>
          </Space>
        }
        localRate={v.localRate}
      />
      <Table
        size="small"
        rowKey={(s) => String(s.segmentId)}
        pagination={false}
        dataSource={v.segments}
        columns={[
          {
            title: t('analysis.segment'),
            render: (_, s) => (
              <SegmentLink
                chainId={s.segmentId === null ? null : (chainOf.get(s.segmentId) ?? null)}
                segmentId={s.segmentId}
              >
                {`${s.segmentName}${s.chainName ? `（${s.chainName}）` : ''}`}
              </SegmentLink>
            ),
          },
          {
            title: t('analysis.stateCol'),
            width: 90,
            render: (_, s) => (s.state ? <StateTag state={s.state} /> : '—'),
          },
          {
            title: t('analysis.anchor.local'),
            render: (_, s) => <Suppliers list={s.localSuppliers} />,
          },
          {
            title: t('analysis.anchor.outside'),
            render: (_, s) => <Suppliers list={s.outsideSuppliers} />,
          },
        ]}
      />
      <TiersCard enterpriseId={v.anchor.id} />
      <Card size="small" title={t('analysis.anchor.invite')}>
        <Space orientation="vertical">
          {v.invite.map((f) => (
            <Space key={`${String(f.segmentId)}:${String(f.id)}`} size={6} wrap>
              {f.state && <StateTag state={f.state} />}
              <FirmLink id={f.id} name={f.name} strong />
              <Typography.Text type="secondary">{f.segmentName}</Typography.Text>
              {f.amount !== null && (
                <Typography.Text>{amountText(f.amount, t('analysis.unit'))}</Typography.Text>
              )}
              {f.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Space>
          ))}
          {v.invite.length === 0 && (
            <Typography.Text type="secondary">{t('analysis.anchor.noInvite')}</Typography.Text>
          )}
        </Space>
      </Card>
    </Flex>
  );
}
