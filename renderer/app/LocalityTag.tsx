// 本地 / 外地 badge, coloured like the chain map (blue local, orange outside).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function LocalityTag({ isLocal }: { isLocal: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={isLocal ? 'blue' : 'orange'} style={{ marginInlineEnd: 0 }}>
      {isLocal ? t('common.local') : t('common.outside')}
    </Tag>
  );
}
