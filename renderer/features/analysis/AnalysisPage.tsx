// 分析: placeholder; the gap-analysis engineer replaces this file.
import { useTranslation } from 'react-i18next';

import { PagePlaceholder } from '../../app/PagePlaceholder.js';

export function AnalysisPage() {
  const { t } = useTranslation();
  return <PagePlaceholder title={t('analysis.title')} body={t('analysis.comingLater')} />;
}
