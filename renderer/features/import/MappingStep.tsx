// Step 2 of the import wizard: each sheet, what it was recognised as, and its columns mapped to
// fields; the user may change the kind, the header row or any column, then check again.
import { Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import { sheetKey } from '../../../shared/spreadsheet/extract-drafts.js';
import { FIELDS } from '../../../shared/spreadsheet/field-dictionary.js';
import type { MappingOverride } from '../../../shared/spreadsheet/headers.js';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/spreadsheet/types.js';

type Preview = ChannelOutput<'import:preview'>['preview'];
type Sheet = Preview['files'][number]['sheets'][number];

/** The mapping the preview used for a sheet, as an editable override. */
export function overrideOf(sheet: Sheet): MappingOverride | undefined {
  const m = sheet.mapping;
  if (!m) return undefined;
  const fields: Record<number, string | null> = {};
  for (const u of m.unknown) fields[u.index] = null;
  for (const c of m.columns) fields[c.index] = c.field;
  return { kind: m.kind, headerRow: m.headerRow, fields };
}

type Props = {
  preview: Preview;
  mappings: Record<string, MappingOverride>;
  onChange: (key: string, mapping: MappingOverride) => void;
  /** CSV only: the encoding the user chose when the detected one looks wrong. */
  onEncoding: (file: string, encoding: string) => void;
};

const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];

/** Why a file has no sheets, in the UI's language. */
const issueText = (issue: Preview['issues'][number] | undefined, en: boolean) =>
  en ? issue?.messageEn : issue?.messageZh;

export function MappingStep({ preview, mappings, onChange, onEncoding }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  return (
    <Flex vertical gap={16}>
      {preview.files.map((f) =>
        f.sheets.length === 0 ? (
          <Card key={f.name} size="small" title={f.name}>
            <Empty
              description={issueText(
                preview.issues.find((i) => i.file === f.name),
                en,
              )}
            />
          </Card>
        ) : (
          f.sheets.map((s) => {
            const key = sheetKey(s.file, s.sheet);
            const current = mappings[key] ?? overrideOf(s);
            const headerRow = current?.headerRow ?? 0;
            const header = s.topRows[headerRow] ?? [];
            const kind = current?.kind;
            const set = (patch: Partial<MappingOverride>) => {
              onChange(key, {
                kind: kind ?? 'enterprises',
                headerRow,
                fields: current?.fields ?? {},
                ...patch,
              });
            };
            return (
              <Card
                key={key}
                size="small"
                data-testid="import-sheet"
                title={`${f.name} · ${t('import.sheet')}「${s.sheet}」`}
                extra={
                  <Flex gap={8} align="center">
                    <Typography.Text>{t('import.kind')}</Typography.Text>
                    <Select<EntityKind | 'skip'>
                      style={{ width: 140 }}
                      value={current?.skip ? 'skip' : kind}
                      placeholder={t('import.notRecognised')}
                      options={[
                        ...ENTITY_KINDS.map((k) => ({ value: k, label: t(`import.kinds.${k}`) })),
                        { value: 'skip' as const, label: t('import.skipSheet') },
                      ]}
                      onChange={(k) => {
                        if (k === 'skip') set({ skip: true });
                        else set({ kind: k, skip: false, fields: {} });
                      }}
                    />
                    <Typography.Text>{t('import.headerRow')}</Typography.Text>
                    <Select<number>
                      style={{ width: 80 }}
                      value={headerRow}
                      options={s.topRows.map((_, i) => ({ value: i, label: String(i + 1) }))}
                      onChange={(r) => {
                        set({ headerRow: r, fields: {} });
                      }}
                    />
                    {f.format === 'csv' && (
                      <>
                        <Typography.Text>{t('import.encoding')}</Typography.Text>
                        <Select<string>
                          style={{ width: 120 }}
                          value={f.encoding?.name}
                          status={f.encoding?.confident === false ? 'warning' : undefined}
                          options={ENCODINGS.map((e) => ({ value: e, label: e }))}
                          onChange={(e) => {
                            onEncoding(f.name, e);
                          }}
                        />
                      </>
                    )}
                    <Tag>{`${t('import.dataRows')} ${String(s.dataRows)}`}</Tag>
                  </Flex>
                }
              >
                <Table
                  size="small"
                  pagination={false}
                  rowKey="index"
                  dataSource={header
                    .map((h, index) => ({ index, header: h }))
                    .filter((c) => c.header !== '')}
                  columns={[
                    { title: t('import.column'), dataIndex: 'header', width: '40%' },
                    {
                      title: t('import.field'),
                      render: (_: unknown, c: { index: number }) => (
                        <Select<string>
                          style={{ width: 220 }}
                          disabled={kind === undefined}
                          value={current?.fields[c.index] ?? ''}
                          options={[
                            { value: '', label: t('import.ignore') },
                            ...(kind
                              ? FIELDS[kind]
                                  .filter((d) => d.key !== 'ignore')
                                  .map((d) => ({ value: d.key, label: d.labels[0] ?? d.key }))
                              : []),
                          ]}
                          onChange={(v) => {
                            set({ fields: { ...current?.fields, [c.index]: v === '' ? null : v } });
                          }}
                        />
                      ),
                    },
                  ]}
                />
              </Card>
            );
          })
        ),
      )}
    </Flex>
  );
}
