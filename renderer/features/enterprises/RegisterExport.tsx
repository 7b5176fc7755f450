// 导出 of the register: exactly the filtered list, in the order on screen, as Excel or CSV. The core
// writes the file (export:file with the filter); the browser or the desktop's save dialog takes it.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EnterpriseFilter, EnterpriseSort } from '../../../shared/ipc/enterprise-filter.js';
import { call } from '../../api.js';
import { useErrorText } from '../../app/error-text.js';
import { downloadBase64, XLSX_TYPE } from '../../components/download.js';

type Props = { filter: EnterpriseFilter; sort: EnterpriseSort | undefined; disabled: boolean };

const TYPES = { xlsx: XLSX_TYPE, csv: 'text/csv' } as const;

export function RegisterExport({ filter, sort, disabled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(format);
    try {
      const { files } = await call('export:file', {
        format,
        what: 'enterprises',
        filter,
        ...(sort ? { sort } : {}),
      });
      for (const f of files) downloadBase64(f.fileName, f.base64, TYPES[format]);
    } catch (e) {
      void message.error(`${t('enterprises.register.exportFailed')}: ${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space.Compact>
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={disabled || (busy !== null && busy !== format)}
          onClick={() => {
            void run(format);
          }}
        >
          {t(
            format === 'xlsx'
              ? 'enterprises.register.exportXlsx'
              : 'enterprises.register.exportCsv',
          )}
        </Button>
      ))}
    </Space.Compact>
  );
}
