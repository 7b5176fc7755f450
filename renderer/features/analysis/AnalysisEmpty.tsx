// What an empty workspace offers instead of a dead end: go to the import page, download the import
// template to fill in first, or add chains from the template library.
import { DownloadOutlined, ImportOutlined, ReadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { navigate } from '../../app/routes.js';
import { downloadBase64, XLSX_TYPE } from '../../components/download.js';

export function AnalysisEmpty({ description }: { description: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = async () => {
    try {
      const r = await call('import:template', {});
      downloadBase64(r.fileName, r.base64, XLSX_TYPE);
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Empty description={description}>
        <Flex gap={8} justify="center" wrap>
          <Button
            type="primary"
            icon={<ImportOutlined />}
            onClick={() => {
              navigate('import');
            }}
          >
            {t('analysis.empty.import')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void template()}>
            {t('analysis.empty.template')}
          </Button>
          <Button
            icon={<ReadOutlined />}
            onClick={() => {
              navigate('templates');
            }}
          >
            {t('analysis.empty.library')}
          </Button>
        </Flex>
      </Empty>
    </Flex>
  );
}
