// 导入: placeholder; the import-wizard engineer replaces this file.
import { useTranslation } from 'react-i18next';

import { PagePlaceholder } from '../../app/PagePlaceholder.js';

export function ImportPage() {
  const { t } = useTranslation();
  return <PagePlaceholder title={t('import.title')} body={t('import.comingLater')} />;
}
