// Shown instead of the pages when the workspace file is damaged (at open, or met by a later query):
// what happened, the latest good backup, and one button that restores it. The damaged file is kept
// aside under a new name by the core, never deleted; the app then opens the restored data.
import { App as AntApp, Button, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BackupEntry } from '../../shared/ipc/backup-contract.js';
import { call, isDesktop, type ApiCallError } from '../api.js';
import { errorText, useErrorText } from './error-text.js';
import { useApi } from './use-api.js';

const REASONS = ['import', 'before-restore', 'before-edit', 'daily', 'manual'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (v: string): v is Reason => (REASONS as readonly string[]).includes(v);

export function DamagedWorkspace({ error }: { error: ApiCallError }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const describe = useErrorText();
  const offer = useApi('workspace:recovery', {});
  const [busy, setBusy] = useState(false);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN');
  const reason = (b: BackupEntry) =>
    isReason(b.reason) ? t(`backups.reasons.${b.reason}`) : b.reason;
  const backup = offer.status === 'ready' ? (offer.data?.backup ?? null) : null;

  const restore = (b: BackupEntry) => {
    setBusy(true);
    call('workspace:recover', { id: b.id })
      .then((done) => {
        void message.success({
          content: (
            <span data-testid="workspace-recovered">
              {t('workspace.recovered', { time: when(b.time), aside: done.aside })}
            </span>
          ),
          duration: 8,
        });
      })
      .catch((e: unknown) => {
        void message.error(errorText(e));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <Result
      status="error"
      title={t('errors.CORRUPT')}
      subTitle={
        <Flex
          vertical
          gap={8}
          style={{ maxWidth: 640, margin: '0 auto' }}
          data-testid="damaged-workspace"
        >
          <Typography.Text>{describe(error)}</Typography.Text>
          <Typography.Text type="secondary">{t('workspace.damagedBody')}</Typography.Text>
          {offer.status !== 'ready' && offer.status !== 'error' && (
            <Typography.Text type="secondary">{t('workspace.checkingBackups')}</Typography.Text>
          )}
          {offer.status === 'ready' &&
            (backup ? (
              <Typography.Text strong data-testid="damaged-backup">
                {t('workspace.damagedBackup', {
                  time: when(backup.time),
                  reason: reason(backup),
                  holds: backup.counts ? t('backups.holds', backup.counts) : '',
                })}
              </Typography.Text>
            ) : (
              <Typography.Text type="warning">{t('workspace.damagedNoBackup')}</Typography.Text>
            ))}
          {offer.status === 'error' && (
            <Typography.Text type="danger">{describe(offer.error)}</Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} justify="center">
          {backup && (
            <Button
              type="primary"
              loading={busy}
              onClick={() => {
                restore(backup);
              }}
            >
              {t('workspace.restoreLatest')}
            </Button>
          )}
          {isDesktop() && (
            <Button
              disabled={busy}
              onClick={() => {
                call('workspace:open', {}).catch((e: unknown) => {
                  void message.error(errorText(e));
                });
              }}
            >
              {t('workspace.open')}
            </Button>
          )}
        </Flex>
      }
    />
  );
}
