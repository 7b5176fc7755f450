// One side of a firm's supply links (its suppliers or its buyers) with the other firm, product,
// amount, source and years and whether that firm is local; a firm name opens that firm in the drawer.
import { Button, Flex, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { LinkWithFirm } from '../../../shared/ipc/contract.js';
import { formatNumber, formatShare, orDash } from '../../app/format.js';
import { LocalityTag } from '../../app/LocalityTag.js';

export function FirmLinksTable({
  links,
  emptyText,
  onOpenFirm,
  testId,
  actions,
}: {
  links: LinkWithFirm[];
  emptyText: string;
  onOpenFirm: (id: number) => void;
  testId: string;
  /** Buttons at the end of each row (edit, delete), when the table offers them. */
  actions?: (link: LinkWithFirm) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table<LinkWithFirm>
      data-testid={testId}
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={links}
      locale={{ emptyText }}
      columns={[
        {
          title: t('enterprises.detail.firm'),
          key: 'firm',
          render: (_, l) => (
            <Flex gap={6} align="center" wrap>
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => {
                  onOpenFirm(l.firm.id);
                }}
              >
                {l.firm.name}
              </Button>
              <LocalityTag isLocal={l.firm.isLocal} />
            </Flex>
          ),
        },
        {
          title: t('enterprises.detail.product'),
          dataIndex: 'product',
          width: 150,
          render: orDash,
        },
        {
          title: t('enterprises.detail.segment'),
          dataIndex: 'segmentName',
          width: 110,
          render: orDash,
        },
        {
          title: t('enterprises.detail.amount'),
          dataIndex: 'amount',
          width: 116,
          align: 'right',
          render: (v: number | null) => formatNumber(v),
        },
        {
          title: t('enterprises.detail.share'),
          dataIndex: 'share',
          width: 64,
          align: 'right',
          render: (v: number | null) => formatShare(v),
        },
        {
          title: t('enterprises.detail.source'),
          dataIndex: 'source',
          width: 90,
          render: (s: LinkWithFirm['source']) => (
            <Tag color={s === 'verified' ? 'green' : s === 'reported' ? 'blue' : 'default'}>
              {t(`linkSource.${s}`)}
            </Tag>
          ),
        },
        {
          title: t('linkEdit.years'),
          key: 'years',
          width: 92,
          render: (_, l) =>
            l.yearFrom === null && l.yearTo === null
              ? orDash(null)
              : `${l.yearFrom === null ? '' : String(l.yearFrom)}–${l.yearTo === null ? '' : String(l.yearTo)}`,
        },
        ...(actions
          ? [
              {
                title: t('linkEdit.actions'),
                key: 'actions',
                width: 72,
                render: (_: unknown, l: LinkWithFirm) => actions(l),
              },
            ]
          : []),
      ]}
    />
  );
}
