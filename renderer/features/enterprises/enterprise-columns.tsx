// Column definitions of the register (企业) table; sortable columns carry the api's sort field as key.
import { Button, Flex, Tag, Typography, type TableColumnsType, type TableColumnType } from 'antd';
import type { TFunction } from 'i18next';

import type { EnterpriseRow } from '../../../shared/ipc/contract.js';
import {
  EnterpriseSortFieldSchema,
  type EnterpriseSort,
  type EnterpriseSortField,
} from '../../../shared/ipc/enterprise-filter.js';
import { formatNumber } from '../../app/format.js';
import { LocalityTag } from '../../app/LocalityTag.js';

export type SortField = EnterpriseSortField;
export type Sort = EnterpriseSort | undefined;

export const isSortField = (key: unknown): key is SortField =>
  EnterpriseSortFieldSchema.safeParse(key).success;

type SortOrder = TableColumnType<EnterpriseRow>['sortOrder'];

const orderOf = (sort: Sort, field: SortField): SortOrder =>
  sort?.field === field ? (sort.direction === 'asc' ? 'ascend' : 'descend') : null;

const chips = (values: string[], color?: string) => (
  <Flex gap={4} wrap>
    {values.map((v) => (
      <Tag key={v} color={color} style={{ marginInlineEnd: 0 }}>
        {v}
      </Tag>
    ))}
  </Flex>
);

export function enterpriseColumns(
  t: TFunction,
  sort: Sort,
  onOpen: (id: number) => void,
): TableColumnsType<EnterpriseRow> {
  const sortable = (field: SortField) => ({
    key: field,
    sorter: true,
    sortOrder: orderOf(sort, field),
    sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
  });
  const numeric = (field: SortField, width: number) => ({
    ...sortable(field),
    width,
    align: 'right' as const,
  });
  return [
    {
      title: t('enterprises.col.name'),
      dataIndex: 'name',
      ...sortable('name'),
      width: 250,
      fixed: 'left',
      render: (name: string, row) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row.id);
          }}
        >
          {name}
        </Button>
      ),
    },
    {
      title: t('enterprises.col.locality'),
      dataIndex: 'isLocal',
      ...sortable('isLocal'),
      width: 96,
      render: (isLocal: boolean) => <LocalityTag isLocal={isLocal} />,
    },
    {
      title: t('enterprises.register.aboveScale'),
      dataIndex: 'isAboveScale',
      ...sortable('isAboveScale'),
      width: 76,
      align: 'center',
      render: (above: boolean) =>
        above ? (
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('enterprises.register.aboveScale')}
          </Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('enterprises.col.park'),
      dataIndex: 'park',
      ...sortable('park'),
      width: 150,
      ellipsis: true,
      render: (park: string | null) =>
        park ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('enterprises.col.chains'),
      dataIndex: 'chains',
      key: 'chains',
      width: 140,
      render: (chains: string[]) => chips(chains, 'geekblue'),
    },
    {
      title: t('enterprises.col.tags'),
      dataIndex: 'tags',
      key: 'tags',
      width: 190,
      render: (tags: string[]) => chips(tags),
    },
    {
      title: t('enterprises.col.revenue'),
      dataIndex: 'revenue',
      ...numeric('revenue', 110),
      render: (v: number | null) => formatNumber(v),
    },
    {
      title: t('enterprises.col.employees'),
      dataIndex: 'employees',
      ...numeric('employees', 76),
      render: (v: number | null) => formatNumber(v),
    },
    {
      title: t('enterprises.col.suppliers'),
      dataIndex: 'supplierCount',
      ...numeric('supplierCount', 88),
    },
    {
      title: t('enterprises.col.buyers'),
      dataIndex: 'buyerCount',
      ...numeric('buyerCount', 84),
      // The virtual list's scrollbar overlays the right edge; keep the numbers clear of it.
      onCell: () => ({ style: { paddingInlineEnd: 20 } }),
    },
  ];
}
