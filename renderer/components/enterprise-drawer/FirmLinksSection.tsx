// One side of a firm's supply links in its drawer (its suppliers or its buyers), with 添加供应商 /
// 添加客户 and, per row, 修改 and 删除 (asked first); the link form opens with this firm fixed.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Enterprise } from '../../../shared/domain/schemas.js';
import type { LinkWithFirm } from '../../../shared/ipc/contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { useReadOnly } from '../../app/use-read-only.js';
import { LinkFormModal, type LinkFormTarget } from '../link-form/LinkFormModal.js';
import { FirmLinksTable } from './FirmLinksTable.js';

type Props = {
  firm: Pick<Enterprise, 'id' | 'name'>;
  /** suppliers: links where this firm buys; buyers: links where it supplies. */
  side: 'suppliers' | 'buyers';
  links: LinkWithFirm[];
  onOpenFirm: (id: number) => void;
};

export function FirmLinksSection({ firm, side, links, onOpenFirm }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const readOnly = useReadOnly();
  const [target, setTarget] = useState<LinkFormTarget | null>(null);
  const self = { id: firm.id, name: firm.name };
  // The two ends of a row's link: the other firm and this one, in supplier → buyer order.
  const ends = (l: LinkWithFirm) => {
    const other = { id: l.firm.id, name: l.firm.name };
    return side === 'suppliers'
      ? { supplier: other, buyer: self }
      : { supplier: self, buyer: other };
  };
  const remove = async (l: LinkWithFirm) => {
    try {
      await call('link:delete', { id: l.id });
      void message.success(t('linkEdit.deleted'));
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const title =
    side === 'suppliers' ? t('enterprises.detail.suppliers') : t('enterprises.detail.buyers');
  return (
    <section style={{ marginTop: 20 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8 }}>
            {links.length}
          </Typography.Text>
        </Typography.Title>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={readOnly}
          onClick={() => {
            setTarget(
              side === 'suppliers' ? { kind: 'new', buyer: self } : { kind: 'new', supplier: self },
            );
          }}
        >
          {side === 'suppliers' ? t('linkEdit.addSupplier') : t('linkEdit.addBuyer')}
        </Button>
      </Flex>
      <FirmLinksTable
        testId={side === 'suppliers' ? 'enterprise-suppliers' : 'enterprise-buyers'}
        links={links}
        emptyText={
          side === 'suppliers'
            ? t('enterprises.detail.noSuppliers')
            : t('enterprises.detail.noBuyers')
        }
        onOpenFirm={onOpenFirm}
        actions={(l) => (
          <Flex gap={2}>
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={`${t('linkEdit.edit')} ${l.firm.name}`}
              title={t('linkEdit.edit')}
              disabled={readOnly}
              onClick={() => {
                setTarget({ kind: 'edit', link: l, ...ends(l) });
              }}
            />
            <Popconfirm
              title={t('linkEdit.confirmDelete')}
              description={t('linkEdit.confirmDeleteBody', {
                supplier: ends(l).supplier.name,
                buyer: ends(l).buyer.name,
              })}
              okButtonProps={{ danger: true }}
              okText={t('linkEdit.delete')}
              onConfirm={() => void remove(l)}
              disabled={readOnly}
            >
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('linkEdit.delete')} ${l.firm.name}`}
                title={t('linkEdit.delete')}
                disabled={readOnly}
              />
            </Popconfirm>
          </Flex>
        )}
      />
      <LinkFormModal
        target={target}
        onClose={() => {
          setTarget(null);
        }}
      />
    </section>
  );
}
