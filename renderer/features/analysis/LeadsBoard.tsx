// 招商线索看板: one column per stage (线索 → 接洽 → 考察 → 签约 → 落地); a lead moves by choosing its stage.
import { App, Card, Col, Empty, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { LeadStageSchema, type LeadStage } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { call, toApiError } from '../../api.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';

const STAGES = LeadStageSchema.options;

/** Remount (change its `key`) to refetch after leads change elsewhere. */
export function LeadsBoard({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const leads = useApi('lead:list', {});
  if (leads.status === 'error') return <ErrorState error={leads.error} onRetry={leads.reload} />;
  if (leads.status !== 'ready') return <LoadingState />;

  const move = async (lead: LeadRow, stage: LeadStage) => {
    try {
      await call('lead:update', { id: lead.id, stage });
      leads.reload();
      onChanged();
    } catch (e) {
      void message.error(toApiError(e).message);
    }
  };
  return (
    <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }}>
      {STAGES.map((stage) => {
        const items = leads.data.filter((l) => l.stage === stage);
        return (
          <Col key={stage} flex="1 0 220px">
            <Card
              size="small"
              title={`${t(`analysis.leads.stages.${stage}`)} (${String(items.length)})`}
            >
              {items.length === 0 && (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('analysis.leads.empty')}
                />
              )}
              {items.map((l) => (
                <Card key={l.id} size="small" style={{ marginBottom: 8 }} aria-label={l.targetName}>
                  <Typography.Text strong>{l.targetName}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[l.chainName, l.segmentName].filter(Boolean).join(' / ')}
                  </Typography.Text>
                  {l.owner && <div>{`${t('analysis.leads.owner')}：${l.owner}`}</div>}
                  {l.nextStep && (
                    <div>{`${t('analysis.leads.next')}：${l.nextStep}${l.nextDate ? `（${l.nextDate}）` : ''}`}</div>
                  )}
                  <Select
                    size="small"
                    aria-label={`${l.targetName} stage`}
                    style={{ marginTop: 6, width: '100%' }}
                    value={l.stage}
                    options={STAGES.map((s) => ({
                      value: s,
                      label: t(`analysis.leads.stages.${s}`),
                    }))}
                    onChange={(s: LeadStage) => void move(l, s)}
                  />
                </Card>
              ))}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
