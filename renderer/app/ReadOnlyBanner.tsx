// The banner over every page of a read-only workspace: says that nothing can be changed and why, so
// disabled edit buttons are never a mystery.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { useReadOnly } from './use-read-only.js';

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  if (!readOnly) return null;
  return (
    <Alert
      data-testid="read-only-banner"
      type="warning"
      showIcon
      banner
      role="status"
      title={t('workspace.readOnlyTitle')}
      description={t('workspace.readOnlyBody')}
    />
  );
}
