// Every chain in view with its state counts, completeness and local supporting rate; a chain's name
// narrows the whole page to it.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ChainResult } from '../../../shared/analysis/schemas.js';
import { pctText } from './state-style.js';
import { StateTag } from './StateTag.js';

const STATES = ['missing', 'broken', 'weak', 'strong'] as const;

export function ChainSummaryTable({
  chains,
  clusterName,
  onPick,
}: {
  chains: readonly ChainResult[];
  clusterName: ReadonlyMap<number, string>;
  onPick: (chain: ChainResult) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<ChainResult>
      size="small"
      rowKey="chainId"
      pagination={false}
      dataSource={[...chains]}
      aria-label={t('analysis.chainSummary')}
      columns={[
        {
          title: t('analysis.chain'),
          render: (_, c) => (
            <Typography.Link
              onClick={() => {
                onPick(c);
              }}
            >
              {c.name}
            </Typography.Link>
          ),
        },
        { title: t('analysis.cluster'), render: (_, c) => clusterName.get(c.clusterId) ?? '' },
        ...STATES.map((s) => ({
          title: <StateTag state={s} />,
          width: 70,
          align: 'right' as const,
          render: (_: unknown, c: ChainResult) => c.leafCounts[s],
        })),
        {
          title: t('analysis.coverage'),
          width: 90,
          align: 'right',
          render: (_, c) => pctText(c.coverage.rate),
        },
        {
          title: t('analysis.rateByCount'),
          width: 150,
          align: 'right',
          render: (_, c) => pctText(c.localRate.byCount),
        },
        {
          title: t('analysis.rateByAmount'),
          width: 150,
          align: 'right',
          render: (_, c) => pctText(c.localRate.byAmount),
        },
      ]}
    />
  );
}
