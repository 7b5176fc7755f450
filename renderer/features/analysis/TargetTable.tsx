// 招商目标清单: outside firms supplying local buyers in gap segments, ranked; one click makes a lead.
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TargetRow } from '../../../shared/analysis/schemas.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { StateTag } from './StateTag.js';

export function TargetTable({
  rows,
  onChanged,
}: {
  rows: readonly TargetRow[];
  onChanged: () => void;
}) {
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
      onChanged();
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
            <Typography.Text>{r.segmentPath.join(' / ')}</Typography.Text>
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
          <Typography.Text strong>{r.name}</Typography.Text>
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
      render: (_, r) =>
        `${String(r.localBuyerCount)}：${r.localBuyers.map((b) => b.name).join('、')}`,
    },
    {
      title: t('analysis.target.amount'),
      width: 110,
      align: 'right',
      render: (_, r) => (r.amount === null ? '—' : r.amount.toLocaleString()),
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
