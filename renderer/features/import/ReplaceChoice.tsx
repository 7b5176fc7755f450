// "以文件为准": by default an import only adds and updates; here the user may let the file replace a
// firm's tags, 挂链 or a supplier's links for the records it lists. Every removal then shows in the
// rows (marked 将移除) and in the consequences before anything is written.
import { Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ReplaceScope } from '../../../shared/spreadsheet/plan-types.js';

const SCOPES: readonly ReplaceScope[] = ['tags', 'segments', 'links'];

export function ReplaceChoice({
  value,
  onChange,
}: {
  value: readonly ReplaceScope[];
  onChange: (scopes: ReplaceScope[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} align="center" wrap data-testid="import-replace">
      <Typography.Text>{t('import.replace.label')}</Typography.Text>
      <Checkbox.Group<ReplaceScope>
        value={[...value]}
        onChange={onChange}
        options={SCOPES.map((scope) => ({
          value: scope,
          label: t(`import.replace.scopes.${scope}` as const),
        }))}
      />
      <Typography.Text type="secondary">{t('import.replace.note')}</Typography.Text>
    </Flex>
  );
}
