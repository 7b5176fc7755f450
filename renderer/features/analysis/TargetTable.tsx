// 招商目标清单: outside firms supplying local buyers in gap segments, ranked; one click makes a lead.
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TargetRow } from '../../../shared/analysis/schemas.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { amountText } from './amount.js';
import { FirmLink, SegmentLink } from './links.js';
import { StateTag } from './StateTag.js';

export function TargetTable({ rows }: { rows: readonly TargetRow[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [busy, setBusy] = useState<string | null>(null);

  const toLead = async (r: TargetRow) => {
    const key = `${String(r.segmentId)}:${String(r.enterpriseId)}`;
    setBusy(key);
    try {
      await call('lead:create', { enterpriseId: r.enterpriseId, segmentId: r.segmentId });
      void message.success(t('analysis.target.created', { name: r.name }));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const columns: ColumnsType<TargetRow> = [
    {
      title: t('analysis.target.gap'),
      width: 220,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <StateTag state={r.gapState} />
            <SegmentLink chainId={r.chainId} segmentId={r.segmentId}>
              {r.segmentPath.join(' / ')}
            </SegmentLink>
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.chainName} · {r.gapReason[lang]}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('analysis.target.rank'), dataIndex: 'rank', width: 60 },
    {
      title: t('analysis.target.firm'),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <FirmLink id={r.enterpriseId} name={r.name} strong />
          {r.location && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.location}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('analysis.target.tags'),
      width: 180,
      render: (_, r) => r.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      title: t('analysis.target.buyers'),
      width: 200,
      render: (_, r) => (
        <span>
          {`${String(r.localBuyerCount)}：`}
          {r.localBuyers.map((b, i) => (
            <span key={b.id}>
              {i > 0 && '、'}
              <FirmLink id={b.id} name={b.name} />
            </span>
          ))}
        </span>
      ),
    },
    {
      title: t('analysis.target.amount'),
      width: 130,
      align: 'right',
      render: (_, r) => amountText(r.amount, t('analysis.unit')),
    },
    {
      title: t('analysis.target.lead'),
      width: 110,
      render: (_, r) =>
        r.lead ? (
          <Tag color="blue">{t(`analysis.leads.stages.${r.lead.stage}`)}</Tag>
        ) : (
          <Button
            size="small"
            loading={busy === `${String(r.segmentId)}:${String(r.enterpriseId)}`}
            onClick={() => void toLead(r)}
          >
            {t('analysis.target.toLead')}
          </Button>
        ),
    },
  ];
  return (
    <Table<TargetRow>
      size="small"
      rowKey={(r) => `${String(r.segmentId)}:${String(r.enterpriseId)}`}
      columns={columns}
      dataSource={[...rows]}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('analysis.target.none') }}
    />
  );
}
