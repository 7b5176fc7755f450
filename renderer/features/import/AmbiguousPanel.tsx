// "Which firm is this?": for a name several workspace firms share, the user picks one (or a new firm);
// for a possible duplicate (same name with another USCC, a short name or a former name) the user says
// 同一企业 or 不同企业 per candidate. Answers go with the next check and are remembered on commit.
import { Card, Flex, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';

type Ambiguous = ChannelOutput<'import:preview'>['preview']['ambiguous'];
type Match = Ambiguous[number];

type Props = {
  ambiguous: Ambiguous;
  decisions: Record<string, number | 'new'>;
  onDecide: (key: string, choice: number | 'new') => void;
};

const firmText = (c: Match['candidates'][number]) =>
  `${c.name}${c.uscc ? `（${c.uscc}）` : ''} #${String(c.id)}`;

function Several({ a, decisions, onDecide }: { a: Match } & Omit<Props, 'ambiguous'>) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} align="center" wrap>
      <Typography.Text strong>{a.name}</Typography.Text>
      <Select<number | 'new'>
        style={{ minWidth: 360 }}
        placeholder={t('import.ambiguousPick')}
        value={decisions[a.nameKey]}
        onChange={(v) => {
          onDecide(a.nameKey, v);
        }}
        options={[
          ...a.candidates.map((c) => ({ value: c.id, label: firmText(c) })),
          { value: 'new' as const, label: t('import.ambiguousNew') },
        ]}
      />
    </Flex>
  );
}

function Duplicate({ a, decisions, onDecide }: { a: Match } & Omit<Props, 'ambiguous'>) {
  const { t } = useTranslation();
  const answer = decisions[a.nameKey];
  return (
    <Flex vertical gap={4} data-testid="import-duplicate">
      <Typography.Text>
        <Typography.Text strong>{a.name}</Typography.Text>
        {a.uscc ? `（${a.uscc}）` : ''}
        {a.origin && (
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {t('import.duplicates.row', { ...a.origin })}
          </Typography.Text>
        )}
      </Typography.Text>
      {a.candidates.map((c) => (
        <Flex key={c.id} gap={12} align="center" wrap style={{ paddingLeft: 16 }}>
          <Typography.Text>{firmText(c)}</Typography.Text>
          {c.reason && <Tag>{t(`import.duplicates.reasons.${c.reason}` as const)}</Tag>}
          <Radio.Group
            size="small"
            optionType="button"
            value={answer === c.id ? 'same' : answer === 'new' ? 'different' : undefined}
            onChange={(e) => {
              onDecide(a.nameKey, e.target.value === 'same' ? c.id : 'new');
            }}
            options={[
              { value: 'same', label: t('import.duplicates.same') },
              { value: 'different', label: t('import.duplicates.different') },
            ]}
          />
        </Flex>
      ))}
    </Flex>
  );
}

export function AmbiguousPanel({ ambiguous, decisions, onDecide }: Props) {
  const { t } = useTranslation();
  const several = ambiguous.filter((a) => a.kind !== 'possibleDuplicate');
  const duplicates = ambiguous.filter((a) => a.kind === 'possibleDuplicate');
  return (
    <>
      {several.length > 0 && (
        <Card size="small" title={t('import.ambiguousTitle')} data-testid="import-ambiguous">
          <Flex vertical gap={8}>
            {several.map((a) => (
              <Several key={a.nameKey} a={a} decisions={decisions} onDecide={onDecide} />
            ))}
          </Flex>
        </Card>
      )}
      {duplicates.length > 0 && (
        <Card size="small" title={t('import.duplicates.title')} data-testid="import-duplicates">
          <Flex vertical gap={10}>
            {duplicates.map((a) => (
              <Duplicate key={a.nameKey} a={a} decisions={decisions} onDecide={onDecide} />
            ))}
            <Typography.Text type="secondary">{t('import.duplicates.remembered')}</Typography.Text>
          </Flex>
        </Card>
      )}
    </>
  );
}
