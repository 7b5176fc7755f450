// The import's rows in the preview step: filters 全部 / 新增 / 更新 / 有问题 / 警告 with their counts,
// a text filter, and one page at a time from the core (import:rows) in a virtual table; each row shows
// its values as read, its changes before → after, or its problems. A rename waits for acceptance.
import { Checkbox, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import type { PreviewRow, RowFilter } from '../../../shared/ipc/import-contract.js';
import { useApi } from '../../app/use-api.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';

type Totals = ChannelOutput<'import:preview'>['preview']['rowTotals'];
type Props = {
  id: string;
  totals: Totals;
  acceptNames: readonly number[];
  onAcceptName: (firmId: number, accept: boolean) => void;
};

const PAGE = 100;
const FILTERS: readonly RowFilter[] = ['all', 'new', 'updated', 'deleted', 'rejected', 'warning'];
const OUTCOME_COLOR = {
  new: 'green',
  updated: 'blue',
  unchanged: 'default',
  deleted: 'volcano',
  rejected: 'red',
} as const;

/** A name change waiting for acceptance, or one the user has accepted (the preview then shows it done). */
const renameChoice = (
  c: PreviewRow['changes'][number],
  row: PreviewRow,
  accepted: readonly number[],
): boolean =>
  c.pending === 'rename' ||
  (c.field === 'name' && row.matchedId !== null && accepted.includes(row.matchedId));

function Detail({ row, props }: { row: PreviewRow; props: Props }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const shown = (v: string) => (v === '' ? t('import.rows.empty') : v);
  const values = Object.entries(row.values);
  return (
    <Flex vertical gap={2}>
      {row.changes.map((c) => (
        <Typography.Text key={c.field} data-testid="import-row-change">
          <Typography.Text type="secondary">{c.label}：</Typography.Text>
          <Typography.Text>{shown(c.before)}</Typography.Text>
          {' → '}
          <Typography.Text strong>{shown(c.after)}</Typography.Text>
          {c.removes && (
            <Tag color="volcano" style={{ marginLeft: 6 }}>
              {t('import.rows.removes')}
            </Tag>
          )}
          {/* Stays after acceptance, so the answer can be taken back. */}
          {renameChoice(c, row, props.acceptNames) && row.matchedId !== null && (
            <Checkbox
              style={{ marginLeft: 8 }}
              checked={props.acceptNames.includes(row.matchedId)}
              onChange={(e) => {
                if (row.matchedId !== null) props.onAcceptName(row.matchedId, e.target.checked);
              }}
            >
              {t('import.rows.acceptName')}
            </Checkbox>
          )}
        </Typography.Text>
      ))}
      {row.changes.length === 0 && values.length > 0 && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ maxWidth: 640 }}>
          {values.map(([k, v]) => `${k}=${v}`).join('，')}
        </Typography.Text>
      )}
      {row.issues.map((i, n) => (
        <Typography.Text key={n} type={i.severity === 'error' ? 'danger' : 'warning'}>
          {i.column ? `${i.column}：` : ''}
          {en ? i.messageEn : i.messageZh}
        </Typography.Text>
      ))}
    </Flex>
  );
}

export function RowPreview(props: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const search = useDebouncedValue(text, 250);
  const rows = useApi('import:rows', {
    id: props.id,
    filter,
    ...(search ? { text: search } : {}),
    offset: (page - 1) * PAGE,
    limit: PAGE,
  });
  const data =
    rows.status === 'ready' ? rows.data : rows.status === 'loading' ? rows.previous : undefined;
  return (
    <Flex vertical gap={8} data-testid="import-rows">
      <Typography.Text strong>{t('import.rows.title')}</Typography.Text>
      <Flex gap={12} align="center" wrap>
        <Segmented
          data-testid="import-row-filter"
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={FILTERS.map((f) => ({
            value: f,
            label: `${t(`import.rows.filters.${f}` as const)} ${String(props.totals[f])}`,
          }))}
        />
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('import.rows.search')}
          onChange={(e) => {
            setText(e.target.value);
            setPage(1);
          }}
        />
      </Flex>
      <Table<PreviewRow>
        size="small"
        virtual
        scroll={{ x: 1000, y: 420 }}
        rowKey="index"
        loading={rows.status === 'loading'}
        dataSource={data?.rows ?? []}
        locale={{ emptyText: t('import.rows.none') }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (total) => t('import.rows.more', { total }),
          onChange: setPage,
        }}
        columns={[
          {
            title: t('import.rows.where'),
            width: 200,
            render: (_: unknown, r) => (
              <Typography.Text title={r.file}>
                {t('import.rows.at', { sheet: r.sheet, row: r.row })}
              </Typography.Text>
            ),
          },
          {
            title: t('import.rows.outcome'),
            width: 90,
            render: (_: unknown, r) => (
              <Tag color={OUTCOME_COLOR[r.outcome]}>
                {t(`import.rows.outcomes.${r.outcome}` as const)}
              </Tag>
            ),
          },
          { title: t('import.rows.label'), width: 260, dataIndex: 'label' },
          {
            title: t('import.rows.detail'),
            width: 450,
            render: (_: unknown, r) => <Detail row={r} props={props} />,
          },
        ]}
      />
    </Flex>
  );
}
