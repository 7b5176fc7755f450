// Network risks of a chain: firms with the most supply paths running through them (betweenness) and
// local buyers that depend on a single supplier in a segment.
import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Centrality, Exposure } from '../../../shared/analysis/schemas.js';
import { FirmLink, SegmentLink } from './links.js';

export function RiskPanel({
  centrality,
  exposures,
}: {
  centrality: Centrality;
  exposures: readonly Exposure[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Row gutter={12}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('analysis.critical')} extra={centrality.note[lang]}>
          <List
            size="small"
            dataSource={centrality.firms}
            renderItem={(f, i) => (
              <List.Item>
                <Typography.Text>
                  {i + 1}. <FirmLink id={f.id} name={f.name} />{' '}
                  {!f.isLocal && <Tag>{t('analysis.anchor.outside')}</Tag>}
                </Typography.Text>
                <Typography.Text type="secondary">{f.betweenness.toFixed(1)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={`${t('analysis.exposure')} (${String(exposures.length)})`}>
          <List
            size="small"
            dataSource={[...exposures]}
            pagination={exposures.length > 8 ? { pageSize: 8, size: 'small' } : false}
            renderItem={(e) => (
              <List.Item>
                <Typography.Text>
                  <FirmLink id={e.buyer.id} name={e.buyer.name} /> ·{' '}
                  <SegmentLink chainId={e.chainId} segmentId={e.segmentId}>
                    {e.segmentName}
                  </SegmentLink>{' '}
                  ← <FirmLink id={e.supplier.id} name={e.supplier.name} />
                  {!e.supplier.isLocal && (
                    <Tag style={{ marginLeft: 6 }}>{t('analysis.anchor.outside')}</Tag>
                  )}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
