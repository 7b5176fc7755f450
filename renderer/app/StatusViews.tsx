// The shared loading, error and empty states, so every page says the same thing the same way.
import { Alert, Button, Empty, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiCallError } from '../api.js';
import { useErrorText } from './error-text.js';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" gap={12} style={{ padding: 48 }} role="status">
      <Spin />
      <Typography.Text type="secondary">{label ?? t('common.loading')}</Typography.Text>
    </Flex>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.labelled', {
        label: t('common.errorTitle'),
        text: t(`errors.${error.code}`),
      })}
      description={errorText(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ margin: 16 }}
    />
  );
}

export function EmptyState({
  description,
  children,
}: {
  description: string;
  children?: ReactNode;
}) {
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }}>
      <Empty description={description}>{children}</Empty>
    </Flex>
  );
}
