// One snapshot comparison: counts of segments filled / newly missing / otherwise changed, every segment
// change with its before and after state, and coverage and local-rate changes per cluster and chain.
import { Card, Flex, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SnapshotDiff } from '../../../shared/analysis/snapshot.js';
import {
  deltaPoints,
  metricChanged,
  segmentChangeRows,
  type ChangeKind,
  type SegmentChangeRow,
  type Tone,
} from './snapshot-compare.js';
import { pctText } from './state-style.js';
import { StateTag } from './StateTag.js';

type Metric = SnapshotDiff['chains'][number];
type Change = Metric['coverage'];

const TONE_TYPE: Record<Tone, 'success' | 'danger' | 'secondary'> = {
  up: 'success',
  down: 'danger',
  same: 'secondary',
  unknown: 'secondary',
};

const KIND_COLOR: Record<ChangeKind, string> = {
  filled: 'green',
  improved: 'green',
  newlyMissing: 'red',
  worsened: 'red',
  added: 'default',
  removed: 'default',
};

function RateChange({ change }: { change: Change }) {
  const { t } = useTranslation();
  const d = deltaPoints(change.delta);
  return (
    <Space size={6} wrap>
      <Typography.Text>{`${pctText(change.from)} → ${pctText(change.to)}`}</Typography.Text>
      <Typography.Text type={TONE_TYPE[d.tone]} strong={d.tone === 'up' || d.tone === 'down'}>
        {d.tone === 'unknown' ? d.text : t('analysis.snapshot.points', { v: d.text })}
      </Typography.Text>
    </Space>
  );
}

function MetricTable({
  title,
  rows,
  onlyChanged,
}: {
  title: string;
  rows: Metric[];
  onlyChanged: boolean;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<Metric> = [
    { title: t('analysis.snapshot.colName'), dataIndex: 'name', width: 180 },
    { title: t('analysis.coverage'), render: (_, m) => <RateChange change={m.coverage} /> },
    { title: t('analysis.rateByCount'), render: (_, m) => <RateChange change={m.byCount} /> },
    { title: t('analysis.rateByAmount'), render: (_, m) => <RateChange change={m.byAmount} /> },
  ];
  return (
    <Table<Metric>
      size="small"
      aria-label={title}
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      rowKey="id"
      columns={columns}
      dataSource={onlyChanged ? rows.filter(metricChanged) : rows}
      pagination={false}
    />
  );
}

export function SnapshotDiffView({ title, diff }: { title: string; diff: SnapshotDiff }) {
  const { t } = useTranslation();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const rows = segmentChangeRows(diff);
  const columns: ColumnsType<SegmentChangeRow> = [
    {
      title: t('analysis.snapshot.change'),
      width: 110,
      render: (_, r) => (
        <Tag color={KIND_COLOR[r.kind]}>{t(`analysis.snapshot.kind.${r.kind}`)}</Tag>
      ),
    },
    { title: t('analysis.chain'), dataIndex: 'chainName', width: 160 },
    { title: t('analysis.segment'), width: 360, render: (_, r) => r.path.join(' / ') },
    {
      title: t('analysis.stateCol'),
      render: (_, r) => (
        <Space size={4}>
          {r.from ? <StateTag state={r.from} /> : '—'}
          <span aria-hidden>→</span>
          {r.to ? <StateTag state={r.to} /> : '—'}
        </Space>
      ),
    },
  ];
  const counts = [
    { key: 'filled', value: diff.filled.length, color: '#389e0d' },
    { key: 'newlyMissing', value: diff.newlyMissing.length, color: '#cf1322' },
    { key: 'changed', value: diff.changed.length, color: undefined },
  ] as const;
  return (
    <Card size="small" title={title} aria-label={title}>
      <Flex vertical gap={16}>
        <Flex gap={48} wrap>
          {counts.map((c) => (
            <div key={c.key} role="group" aria-label={t(`analysis.snapshot.${c.key}`)}>
              <Statistic
                title={t(`analysis.snapshot.${c.key}`)}
                value={c.value}
                styles={{ content: { color: c.value > 0 ? c.color : undefined } }}
              />
            </div>
          ))}
        </Flex>
        <Table<SegmentChangeRow>
          size="small"
          aria-label={t('analysis.snapshot.segmentChanges')}
          title={() => (
            <Typography.Text strong>{t('analysis.snapshot.segmentChanges')}</Typography.Text>
          )}
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('analysis.snapshot.noChanges') }}
        />
        <Flex justify="space-between" align="center">
          <Typography.Text strong>{t('analysis.snapshot.metrics')}</Typography.Text>
          <Space>
            <Typography.Text type="secondary">{t('analysis.snapshot.onlyChanged')}</Typography.Text>
            <Switch
              size="small"
              checked={onlyChanged}
              onChange={setOnlyChanged}
              aria-label={t('analysis.snapshot.onlyChanged')}
            />
          </Space>
        </Flex>
        <MetricTable
          title={t('analysis.snapshot.clusters')}
          rows={diff.clusters}
          onlyChanged={onlyChanged}
        />
        <MetricTable
          title={t('analysis.snapshot.chains')}
          rows={diff.chains}
          onlyChanged={onlyChanged}
        />
      </Flex>
    </Card>
  );
}
