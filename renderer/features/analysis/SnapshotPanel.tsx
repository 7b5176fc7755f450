// 快照对比: save today's analysis under a name, list the saved snapshots, tick any two (or one, to
// compare with the analysis now) and show what changed between them — the year-over-year view.
import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SnapshotMeta } from '../../../shared/ipc/analysis-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import {
  comparePair,
  defaultSnapshotName,
  initialPick,
  snapshotTime,
  toggleSelection,
} from './snapshot-compare.js';
import { SnapshotChart } from './charts/AnalysisCharts.js';
import { SnapshotDiffView } from './SnapshotDiffView.js';

type Pair = { fromId: number; toId?: number };

/** Fetches one comparison; remounted (new `key`) when the pair or the workspace's analysis changes. */
function Comparison({ pair }: { pair: Pair }) {
  const { t } = useTranslation();
  const result = useApi('snapshot:compare', pair);
  if (result.status === 'error') return <ErrorState error={result.error} onRetry={result.reload} />;
  if (result.status !== 'ready') return <LoadingState />;
  const name = (m: SnapshotMeta | null) =>
    m ? `${m.name}（${snapshotTime(m.takenAt)}）` : t('analysis.snapshot.current');
  const title = t('analysis.snapshot.compareTitle', {
    from: name(result.data.from),
    to: name(result.data.to),
  });
  return (
    <Flex vertical gap={12}>
      <SnapshotChart
        diff={result.data.diff}
        from={result.data.from.name}
        to={result.data.to?.name ?? t('analysis.snapshot.current')}
      />
      <SnapshotDiffView title={title} diff={result.data.diff} />
    </Flex>
  );
}

/** A comparison with "now" follows the workspace: the query cache refetches it after any write. */
export function SnapshotPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApi('snapshot:list', {});
  const [picked, setPicked] = useState<number[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ name: string }>();

  const save = async ({ name }: { name: string }) => {
    setBusy(true);
    try {
      const meta = await call('snapshot:save', { name: name.trim() });
      void message.success(t('analysis.snapshot.saved', { name: meta.name }));
      setPicked(null); // back to "the newest two": the new one against the one before
      form.resetFields();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const snapshots =
    list.status === 'ready' ? list.data : list.status === 'loading' ? list.previous : undefined;
  const pick = picked ?? (snapshots ? initialPick(snapshots) : []);
  const pair = snapshots ? comparePair(pick, snapshots) : null;

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('analysis.snapshot.intro')}</Typography.Text>
          <Form
            form={form}
            layout="inline"
            initialValues={{ name: defaultSnapshotName(new Date(), t('analysis.snapshot.suffix')) }}
            onFinish={(v) => void save(v)}
          >
            <Form.Item
              name="name"
              label={t('analysis.snapshot.name')}
              rules={[
                { required: true, whitespace: true, message: t('analysis.snapshot.nameRequired') },
                { max: 200 },
              ]}
            >
              <Input
                aria-label={t('analysis.snapshot.name')}
                style={{ width: 260 }}
                maxLength={200}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<CameraOutlined />} loading={busy}>
              {t('analysis.snapshot.save')}
            </Button>
          </Form>
        </Flex>
      </Card>
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {!snapshots && list.status !== 'error' && <LoadingState />}
      {snapshots && snapshots.length === 0 && <Empty description={t('analysis.snapshot.none')} />}
      {snapshots && snapshots.length > 0 && (
        <Card size="small" title={t('analysis.snapshot.list')}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('analysis.snapshot.pickHint')}
          </Typography.Paragraph>
          <Table<SnapshotMeta>
            size="small"
            aria-label={t('analysis.snapshot.list')}
            rowKey="id"
            dataSource={[...snapshots]}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            rowSelection={{
              type: 'checkbox',
              hideSelectAll: true,
              selectedRowKeys: pick,
              onSelect: (row, on) => {
                setPicked(toggleSelection(pick, row.id, on));
              },
              getCheckboxProps: (row) => ({ 'aria-label': row.name }),
            }}
            columns={[
              { title: t('analysis.snapshot.name'), dataIndex: 'name' },
              {
                title: t('analysis.snapshot.takenAt'),
                width: 200,
                render: (_, s) => snapshotTime(s.takenAt),
              },
            ]}
          />
        </Card>
      )}
      {snapshots && pair && (
        <Comparison key={`${String(pair.fromId)}:${String(pair.toId ?? 'now')}`} pair={pair} />
      )}
    </Flex>
  );
}
