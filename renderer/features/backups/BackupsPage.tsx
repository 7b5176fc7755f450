// 备份与恢复: the workspace's backups (time, reason, what each holds, size, their count and total
// against the limit), 立即备份, and 恢复 with a confirmation that says the current state is backed up
// first; a damaged backup shows why and cannot be restored; a read-only workspace changes nothing.
import { CloudUploadOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BackupEntry } from '../../../shared/ipc/backup-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useReadOnly } from '../../app/use-read-only.js';

const REASON_COLOR: Record<string, string> = {
  import: 'blue',
  'before-restore': 'purple',
  'before-edit': 'volcano',
  daily: 'green',
  manual: 'gold',
};
type Reason = 'import' | 'before-restore' | 'before-edit' | 'daily' | 'manual';
const isKnown = (v: string): v is Reason => Object.hasOwn(REASON_COLOR, v);

const size = (bytes: number): string =>
  bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${String(Math.ceil(bytes / 1024))} KB`;

export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const list = useApi('backup:list', {});
  const readOnly = useReadOnly();
  const [busy, setBusy] = useState(false);
  const en = i18n.language === 'en';
  const when = (iso: string) => new Date(iso).toLocaleString(en ? 'en-GB' : 'zh-CN');
  const holds = (b: BackupEntry) => (b.counts ? t('backups.holds', b.counts) : '');

  const backupNow = async () => {
    setBusy(true);
    try {
      await call('backup:create', {});
      void message.success(t('backups.created'));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = (b: BackupEntry) => {
    modal.confirm({
      title: t('backups.confirmTitle', { time: when(b.time) }),
      content: t('backups.confirmBody', { holds: holds(b) }),
      okText: t('backups.restore'),
      cancelText: t('backups.cancel'),
      onOk: async () => {
        try {
          await call('backup:restore', { id: b.id });
          void message.success({
            content: (
              <span data-testid="backup-restored">
                {t('backups.restored', { time: when(b.time) })}
              </span>
            ),
            duration: 6,
          });
        } catch (e) {
          void message.error(errorText(e));
        }
      },
    });
  };

  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.status !== 'ready') return <LoadingState />;
  return (
    <Card
      style={{ margin: 24 }}
      title={t('backups.title')}
      extra={
        <Button
          icon={<CloudUploadOutlined />}
          loading={busy}
          disabled={readOnly}
          onClick={() => void backupNow()}
        >
          {t('backups.now')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('backups.intro', { keep: list.data.keep, limit: size(list.data.maxBytes) })}
      </Typography.Paragraph>
      <Typography.Paragraph data-testid="backup-totals">
        {t('backups.totals', {
          count: list.data.backups.length,
          size: size(list.data.backups.reduce((sum, b) => sum + b.bytes, 0)),
        })}
      </Typography.Paragraph>
      <Table<BackupEntry>
        rowKey="id"
        size="middle"
        dataSource={list.data.backups}
        pagination={false}
        locale={{ emptyText: t('backups.empty') }}
        columns={[
          {
            title: t('backups.time'),
            dataIndex: 'time',
            render: (v: string) => when(v),
            width: 200,
          },
          {
            title: t('backups.reason'),
            dataIndex: 'reason',
            width: 120,
            render: (v: string) => (
              <Tag color={REASON_COLOR[v] ?? 'default'}>
                {isKnown(v) ? t(`backups.reasons.${v}`) : v}
              </Tag>
            ),
          },
          {
            title: t('backups.contents'),
            render: (_, b) =>
              b.problem ? (
                <Typography.Text type="danger">{en ? b.problem.en : b.problem.zh}</Typography.Text>
              ) : (
                holds(b)
              ),
          },
          {
            title: t('backups.size'),
            dataIndex: 'bytes',
            width: 100,
            render: (v: number) => size(v),
          },
          {
            title: t('backups.actions'),
            width: 120,
            render: (_, b) => (
              <Button
                size="small"
                icon={<RollbackOutlined />}
                disabled={b.problem !== null || readOnly}
                onClick={() => {
                  restore(b);
                }}
              >
                {t('backups.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
