// 招商线索看板: one column per stage (线索 → 接洽 → 考察 → 签约 → 落地). Each card shows the segment
// the lead would fill with that segment's state now; the stage moves from the card, the rest is
// edited in a modal (owner, next step and date, notes).
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SegmentResult } from '../../../shared/analysis/schemas.js';
import { LeadStageSchema, type LeadStage } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { LeadEditModal } from './LeadEditModal.js';
import { StateTag } from './StateTag.js';

const STAGES = LeadStageSchema.options;

type Props = {
  /** Segments of the analysis in scope, by id: the state of the segment each lead would fill. */
  segments: ReadonlyMap<number, SegmentResult>;
  onChanged: () => void;
};

function LeadSegment({ lead, segments }: { lead: LeadRow; segments: Props['segments'] }) {
  const { t } = useTranslation();
  if (lead.segmentId === null)
    return <Typography.Text type="secondary">{t('analysis.leads.noSegment')}</Typography.Text>;
  const s = segments.get(lead.segmentId);
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} title={s?.path.join(' / ')}>
        {[lead.chainName, lead.segmentName].filter(Boolean).join(' / ')}
      </Typography.Text>
      {s && <StateTag state={s.state} />}
    </Flex>
  );
}

/** Remount (change its `key`) to refetch after leads change elsewhere. */
export function LeadsBoard({ segments, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const leads = useApi('lead:list', {});
  const [editing, setEditing] = useState<number | null>(null);
  if (leads.status === 'error') return <ErrorState error={leads.error} onRetry={leads.reload} />;
  // Keep the board on screen while it refetches after an edit.
  const data =
    leads.status === 'ready' ? leads.data : leads.status === 'loading' ? leads.previous : undefined;
  if (!data) return <LoadingState />;

  const saved = () => {
    leads.reload();
    onChanged();
  };
  const move = async (lead: LeadRow, stage: LeadStage) => {
    try {
      await call('lead:update', { id: lead.id, stage });
      saved();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const edited = data.find((l) => l.id === editing) ?? null;
  return (
    <>
      <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }}>
        {STAGES.map((stage) => {
          const items = data.filter((l) => l.stage === stage);
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
                  <Card
                    key={l.id}
                    size="small"
                    style={{ marginBottom: 8 }}
                    aria-label={l.targetName}
                  >
                    <Flex justify="space-between" align="start" gap={4}>
                      <Typography.Text strong>{l.targetName}</Typography.Text>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={`${t('analysis.leads.edit')} ${l.targetName}`}
                        title={t('analysis.leads.edit')}
                        onClick={() => {
                          setEditing(l.id);
                        }}
                      />
                    </Flex>
                    <LeadSegment lead={l} segments={segments} />
                    {l.owner && <div>{`${t('analysis.leads.owner')}：${l.owner}`}</div>}
                    {l.nextStep && (
                      <div>{`${t('analysis.leads.next')}：${l.nextStep}${l.nextDate ? `（${l.nextDate}）` : ''}`}</div>
                    )}
                    {!l.nextStep && l.nextDate && (
                      <div>{`${t('analysis.leads.nextDate')}：${l.nextDate}`}</div>
                    )}
                    <Select
                      size="small"
                      aria-label={`${l.targetName} ${t('analysis.leads.stage')}`}
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
      <LeadEditModal
        lead={edited}
        segment={edited && <LeadSegment lead={edited} segments={segments} />}
        onClose={() => {
          setEditing(null);
        }}
        onSaved={saved}
      />
    </>
  );
}
