// Supplier tiers of one firm: tier 1 = its direct suppliers, tier 2 = their suppliers, …
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';

export function TiersCard({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const tiers = useApi('analysis:tiers', { enterpriseId, depth: 3 });
  return (
    <Card size="small" title={t('analysis.anchor.tiers')}>
      {tiers.status === 'error' && <ErrorState error={tiers.error} onRetry={tiers.reload} />}
      {tiers.status !== 'ready' && tiers.status !== 'error' && <LoadingState />}
      {tiers.status === 'ready' && (
        <Space orientation="vertical">
          {tiers.data.tiers.map((tier) => (
            <div key={tier.tier}>
              <Typography.Text strong>
                {t('analysis.anchor.tier', { n: tier.tier })}（{tier.localCount}/{tier.firms.length}
                ）
              </Typography.Text>{' '}
              {tier.firms.map((f) => (
                <Tag key={f.id} color={f.isLocal ? 'blue' : undefined}>
                  {f.name}
                </Tag>
              ))}
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}
