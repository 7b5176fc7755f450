// 招商线索看板: one column per stage (新线索 → 接洽 → 考察 → 签约 → 落地) for the leads in view. Each card
// names the firm (opens its drawer) and the segment it would fill with that segment's state now; the
// stage moves from the card, the rest is edited in a modal, and a lead can be deleted after a confirm.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Popconfirm, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SegmentResult, WorkspaceAnalysis } from '../../../shared/analysis/schemas.js';
import { LeadStageSchema, type LeadStage } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { leadsInScope, type Scope } from './analysis-scope.js';
import { LeadsFunnel } from './charts/AnalysisCharts.js';
import { LeadEditModal } from './LeadEditModal.js';
import { FirmLink, SegmentLink } from './links.js';
import { StateTag } from './StateTag.js';

const STAGES = LeadStageSchema.options;

type Props = {
  data: WorkspaceAnalysis;
  scope: Scope;
  /** Segments of the analysis in scope, by id: the state of the segment each lead would fill. */
  segments: ReadonlyMap<number, SegmentResult>;
};

function LeadSegment({ lead, segments }: { lead: LeadRow; segments: Props['segments'] }) {
  const { t } = useTranslation();
  if (lead.segmentId === null)
    return <Typography.Text type="secondary">{t('analysis.leads.noSegment')}</Typography.Text>;
  const s = segments.get(lead.segmentId);
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} title={s?.path.join(' / ')}>
        <SegmentLink chainId={lead.chainId} segmentId={lead.segmentId}>
          {[lead.chainName, lead.segmentName].filter(Boolean).join(' / ')}
        </SegmentLink>
      </Typography.Text>
      {s && <StateTag state={s.state} />}
    </Flex>
  );
}

export function LeadsBoard({ data: analysis, scope, segments }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const leads = useApi('lead:list', {});
  const [editing, setEditing] = useState<number | null>(null);
  if (leads.status === 'error') return <ErrorState error={leads.error} onRetry={leads.reload} />;
  // Keep the board on screen while it refetches after an edit.
  const all =
    leads.status === 'ready' ? leads.data : leads.status === 'loading' ? leads.previous : undefined;
  if (!all) return <LoadingState />;
  const data = leadsInScope(all, analysis, scope);

  const move = async (lead: LeadRow, stage: LeadStage) => {
    try {
      await call('lead:update', { id: lead.id, stage });
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const remove = async (lead: LeadRow) => {
    try {
      await call('lead:delete', { id: lead.id });
      void message.success(t('analysis.leads.deleted', { name: lead.targetName }));
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const edited = data.find((l) => l.id === editing) ?? null;
  return (
    <Flex vertical gap={12}>
      <LeadsFunnel leads={data} scopeName={t('analysis.tabs.leads')} />
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
                      <FirmLink id={l.enterpriseId} name={l.targetName} strong />
                      <Flex>
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
                        <Popconfirm
                          title={t('analysis.leads.deleteConfirm', { name: l.targetName })}
                          okText={t('analysis.leads.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('analysis.leads.cancel')}
                          onConfirm={() => void remove(l)}
                        >
                          <Button
                            size="small"
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t('analysis.leads.delete')} ${l.targetName}`}
                            title={t('analysis.leads.delete')}
                          />
                        </Popconfirm>
                      </Flex>
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
      />
    </Flex>
  );
}
