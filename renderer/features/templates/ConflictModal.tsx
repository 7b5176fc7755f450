// The question asked when a chain of the same name already exists: merge (add only the missing
// segments under their matching parents; nothing removed or changed) or add a copy named "…（副本）".
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type ConflictQuestion = {
  names: string[];
  answer: (choice: 'merge' | 'copy') => void;
};

export function ConflictModal({
  question,
  onCancel,
}: {
  question: ConflictQuestion | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const names = question?.names.join('、') ?? '';
  return (
    <Modal
      open={question !== null}
      title={t('templates.conflict.title', { names })}
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('templates.cancel')}
        </Button>,
        <Button key="copy" onClick={() => question?.answer('copy')}>
          {t('templates.conflict.copy')}
        </Button>,
        <Button key="merge" type="primary" onClick={() => question?.answer('merge')}>
          {t('templates.conflict.merge')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('templates.conflict.body', { names })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('templates.conflict.mergeHint')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('templates.conflict.copyHint', { name: `${question?.names[0] ?? ''}（副本）` })}
      </Typography.Paragraph>
    </Modal>
  );
}
