// The network's filter bar: cluster, chain, park, ownership, investor country, tag, 规上, local/outside,
// segment state and minimum amount, plus the grouping. Every change goes into the address.
import { Button, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import { OwnershipSchema } from '../../../shared/domain/schemas.js';
import { SegmentStateSchema } from '../../../shared/analysis/schemas.js';
import {
  GroupBySchema,
  type GroupBy,
  type NetworkFilter,
} from '../../../shared/network/schemas.js';
import { useApi } from '../../app/use-api.js';

type Props = {
  filter: NetworkFilter;
  groupBy: GroupBy;
  /** Investor countries present in the workspace (from the network answer). */
  countries: readonly string[];
  onChange: (filter: NetworkFilter, groupBy: GroupBy) => void;
};

const TAGS = ['链主', '世界500强', '中国500强', '上市', '高新技术企业', '专精特新', '小巨人'];

export function NetworkFilters({ filter, groupBy, countries, onChange }: Props) {
  const { t } = useTranslation();
  const clusters = useApi('cluster:list', {});
  const chains = useApi('chain:list', filter.clusterId ? { clusterId: filter.clusterId } : {});
  const set = (patch: Partial<NetworkFilter>) => {
    // antd clears a field with undefined; the address keeps only fields that are set.
    const next = Object.fromEntries(
      Object.entries({ ...filter, ...patch } as Record<string, unknown>).filter(
        ([, v]) => v !== undefined,
      ),
    ) as NetworkFilter;
    onChange(next, groupBy);
  };
  const parks =
    clusters.status === 'ready' ? [...new Set(clusters.data.flatMap((c) => c.parks))] : [];
  const w = { width: 130 };
  return (
    <Space wrap size={6} data-testid="network-filters">
      <Select
        aria-label={t('network.groupBy')}
        style={w}
        value={groupBy}
        onChange={(g: GroupBy) => {
          onChange(filter, g);
        }}
        options={GroupBySchema.options.map((g) => ({ value: g, label: t(`network.group.${g}`) }))}
      />
      <Select
        aria-label={t('network.filter.cluster')}
        placeholder={t('network.filter.cluster')}
        allowClear
        style={w}
        value={filter.clusterId}
        onChange={(v: number | undefined) => {
          set({ clusterId: v, chainId: undefined });
        }}
        options={
          clusters.status === 'ready'
            ? clusters.data.map((c) => ({ value: c.id, label: c.name }))
            : []
        }
      />
      <Select
        aria-label={t('network.filter.chain')}
        placeholder={t('network.filter.chain')}
        allowClear
        style={w}
        value={filter.chainId}
        onChange={(v: number | undefined) => {
          set({ chainId: v });
        }}
        options={
          chains.status === 'ready' ? chains.data.map((c) => ({ value: c.id, label: c.name })) : []
        }
      />
      <Select
        aria-label={t('network.filter.locality')}
        placeholder={t('network.filter.locality')}
        allowClear
        style={{ width: 110 }}
        value={filter.locality}
        onChange={(v: 'local' | 'outside' | undefined) => {
          set({ locality: v });
        }}
        options={[
          { value: 'local', label: t('network.filter.local') },
          { value: 'outside', label: t('network.filter.outside') },
        ]}
      />
      <Select
        aria-label={t('network.filter.park')}
        placeholder={t('network.filter.park')}
        allowClear
        style={{ width: 110 }}
        value={filter.park}
        onChange={(v: string | undefined) => {
          set({ park: v });
        }}
        options={parks.map((p) => ({ value: p, label: p }))}
      />
      <Select
        aria-label={t('network.filter.tag')}
        placeholder={t('network.filter.tag')}
        allowClear
        style={{ width: 120 }}
        value={filter.tag}
        onChange={(v: string | undefined) => {
          set({ tag: v });
        }}
        options={TAGS.map((x) => ({ value: x, label: x }))}
      />
      <Select
        aria-label={t('network.filter.ownership')}
        placeholder={t('network.filter.ownership')}
        allowClear
        style={{ width: 100 }}
        value={filter.ownership}
        onChange={(v: NetworkFilter['ownership']) => {
          set({ ownership: v });
        }}
        options={OwnershipSchema.options.map((o) => ({ value: o, label: t(`ownership.${o}`) }))}
      />
      <Select
        aria-label={t('network.filter.country')}
        placeholder={t('network.filter.country')}
        allowClear
        showSearch
        style={{ width: 120 }}
        value={filter.investorCountry}
        onChange={(v: string | undefined) => {
          set({ investorCountry: v });
        }}
        options={[
          ...new Set([...countries, ...(filter.investorCountry ? [filter.investorCountry] : [])]),
        ].map((c) => ({ value: c, label: c }))}
      />
      <Select
        aria-label={t('network.filter.aboveScale')}
        placeholder={t('network.filter.aboveScale')}
        allowClear
        style={{ width: 100 }}
        value={filter.aboveScale === undefined ? undefined : String(filter.aboveScale)}
        onChange={(v: string | undefined) => {
          set({ aboveScale: v === undefined ? undefined : v === 'true' });
        }}
        options={[
          { value: 'true', label: t('network.filter.aboveYes') },
          { value: 'false', label: t('network.filter.aboveNo') },
        ]}
      />
      <Select
        aria-label={t('network.filter.state')}
        placeholder={t('network.filter.state')}
        allowClear
        style={{ width: 110 }}
        value={filter.segmentState}
        onChange={(v: NetworkFilter['segmentState']) => {
          set({ segmentState: v });
        }}
        options={SegmentStateSchema.options.map((s) => ({
          value: s,
          label: t(`analysis.state.${s}`),
        }))}
      />
      <InputNumber
        aria-label={t('network.filter.minAmount')}
        placeholder={t('network.filter.minAmount')}
        style={{ width: 150 }}
        min={0}
        value={filter.minAmount ?? null}
        onChange={(v) => {
          set({ minAmount: typeof v === 'number' ? v : undefined });
        }}
      />
      <Button
        onClick={() => {
          onChange({}, groupBy);
        }}
      >
        {t('network.filter.clear')}
      </Button>
    </Space>
  );
}
