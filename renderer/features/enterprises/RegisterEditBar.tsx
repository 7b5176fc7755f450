// The register's edit buttons: 新建企业 (the form) and 合并 for the two ticked rows (the merge
// dialog). Disabled on a read-only workspace; the core refuses writes there anyway.
import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useReadOnly } from '../../app/use-read-only.js';
import { EnterpriseFormModal } from './EnterpriseFormModal.js';
import { MergeDialog } from './MergeDialog.js';

type Props = {
  /** Ids of the ticked rows. */
  selected: readonly number[];
  onOpenFirm: (id: number) => void;
  /** After a merge: the ticks are cleared (one of the two rows is gone). */
  onMerged: (survivorId: number) => void;
};

export function RegisterEditBar({ selected, onOpenFirm, onMerged }: Props) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [creating, setCreating] = useState(false);
  const [merging, setMerging] = useState<[number, number] | null>(null);
  const pair: [number, number] | null =
    selected.length === 2 && selected[0] !== undefined && selected[1] !== undefined
      ? [selected[0], selected[1]]
      : null;
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        disabled={readOnly}
        onClick={() => {
          setCreating(true);
        }}
      >
        {t('enterpriseEdit.create')}
      </Button>
      <Tooltip title={pair ? undefined : t('enterpriseEdit.selectTwo')}>
        <Button
          icon={<MergeCellsOutlined />}
          disabled={readOnly || !pair}
          onClick={() => {
            setMerging(pair);
          }}
        >
          {pair ? t('enterpriseEdit.mergeSelected') : t('enterpriseEdit.merge')}
        </Button>
      </Tooltip>
      <EnterpriseFormModal
        target={creating ? 'new' : null}
        onClose={() => {
          setCreating(false);
        }}
        onSaved={onOpenFirm}
        onOpenFirm={onOpenFirm}
      />
      <MergeDialog
        ids={merging}
        onClose={() => {
          setMerging(null);
        }}
        onMerged={onMerged}
      />
    </>
  );
}
