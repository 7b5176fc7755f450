// The cluster → chain pair of selects the chain map, the cluster map and the Analysis page start with.
// A page that shows a whole cluster passes no chains; the Analysis page adds a first "all" option
// (value 0, reported as null).
import { Select } from 'antd';

type Choice = { id: number; name: string };

type Props = {
  clusters: readonly Choice[];
  clusterId: number | null;
  onCluster: (id: number | null) => void;
  /** The chains to offer (already narrowed to the cluster, labelled as the page wants). */
  chains?: readonly Choice[];
  chainId?: number | null;
  onChain?: (id: number | null) => void;
  /** Accessible names (and placeholders) of the two selects. */
  labels: { cluster: string; chain?: string };
  /** Labels of a first option standing for every cluster / every chain. */
  all?: { cluster: string; chain: string };
  chainsLoading?: boolean;
};

const options = (list: readonly Choice[], all: string | undefined) => [
  ...(all === undefined ? [] : [{ value: 0, label: all }]),
  ...list.map((c) => ({ value: c.id, label: c.name })),
];

const fromValue = (v: number): number | null => (v === 0 ? null : v);

export function ScopeSelects({
  clusters,
  clusterId,
  onCluster,
  chains,
  chainId = null,
  onChain,
  labels,
  all,
  chainsLoading,
}: Props) {
  return (
    <>
      <Select
        aria-label={labels.cluster}
        placeholder={labels.cluster}
        style={{ minWidth: 160 }}
        value={clusterId ?? (all ? 0 : null)}
        options={options(clusters, all?.cluster)}
        onChange={(v: number) => {
          onCluster(fromValue(v));
        }}
      />
      {chains && (
        <Select
          aria-label={labels.chain}
          placeholder={labels.chain}
          style={{ minWidth: 180 }}
          value={chainId ?? (all ? 0 : null)}
          loading={chainsLoading}
          options={options(chains, all?.chain)}
          onChange={(v: number) => {
            onChain?.(fromValue(v));
          }}
        />
      )}
    </>
  );
}
