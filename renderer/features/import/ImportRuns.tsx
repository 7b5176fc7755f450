// 导入记录: past imports of this workspace (time, files, counts, issue count) from import_run.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useApi } from '../../app/use-api.js';

type RunFile = { name: string };
const STATUS_KEYS = { committed: 0, partial: 0, rejected: 0, cancelled: 0, failed: 0 } as const;
// Runs recorded before deletions were counted apart have no `deleted`.
type RunCounts = Record<string, { new: number; updated: number; deleted?: number }>;

/** A commit makes this list stale in the query cache, so a new run shows on the next visit. */
export function ImportRuns() {
  const { t } = useTranslation();
  const runs = useApi('import:runs', {});
  const rows = runs.status === 'ready' ? runs.data : [];
  return (
    <div>
      <Typography.Title level={5}>{t('import.runs')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        data-testid="import-runs"
        loading={runs.status === 'loading'}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('import.noRuns') }}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          {
            title: t('import.runTime'),
            dataIndex: 'startedAt',
            render: (v: string) => new Date(v).toLocaleString(),
          },
          {
            title: t('import.runFiles'),
            dataIndex: 'files',
            render: (f: unknown) => (f as RunFile[]).map((x) => x.name).join('、'),
          },
          {
            title: t('import.runStatus'),
            dataIndex: 'status',
            render: (s: string) =>
              s in STATUS_KEYS ? t(`import.runStatuses.${s as keyof typeof STATUS_KEYS}`) : s,
          },
          {
            title: t('import.runCounts'),
            dataIndex: 'counts',
            render: (c: unknown) =>
              Object.entries(c as RunCounts)
                .filter(([, n]) => n.new + n.updated + (n.deleted ?? 0) > 0)
                .map(
                  ([k, n]) =>
                    `${t(`import.kinds.${k as 'enterprises'}`)} +${String(n.new)}/~${String(n.updated)}${n.deleted ? `/-${String(n.deleted)}` : ''}`,
                )
                .join('；'),
          },
          {
            title: t('import.issues'),
            dataIndex: 'issues',
            width: 80,
            render: (i: unknown) => String((i as unknown[]).length),
          },
        ]}
      />
    </div>
  );
}
