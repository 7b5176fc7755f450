// 导入: the import wizard — choose files → sheets & columns → preview with issues → commit.
// Files are read in the browser and sent as bytes; parsing, checks and the write happen in the core.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Progress, Result, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import type { MappingOverride } from '../../../shared/spreadsheet/headers.js';
import { call, toApiError } from '../../api.js';
import { formatNumber } from '../../app/format.js';
import { useWorkspaceRefresh } from '../../app/workspace-refresh.js';
import { downloadBase64, fileToBase64, XLSX_TYPE } from './download.js';
import { AmbiguousPanel } from './AmbiguousPanel.js';
import { ImportProgressPanel } from './ImportProgressPanel.js';
import { ImportRuns } from './ImportRuns.js';
import { MappingStep } from './MappingStep.js';
import { PreviewStep } from './PreviewStep.js';
import { useImportProgress } from './use-import-progress.js';

type Pending = ChannelOutput<'import:preview'>;

/** Records a commit writes: new and updated, over every kind. */
const writeCount = (preview: Pending['preview'] | undefined): number =>
  preview ? Object.values(preview.counts).reduce((n, c) => n + c.new + c.updated, 0) : 0;
type Picked = { uid: string; name: string; file: Blob };

/** The id `import:cancel` uses to stop a preview still reading, and `import:progress` reports under. */
const newRequestId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `r${String(Date.now())}${String(Math.random()).slice(2)}`;

