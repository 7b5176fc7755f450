// 企业: every firm of the workspace in one virtualised table; search and sort run in the api
// (enterprise:list), a click opens the detail drawer.
import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Segmented, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EnterpriseRow } from '../../../shared/ipc/contract.js';
import { ErrorState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';
import { useElementSize } from '../../app/use-element-size.js';
import { EnterpriseDrawer } from '../../components/enterprise-drawer/EnterpriseDrawer.js';
import { enterpriseColumns, isSortField, type Sort } from './enterprise-columns.js';

/** The contract's ceiling; a zone's register (a few thousand firms) loads in one answer. */
const LOAD_ALL = 50_000;
const TABLE_HEADER_HEIGHT = 40;
/** Sum of the column widths: below it the table scrolls sideways instead of squeezing names. */
const MIN_TABLE_WIDTH = 1184;

type Locality = 'all' | 'local' | 'outside';

export function EnterprisesPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const [locality, setLocality] = useState<Locality>('all');
  const [sort, setSort] = useState<Sort>(undefined);
  const [openId, setOpenId] = useState<number | null>(null);
  const { ref, width, height } = useElementSize<HTMLDivElement>();

  const list = useApi('enterprise:list', {
    ...(query ? { query } : {}),
    ...(locality === 'all' ? {} : { isLocal: locality === 'local' }),
    ...(sort ? { sort } : {}),
    limit: LOAD_ALL,
  });
  const data =
    list.status === 'ready' ? list.data : list.status === 'loading' ? list.previous : undefined;
  const columns = useMemo(() => enterpriseColumns(t, sort, setOpenId), [t, sort]);
  const filtered = query !== '' || locality !== 'all';

  return (
    <Flex vertical gap={12} style={{ padding: 16, flex: 1, minHeight: 0 }}>
      <Flex gap={12} align="center" wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('enterprises.searchPlaceholder')}
          aria-label={t('enterprises.searchPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
          style={{ maxWidth: 420 }}
        />
        <Segmented<Locality>
          value={locality}
          onChange={setLocality}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'local', label: t('common.local') },
            { value: 'outside', label: t('common.outside') },
          ]}
        />
        {data && (
          <Typography.Text type="secondary" data-testid="enterprise-total">
            {t('common.total', { count: data.total })}
          </Typography.Text>
        )}
      </Flex>
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      <div ref={ref} style={{ flex: 1, minHeight: 240 }}>
        {height > 0 && (
          <Table<EnterpriseRow>
            virtual
            size="small"
            bordered
            rowKey="id"
            columns={columns}
            dataSource={data?.rows ?? []}
            loading={list.status === 'loading'}
            pagination={false}
            scroll={{ x: Math.max(width, MIN_TABLE_WIDTH), y: height - TABLE_HEADER_HEIGHT }}
            locale={{
              emptyText:
                list.status === 'error'
                  ? ' '
                  : filtered
                    ? t('enterprises.noMatch')
                    : t('enterprises.empty'),
            }}
            showSorterTooltip={false}
            onChange={(_pagination, _filters, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              setSort(
                s && s.order && isSortField(s.columnKey)
                  ? { field: s.columnKey, direction: s.order === 'ascend' ? 'asc' : 'desc' }
                  : undefined,
              );
            }}
            onRow={(row) => ({
              onClick: () => {
                setOpenId(row.id);
              },
              style: { cursor: 'pointer' },
            })}
          />
        )}
      </div>
      <EnterpriseDrawer
        id={openId}
        onClose={() => {
          setOpenId(null);
        }}
        onOpenFirm={setOpenId}
      />
    </Flex>
  );
}
