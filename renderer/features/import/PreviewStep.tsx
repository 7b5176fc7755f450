// Step 3 of the import wizard: what would happen (new/updated/unchanged/rejected per entity), then
// `children` (the row preview and the consequences, while the preview is held), then every issue
// with file, sheet, row and column, filterable by severity and text.
import { Alert, Flex, Input, Segmented, Table, Tag } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/spreadsheet/types.js';

type Preview = ChannelOutput<'import:preview'>['preview'];
type Issue = Preview['issues'][number];

export function PreviewStep({ preview, children }: { preview: Preview; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [severity, setSeverity] = useState<'all' | 'error' | 'warning'>('all');
  const [text, setText] = useState('');
  const en = i18n.language.startsWith('en');
  const issues = useMemo(
    () =>
      preview.issues.filter(
        (i) =>
          (severity === 'all' || i.severity === severity) &&
          (text === '' ||
            `${i.file} ${i.sheet} ${i.column} ${i.messageZh} ${i.messageEn}`.includes(text)),
      ),
    [preview.issues, severity, text],
  );
  const unsure = preview.files.filter((f) => f.encoding && !f.encoding.confident);
  return (
    <Flex vertical gap={16}>
      {unsure.map((f) => (
        <Alert
          key={f.name}
          type="warning"
          showIcon
          title={`${f.name}: ${t('import.encodingUnsure', { name: f.encoding?.name ?? '' })}`}
        />
      ))}
      <Table
        size="small"
        pagination={false}
        rowKey="kind"
        data-testid="import-counts"
        dataSource={ENTITY_KINDS.map((kind) => ({ kind, ...preview.counts[kind] }))}
        columns={[
          {
            title: t('import.counts.kind'),
            dataIndex: 'kind',
            render: (k: EntityKind) => t(`import.kinds.${k}` as const),
          },
          { title: t('import.counts.new'), dataIndex: 'new' },
          { title: t('import.counts.updated'), dataIndex: 'updated' },
          { title: t('import.counts.unchanged'), dataIndex: 'unchanged' },
          { title: t('import.counts.deleted'), dataIndex: 'deleted' },
          { title: t('import.counts.rejected'), dataIndex: 'rejected' },
        ]}
      />
      {children}
      <Flex gap={12} align="center" wrap>
        <Segmented
          value={severity}
          onChange={(v) => {
            setSeverity(v as typeof severity);
          }}
          options={[
            { value: 'all', label: `${t('import.all')} ${String(preview.issues.length)}` },
            { value: 'error', label: `${t('import.errors')} ${String(preview.errors)}` },
            { value: 'warning', label: `${t('import.warnings')} ${String(preview.warnings)}` },
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('import.filter')}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </Flex>
      <Table<Issue>
        size="small"
        data-testid="import-issues"
        rowKey={(i) => `${i.file}|${i.sheet}|${String(i.row)}|${i.column}|${i.code}|${i.messageZh}`}
        dataSource={issues}
        locale={{ emptyText: t('import.noIssues') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: '',
            dataIndex: 'severity',
            width: 70,
            render: (s: Issue['severity']) => (
              <Tag color={s === 'error' ? 'red' : 'orange'}>
                {s === 'error' ? t('import.errors') : t('import.warnings')}
              </Tag>
            ),
          },
          {
            title: t('import.location'),
            width: '35%',
            render: (_: unknown, i: Issue) =>
              [
                i.file,
                i.sheet && `「${i.sheet}」`,
                i.row > 0 ? (en ? `row ${String(i.row)}` : `第 ${String(i.row)} 行`) : '',
                i.column,
              ]
                .filter(Boolean)
                .join(' '),
          },
          {
            title: t('import.message'),
            render: (_: unknown, i: Issue) => (en ? i.messageEn : i.messageZh),
          },
        ]}
      />
    </Flex>
  );
}
