// The preview step's last line: confirm warnings, choose a partial import when rows have errors
// ("导入有效行，跳过有问题的行"), and go back, cancel or import.
import { Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { sheetErrors, type Pending } from './wizard-state.js';

type Props = {
  preview: Pending['preview'];
  acceptWarnings: boolean;
  skipInvalid: boolean;
  stale: boolean;
  onAcceptWarnings: (v: boolean) => void;
  onSkipInvalid: (v: boolean) => void;
  onBack: () => void;
  onCancel: () => void;
  onCommit: () => void;
};

export function CommitBar(p: Props) {
  const { t } = useTranslation();
  const { preview } = p;
  const wholeSheet = sheetErrors(preview);
  const rowErrors = preview.errors - wholeSheet;
  const blocked =
    p.stale ||
    wholeSheet > 0 ||
    (rowErrors > 0 && !p.skipInvalid) ||
    (preview.warnings > 0 && !p.acceptWarnings);
  return (
    <Flex vertical gap={8}>
      {rowErrors > 0 && (
        <Flex vertical gap={4}>
          <Checkbox
            data-testid="import-skip-invalid"
            checked={p.skipInvalid}
            disabled={wholeSheet > 0}
            onChange={(e) => {
              p.onSkipInvalid(e.target.checked);
            }}
          >
            {t('import.partial.option')}
          </Checkbox>
          <Typography.Text type="secondary" style={{ paddingLeft: 24 }}>
            {wholeSheet > 0 ? t('import.partial.sheetErrors') : t('import.partial.note')}
          </Typography.Text>
        </Flex>
      )}
      {preview.warnings > 0 && (
        <Checkbox
          checked={p.acceptWarnings}
          onChange={(e) => {
            p.onAcceptWarnings(e.target.checked);
          }}
        >
          {t('import.acceptWarnings')}
        </Checkbox>
      )}
      <Flex justify="end" gap={8} align="center">
        {preview.errors > 0 && !p.skipInvalid && (
          <Typography.Text type="danger">{t('import.blockedByErrors')}</Typography.Text>
        )}
        <Button onClick={p.onBack}>{t('import.back')}</Button>
        <Button onClick={p.onCancel}>{t('import.cancel')}</Button>
        <Button type="primary" disabled={blocked} onClick={p.onCommit}>
          {t('import.commit')}
        </Button>
      </Flex>
    </Flex>
  );
}
