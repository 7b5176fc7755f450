// 导入记录: past imports of this workspace (time, files, counts, issue count) from import_run.
import { Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useApi } from '../../app/use-api.js';

type RunFile = { name: string };
type RunCounts = Record<string, { new: number; updated: number }>;

export function ImportRuns({ refresh }: { refresh: number }) {
  const { t } = useTranslation();
  const runs = useApi('import:runs', {});
  const { reload } = runs;
  useEffect(() => {
    if (refresh > 0) reload();
  }, [refresh, reload]);
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
            title: t('import.runCounts'),
            dataIndex: 'counts',
            render: (c: unknown) =>
              Object.entries(c as RunCounts)
                .filter(([, n]) => n.new + n.updated > 0)
                .map(
                  ([k, n]) =>
                    `${t(`import.kinds.${k as 'enterprises'}`)} +${String(n.new)}/~${String(n.updated)}`,
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
