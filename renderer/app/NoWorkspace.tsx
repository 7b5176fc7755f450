// Shown when no workspace is open: explains what a workspace is and offers create/open on the
// desktop; in browser mode the workspace is chosen on the command line, so it says how.
import { App, Button, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call, isDesktop, toApiError } from '../api.js';
import { errorText } from './error-text.js';

/** Once a workspace opens, the data layer drops the cached "no workspace" answer and the app shows. */
export function NoWorkspace() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    action()
      .catch((e: unknown) => {
        const label = t(`errors.${toApiError(e).code}`);
        void message.error(t('common.labelled', { label, text: errorText(e) }));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <Result
      status="info"
      title={t('workspace.noneTitle')}
      subTitle={
        <Flex vertical gap={8} style={{ maxWidth: 560, margin: '0 auto' }}>
          <Typography.Text type="secondary">{t('workspace.noneBody')}</Typography.Text>
          {!isDesktop() && (
            <Typography.Text type="secondary">{t('workspace.noneBrowserHint')}</Typography.Text>
          )}
        </Flex>
      }
      extra={
        isDesktop() ? (
          <Flex gap={8} justify="center">
            <Button
              type="primary"
              loading={busy}
              onClick={() => {
                run(() => call('workspace:create', { demo: true }));
              }}
            >
              {t('workspace.createDemo')}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                run(() => call('workspace:open', {}));
              }}
            >
              {t('workspace.open')}
            </Button>
          </Flex>
        ) : undefined
      }
    />
  );
}
