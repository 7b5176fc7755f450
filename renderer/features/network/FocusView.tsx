// Firm focus (链主视角 as a picture): the firm in the middle, its supplier tiers 1–3 to the left
// (tier 3 outermost) and buyer tiers to the right, local firms above outside ones in every column, each
// tier's local share by count and amount printed on it; the columns share the window's width. An
// outside supplier offers 转为线索.
import { App, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { pct } from '../../../shared/analysis/format.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import type { FocusTier } from '../../../shared/network/schemas.js';
import { call, toApiError } from '../../api.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { LeadEditModal } from '../analysis/LeadEditModal.js';

type Props = { firmId: number; onOpenFirm: (id: number) => void; onBack: () => void };

/** Columns share the window's width (up to seven: three tiers each side and the firm), never wider. */
const COLUMN = { flex: '1 1 0', minWidth: 0 } as const;

export function FocusView({ firmId, onOpenFirm, onBack }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const focus = useApi('network:focus', { enterpriseId: firmId, depth: 3 });
  const [lead, setLead] = useState<{ row: LeadRow; segment: string } | null>(null);
  const toLead = async (
    id: number,
    name: string,
    segment: { id: number; name: string } | undefined,
  ) => {
    try {
      const scope = segment ? { enterpriseId: id, segmentId: segment.id } : { enterpriseId: id };
      const existing = (await call('lead:list', scope))[0];
      const row = existing ?? (await call('lead:create', scope));
      if (!existing) void message.success(t('analysis.target.created', { name }));
      setLead({ row, segment: segment?.name ?? '' });
    } catch (e) {
      void message.error(toApiError(e).message);
    }
  };
  if (focus.status === 'error') return <ErrorState error={focus.error} onRetry={focus.reload} />;
  if (focus.status !== 'ready') return <LoadingState />;
  const f = focus.data;
  const column = (tier: FocusTier, side: 'suppliers' | 'buyers') => {
    const local = tier.firms.filter((x) => x.isLocal);
    const outside = tier.firms.filter((x) => !x.isLocal);
    const firmTag = (x: FocusTier['firms'][number]) => (
      <Flex key={x.id} vertical style={{ marginBottom: 4 }}>
        <Flex gap={4} align="center" wrap>
          <Tag
            color={x.isLocal ? 'blue' : 'orange'}
            style={{
              cursor: 'pointer',
              borderStyle: x.isLocal ? 'solid' : 'dashed',
              whiteSpace: 'normal',
              maxWidth: '100%',
            }}
            onClick={() => {
              onOpenFirm(x.id);
            }}
          >
            {x.name}
          </Tag>
          {!x.isLocal && side === 'suppliers' && (
            <Button
              size="small"
              type="link"
              onClick={() => void toLead(x.id, x.name, x.segments[0])}
            >
              {t('network.focus.toLead')}
            </Button>
          )}
        </Flex>
        {!x.isLocal && x.segments.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('network.focus.segments', { names: x.segments.map((s) => s.name).join('、') })}
          </Typography.Text>
        )}
      </Flex>
    );
    return (
      <Card
        key={`${side}-${String(tier.tier)}`}
        size="small"
        style={COLUMN}
        data-testid={`focus-${side}-${String(tier.tier)}`}
        title={`${t(`network.focus.${side}`)} · ${t('network.focus.tier', { n: tier.tier })}`}
      >
        <Typography.Text strong data-testid="tier-share">
          {t('network.focus.shareCount', {
            local: tier.localCount,
            total: tier.firms.length,
            pct: pct(tier.firms.length === 0 ? null : tier.localCount / tier.firms.length),
          })}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">
          {tier.amount === null || tier.amount === 0
            ? t('network.focus.noAmount')
            : t('network.focus.shareAmount', { pct: pct((tier.localAmount ?? 0) / tier.amount) })}
        </Typography.Text>
        <div style={{ marginTop: 8 }}>{local.map(firmTag)}</div>
        {local.length > 0 && outside.length > 0 && (
          <div style={{ borderTop: '1px dashed #d9d9d9', margin: '6px 0' }} />
        )}
        <div>{outside.map(firmTag)}</div>
      </Card>
    );
  };
  return (
    <Flex vertical gap={8} style={{ padding: 12, overflow: 'auto' }} data-testid="firm-focus">
      <Flex gap={8} align="center">
        <Button onClick={onBack}>{t('network.focus.back')}</Button>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('network.focus.title', { name: f.root.name })}
        </Typography.Title>
      </Flex>
      {f.suppliers.length === 0 && f.buyers.length === 0 && (
        <Empty description={t('network.focus.none')} />
      )}
      <Flex gap={6} align="flex-start" data-testid="focus-columns">
        {[...f.suppliers].reverse().map((tier) => column(tier, 'suppliers'))}
        <Card
          size="small"
          style={{ ...COLUMN, flex: '0.7 1 0', borderColor: '#cf1322' }}
          title={t('network.focus.root')}
        >
          <Tag
            color={f.root.isLocal ? 'blue' : 'orange'}
            style={{ whiteSpace: 'normal', maxWidth: '100%' }}
          >
            {f.root.name}
          </Tag>
        </Card>
        {f.buyers.map((tier) => column(tier, 'buyers'))}
      </Flex>
      <LeadEditModal
        lead={lead?.row ?? null}
        segment={lead?.segment ?? ''}
        onClose={() => {
          setLead(null);
        }}
      />
    </Flex>
  );
}
