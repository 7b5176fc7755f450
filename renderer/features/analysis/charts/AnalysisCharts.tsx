// The charts of a leader's briefing, each exportable as PNG: per chain the 缺/断/弱/强 counts as
// stacked bars and completeness and local supporting rate against the zone's goals; the snapshot
// comparison before → after; the leads pipeline as a funnel.
import { Col, Row } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { SnapshotDiff } from '../../../../shared/analysis/snapshot.js';
import type { ChainResult, WorkspaceAnalysis } from '../../../../shared/analysis/schemas.js';
import { LeadStageSchema } from '../../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../../shared/ipc/analysis-contract.js';
import { LazyChart } from '../../../components/charts/LazyChart.js';
import { funnelOption, ratesOption, snapshotOption, stateBarsOption } from './chart-options.js';

/** i18next's `t` narrowed to what the option builders need. */
function useLabel() {
  const { t } = useTranslation();
  // Stable while the language stays, so the charts are not redrawn on every render.
  return useCallback(
    (key: string, options?: Record<string, unknown>) => t(key as never, options ?? {}),
    [t],
  );
}

/** A height that gives each chain's bar room when there are many. */
const barHeight = (n: number) => Math.max(300, Math.min(520, 200 + n * 18));

export function ChainCharts({
  chains,
  settings,
  scopeName,
}: {
  chains: readonly ChainResult[];
  settings: WorkspaceAnalysis['settings'];
  scopeName: string;
}) {
  const label = useLabel();
  const { t } = useTranslation();
  const states = useMemo(() => stateBarsOption(chains, label), [chains, label]);
  const rates = useMemo(
    () =>
      ratesOption(
        chains,
        { coverage: settings.coverageTarget, localRate: settings.localRateTarget },
        label,
      ),
    [chains, settings, label],
  );
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <LazyChart
          title={t('charts.states')}
          fileName={`${scopeName}-${t('charts.states')}`}
          option={states}
          height={barHeight(chains.length)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <LazyChart
          title={t('charts.rates')}
          fileName={`${scopeName}-${t('charts.rates')}`}
          option={rates}
          height={barHeight(chains.length)}
        />
      </Col>
    </Row>
  );
}

export function SnapshotChart({
  diff,
  from,
  to,
}: {
  diff: SnapshotDiff;
  from: string;
  to: string;
}) {
  const label = useLabel();
  const { t } = useTranslation();
  const option = useMemo(() => snapshotOption(diff, { from, to }, label), [diff, from, to, label]);
  return (
    <LazyChart
      title={t('charts.snapshot')}
      fileName={`${t('charts.snapshot')}-${from}-${to}`}
      option={option}
      height={barHeight(diff.chains.length) + 40}
    />
  );
}

export function LeadsFunnel({
  leads,
  scopeName,
}: {
  leads: readonly LeadRow[];
  scopeName: string;
}) {
  const label = useLabel();
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      funnelOption(
        LeadStageSchema.options.map((stage) => ({
          stage,
          count: leads.filter((l) => l.stage === stage).length,
        })),
        label,
      ),
    [leads, label],
  );
  return (
    <LazyChart
      title={t('charts.funnel')}
      fileName={`${scopeName}-${t('charts.funnel')}`}
      option={option}
      height={240}
    />
  );
}
