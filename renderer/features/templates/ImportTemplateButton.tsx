// 从表格导入模板: a template spreadsheet shared by another office is read by the core's sandboxed
// reader and its chains added (each into the cluster its rows name); a bad row lists every problem
// by file, sheet, row and column and nothing is written; a same-named chain asks merge or copy.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { fileToBase64 } from '../../components/download.js';
import type { Added } from './AddTemplateModal.js';
import { ConflictModal, type ConflictQuestion } from './ConflictModal.js';

type Issue = ChannelOutput<'template:import'>['issues'][number];

export function ImportTemplateButton({ onAdded }: { onAdded: (results: Added[]) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [question, setQuestion] = useState<ConflictQuestion | null>(null);
  const en = i18n.language === 'en';

  const send = async (file: { name: string; base64: string }, onConflict?: 'merge' | 'copy') => {
    setBusy(true);
    try {
      const r = await call('template:import', { file, ...(onConflict ? { onConflict } : {}) });
      if (r.issues.length > 0) {
        setIssues(r.issues);
        return;
      }
      const conflicts = r.results.filter((x) => x.status === 'conflict');
      if (conflicts.length > 0) {
        setQuestion({
          names: conflicts.map((c) => c.chainName),
          answer: (c) => {
            setQuestion(null);
            void send(file, c);
          },
        });
        return;
      }
      onAdded(r.results.filter((x): x is Added => x.status === 'added'));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept=".xlsx,.xls,.ods,.csv,.et"
        showUploadList={false}
        beforeUpload={(file) => {
          void fileToBase64(file).then((base64) => send({ name: file.name, base64 }));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {t('templates.import.button')}
        </Button>
      </Upload>
      <ConflictModal
        question={question}
        onCancel={() => {
          setQuestion(null);
        }}
      />
      <Modal
        open={issues.length > 0}
        title={t('templates.import.issuesTitle', { count: issues.length })}
        footer={null}
        width={820}
        onCancel={() => {
          setIssues([]);
        }}
      >
        <Table<Issue>
          size="small"
          rowKey={(r) => `${r.sheet}:${String(r.row)}:${r.column}:${r.zh}`}
          dataSource={issues}
          pagination={false}
          scroll={{ y: 400 }}
          columns={[
            { title: t('templates.import.file'), dataIndex: 'file', width: 150 },
            { title: t('templates.import.sheet'), dataIndex: 'sheet', width: 90 },
            {
              title: t('templates.import.row'),
              dataIndex: 'row',
              width: 60,
              render: (v: number) => (v > 0 ? v : '—'),
            },
            { title: t('templates.import.column'), dataIndex: 'column', width: 120 },
            { title: t('templates.import.problem'), render: (_, r) => (en ? r.en : r.zh) },
          ]}
        />
      </Modal>
    </>
  );
}
