// "Which firm is this?": for a name several workspace firms share, the user picks one (or a new firm);
// the answer is sent with the next check and remembered by the workspace on commit.
import { Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';

type Ambiguous = ChannelOutput<'import:preview'>['preview']['ambiguous'];

type Props = {
  ambiguous: Ambiguous;
  decisions: Record<string, number | 'new'>;
  onDecide: (nameKey: string, choice: number | 'new') => void;
};

export function AmbiguousPanel({ ambiguous, decisions, onDecide }: Props) {
  const { t } = useTranslation();
  if (ambiguous.length === 0) return null;
  return (
    <Card size="small" title={t('import.ambiguousTitle')} data-testid="import-ambiguous">
      <Flex vertical gap={8}>
        {ambiguous.map((a) => (
          <Flex key={a.nameKey} gap={12} align="center" wrap>
            <Typography.Text strong>{a.name}</Typography.Text>
            <Select<number | 'new'>
              style={{ minWidth: 360 }}
              placeholder={t('import.ambiguousPick')}
              value={decisions[a.nameKey]}
              onChange={(v) => {
                onDecide(a.nameKey, v);
              }}
              options={[
                ...a.candidates.map((c) => ({
                  value: c.id,
                  label: `${c.name}${c.uscc ? `（${c.uscc}）` : ''} #${String(c.id)}`,
                })),
                { value: 'new' as const, label: t('import.ambiguousNew') },
              ]}
            />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
