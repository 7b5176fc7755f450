// The drawer header's 编辑 / 删除 buttons for one firm, with the edit form and, from its duplicate
// warning, the merge dialog. Disabled on a read-only workspace (the core refuses writes anyway).
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EnterpriseFormModal } from '../../features/enterprises/EnterpriseFormModal.js';
import { MergeDialog } from '../../features/enterprises/MergeDialog.js';
import { useDeleteEnterprise } from '../../features/enterprises/use-delete-enterprise.js';

type Props = {
  id: number;
  readOnly: boolean;
  onDeleted: () => void;
  onOpenFirm: (id: number) => void;
};

export function EnterpriseActions({ id, readOnly, onDeleted, onOpenFirm }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState<[number, number] | null>(null);
  const askDelete = useDeleteEnterprise(onDeleted);
  return (
    <Flex gap={8}>
      <Button
        icon={<EditOutlined />}
        disabled={readOnly}
        onClick={() => {
          setEditing(true);
        }}
      >
        {t('enterpriseEdit.edit')}
      </Button>
      <Button
        icon={<DeleteOutlined />}
        danger
        disabled={readOnly}
        onClick={() => void askDelete(id)}
      >
        {t('enterpriseEdit.delete')}
      </Button>
      <EnterpriseFormModal
        target={editing ? id : null}
        onClose={() => {
          setEditing(false);
        }}
        onOpenFirm={onOpenFirm}
        onMerge={setMerging}
      />
      <MergeDialog
        ids={merging}
        onClose={() => {
          setMerging(null);
        }}
        onMerged={onOpenFirm}
      />
    </Flex>
  );
}
