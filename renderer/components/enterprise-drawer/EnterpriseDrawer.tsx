// The detail drawer of one firm (enterprise:get): basic facts, its 挂链 segments, suppliers,
// buyers and leads. Used by the Enterprises page and the chain map.
import { Descriptions, Drawer, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { EnterpriseDetail } from '../../../shared/ipc/contract.js';
import { formatNumber, orDash } from '../../app/format.js';
import { LocalityTag } from '../../app/LocalityTag.js';
import { routeHref } from '../../app/routes.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useReadOnly } from '../../app/use-read-only.js';
import { EnterpriseActions } from './EnterpriseActions.js';
import { FirmLinksSection } from './FirmLinksSection.js';
import { SegmentMappings } from './SegmentMappings.js';

type Props = { id: number | null; onClose: () => void; onOpenFirm: (id: number) => void };

export function EnterpriseDrawer({ id, onClose, onOpenFirm }: Props) {
  const { t } = useTranslation();
  const detail = useApi('enterprise:get', id === null ? null : { id });
  const firm = detail.status === 'ready' ? detail.data.enterprise : undefined;
  const readOnly = useReadOnly();
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={860}
      destroyOnHidden
      data-testid="enterprise-drawer"
      extra={
        firm && (
          <EnterpriseActions
            id={firm.id}
            readOnly={readOnly}
            onDeleted={onClose}
            onOpenFirm={onOpenFirm}
          />
        )
      }
      title={
        firm ? (
          <Flex gap={8} align="center" wrap>
            <span>{firm.name}</span>
            <LocalityTag isLocal={firm.isLocal} />
            {firm.isDemo && <Tag>{t('app.demoData')}</Tag>}
            <a
              href={routeHref('network', { focus: firm.id })}
              style={{ fontSize: 13, fontWeight: 'normal' }}
              data-testid="drawer-network-focus"
            >
              {t('network.focus.fromElsewhere')}
            </a>
          </Flex>
        ) : (
          t('enterprises.detail.title')
        )
      }
    >
      {detail.status === 'error' && <ErrorState error={detail.error} onRetry={detail.reload} />}
      {(detail.status === 'loading' || detail.status === 'idle') && <LoadingState />}
      {detail.status === 'ready' && (
        <DetailBody
          detail={detail.data}
          readOnly={readOnly}
          onOpenFirm={onOpenFirm}
          onLeave={onClose}
        />
      )}
    </Drawer>
  );
}

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <section style={{ marginTop: 20 }}>
      <Typography.Title level={5} style={{ marginBottom: 8 }}>
        {title}
        {count !== undefined && (
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8 }}>
            {count}
          </Typography.Text>
        )}
      </Typography.Title>
      {children}
    </section>
  );
}

function DetailBody({
  detail,
  readOnly,
  onOpenFirm,
  onLeave,
}: {
  detail: EnterpriseDetail;
  readOnly: boolean;
  onOpenFirm: (id: number) => void;
  /** Called when a link leaves for another page (the drawer closes). */
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const e = detail.enterprise;
  const location = [e.country, e.province, e.city].filter(Boolean).join(' · ');
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={2}
        title={t('enterprises.detail.basic')}
        items={[
          { key: 'uscc', label: t('enterprises.detail.uscc'), children: orDash(e.uscc) },
          { key: 'location', label: t('enterprises.detail.location'), children: orDash(location) },
          { key: 'park', label: t('enterprises.detail.park'), children: orDash(e.park) },
          { key: 'grid', label: t('enterprises.detail.grid'), children: orDash(e.grid) },
          {
            key: 'person',
            label: t('enterprises.detail.responsiblePerson'),
            children: orDash(e.responsiblePerson),
          },
          {
            key: 'ownership',
            label: t('enterprises.detail.ownership'),
            children: e.ownership ? t(`ownership.${e.ownership}`) : orDash(null),
          },
          {
            key: 'investor',
            label: t('enterprises.detail.investorCountry'),
            children: orDash(e.investorCountry),
          },
          {
            key: 'scale',
            label: t('enterprises.detail.aboveScale'),
            children: e.isAboveScale ? t('common.yes') : t('common.no'),
          },
          {
            key: 'revenue',
            label: t('enterprises.detail.revenue'),
            children: formatNumber(e.revenue),
          },
          {
            key: 'employees',
            label: t('enterprises.detail.employees'),
            children: formatNumber(e.employees),
          },
          {
            key: 'founded',
            label: t('enterprises.detail.founded'),
            children: e.founded ?? orDash(null),
          },
          {
            key: 'status',
            label: t('enterprises.detail.status'),
            children: t(`enterpriseStatus.${e.status}`),
          },
          {
            key: 'tags',
            label: t('enterprises.detail.tags'),
            span: 2,
            children: e.tags.length
              ? e.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
              : orDash(null),
          },
          {
            key: 'products',
            label: t('enterprises.detail.mainProducts'),
            span: 2,
            children: orDash(e.mainProducts),
          },
        ]}
      />
      <Section title={t('enterprises.detail.segments')} count={detail.segments.length}>
        <SegmentMappings detail={detail} readOnly={readOnly} onLeave={onLeave} />
      </Section>
      <FirmLinksSection
        firm={e}
        side="suppliers"
        links={detail.suppliers}
        onOpenFirm={onOpenFirm}
      />
      <FirmLinksSection firm={e} side="buyers" links={detail.buyers} onOpenFirm={onOpenFirm} />
      <Section title={t('enterprises.detail.leads')} count={detail.leads.length}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={detail.leads}
          locale={{ emptyText: t('enterprises.detail.noLeads') }}
          columns={[
            { title: t('enterprises.detail.firm'), dataIndex: 'targetName' },
            {
              title: t('enterprises.detail.status'),
              dataIndex: 'stage',
              render: (s: EnterpriseDetail['leads'][number]['stage']) => (
                <Tag>{t(`leadStage.${s}`)}</Tag>
              ),
            },
            { title: t('enterprises.detail.owner'), dataIndex: 'owner', render: orDash },
            { title: t('enterprises.detail.nextStep'), dataIndex: 'nextStep', render: orDash },
          ]}
        />
      </Section>
    </>
  );
}
