// 企业: the register, one page at a time from the api (enterprise:list) with its total; search,
// filters and sort live in the address so a filtered list can be bookmarked; 导出 writes exactly the
// filtered list. A click on a row opens the detail drawer.
import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Table, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EnterpriseFilter } from '../../../shared/ipc/enterprise-filter.js';
import type { EnterpriseRow } from '../../../shared/ipc/contract.js';
import { parseLocation, replaceParams } from '../../app/routes.js';
import { ErrorState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { useElementSize } from '../../app/use-element-size.js';
import { EnterpriseDrawer } from '../../components/enterprise-drawer/EnterpriseDrawer.js';
import { enterpriseColumns, isSortField, type Sort } from './enterprise-columns.js';
import { RegisterEditBar } from './RegisterEditBar.js';
import { RegisterExport } from './RegisterExport.js';
import { RegisterFilters } from './RegisterFilters.js';
import { activeFilterCount, parseRegisterParams, registerParams } from './register-params.js';

const TABLE_HEADER_HEIGHT = 40;
/** The pager under the table (its height with margins). */
const PAGER_HEIGHT = 56;
/** Sum of the column widths: below it the table scrolls sideways instead of squeezing names. */
const MIN_TABLE_WIDTH = 1250;
const PAGE_SIZES = [50, 100, 200];

export function EnterprisesPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const view = useMemo(() => parseRegisterParams(params), [params]);
  const [text, setText] = useState(view.filter.query ?? '');
  const [shownQuery, setShownQuery] = useState(view.filter.query);
  const [page, setPage] = useState({ view: '', current: 1, size: 50 });
  const [openId, setOpenId] = useState<number | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const { ref, width, height } = useElementSize<HTMLDivElement>();
  const typing = useRef<number | undefined>(undefined);

  // An address opened from a bookmark or the back button puts its search into the box.
  if (shownQuery !== view.filter.query) {
    setShownQuery(view.filter.query);
    if ((view.filter.query ?? '') !== text.trim()) setText(view.filter.query ?? '');
  }
  // Any other filter, search or sort starts again at the first page.
  const viewKey = JSON.stringify(view);
  const current = page.view === viewKey ? page.current : 1;

  const show = (filter: EnterpriseFilter, sort: Sort = view.sort) => {
    replaceParams('enterprises', registerParams({ filter, sort }));
  };
  const type = (value: string) => {
    setText(value);
    window.clearTimeout(typing.current);
    // The search reaches the address (and the api) once typing pauses, with the address's filters
    // as they are then.
    typing.current = window.setTimeout(() => {
      const now = parseRegisterParams(parseLocation(window.location.hash).params);
      const query = value.trim() || undefined;
      if (now.filter.query === query) return;
      // Marked as shown first, so its arrival in the address never overwrites newer typing.
      setShownQuery(query);
      show({ ...now.filter, query }, now.sort);
    }, 250);
  };

  const filter = view.filter;
  const list = useApi('enterprise:list', {
    ...filter,
    ...(view.sort ? { sort: view.sort } : {}),
    offset: (current - 1) * page.size,
    limit: page.size,
    facets: true,
  });
  const data =
    list.status === 'ready' ? list.data : list.status === 'loading' ? list.previous : undefined;
  const columns = useMemo(() => enterpriseColumns(t, view.sort, setOpenId), [t, view.sort]);
  const filtered = filter.query !== undefined || activeFilterCount(filter) > 0;

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
            type(e.target.value);
          }}
          style={{ maxWidth: 360 }}
        />
        {data && (
          <Typography.Text type="secondary" data-testid="enterprise-total">
            {t('common.total', { count: data.total })}
          </Typography.Text>
        )}
        <RegisterExport filter={filter} sort={view.sort} disabled={data?.total === 0} />
        <RegisterEditBar
          selected={selected}
          onOpenFirm={setOpenId}
          onMerged={(id) => {
            setSelected([]);
            setOpenId(id);
          }}
        />
      </Flex>
      <RegisterFilters
        filter={filter}
        facets={data?.facets}
        onChange={(next) => {
          show(next);
        }}
      />
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      <div ref={ref} style={{ flex: 1, minHeight: 240 }}>
        {height > 0 && (
          <Table<EnterpriseRow>
            size="small"
            bordered
            // Only the rows in view are in the page: a 200-row page scrolls as smoothly as 20.
            virtual
            rowKey="id"
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => {
                setSelected(keys.map(Number));
              },
              columnWidth: 36,
            }}
            columns={columns}
            dataSource={data?.rows ?? []}
            loading={list.status === 'loading'}
            pagination={{
              current,
              pageSize: page.size,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total, [from, to]) =>
                t('enterprises.register.range', { from, to, total }),
              onChange: (next, size) => {
                setPage({ view: viewKey, current: size === page.size ? next : 1, size });
              },
            }}
            scroll={{
              x: Math.max(width, MIN_TABLE_WIDTH),
              y: Math.max(120, height - TABLE_HEADER_HEIGHT - PAGER_HEIGHT),
            }}
            locale={{
              emptyText:
                list.status === 'error'
                  ? ' '
                  : filtered
                    ? t('enterprises.noMatch')
                    : t('enterprises.empty'),
            }}
            showSorterTooltip={false}
            onChange={(_pagination, _filters, sorter, extra) => {
              if (extra.action !== 'sort') return;
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              show(
                filter,
                s && s.order && isSortField(s.columnKey)
                  ? { field: s.columnKey, direction: s.order === 'ascend' ? 'asc' : 'desc' }
                  : undefined,
              );
            }}
            onRow={(row) => ({
              onClick: (event) => {
                // A click on the row's tick box selects it; anywhere else opens the firm.
                if ((event.target as HTMLElement).closest('.ant-table-selection-column')) return;
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
