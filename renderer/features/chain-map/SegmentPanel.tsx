// The side panel of a clicked segment: its state (the same badge words as the map), the rule that
// decided it with its numbers (the analysis' own text, as on the Analysis page), its local firms
// and its suggested targets, each one click from the firm's details or a lead.
import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SegmentResult, TargetRow } from '../../../shared/analysis/schemas.js';
import { StateTag } from '../analysis/StateTag.js';

type Props = {
  result: SegmentResult;
  targets: readonly TargetRow[];
  onClose: () => void;
  onOpenFirm: (id: number) => void;
  onToLead: (t: TargetRow) => void;
};

export function SegmentPanel({ result, targets, onClose, onOpenFirm, onToLead }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Card
      size="small"
      data-testid="segment-panel"
      title={
        <Space size={6}>
          <span>{result.isKey ? `★ ${result.name}` : result.name}</span>
          <StateTag state={result.state} />
          {result.beingFilled && <Tag color="blue">{t('analysis.beingFilled')}</Tag>}
        </Space>
      }
      extra={
        <Button
          size="small"
          type="text"
          aria-label={t('chainMap.panel.close')}
          icon={<CloseOutlined />}
          onClick={onClose}
        />
      }
      style={{
        width: 340,
        maxHeight: '100%',
        overflow: 'auto',
        boxShadow: '0 4px 16px rgba(0,0,0,0.12)',
      }}
    >
      <Flex vertical gap={10}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {result.path.join(' / ')}
        </Typography.Text>
        <div data-testid="segment-rule">
          <Typography.Text strong>{t('chainMap.panel.rule')}</Typography.Text>
          <Typography.Paragraph style={{ margin: 0 }}>{result.rule[lang]}</Typography.Paragraph>
          {result.notes.map((n) => (
            <Typography.Paragraph key={n.code} type="secondary" style={{ margin: 0, fontSize: 12 }}>
              {n[lang]}
            </Typography.Paragraph>
          ))}
        </div>
        <div>
          <Typography.Text strong>
            {t('chainMap.panel.localFirms', { count: result.localFirms.length })}
          </Typography.Text>
          {result.localFirms.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('chainMap.panel.noLocal')}
            </Typography.Paragraph>
          ) : (
            <Flex wrap gap={4} style={{ marginTop: 4 }}>
              {result.localFirms.slice(0, 60).map((f) => (
                <Tag
                  key={f.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    onOpenFirm(f.id);
                  }}
                >
                  {f.name}
                </Tag>
              ))}
              {result.localFirms.length > 60 && <Tag>+{result.localFirms.length - 60}</Tag>}
            </Flex>
          )}
        </div>
        <div>
          <Typography.Text strong>
            {t('chainMap.panel.targets', { count: targets.length })}
          </Typography.Text>
          {targets.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('chainMap.panel.noTargets')}
            </Typography.Paragraph>
          ) : (
            <List
              size="small"
              dataSource={targets.slice(0, 20)}
              rowKey={(r) => r.enterpriseId}
              renderItem={(r) => (
                <List.Item
                  actions={[
                    <Button
                      key="lead"
                      size="small"
                      onClick={() => {
                        onToLead(r);
                      }}
                    >
                      {r.lead ? t('chainMap.panel.openLead') : t('analysis.target.toLead')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <a
                        onClick={() => {
                          onOpenFirm(r.enterpriseId);
                        }}
                      >
                        {r.name}
                      </a>
                    }
                    description={t('chainMap.panel.targetLine', {
                      buyers: r.localBuyerCount,
                      links: r.linkCount,
                    })}
                  />
                </List.Item>
              )}
            />
          )}
        </div>
      </Flex>
    </Card>
  );
}
