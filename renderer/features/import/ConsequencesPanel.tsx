// "对分析结果的影响": the leaf segments whose state the previewed import would change, e.g.
// "强链 → 缺链 工程机械/矿用卡车", with the local firm count and the rule that decides the new state.
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SegmentState } from '../../../shared/analysis/schemas.js';
import { useErrorText } from '../../app/error-text.js';
import { useApi } from '../../app/use-api.js';

const STATE_COLOR: Record<SegmentState, string> = {
  missing: 'red',
  broken: 'orange',
  weak: 'gold',
  strong: 'green',
};

export function ConsequencesPanel({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const result = useApi('import:consequences', { id });
  const errorText = useErrorText();
  const state = (s: SegmentState) => (
    <Tag color={STATE_COLOR[s]} style={{ marginInlineEnd: 0 }}>
      {t(`analysis.state.${s}` as const)}
    </Tag>
  );
  return (
    <Card size="small" title={t('import.consequences.title')} data-testid="import-consequences">
      {result.status === 'loading' && (
        <Typography.Text type="secondary">{t('import.consequences.loading')}</Typography.Text>
      )}
      {result.status === 'error' && <Alert type="error" showIcon title={errorText(result.error)} />}
      {result.status === 'ready' && result.data.changes.length === 0 && (
        <Typography.Text type="secondary">
          {t('import.consequences.none', { count: result.data.leafSegments })}
        </Typography.Text>
      )}
      {result.status === 'ready' && result.data.changes.length > 0 && (
        <Flex vertical gap={4}>
          <Typography.Text>
            {t('import.consequences.intro', { count: result.data.changes.length })}
          </Typography.Text>
          {result.data.changes.map((c) => (
            <Flex
              key={[c.chain, ...c.path].join('/')}
              gap={8}
              align="center"
              wrap
              data-testid="import-consequence"
            >
              {c.before ? state(c.before) : <Tag>{t('import.consequences.newSegment')}</Tag>}
              <span>→</span>
              {state(c.after)}
              <Typography.Text strong>{[c.chain, ...c.path].join('/')}</Typography.Text>
              <Typography.Text type="secondary">
                {t('import.consequences.firms', { before: c.firmsBefore, after: c.firmsAfter })}
                {' · '}
                {en ? c.ruleEn : c.ruleZh}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
