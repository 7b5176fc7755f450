// 导出报告: asks the core for the gap report (.xlsx) and hands it to the user as a download.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { downloadBase64, XLSX_TYPE } from '../../components/download.js';

export function ReportButton({ clusterId }: { clusterId: number | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const r = await call('analysis:report', clusterId === null ? {} : { clusterId });
      downloadBase64(r.fileName, r.base64, XLSX_TYPE);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('analysis.report')}
    </Button>
  );
}
