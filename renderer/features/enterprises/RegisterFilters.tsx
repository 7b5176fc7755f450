// The register's filter bar: cluster → chain → segment (each narrowing the next), segment state, park,
// tag, 规上, locality, ownership and investor country. Every change goes to the address (bookmarkable).
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SegmentState } from '../../../shared/analysis/schemas.js';
import type { Ownership } from '../../../shared/domain/schemas.js';
import type { EnterpriseFacets, EnterpriseFilter } from '../../../shared/ipc/enterprise-filter.js';
import { useApi } from '../../app/use-api.js';
import { activeFilterCount } from './register-params.js';

const STATES: readonly SegmentState[] = ['missing', 'broken', 'weak', 'strong'];
const OWNERSHIPS: readonly Ownership[] = ['state', 'private', 'foreign', 'jointVenture', 'other'];

type Props = {
  filter: EnterpriseFilter;
  facets: EnterpriseFacets | undefined;
  onChange: (next: EnterpriseFilter) => void;
};

const yesNo = (b: boolean | undefined): 'yes' | 'no' | undefined =>
  b === undefined ? undefined : b ? 'yes' : 'no';

const options = (values: readonly string[] | undefined) =>
  (values ?? []).map((v) => ({ value: v, label: v }));

export function RegisterFilters({ filter, facets, onChange }: Props) {
  const { t } = useTranslation();
  const clusters = useApi('cluster:list', {});
  const chains = useApi('chain:list', filter.clusterId ? { clusterId: filter.clusterId } : {});
  const segments = useApi('segment:list', filter.chainId ? { chainId: filter.chainId } : null);
  // Cleared fields stay as undefined here; the address and the api input leave them out.
  const set = (patch: Partial<EnterpriseFilter>) => {
    onChange({ ...filter, ...patch });
  };
  const select = <V extends string | number>(
    label: string,
    value: V | undefined,
    list: { value: V; label: string }[],
    change: (v: V | undefined) => void,
    width = 130,
  ) => (
    <Select<V>
      allowClear
      showSearch={list.length > 8 ? { optionFilterProp: 'label' } : false}
      placeholder={label}
      aria-label={label}
      data-testid={`filter-${label}`}
      value={value}
      options={list}
      onChange={(v) => {
        change(v);
      }}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
  const ready = <T,>(s: { status: string; data?: T }) =>
    s.status === 'ready' ? s.data : undefined;

  return (
    <Flex gap={8} wrap align="center" role="group" aria-label={t('enterprises.register.filters')}>
      {select(
        t('enterprises.register.cluster'),
        filter.clusterId,
        (ready(clusters) ?? []).map((c) => ({ value: c.id, label: c.name })),
        (clusterId) => {
          set({ clusterId, chainId: undefined, segmentId: undefined });
        },
      )}
      {select(
        t('enterprises.register.chain'),
        filter.chainId,
        (ready(chains) ?? []).map((c) => ({ value: c.id, label: c.name })),
        (chainId) => {
          set({ chainId, segmentId: undefined });
        },
      )}
      {filter.chainId !== undefined &&
        select(
          t('enterprises.register.segment'),
          filter.segmentId,
          (ready(segments) ?? []).map((s) => ({ value: s.id, label: s.name })),
          (segmentId) => {
            set({ segmentId });
          },
          150,
        )}
      {select(
        t('enterprises.register.segmentState'),
        filter.segmentState,
        STATES.map((s) => ({ value: s, label: t(`analysis.state.${s}`) })),
        (segmentState) => {
          set({ segmentState });
        },
        110,
      )}
      {select(
        t('enterprises.register.aboveScale'),
        yesNo(filter.isAboveScale),
        [
          { value: 'yes', label: t('enterprises.register.aboveScaleYes') },
          { value: 'no', label: t('enterprises.register.aboveScaleNo') },
        ],
        (v) => {
          set({ isAboveScale: v === undefined ? undefined : v === 'yes' });
        },
        110,
      )}
      {select(
        t('enterprises.register.locality'),
        yesNo(filter.isLocal),
        [
          { value: 'yes', label: t('common.local') },
          { value: 'no', label: t('common.outside') },
        ],
        (v) => {
          set({ isLocal: v === undefined ? undefined : v === 'yes' });
        },
        110,
      )}
      {select(t('enterprises.register.park'), filter.park, options(facets?.parks), (park) => {
        set({ park });
      })}
      {select(t('enterprises.register.tag'), filter.tag, options(facets?.tags), (tag) => {
        set({ tag });
      })}
      {select(
        t('enterprises.register.ownership'),
        filter.ownership,
        OWNERSHIPS.map((o) => ({ value: o, label: t(`ownership.${o}`) })),
        (ownership) => {
          set({ ownership });
        },
        110,
      )}
      {select(
        t('enterprises.register.investorCountry'),
        filter.investorCountry,
        options(facets?.investorCountries),
        (investorCountry) => {
          set({ investorCountry });
        },
      )}
      {activeFilterCount(filter) > 0 && (
        <Button
          type="link"
          onClick={() => {
            onChange(filter.query ? { query: filter.query } : {});
          }}
        >
          {t('enterprises.register.clear')}
        </Button>
      )}
    </Flex>
  );
}
