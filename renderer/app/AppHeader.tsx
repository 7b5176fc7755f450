// Header bar: the open workspace's name and counts, and the language switch (persisted).
import { Flex, Segmented, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { WorkspaceInfo } from '../../shared/ipc/contract.js';
import { UndoButtons } from '../components/undo/UndoButtons.js';
import { currentLanguage, setLanguage, type Language } from '../i18n/index.js';

const STAT_KEYS = ['clusters', 'chains', 'segments', 'enterprises', 'links', 'leads'] as const;

const LANGUAGE_OPTIONS: { label: string; value: Language }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

export function AppHeader({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  return (
    <header
      style={{
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        padding: '10px 20px',
      }}
    >
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Flex align="center" gap={12} wrap style={{ minWidth: 0 }}>
          <Typography.Text strong data-testid="workspace-name" ellipsis style={{ maxWidth: 320 }}>
            {info.name}
          </Typography.Text>
          <Tag>{t(`workspace.shell.${info.shell}`)}</Tag>
          <Space size={[14, 4]} wrap aria-label="stats" data-testid="workspace-stats">
            {STAT_KEYS.map((k) => (
              <Typography.Text key={k} type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {t(`workspace.stats.${k}`)}{' '}
                <Typography.Text strong>{info.stats[k].toLocaleString()}</Typography.Text>
              </Typography.Text>
            ))}
          </Space>
        </Flex>
        <Flex align="center" gap={12}>
          <UndoButtons />
          <Segmented<Language>
            aria-label={t('app.language')}
            size="small"
            options={LANGUAGE_OPTIONS}
            value={currentLanguage()}
            onChange={(lng) => {
              void setLanguage(lng);
            }}
          />
        </Flex>
      </Flex>
    </header>
  );
}
