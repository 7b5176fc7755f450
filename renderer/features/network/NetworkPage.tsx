// 供应网络: placeholder until the supply-network view is built (a later issue).
import { useTranslation } from 'react-i18next';

import { PagePlaceholder } from '../../app/PagePlaceholder.js';

export function NetworkPage() {
  const { t } = useTranslation();
  return <PagePlaceholder title={t('network.title')} body={t('network.comingLater')} />;
}