export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refreshWorkspace = useWorkspaceRefresh();
  const [step, setStep] = useState(0);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [mappings, setMappings] = useState<Record<string, MappingOverride>>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState<'reading' | 'committing' | null>(null);
  const [accept, setAccept] = useState(false);
  const [runId, setRunId] = useState<number | null>(null);
  const [decisions, setDecisions] = useState<Record<string, number | 'new'>>({});
  const [encodings, setEncodings] = useState<Record<string, string>>({});
  const [requestId, setRequestId] = useState<string | null>(null);
  const progress = useImportProgress(busy ? requestId : null);

  const check = async (
    maps: Record<string, MappingOverride>,
    chosen: Record<string, number | 'new'> = decisions,
    encs: Record<string, string> = encodings,
  ) => {
    setBusy('reading');
    const id = newRequestId();
    setRequestId(id);
    try {
      const files = await Promise.all(
        picked.map(async (p) => {
          const encoding = encs[p.name];
          return {
            name: p.name,
            base64: await fileToBase64(p.file),
            ...(encoding ? { encoding } : {}),
          };
        }),
      );
      const r = await call('import:preview', {
        files,
        mappings: maps,
        decisions: chosen,
        requestId: id,
      });
      setPending(r);
      setAccept(false);
      setStep((s) => (s === 0 ? 1 : s));
    } catch (e) {
      const err = toApiError(e);
      if (err.code !== 'CANCELLED') void message.error(err.message);
    } finally {
      setBusy(null);
      setRequestId(null);
    }
  };
  const stopReading = () => {
    if (requestId) void call('import:cancel', { id: requestId }).catch(() => undefined);
  };
  const commit = async () => {
    if (!pending) return;
    setBusy('committing');
    const id = newRequestId();
    setRequestId(id);
    try {
      const r = await call('import:commit', {
        id: pending.id,
        acceptWarnings: accept,
        requestId: id,
      });
      setRunId(r.runId);
      refreshWorkspace(); // the header's counts now include what was imported
      setPending({ id: '', preview: r.preview });
      setStep(3);
    } catch (e) {
      void message.error(toApiError(e).message);
    } finally {
      setBusy(null);
      setRequestId(null);
    }
  };
  const reset = () => {
    if (pending?.id) void call('import:cancel', { id: pending.id }).catch(() => undefined);
    setPicked([]);
    setMappings({});
    setPending(null);
    setRunId(null);
    setDecisions({});
    setEncodings({});
    setStep(0);
  };
  const template = async () => {
    try {
      const r = await call('import:template', {});
      downloadBase64(r.fileName, r.base64, XLSX_TYPE);
    } catch (e) {
      void message.error(toApiError(e).message);
    }
  };

  const preview = pending?.preview;
  const blocked = !preview || preview.errors > 0 || (preview.warnings > 0 && !accept);
  return (
    <Flex vertical gap={16} style={{ padding: 24, maxWidth: 1200 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('import.title')}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} onClick={() => void template()}>
          {t('import.template')}
        </Button>
      </Flex>
      <Steps
        current={step}
        items={(['choose', 'mapping', 'preview', 'done'] as const).map((k) => ({
          title: t(`import.steps.${k}`),
        }))}
      />
      {busy && (
        <ImportProgressPanel
          busy={busy}
          progress={progress}
          writeCount={writeCount(preview)}
          onStop={stopReading}
        />
      )}
      {/* The steps stay visible but cannot be used while a preview or commit runs. */}
      <div inert={busy !== null} style={busy ? { opacity: 0.5 } : undefined}>
        {step === 0 && (
          <Flex vertical gap={12}>
            <Upload.Dragger
              multiple
              accept=".xlsx,.xls,.et,.ods,.csv,.txt"
              fileList={picked.map((p) => ({ uid: p.uid, name: p.name }))}
              beforeUpload={(file) => {
                setPicked((list) => [...list, { uid: file.uid, name: file.name, file }]);
                return false; // read locally; never sent anywhere by the upload widget itself
              }}
              onRemove={(f) => {
                setPicked((list) => list.filter((p) => p.uid !== f.uid));
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.chooseHint')}</p>
              <p className="ant-upload-hint">{t('import.chooseNote')}</p>
            </Upload.Dragger>
            <Flex justify="end">
              <Button type="primary" disabled={picked.length === 0} onClick={() => void check({})}>
                {t('import.check')}
              </Button>
            </Flex>
          </Flex>
        )}
        {step === 1 && preview && (
          <Flex vertical gap={12}>
            <MappingStep
              preview={preview}
              mappings={mappings}
              onChange={(key, m) => {
                setMappings((all) => ({ ...all, [key]: m }));
              }}
              onEncoding={(file, enc) => {
                const next = { ...encodings, [file]: enc };
                setEncodings(next);
                void check(mappings, decisions, next);
              }}
            />
            <Flex justify="end" gap={8}>
              <Button onClick={reset}>{t('import.cancel')}</Button>
              <Button
                disabled={Object.keys(mappings).length === 0}
                onClick={() => void check(mappings)}
              >
                {t('import.recheck')}
              </Button>
              <Button
                type="primary"
                onClick={() => {
                  setStep(2);
                }}
              >
                {t('import.steps.preview')}
              </Button>
            </Flex>
          </Flex>
        )}
        {step === 2 && preview && (
          <Flex vertical gap={12}>
            <AmbiguousPanel
              ambiguous={preview.ambiguous}
              decisions={decisions}
              onDecide={(key, choice) => {
                setDecisions((all) => ({ ...all, [key]: choice }));
              }}
            />
            {preview.ambiguous.length > 0 && (
              <Flex justify="end">
                <Button onClick={() => void check(mappings)}>{t('import.recheckDecisions')}</Button>
              </Flex>
            )}
            <PreviewStep preview={preview} />
            {preview.warnings > 0 && preview.errors === 0 && (
              <Checkbox
                checked={accept}
                onChange={(e) => {
                  setAccept(e.target.checked);
                }}
              >
                {t('import.acceptWarnings')}
              </Checkbox>
            )}
            <Flex justify="end" gap={8} align="center">
              {preview.errors > 0 && (
                <Typography.Text type="danger">{t('import.blockedByErrors')}</Typography.Text>
              )}
              <Button
                onClick={() => {
                  setStep(1);
                }}
              >
                {t('import.back')}
              </Button>
              <Button onClick={reset}>{t('import.cancel')}</Button>
              <Button type="primary" disabled={blocked} onClick={() => void commit()}>
                {t('import.commit')}
              </Button>
            </Flex>
          </Flex>
        )}
        {step === 3 && preview && (
          <Flex vertical gap={12}>
            <Result
              status="success"
              title={t('import.doneTitle')}
              subTitle={t('import.doneBody', { runId: runId ?? 0 })}
            />
            <Flex vertical gap={4} data-testid="import-written">
              <Typography.Text>
                {t('import.progress.done', { count: formatNumber(writeCount(preview)) })}
              </Typography.Text>
              <Progress percent={100} status="success" />
            </Flex>
            <PreviewStep preview={preview} />
            <Flex justify="end">
              <Button type="primary" onClick={reset}>
                {t('import.restart')}
              </Button>
            </Flex>
          </Flex>
        )}
      </div>
      {step === 0 && <ImportRuns refresh={runId ?? 0} />}
    </Flex>
  );
}
